#pragma once

#include <QStringList>

namespace Credence::Core {

/// True when @p arguments (as from QCoreApplication::arguments()) name a batch command rather than the GUI.
bool isBatchCommand(const QStringList &arguments);

/// Runs a batch command (import, summary, export-pdf, extract) and returns the process exit code: 0 done, 1 could not
/// be done, 2 wrong arguments. Output goes to stdout, problems to stderr. Needs a QGuiApplication for export-pdf (the
/// offscreen platform is enough).
int runBatchCommand(const QStringList &arguments);

} // namespace Credence::Core
