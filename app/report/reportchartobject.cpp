#include "reportchartobject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Credence::Core {

namespace {

constexpr int ChartObjectType = QTextFormat::UserObject + 1;
constexpr int ChartIndexProperty = QTextFormat::UserProperty + 1;
const QString PlaceholderPrefix = QStringLiteral("credence-chart:");

} // namespace

QString ReportChartObject::placeholder(int index)
{
    return PlaceholderPrefix + QString::number(index);
}

void ReportChartObject::place(QTextDocument &document, const QList<ReportChart> &charts)
{
    m_charts = charts;
    document.documentLayout()->registerHandler(ChartObjectType, this);
    // Collected first: changing a fragment's format while walking the blocks would move the walk.
    QList<std::pair<int, int>> found; // position, chart index (-1: none)
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat()) {
                continue;
            }
            const QString name = format.toImageFormat().name();
            if (!name.startsWith(PlaceholderPrefix)) {
                continue;
            }
            bool ok = false;
            const int index = name.mid(PlaceholderPrefix.size()).toInt(&ok);
            // One object replacement character per image; a fragment holds one per image of the same format.
            for (int i = 0; i < fragment.length(); ++i) {
                found.append({fragment.position() + i, ok && index >= 0 && index < charts.size() ? index : -1});
            }
        }
    }
    // From the end, so removing a placeholder leaves the positions before it where they were.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        QTextCursor cursor(&document);
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + 1, QTextCursor::KeepAnchor);
        if (it->second < 0) {
            cursor.removeSelectedText();
            continue;
        }
        QTextCharFormat chart;
        chart.setObjectType(ChartObjectType);
        chart.setProperty(ChartIndexProperty, it->second);
        cursor.setCharFormat(chart);
    }
}

const ReportChart *ReportChartObject::chartOf(const QTextFormat &format) const
{
    const int index = format.property(ChartIndexProperty).toInt();
    return index >= 0 && index < m_charts.size() ? &m_charts.at(index) : nullptr;
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const ReportChart *chart = chartOf(format);
    if (!chart || chart->size.isEmpty()) {
        return {};
    }
    // The page's text width, less the document margin on both sides; the chart keeps its shape.
    const qreal width = document->pageSize().width() - 2 * document->documentMargin() - 2;
    return {width, width * chart->size.height() / chart->size.width()};
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    const ReportChart *chart = chartOf(format);
    if (!chart || chart->size.isEmpty()) {
        return;
    }
    painter->save();
    painter->translate(rect.topLeft());
    // Replaying scales a picture by the ratio of the target's resolution to the one it was recorded at: undone here,
    // so the chart fills exactly its place.
    const qreal dpiRatio = qreal(chart->picture.logicalDpiX()) / painter->device()->logicalDpiX();
    painter->scale(dpiRatio * rect.width() / chart->size.width(), dpiRatio * rect.height() / chart->size.height());
    painter->drawPicture(0, 0, chart->picture);
    painter->restore();
}

} // namespace Credence::Core
