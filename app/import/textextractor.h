#pragma once

#include "importedarticle.h"

namespace Credence::Core {

/// Reads a plain-text or Markdown article. Takes what the text plainly gives: the first line as title, "by NAME" as
/// author, and "Source:", "Publication:", "Date:" / "Published:" and "URL:" header lines near the top. Every other
/// line goes to the body unchanged, so no sentence of the input is lost.
ImportedArticle extractText(const QString &text, bool markdown = false);

/// Markdown to plain text (paragraphs kept, markup dropped) through Qt's own Markdown reader.
QString markdownToPlainText(const QString &markdown);

} // namespace Credence::Core
