#include "authorspanel.h"

#include "actions/contextmenu.h"
#include "dialogs/authordialog.h"
#include "dialogs/confirmmerge.h"
#include "models/authortablemodel.h"
#include "project/project.h"

#include <QAction>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Credence::Ui {

AuthorsPanel::AuthorsPanel(Core::Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new AuthorTableModel(project, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuthorTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("authorsView"));
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Authors"));
    m_view->setAccessibleDescription(tr("Every author with the sources they write for and their claims by state."));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // several at once: merging one person's bylines
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuthorTableModel::NameColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AuthorTableModel::SourcesColumn, QHeaderView::Stretch);

    auto *edit = new QAction(tr("&Edit Author…"), this);
    edit->setObjectName(QStringLiteral("editAuthor"));
    edit->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return)});
    connect(edit, &QAction::triggered, this, &AuthorsPanel::editCurrent);
    auto *merge = new QAction(tr("&Merge Selected Authors…"), this);
    merge->setObjectName(QStringLiteral("mergeAuthors"));
    merge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(merge, &QAction::triggered, this, &AuthorsPanel::mergeSelected);
    // The keys mean this only in the authors list.
    for (QAction *action : {edit, merge}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        m_writeActions.append(action);
    }
    connect(m_view, &QAbstractItemView::doubleClicked, this, &AuthorsPanel::editCurrent);
    installContextMenu(m_view, {edit, merge});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void AuthorsPanel::editCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        Q_EMIT message(tr("Select an author in the Authors list first."));
        return;
    }
    const Core::Id id = current.data(AuthorTableModel::AuthorIdRole).toLongLong();
    std::optional<Core::AuthorSummary> summary;
    for (const Core::AuthorSummary &row : m_project->authors()) {
        if (row.author.id == id) {
            summary = row;
        }
    }
    if (!summary) {
        Q_EMIT message(tr("That author no longer exists."));
        return;
    }
    AuthorDialog dialog(*summary, window());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!m_project->changeAuthor(dialog.author())) {
        QMessageBox::warning(this, tr("Author not saved"), m_project->lastError());
    }
}

void AuthorsPanel::mergeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    QList<Core::Id> others;
    QStringList names;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        if (row.row() != current.row()) {
            others.append(row.data(AuthorTableModel::AuthorIdRole).toLongLong());
            names.append(row.data().toString());
        }
    }
    if (!current.isValid() || others.isEmpty()) {
        Q_EMIT message(tr("Select two or more authors (Ctrl+click); the current one keeps its name."));
        return;
    }
    const QString into = m_view->model()->index(current.row(), AuthorTableModel::NameColumn).data().toString();
    if (!confirmMerge(
            this, tr("Merge Authors"),
            tr("Merge these into %1? Their articles follow, and their names become its other names.").arg(into),
            names)) {
        return;
    }
    if (!m_project->mergeAuthors(current.data(AuthorTableModel::AuthorIdRole).toLongLong(), others)) {
        QMessageBox::warning(this, tr("Authors not merged"), m_project->lastError());
    } else {
        Q_EMIT message(tr("Merged. Ctrl+Z takes it back."));
    }
}

} // namespace Credence::Ui
