#pragma once

#include <QPalette>
#include <QString>

namespace Credence::Ui {

/// A dark palette for the Fusion style, for systems without a dark theme of their own and for testing that every
/// view stays readable on dark (`credence --palette dark`, or CREDENCE_PALETTE=dark).
QPalette darkPalette();

/// Applies @p name ("dark", "light"; empty leaves the system's) to the application: Fusion style and the palette.
/// Returns false for an unknown name.
bool applyNamedPalette(const QString &name);

} // namespace Credence::Ui
