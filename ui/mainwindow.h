#pragma once

#include "domain/article.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QTableView;
class QSortFilterProxyModel;

namespace Credence::Core {
class Project;
class Settings;
} // namespace Credence::Core

namespace Credence::Ui {

class ArticleListModel;
class ArticleView;
class ClaimTableModel;
class SourceTableModel;

/// The workbench: articles on the left, the selected article's text beside its claims, sources below.
/// Wires parts together; data changes go through Core::Project, never through widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Core::Project *project, Core::Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path, creating an empty project there if it does not exist. Shows a message on failure.
    bool openProject(const QString &path);
    /// Imports files and folders (recursively); reports failures and duplicates in one message.
    void importPaths(const QStringList &paths);
    void selectArticle(Core::Id articleId);
    Core::Id currentArticle() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createLayout();
    void showArticle(Core::Id articleId);
    void updateHeader();
    void updateWindowTitle();
    void onClaimRowChanged();
    void onTextPositionActivated(int position);
    void markSelected(Core::Verdict verdict);
    void editNote();
    void editDetails();
    void newProject();
    void openProjectDialog();
    void importDialog();
    void pasteArticle();
    void exportPdf();
    void rebuildRecentMenu();
    void showAbout();
    void showError(const QString &message);
    QList<Core::Id> selectedClaimIds() const;

    Core::Project *m_project;
    Core::Settings *m_settings;
    ArticleListModel *m_articleModel;
    ClaimTableModel *m_claimModel;
    SourceTableModel *m_sourceModel;
    QSortFilterProxyModel *m_sourceProxy;
    QTableView *m_articlesView = nullptr;
    QTableView *m_claimsView = nullptr;
    QTableView *m_sourcesView = nullptr;
    ArticleView *m_articleView = nullptr;
    QLabel *m_header = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_articleActions;
};

} // namespace Credence::Ui
