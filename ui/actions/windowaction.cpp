#include "windowaction.h"

#include <QAction>
#include <QWidget>

namespace Credence::Ui {

QAction *addWindowAction(QWidget *window, const QString &name, const QString &text, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, window);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);
    return action;
}

} // namespace Credence::Ui
