#pragma once

#include "domain/article.h"
#include "domain/projectdetails.h"
#include "domain/searchhit.h"
#include "storage/database.h"

#include <QMainWindow>

class QLabel;
class QPushButton;
class QMenu;
class QDockWidget;
class QTableView;
class QSortFilterProxyModel;
class QStackedWidget;

namespace Credence::Core {
class Project;
class Settings;
struct BodyChange;
} // namespace Credence::Core

namespace Credence::Ui {

class ArticleFilterBar;
class ArticleListModel;
class ArticleView;
class ClaimActions;
class EvidenceActions;
class ElsewherePanel;
class EvidencePanel;
class ClaimFilterBar;
class ClaimFilterModel;
class ClaimTableModel;
class FindBar;
class Legend;
class SearchPanel;
class SourceTableModel;
class SummaryView;

/// The workbench: articles on the left, the selected article's text beside its claims, sources below.
/// Wires parts together; data changes go through Core::Project, never through widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Core::Project *project, Core::Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path; with OpenMode::Existing (File › Open, Open Recent, files handed over) nothing is created.
    /// Shows a message on failure, and keeps the project that was open.
    bool openProject(const QString &path, Core::OpenMode mode = Core::OpenMode::Existing);
    /// Imports files and folders (recursively); reports failures and duplicates in one message.
    void importPaths(const QStringList &paths);
    void selectArticle(Core::Id articleId);
    Core::Id currentArticle() const;
    /// Shows @p claimId's article and selects the claim in the table.
    void showClaim(Core::Id claimId);
    /// Opens the first of @p paths (files handed over by another `credence` process) and comes to the front.
    void openFiles(const QStringList &paths);
    /// Copies the open project to @p path (File › Save Project As…) and goes on working in the copy.
    bool saveProjectCopy(const QString &path);

protected:
    /// Tab and Shift+Tab go from pane to pane (article list, text, claims table, evidence), never from cell to cell.
    bool focusNextPrevChild(bool next) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createLayout();
    /// Edit › Find in Article, Find Next, Find Previous and Search Project.
    void createFindActions(QMenu *edit);
    /// Shows the article of @p hit and selects its claim, or puts the cursor at the match in the text.
    void showSearchHit(const Core::SearchHit &hit);
    void showArticle(Core::Id articleId);
    void showArticleNow(Core::Id articleId);
    void reloadArticle();
    void trimBody(bool atStart);
    void reextractArticle();
    void applyBodyChange(const Core::BodyChange &change, const QString &undoText, const QString &done);
    void updateHeader();
    void updateWindowTitle();
    /// Enables what the open project allows: nothing but New and Open without one, no editing when read-only.
    void updateActions();
    void updateBanner();
    void announceDamage();
    void saveRecoveredCopy();
    void onClaimRowChanged();
    void onTextPositionActivated(int position);
    void removeArticle();
    void showShortcuts();
    void editDetails();
    /// Edits the record of the source current in the sources view: name, kind, domains, grade (SourceDialog).
    void editSource();
    /// Merges the sources selected in the sources view into the current one.
    void mergeSelectedSources();
    void assignSource();
    void assignAuthor();
    /// The articles selected in the article list, or the one shown; none (said in the status bar) when neither.
    QList<Core::Id> selectedArticleIds();
    /// Asks for a name among @p names (editable: any name may be typed), starting with @p current; the name typed,
    /// simplified, or nullopt when cancelled.
    std::optional<QString> askName(const QString &objectName, const QString &title, const QString &label,
                                   QStringList names, const QString &current);
    void openProjectDialog();
    void importDialog();
    void pasteArticle();
    void exportPdf();
    void exportCsv();
    void exportClaimReview();
    void exportJson();
    void projectFromJson();
    void editProjectDetails();
    /// Stores @p details when they differ from the project's; false (with a message) when that fails.
    bool keepProjectDetails(const Core::ProjectDetails &details);
    /// A file to export to, asked of the user, named after the project; @p suffix added when the name lacks it.
    QString askExportPath(const QString &title, const QString &suffix, const QString &filter);
    void rebuildRecentMenu();
    void showAbout();
    void showError(const QString &message);
    void createProject();
    void saveProjectAs();

    Core::Project *m_project;
    Core::Settings *m_settings;
    ArticleListModel *m_articleModel;
    ClaimTableModel *m_claimModel;
    SourceTableModel *m_sourceModel;
    QSortFilterProxyModel *m_sourceProxy;
    ClaimFilterModel *m_claimProxy;
    ClaimActions *m_claimActions = nullptr;
    EvidenceActions *m_evidenceActions = nullptr;
    EvidencePanel *m_evidencePanel = nullptr;
    ElsewherePanel *m_elsewherePanel = nullptr;
    QDockWidget *m_elsewhereDock = nullptr;
    Legend *m_legend = nullptr;
    FindBar *m_findBar = nullptr;
    ClaimFilterBar *m_claimFilterBar = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QTableView *m_articlesView = nullptr;
    QTableView *m_claimsView = nullptr;
    QTableView *m_sourcesView = nullptr;
    ArticleView *m_articleView = nullptr;
    QLabel *m_header = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_articleActions; ///< need an article shown and a writable project
    QList<QAction *> m_projectActions; ///< need an open project
    QList<QAction *> m_writeActions;   ///< need a writable project
    QStackedWidget *m_centre = nullptr;
    SummaryView *m_summaryView = nullptr;
    ArticleFilterBar *m_articleFilterBar = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerButton = nullptr;
};

} // namespace Credence::Ui
