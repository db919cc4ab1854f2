#include "contextmenu.h"

#include <QAbstractScrollArea>
#include <QMenu>

namespace Credence::Ui {

void installContextMenu(QAbstractScrollArea *view, const QList<QAction *> &actions)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, actions](const QPoint &pos) {
        auto *menu = new QMenu(view);
        menu->setObjectName(view->objectName() + QStringLiteral("Menu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (QAction *action : actions) {
            if (action) {
                menu->addAction(action);
            } else {
                menu->addSeparator();
            }
        }
        menu->popup(view->viewport()->mapToGlobal(pos));
    });
}

} // namespace Credence::Ui
