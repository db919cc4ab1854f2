#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QStringList>

namespace Credence::Ui {

/// Asks whether to merge the records @p names (page text: shown as plain text, one a line under @p question, never
/// passed through arg()) into another; true when the user chose Merge.
inline bool confirmMerge(QWidget *parent, const QString &title, const QString &question, const QStringList &names)
{
    QMessageBox ask(QMessageBox::Question, title, question + u'\n' + names.join(u'\n'), QMessageBox::Cancel, parent);
    ask.setTextFormat(Qt::PlainText);
    ask.addButton(QCoreApplication::translate("Credence::Ui::ConfirmMerge", "Merge"), QMessageBox::AcceptRole);
    return ask.exec() != QMessageBox::Cancel;
}

} // namespace Credence::Ui
