#pragma once

#include "domain/verdict.h"

#include <QColor>
#include <QIcon>
#include <QTextCharFormat>

class QPalette;

namespace Credence::Ui {

/// How a claim state looks, everywhere it is shown: a colour, an icon whose shape alone tells the states apart (for
/// readers who cannot tell the colours apart), and an underline style for the article text.
///
/// The hues (green, red, amber, grey) are kept out of the article highlighter's cue colours (violet, blue, slate;
/// resources/themes), and the form differs too: states underline the text, cues colour or embolden it.
namespace VerdictStyle {

/// The state's colour, lighter on a dark palette so that it stays readable on either.
QColor color(Core::Verdict verdict, const QPalette &palette);
/// A check (corroborated), a cross (contradicted), a question mark (unverifiable), an empty ring (not checked).
QIcon icon(Core::Verdict verdict, const QPalette &palette);
/// Solid (corroborated), wavy (contradicted), dotted (unverifiable), none (not checked).
QTextCharFormat::UnderlineStyle underline(Core::Verdict verdict);
/// The format of a claim in this state in the article text: its underline and a faint tint of the claim's own
/// characters only, so that the space between two claims in the same state stays clear.
QTextCharFormat textFormat(Core::Verdict verdict, const QPalette &palette);
/// Whether @p palette is a dark one (light text on a dark base).
bool isDark(const QPalette &palette);

} // namespace VerdictStyle

} // namespace Credence::Ui
