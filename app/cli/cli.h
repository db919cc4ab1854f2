#pragma once

#include "report/reportchart.h"

#include <QStringList>

namespace Credence::Core {

/// True when @p arguments (as from QCoreApplication::arguments()) name a batch command rather than the GUI, or a
/// mistyped one (see isMistypedCommand()), which runBatchCommand() refuses with exit code 2 and a hint.
bool isBatchCommand(const QStringList &arguments);

/// True when @p argument can only be a command typed wrong: a bare word that is no file here, has no folder in it and
/// does not end in .credence. The workbench would otherwise take it for the name of a new project.
bool isMistypedCommand(const QString &argument);

/// What the layers above the core lend the batch commands.
struct BatchServices
{
    ReportChartPainter reportCharts; ///< the PDF report's charts; without it export-pdf writes none
};

/// Runs a batch command (import, summary, claims, export-pdf, extract, recover) and returns the process exit code: 0
/// done, 1 could not be done, 2 wrong arguments (an unknown command among them). Output goes to stdout, problems to
/// stderr. Needs a QGuiApplication for export-pdf (the offscreen platform is enough), a QApplication for its charts.
int runBatchCommand(const QStringList &arguments, const BatchServices &services = {});

} // namespace Credence::Core
