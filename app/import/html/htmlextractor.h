#pragma once

#include "domain/importedarticle.h"

#include <QByteArray>
#include <QString>

namespace Credence::Core {

/// Pages that nest their elements deeper than this are refused: no real article needs it, and parsing cost grows
/// with depth.
inline constexpr int MaxHtmlDepth = 512;
/// Pages with more text, markup and JSON-LD than this besides scripts, styles and SVG are refused: reading them would
/// take seconds (the extraction benchmark's largest has 190 KB).
inline constexpr qsizetype MaxHtmlParsedBytes = 8 * 1024 * 1024;

/// Reads a saved web page: decodes it (byte order mark, declared charset, detection), parses it with gumbo, finds
/// the article among the page furniture by content scoring, and reads its metadata from JSON-LD, OpenGraph, <meta>
/// tags and visible bylines. Nothing the page refers to is loaded. A page without an article gives an empty body.
/// On failure (binary data, absurd nesting) the body is empty and @p error says why, naming @p nameHint.
ImportedArticle extractHtml(const QByteArray &bytes, const QString &nameHint, QString *error = nullptr);

/// The same for markup that is already text (the clipboard's text/html): no charset to detect.
ImportedArticle extractHtmlText(const QString &html, const QString &nameHint, QString *error = nullptr);

} // namespace Credence::Core
