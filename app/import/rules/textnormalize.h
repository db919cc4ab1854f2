#pragma once

#include <QByteArray>
#include <QDate>
#include <QRegularExpression>
#include <QString>

namespace Credence::Core {

/// Decodes file bytes: UTF-8 (with or without BOM) or UTF-16 with BOM. UTF-8 with a few bad bytes (isMostlyUtf8()) is
/// read as UTF-8, the bad bytes as U+FFFD; the rest is read as Windows-1252, the usual encoding of old saved pages.
/// Returns false in @p ok for binary data (NUL bytes).
QString decodeText(const QByteArray &bytes, bool *ok = nullptr);

/// True if @p bytes, read as UTF-8, hold at least as many well-formed multi-byte characters as ill-formed sequences:
/// UTF-8 with a few stray bytes (a pasted quote in another encoding, a file cut and joined), not text in a
/// single-byte encoding, whose letters beyond ASCII are almost never well-formed UTF-8. A character cut off at the
/// very end counts as neither.
bool isMostlyUtf8(QByteArrayView bytes);

/// A pattern matched whatever the case, Unicode letters included: the form of the extractor's line rules.
QRegularExpression caseless(const QString &pattern);

/// NFC, Unix line ends, no soft hyphens or zero-width characters, no trailing blanks, non-breaking spaces as
/// spaces, at most one blank line in a row, trimmed.
QString normalizeText(const QString &text);

/// The same as QString::simplified() (white space folded to single spaces, trimmed), several times faster on text
/// that is mostly ASCII, and without a copy when @p text is folded already: the extractor runs it over every block
/// of a page, and every line check runs it again.
QString foldWhitespace(const QString &text);

/// SHA-256 over the text with all white space folded, so re-saving a file with other line ends is still a duplicate.
QString contentHash(const QString &text);

/// Parses the date formats common in news copy ("2025-08-15", "August 15, 2025", "15 Aug 2025", "15/08/2025").
QDate parseNewsDate(const QString &text);
/// The first date written anywhere in @p text ("Posted by Jane Roe on May 12, 2023 - 09:14"), or an invalid date.
QDate findNewsDate(const QString &text);

} // namespace Credence::Core
