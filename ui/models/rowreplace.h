#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace Credence::Ui {

/// Puts @p rows in place of @p current in @p model, a flat table of @p columns columns. When the rows are the same
/// items in the same order (a verdict changed a count: the usual case), their data is updated in place so that views
/// keep their selection and current row; otherwise the model is reset. @p sameItem tells two rows of one item.
/// @p reset runs @p change between beginResetModel() and endResetModel() (they are protected in the model).
template <typename Row, typename SameItem, typename Reset>
void replaceRows(QAbstractItemModel *model, QList<Row> &current, const QList<Row> &rows, int columns, SameItem sameItem,
                 Reset reset)
{
    bool sameShape = rows.size() == current.size();
    for (qsizetype i = 0; sameShape && i < rows.size(); ++i) {
        sameShape = sameItem(rows.at(i), current.at(i));
    }
    if (!sameShape) {
        reset([&] { current = rows; });
        return;
    }
    current = rows;
    if (!current.isEmpty()) {
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(int(current.size()) - 1, columns - 1));
    }
}

} // namespace Credence::Ui
