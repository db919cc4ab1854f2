#pragma once

#include <QString>

namespace Credence::Core {

/// @p text with the characters that act on the text around them instead of showing themselves written out as
/// "<U+202E>": bidirectional embeddings, overrides and isolates, control characters, line and paragraph separators.
/// A name read from a web page is then shown as it is spelled and cannot reorder, hide or break what follows it in a
/// report or on a terminal. Bidirectional marks (LRM, RLM, ALM) stay: they only steer the text next to them.
QString withVisibleControls(const QString &text);

/// @p text cut to at most @p maxLength UTF-16 code units, the last of them "…" when anything was cut. Cuts fall
/// between user-perceived characters, never inside a surrogate pair or before a combining mark.
QString shortened(const QString &text, qsizetype maxLength);

} // namespace Credence::Core
