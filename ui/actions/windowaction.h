#pragma once

#include <QKeySequence>
#include <QList>

class QAction;
class QString;
class QWidget;

namespace Credence::Ui {

/// A new action of @p window's, named @p name (for tests and the shortcut sheet), whose @p keys work from every
/// pane of the window. A line edit or a dialog being typed in keeps its keys: text widgets take the letters before
/// shortcuts see them, and a dialog is a window of its own.
QAction *addWindowAction(QWidget *window, const QString &name, const QString &text, const QList<QKeySequence> &keys);

} // namespace Credence::Ui
