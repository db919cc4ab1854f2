#pragma once

#include "reportchart.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace Credence::Core {

/// Places ReportCharts in a QTextDocument: each takes the width of the page's text and the height its shape gives,
/// and is drawn by replaying its picture, so a PDF gets vector graphics and searchable text.
class ReportChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    /// The image source that stands for chart @p index in the report's HTML until place() swaps it for the chart.
    static QString placeholder(int index);

    /// Registers the handler with @p document's layout (it must outlive the layout) and swaps every placeholder image
    /// in @p document for its chart. Placeholders without a chart are removed.
    void place(QTextDocument &document, const QList<ReportChart> &charts);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
                    const QTextFormat &format) override;

private:
    const ReportChart *chartOf(const QTextFormat &format) const;

    QList<ReportChart> m_charts;
};

} // namespace Credence::Core
