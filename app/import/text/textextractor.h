#pragma once

#include "domain/importedarticle.h"

namespace Credence::Core {

/// Text files longer than these are refused: the reader's rules look at every line (date formats among them, at tens
/// of microseconds a line), so that a file of more lines than any article has would take seconds to read.
inline constexpr qsizetype MaxTextLines = 20000;
inline constexpr qsizetype MaxTextBytes = 4 * 1024 * 1024;

/// Markdown with more list items and table rows than this is read as plain text: Qt's Markdown reader takes time that
/// grows with the square of the items of one list or the rows of one table (10,000 items: 2.4 s).
inline constexpr qsizetype MaxMarkdownRows = 3000;
/// The lines of Markdown @p text that start a list item or a table row (code blocks not told apart).
qsizetype markdownRows(QStringView text);

/// Reads a plain-text or Markdown article. Takes what the text plainly gives: the first line as title, "by NAME" as
/// author, and "Source:", "Publication:", "Date:" / "Published:" and "URL:" header lines near the top. Every other
/// line goes to the body unchanged, so no sentence of the input is lost.
ImportedArticle extractText(const QString &text, bool markdown = false);

/// Markdown to plain text (paragraphs kept, markup dropped) through Qt's own Markdown reader.
QString markdownToPlainText(const QString &markdown);

} // namespace Credence::Core
