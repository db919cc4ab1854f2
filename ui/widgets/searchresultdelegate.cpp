#include "searchresultdelegate.h"

#include "models/searchresultmodel.h"

#include <QApplication>
#include <QPainter>

namespace Credence::Ui {

namespace {

constexpr int Margin = 4;

/// Draws @p text from @p x on the line at @p y, until @p right; returns where it ended.
int drawRun(QPainter *painter, const QFont &font, const QString &text, int x, int y, int right)
{
    if (text.isEmpty() || x >= right) {
        return x;
    }
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, right - x);
    painter->drawText(QPoint(x, y + metrics.ascent()), shown);
    return x + metrics.horizontalAdvance(shown);
}

} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background, focus and selection only: the text is drawn below
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive,
                                      selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect area = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    QFont bold = opt.font;
    bold.setBold(true);
    const int line = QFontMetrics(opt.font).lineSpacing();
    // First line: the kind in bold, then the article's title.
    int x = drawRun(painter, bold, index.data(SearchResultModel::KindLabelRole).toString() + QLatin1Char(' '),
                    area.left(), area.top(), area.right());
    drawRun(painter, opt.font, index.data(SearchResultModel::TitleRole).toString(), x, area.top(), area.right());
    // Second line: the snippet, its matches in bold.
    const QString snippet = index.data(SearchResultModel::SnippetRole).toString();
    const auto ranges = index.data(SearchResultModel::RangesRole).value<QList<Core::TextRange>>();
    x = area.left();
    int at = 0;
    for (const Core::TextRange &range : ranges) {
        if (range.start < at || range.end() > snippet.size()) {
            continue; // overlapping or out of bounds: never trust a range blindly
        }
        x = drawRun(painter, opt.font, snippet.mid(at, range.start - at), x, area.top() + line, area.right());
        x = drawRun(painter, bold, snippet.mid(range.start, range.length), x, area.top() + line, area.right());
        at = range.end();
    }
    drawRun(painter, opt.font, snippet.mid(at), x, area.top() + line, area.right());
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width(), 2 * QFontMetrics(option.font).lineSpacing() + 2 * Margin};
}

} // namespace Credence::Ui
