#pragma once

#include <QStyledItemDelegate>

namespace Credence::Ui {

/// Paints a search result on two lines: its kind and article title, then the snippet with the matches in bold. The
/// snippet is page text, so it is drawn as plain text in runs (QPainter::drawText with Qt::TextSingleLine), never
/// handed to a rich-text or format-string API.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Credence::Ui
