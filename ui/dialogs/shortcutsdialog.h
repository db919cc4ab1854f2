#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace Credence::Ui {

/// Help › Keyboard Shortcuts: every action of the menus that has a shortcut, grouped by menu, read from the
/// QActions themselves, so the sheet lists exactly the keys that work.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    /// Each row as "Menu\tAction\tKeys", for tests.
    QStringList rows() const;

private:
    QTreeWidget *m_tree;
};

} // namespace Credence::Ui
