#pragma once

#include <QList>

class QAbstractScrollArea;
class QAction;

namespace Credence::Ui {

/// Gives @p view a context menu of @p actions (nullptr for a separator): the same QActions as the menu bar, so the
/// menu shows their shortcuts and is enabled exactly when they are. The menu is named after the view
/// ("claimsViewMenu").
void installContextMenu(QAbstractScrollArea *view, const QList<QAction *> &actions);

} // namespace Credence::Ui
