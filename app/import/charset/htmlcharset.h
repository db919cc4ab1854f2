#pragma once

#include <QByteArray>
#include <QString>

namespace Credence::Core {

/// The character encoding of a page and how it was found.
struct HtmlEncoding
{
    enum class Origin
    {
        ByteOrderMark,
        Declared, ///< <meta charset> or <meta http-equiv="Content-Type"> near the top
        Detected, ///< no declaration: UTF-8 validity and ICU's statistical detector
    };

    QByteArray name; ///< as QStringDecoder and ICU know it: "UTF-8", "windows-1252", "Shift_JIS"...
    Origin origin = Origin::Detected;
};

/// The encoding a browser would use for @p bytes: byte order mark, then a declaration in the first 4 KB, then
/// detection. A declared ISO-8859-1 or US-ASCII is read as windows-1252, as browsers do. A declared UTF-8 holds even
/// with a few bytes that are not UTF-8 (decoded as U+FFFD), but not for a page that is mostly not (isMostlyUtf8()):
/// that one is detected, as an old page re-served under a new template usually is in another encoding.
HtmlEncoding detectHtmlEncoding(const QByteArray &bytes);

/// The charset named in the <meta> tags of the first 4 KB, normalised; empty when there is none.
QByteArray declaredCharset(const QByteArray &bytes);

/// Decodes a page. Returns false in @p ok for binary data; @p used receives the encoding actually applied.
QString decodeHtml(const QByteArray &bytes, bool *ok = nullptr, HtmlEncoding *used = nullptr);
/// decodeHtml() as UTF-8 for the parser; a page that is valid UTF-8 already is returned as it is, not decoded and
/// encoded again.
QByteArray decodeHtmlToUtf8(const QByteArray &bytes, bool *ok = nullptr, HtmlEncoding *used = nullptr);

} // namespace Credence::Core
