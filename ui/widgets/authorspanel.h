#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QSortFilterProxyModel;
class QTableView;

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

class AuthorTableModel;

/// The authors of the project as records: each with the sources they write for and their claims by state. F2,
/// Enter or a double click edits the current one (AuthorDialog); Ctrl+M merges the selected authors into the current
/// one. Both are undoable steps of the project.
class AuthorsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AuthorsPanel(Core::Project *project, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    /// Edit and merge: actions that write, for the window to disable on a read-only project.
    QList<QAction *> writeActions() const { return m_writeActions; }

    void editCurrent();
    void mergeSelected();

Q_SIGNALS:
    /// A line for the status bar.
    void message(const QString &text);

private:
    Core::Project *m_project;
    AuthorTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QList<QAction *> m_writeActions;
};

} // namespace Credence::Ui
