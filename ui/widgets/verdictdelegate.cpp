#include "verdictdelegate.h"

#include "domain/verdict.h"
#include "style/verdictstyle.h"

#include <QComboBox>

namespace Credence::Ui {

QWidget *VerdictDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const Core::Verdict v : Core::allVerdicts()) {
        combo->addItem(VerdictStyle::icon(v, combo->palette()), Core::verdictLabel(v), static_cast<int>(v));
    }
    // Commit as soon as a verdict is picked: one click, one saved change.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<VerdictDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void VerdictDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void VerdictDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Credence::Ui
