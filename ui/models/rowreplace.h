#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace Credence::Ui {

/// Puts @p rows in place of @p current in @p model, a flat table of @p columns columns, when they are the same items
/// in the same order (a verdict changed a count: the usual case): their data changes in place, so views keep their
/// selection and current row. false, leaving @p current as it was, when the items differ: the caller resets the
/// model. @p sameItem tells two rows of one item.
template <typename Row, typename SameItem>
bool replaceRowsInPlace(QAbstractItemModel *model, QList<Row> &current, const QList<Row> &rows, int columns,
                        SameItem sameItem)
{
    if (rows.size() != current.size()) {
        return false;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!sameItem(rows.at(i), current.at(i))) {
            return false;
        }
    }
    current = rows;
    if (!current.isEmpty()) {
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(int(current.size()) - 1, columns - 1));
    }
    return true;
}

} // namespace Credence::Ui
