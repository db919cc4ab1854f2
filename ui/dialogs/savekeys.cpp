#include "savekeys.h"

#include <QDialog>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QShortcut>

namespace Credence::Ui {

namespace {

bool isCtrlEnter(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier);
}

class CtrlEnterFilter : public QObject
{
public:
    CtrlEnterFilter(QDialog *dialog, QObject *parent)
        : QObject(parent)
        , m_dialog(dialog)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && isCtrlEnter(static_cast<QKeyEvent *>(event))) {
            m_dialog->accept();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDialog *m_dialog;
};

} // namespace

void acceptOnCtrlEnter(QDialog *dialog, QPlainTextEdit *editor)
{
    editor->installEventFilter(new CtrlEnterFilter(dialog, editor));
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *save = new QShortcut(keys, dialog);
        QObject::connect(save, &QShortcut::activated, dialog, &QDialog::accept);
    }
}

} // namespace Credence::Ui
