#pragma once

#include <QList>
#include <QPicture>
#include <QSizeF>
#include <QString>

#include <functional>

namespace Credence::Core {

struct ReliabilitySummary;

/// A chart for the report, recorded as painter commands: drawn by the same code that draws it on screen (Qt Charts,
/// in the UI layer, on the GUI thread) and replayed into the PDF as vector graphics, its text still text.
struct ReportChart
{
    QPicture picture;
    QSizeF size;     ///< the area the picture was recorded in; the report scales it to the page's width
    QString caption; ///< translated: what the chart shows, in words, printed under it
};

/// Draws the report's charts for @p summary (the UI provides it: see Ui::SummaryCharts::reportCharts()).
using ReportChartPainter = std::function<QList<ReportChart>(const ReliabilitySummary &summary)>;

} // namespace Credence::Core
