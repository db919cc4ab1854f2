#pragma once

#include "report/reportchart.h"
#include "scoring/summary.h"

class QChart;
class QPalette;

namespace Credence::Ui {

/// The summary's two charts, built the same way for the window and for printing: a chart is drawn from these and
/// the palette it is given, nothing else.
namespace SummaryCharts {

/// At most this many records in a chart: beyond it the bars are too thin to read; the table lists all of them.
inline constexpr int MostRecords = 12;

/// Claims by state per source or author, stacked bars (corroborated, contradicted, unverifiable, not checked), the
/// records with the most claims first. The caller owns the chart.
QChart *verdictChart(const QList<Core::ScoreRow> &rows, const QPalette &palette);
/// Each judged record's estimate with its 95% interval: a box from the interval's lower to its upper end, the line
/// across it at the estimate, the best-estimated first. Records that cannot be judged are counted in the title.
QChart *estimateChart(const QList<Core::ScoreRow> &rows, const QPalette &palette);

/// Both charts of the sources for the PDF report, recorded in print colours (dark on white, whatever the window's
/// palette): the same builders as on screen. Needs a QApplication and the GUI thread (Qt Charts draws through
/// QGraphicsScene).
QList<Core::ReportChart> reportCharts(const Core::ReliabilitySummary &summary);

} // namespace SummaryCharts

} // namespace Credence::Ui
