#include "mainwindow.h"

#include "actions/claimactions.h"
#include "actions/contextmenu.h"
#include "actions/evidenceactions.h"
#include "actions/languagemenu.h"
#include "commands/undomacro.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/articledetailsdialog.h"
#include "dialogs/confirmmerge.h"
#include "dialogs/importprogress.h"
#include "dialogs/projectdetailsdialog.h"
#include "dialogs/reportdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/sourcedialog.h"
#include "import/importjob.h"
#include "models/articlelistmodel.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"
#include "models/sourcetablemodel.h"
#include "project/project.h"
#include "report/claimreview.h"
#include "report/claimscsv.h"
#include "report/pdfreport.h"
#include "settings/settings.h"
#include "signals/storedsignals.h"
#include "storage/projectjson.h"
#include "style/tooltips.h"
#include "widgets/articlefilterbar.h"
#include "widgets/articleview.h"
#include "widgets/authorspanel.h"
#include "widgets/claimfilterbar.h"
#include "widgets/clusterpanel.h"
#include "widgets/elsewherepanel.h"
#include "widgets/evidencepanel.h"
#include "widgets/findbar.h"
#include "widgets/legend.h"
#include "widgets/searchpanel.h"
#include "widgets/summarycharts.h"
#include "widgets/summaryview.h"
#include "widgets/verdictdelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDirIterator>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextCursor>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Credence::Ui {

namespace {

QTableView *makeTable(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setHighlightSections(false);
    // Tab leaves the table for the next pane; the arrows move within it.
    view->setTabKeyNavigation(false);
    return view;
}

} // namespace

MainWindow::MainWindow(Core::Project *project, Core::Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_project(project)
    , m_settings(settings)
    , m_articleModel(new ArticleListModel(project, this))
    , m_claimModel(new ClaimTableModel(project, this))
    , m_sourceModel(new SourceTableModel(project, this))
    , m_sourceProxy(new QSortFilterProxyModel(this))
    , m_claimProxy(new ClaimFilterModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/credence.svg")));
    setAcceptDrops(true);
    m_sourceProxy->setSourceModel(m_sourceModel);
    m_sourceProxy->setSortRole(SourceTableModel::SortRole);
    m_claimProxy->setSourceModel(m_claimModel);
    createLayout();
    createActions();

    connect(m_project, &Core::Project::storageError, this, &MainWindow::showError);
    connect(m_project, &Core::Project::opened, this, &MainWindow::updateWindowTitle);
    connect(m_project, &Core::Project::closed, this, &MainWindow::updateWindowTitle);
    connect(m_project, &Core::Project::opened, this, &MainWindow::updateActions);
    connect(m_project, &Core::Project::closed, this, &MainWindow::updateActions);
    connect(m_project, &Core::Project::articleChanged, this, [this](Core::Id id) {
        if (id == currentArticle()) {
            reloadArticle();
        }
    });
    connect(m_project, &Core::Project::claimChanged, this, [this](Core::Id articleId, Core::Id) {
        if (articleId == currentArticle()) {
            m_articleView->setClaims(m_claimModel->claims());
            onClaimRowChanged();
        }
    });
    connect(m_articleModel, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the article the user was reading when the list is rebuilt (after an import, an edit).
        const Core::Id shown = m_claimModel->articleId();
        selectArticle(shown && m_articleModel->rowOfArticle(shown) >= 0 ? shown : 0);
    });

    resize(1400, 900);
    restoreGeometry(m_settings->bytes(Core::Settings::Key::WindowGeometry));
    restoreState(m_settings->bytes(Core::Settings::Key::WindowState));
    updateWindowTitle();
    updateActions();
    rebuildRecentMenu();
    statusBar()->showMessage(tr("Press 1 (corroborated), 2 (contradicted), 3 (unverifiable) or 0 (not checked) to mark "
                                "the selected claim; J and K move between claims, Enter edits the note, F1 lists every "
                                "key."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createLayout()
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("articleHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setContentsMargins(8, 6, 8, 6);
    m_header->setAccessibleName(tr("Article"));
    m_header->setAccessibleDescription(tr("The title, source, author and date of the article shown."));
    m_articleView = new ArticleView(this);
    m_articleView->setObjectName(QStringLiteral("articleView"));
    m_articleView->setAccessibleName(tr("Article text"));
    m_articleView->setAccessibleDescription(tr("The text of the article shown, each claim underlined by its state. "
                                               "Select words and press A to make them a claim."));

    // Says, above the text, that the project cannot be changed and how to get a copy that can.
    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf0, 0xc2));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    m_banner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("readOnlyBannerText"));
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setWordWrap(true);
    m_bannerButton = new QPushButton(m_banner);
    m_bannerButton->setObjectName(QStringLiteral("readOnlyBannerButton"));
    connect(m_bannerButton, &QPushButton::clicked, this, [this] {
        if (m_project->isDamaged()) {
            saveRecoveredCopy();
        } else {
            saveProjectAs();
        }
    });
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerButton);
    m_banner->hide();

    auto *textPane = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(0);
    textLayout->addWidget(m_banner);
    textLayout->addWidget(m_header);
    textLayout->addWidget(m_articleView, 1);
    m_findBar = new FindBar(m_articleView, textPane);
    textLayout->addWidget(m_findBar);
    m_legend = new Legend(textPane);
    textLayout->addWidget(m_legend);

    m_claimsView = makeTable(QStringLiteral("claimsView"), this);
    m_claimsView->setModel(m_claimProxy);
    m_claimsView->setAccessibleName(tr("Claims"));
    m_claimsView->setAccessibleDescription(tr("The claims of the article shown with their states, kinds, "
                                              "check-worthiness and notes. 1, 2, 3 and 0 mark the selected claims; "
                                              "Enter edits the note."));
    m_claimsView->setSortingEnabled(true);
    m_claimsView->sortByColumn(ClaimTableModel::NumberColumn, Qt::AscendingOrder);
    m_claimsView->setItemDelegateForColumn(ClaimTableModel::VerdictColumn, new VerdictDelegate(m_claimsView));
    // Keys judge claims and Enter opens the note editor; a double click picks a state or opens the note.
    m_claimsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_claimsView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == ClaimTableModel::VerdictColumn) {
            m_claimsView->edit(index);
        } else {
            m_claimActions->editNote();
        }
    });
    m_claimsView->setWordWrap(true);
    QHeaderView *claimHeader = m_claimsView->horizontalHeader();
    for (const int column :
         {ClaimTableModel::NumberColumn, ClaimTableModel::VerdictColumn, ClaimTableModel::CredibilityColumn,
          ClaimTableModel::KindColumn, ClaimTableModel::WorthColumn, ClaimTableModel::EvidenceColumn}) {
        claimHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    claimHeader->setSectionResizeMode(ClaimTableModel::TextColumn, QHeaderView::Stretch);
    // The claim's text gets the room: the note column starts narrow and can be widened.
    claimHeader->resizeSection(ClaimTableModel::NoteColumn, 90);
    m_claimsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_claimsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onClaimRowChanged);
    connect(m_articleView, &ArticleView::positionActivated, this, &MainWindow::onTextPositionActivated);
    connect(m_articleView, &ArticleView::claimStepRequested, this, [this](int step) { m_claimActions->step(step); });

    // The claims pane: the filters above the table.
    auto *claimsPane = new QWidget(this);
    auto *claimsLayout = new QVBoxLayout(claimsPane);
    claimsLayout->setContentsMargins(0, 0, 0, 0);
    claimsLayout->setSpacing(0);
    m_claimProxy->setEvidenceCountRole(ClaimTableModel::EvidenceCountRole);
    m_claimFilterBar = new ClaimFilterBar(m_claimProxy, claimsPane);
    claimsLayout->addWidget(m_claimFilterBar);
    claimsLayout->addWidget(m_claimsView, 1);
    m_evidencePanel = new EvidencePanel(m_project, this);
    auto *claimsSplitter = new QSplitter(Qt::Vertical, this);
    claimsSplitter->setObjectName(QStringLiteral("claimsSplitter"));
    claimsSplitter->addWidget(claimsPane);
    claimsSplitter->addWidget(m_evidencePanel);
    claimsSplitter->setStretchFactor(0, 3);
    claimsSplitter->setStretchFactor(1, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(textPane);
    splitter->addWidget(claimsSplitter);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    // The workbench and the summary share the centre: View › Workbench (Ctrl+1) and View › Summary (Ctrl+2).
    m_summaryView = new SummaryView(m_project, this);
    m_summaryView->setObjectName(QStringLiteral("summaryView"));
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(splitter);
    m_centre->addWidget(m_summaryView);
    setCentralWidget(m_centre);

    m_articlesView = makeTable(QStringLiteral("articlesView"), this);
    m_articlesView->setModel(m_articleModel);
    m_articlesView->setAccessibleName(tr("Articles"));
    m_articlesView->setAccessibleDescription(
        tr("The articles of the project with how many of their claims are decided. Delete removes the selected one."));
    // Several articles at once: Article › Assign Source gives them all one source.
    m_articlesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_articlesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_articlesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_articlesView->horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_articlesView->setColumnHidden(ArticleListModel::AuthorColumn, true);
    m_articlesView->setColumnHidden(ArticleListModel::DateColumn, true);
    connect(m_articlesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showArticle(current.isValid() ? current.data(ArticleListModel::ArticleIdRole).toLongLong() : 0);
            });
    // Selecting a source or author in the summary lists its articles only; the bar above says so.
    m_articleFilterBar = new ArticleFilterBar(m_articleModel, this);
    connect(m_summaryView, &SummaryView::recordSelected, this,
            [this](SummaryTableModel::Records records, Core::Id id, const QString &name) {
                if (id == 0) {
                    m_articleFilterBar->clear();
                    return;
                }
                m_articleFilterBar->setFilter(records == SummaryTableModel::Records::Authors
                                                  ? ArticleListModel::FilterBy::Author
                                                  : ArticleListModel::FilterBy::Source,
                                              id, name);
            });
    auto *articlesPane = new QWidget(this);
    auto *articlesLayout = new QVBoxLayout(articlesPane);
    articlesLayout->setContentsMargins(0, 0, 0, 0);
    articlesLayout->setSpacing(0);
    articlesLayout->addWidget(m_articleFilterBar);
    articlesLayout->addWidget(m_articlesView, 1);
    auto *articlesDock = new QDockWidget(tr("Articles"), this);
    articlesDock->setObjectName(QStringLiteral("articlesDock"));
    articlesDock->setWidget(articlesPane);
    addDockWidget(Qt::LeftDockWidgetArea, articlesDock);

    m_sourcesView = makeTable(QStringLiteral("sourcesView"), this);
    m_sourcesView->setModel(m_sourceProxy);
    m_sourcesView->setAccessibleName(tr("Sources"));
    m_sourcesView->setAccessibleDescription(
        tr("Every source with its claims by state and its reliability, with the 95% interval."));
    m_sourcesView->setSortingEnabled(true);
    m_sourcesView->sortByColumn(SourceTableModel::NameColumn, Qt::AscendingOrder);
    m_sourcesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Several at once: merging two records of one outlet.
    m_sourcesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sourcesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sourcesView->horizontalHeader()->setSectionResizeMode(SourceTableModel::NameColumn, QHeaderView::Stretch);
    auto *sourcesDock = new QDockWidget(tr("Sources"), this);
    sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    sourcesDock->setWidget(m_sourcesView);
    addDockWidget(Qt::BottomDockWidgetArea, sourcesDock);
    m_searchPanel = new SearchPanel(m_project, this);
    connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::showSearchHit);
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_searchPanel);
    // A tab beside the article list, as wide as it: results need the room, and a hit leads to an article.
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    tabifyDockWidget(articlesDock, m_searchDock);
    articlesDock->raise();
    m_searchDock->hide();
    m_elsewherePanel = new ElsewherePanel(m_project, this);
    connect(m_elsewherePanel, &ElsewherePanel::showClaimRequested, this, &MainWindow::showClaim);
    connect(m_elsewherePanel, &ElsewherePanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_elsewhereDock = new QDockWidget(tr("Same Claim Elsewhere"), this);
    m_elsewhereDock->setObjectName(QStringLiteral("elsewhereDock"));
    m_elsewhereDock->setWidget(m_elsewherePanel);
    // Beside the sources, under the claims: both are about other articles than the one being read.
    addDockWidget(Qt::BottomDockWidgetArea, m_elsewhereDock);
    splitDockWidget(sourcesDock, m_elsewhereDock, Qt::Horizontal);
    auto *clusterPanel = new ClusterPanel(m_project, this);
    connect(clusterPanel, &ClusterPanel::showClaimRequested, this, &MainWindow::showClaim);
    auto *clusterDock = new QDockWidget(tr("Claim Clusters"), this);
    clusterDock->setObjectName(QStringLiteral("clusterDock"));
    clusterDock->setWidget(clusterPanel);
    // A tab beside the same claim elsewhere: the project-wide view of what that panel links.
    addDockWidget(Qt::BottomDockWidgetArea, clusterDock);
    tabifyDockWidget(m_elsewhereDock, clusterDock);
    auto *authorsPanel = new AuthorsPanel(m_project, this);
    connect(authorsPanel, &AuthorsPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_writeActions.append(authorsPanel->writeActions());
    auto *authorsDock = new QDockWidget(tr("Authors"), this);
    authorsDock->setObjectName(QStringLiteral("authorsDock"));
    authorsDock->setWidget(authorsPanel);
    // A tab beside the sources: the other half of who published an article.
    addDockWidget(Qt::BottomDockWidgetArea, authorsDock);
    tabifyDockWidget(sourcesDock, authorsDock);
    sourcesDock->raise();
    m_elsewhereDock->raise();
    resizeDocks({articlesDock}, {380}, Qt::Horizontal);
    resizeDocks({sourcesDock, m_elsewhereDock}, {560, 840}, Qt::Horizontal);
    resizeDocks({sourcesDock}, {200}, Qt::Vertical);
}

void MainWindow::createActions()
{
    m_claimActions = new ClaimActions(
        {m_project, m_settings, m_claimModel, m_claimProxy, m_claimsView, m_articleView, statusBar(), this});
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Project…"), QKeySequence::New, this,
                    &MainWindow::createProject);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Project…"), QKeySequence::Open, this,
                    &MainWindow::openProjectDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_projectActions.append(file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                            tr("Save Project &As…"), QKeySequence::SaveAs, this,
                                            &MainWindow::saveProjectAs));
    QAction *recover = file->addAction(tr("Save Reco&vered Copy…"), this, &MainWindow::saveRecoveredCopy);
    recover->setObjectName(QStringLiteral("saveRecoveredCopy"));
    m_projectActions.append(recover);
    file->addSeparator();
    QAction *import = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Articles…"),
                                      QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importDialog);
    import->setObjectName(QStringLiteral("importArticles"));
    m_writeActions.append(import);
    m_writeActions.append(file->addAction(tr("&Paste as New Article"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                                          this, &MainWindow::pasteArticle));
    QAction *exportPdf = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Report…"),
                                         QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportPdf);
    exportPdf->setObjectName(QStringLiteral("exportPdf"));
    exportPdf->setToolTip(tr("Write the reliability report as PDF: all sources or those selected (Ctrl+E)"));
    m_projectActions.append(exportPdf);
    QAction *exportCsv = file->addAction(tr("Export Claims as &CSV…"), this, &MainWindow::exportCsv);
    exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_projectActions.append(exportCsv);
    QAction *exportReviews =
        file->addAction(tr("Export Fact-C&hecks as ClaimReview…"), this, &MainWindow::exportClaimReview);
    exportReviews->setObjectName(QStringLiteral("exportClaimReview"));
    m_projectActions.append(exportReviews);
    QAction *exportJson = file->addAction(tr("Export Project as &JSON…"), this, &MainWindow::exportJson);
    exportJson->setObjectName(QStringLiteral("exportJson"));
    m_projectActions.append(exportJson);
    QAction *fromJson = file->addAction(tr("New Project from J&SON…"), this, &MainWindow::projectFromJson);
    fromJson->setObjectName(QStringLiteral("projectFromJson"));
    QAction *projectDetails = file->addAction(tr("Project &Details…"), this, &MainWindow::editProjectDetails);
    projectDetails->setObjectName(QStringLiteral("projectDetails"));
    m_writeActions.append(projectDetails);
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), QKeySequence::Quit, this,
                    &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_project->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = m_project->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    createFindActions(edit);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    m_articleActions.append(
        article->addAction(tr("&Details…"), QKeySequence(Qt::CTRL | Qt::Key_D), this, &MainWindow::editDetails));
    QAction *assign = article->addAction(tr("Assign S&ource…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                                         &MainWindow::assignSource);
    assign->setObjectName(QStringLiteral("assignSource"));
    assign->setToolTip(tr("Give the selected articles a source, or take it away (unassigned)"));
    m_articleActions.append(assign);
    QAction *assignAuthor = article->addAction(tr("Assign &Author…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                                               this, &MainWindow::assignAuthor);
    assignAuthor->setObjectName(QStringLiteral("assignAuthor"));
    assignAuthor->setToolTip(tr("Give the selected articles an author, or take it away"));
    m_articleActions.append(assignAuthor);
    article->addSeparator();
    m_articleActions.append(article->addAction(
        tr("Body &Starts at Cursor"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), this, [this] { trimBody(true); }));
    m_articleActions.append(article->addAction(
        tr("Body &Ends at Cursor"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight), this, [this] { trimBody(false); }));
    QAction *reextract = article->addAction(tr("&Re-extract from Original"), this, &MainWindow::reextractArticle);
    m_articleActions.append(reextract);
    article->addSeparator();
    QAction *remove = article->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Re&move Article…"),
                                         QKeySequence::Delete, this, &MainWindow::removeArticle);
    remove->setObjectName(QStringLiteral("removeArticle"));
    // Delete removes an article only in the article list; in the claims it removes a claim.
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_articlesView->addAction(remove);
    m_articleActions.append(remove);
    QAction *details = article->actions().constFirst();

    QMenu *claim = menuBar()->addMenu(tr("&Claim"));
    m_claimActions->populate(claim);
    m_articleActions.append(m_claimActions->editingActions());

    m_evidenceActions = new EvidenceActions(
        {m_project, m_evidencePanel, m_claimsView, statusBar(), this, [this] { return m_evidencePanel->claim(); }});
    connect(m_evidenceActions, &EvidenceActions::showClaimRequested, this, &MainWindow::showClaim);
    QMenu *evidence = menuBar()->addMenu(tr("Evi&dence"));
    m_evidenceActions->populate(evidence);
    evidence->addSeparator();
    QAction *elsewhere =
        evidence->addAction(tr("Sa&me Claim Elsewhere"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, [this] {
            m_elsewhereDock->show();
            m_elsewhereDock->raise();
            m_elsewherePanel->view()->setFocus(Qt::ShortcutFocusReason);
        });
    elsewhere->setObjectName(QStringLiteral("sameClaimElsewhere"));
    m_projectActions.append(elsewhere);
    m_articleActions.append(m_evidenceActions->editingActions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *centreGroup = new QActionGroup(this);
    QAction *workbench = view->addAction(tr("&Workbench"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                                         [this] { m_centre->setCurrentIndex(0); });
    workbench->setObjectName(QStringLiteral("showWorkbench"));
    workbench->setToolTip(tr("The article beside its claims, for checking them (Ctrl+1)"));
    QAction *summary = view->addAction(tr("&Summary"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] {
        m_centre->setCurrentIndex(1);
        m_summaryView->table()->setFocus(Qt::ShortcutFocusReason);
    });
    summary->setObjectName(QStringLiteral("showSummary"));
    summary->setToolTip(tr("Reliability per source and author, with charts (Ctrl+2)"));
    for (QAction *action : {workbench, summary}) {
        action->setCheckable(true);
        centreGroup->addAction(action);
    }
    workbench->setChecked(true);
    // Enter or a double click on a summary row goes to its articles in the workbench.
    connect(m_summaryView->table(), &QAbstractItemView::activated, this, [this, workbench] {
        workbench->trigger();
        if (m_articleModel->rowCount() > 0) {
            selectArticle(m_articleModel->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
        }
    });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        view->addAction(dock->toggleViewAction());
    }
    view->addSeparator();
    view->addMenu(new LanguageMenu(m_settings, this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts =
        help->addAction(tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    help->addAction(tr("&About Credence"), this, &MainWindow::showAbout);

    installContextMenu(m_articlesView, {details, reextract, nullptr, remove});
    installContextMenu(m_claimsView, m_claimActions->tableMenu());
    installContextMenu(m_evidencePanel->evidenceView(), m_evidenceActions->listMenu());
    m_articleView->setContextActions(m_claimActions->textMenu());
    QAction *editSourceAction = new QAction(tr("&Edit Source…"), this);
    editSourceAction->setObjectName(QStringLiteral("editSource"));
    editSourceAction->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return)});
    connect(editSourceAction, &QAction::triggered, this, &MainWindow::editSource);
    QAction *mergeSourcesAction = new QAction(tr("&Merge Selected Sources…"), this);
    mergeSourcesAction->setObjectName(QStringLiteral("mergeSources"));
    mergeSourcesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(mergeSourcesAction, &QAction::triggered, this, &MainWindow::mergeSelectedSources);
    // The keys mean this only in the sources list.
    for (QAction *action : {editSourceAction, mergeSourcesAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_sourcesView->addAction(action);
        m_writeActions.append(action);
    }
    connect(m_sourcesView, &QAbstractItemView::doubleClicked, this, &MainWindow::editSource);
    installContextMenu(m_sourcesView, {editSourceAction, mergeSourcesAction, nullptr, exportPdf, import});

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(import);
    toolbar->addAction(exportPdf);
    toolbar->addSeparator();
    toolbar->addAction(findChild<QAction *>(QStringLiteral("showWorkbench")));
    toolbar->addAction(findChild<QAction *>(QStringLiteral("showSummary")));
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
}

void MainWindow::createFindActions(QMenu *edit)
{
    edit->addSeparator();
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find in Article…"),
                                    QKeySequence::Find, m_findBar, &FindBar::open);
    find->setObjectName(QStringLiteral("findInArticle"));
    QAction *next = edit->addAction(tr("Find &Next"), QKeySequence::FindNext, m_findBar, &FindBar::findNext);
    next->setObjectName(QStringLiteral("findNext"));
    QAction *previous =
        edit->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, m_findBar, &FindBar::findPrevious);
    previous->setObjectName(QStringLiteral("findPrevious"));
    QAction *search = edit->addAction(QIcon::fromTheme(QStringLiteral("system-search")), tr("&Search Project…"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this, [this] {
                                          m_searchDock->show();
                                          m_searchDock->raise();
                                          m_searchPanel->focusQuery();
                                      });
    search->setObjectName(QStringLiteral("searchProject"));
    m_projectActions.append({find, next, previous, search});
}

void MainWindow::showSearchHit(const Core::SearchHit &hit)
{
    selectArticle(hit.articleId);
    if (currentArticle() != hit.articleId) {
        statusBar()->showMessage(tr("That article is no longer in the project."), 4000);
        return;
    }
    if (hit.claimId) {
        const QList<Core::Claim> &claims = m_claimModel->claims();
        for (int row = 0; row < claims.size(); ++row) {
            if (claims.at(row).id != hit.claimId) {
                continue;
            }
            if (!m_claimProxy->mapFromSource(m_claimModel->index(row, 0)).isValid()) {
                m_claimFilterBar->clear(); // the filters hid the claim asked for
            }
            m_claimActions->selectRow(row);
            m_claimsView->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (hit.bodyOffset >= 0) {
        onTextPositionActivated(hit.bodyOffset); // the claim there, if any; then the cursor at the match itself
        QTextCursor cursor = m_articleView->textCursor();
        cursor.setPosition(std::min(hit.bodyOffset, m_articleView->document()->characterCount() - 1));
        m_articleView->setTextCursor(cursor);
        m_articleView->centerCursor();
    }
    m_articleView->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::openProject(const QString &path, Core::OpenMode mode)
{
    // Opening checks every page of the project: about two seconds for 1 GB.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = m_project->open(path, {mode});
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showError(m_project->isOpen() ? tr("Could not open the project. %1 is still open.\n\n%2")
                                            .arg(m_project->displayName(), m_project->lastError())
                                      : tr("Could not open the project.\n\n%1").arg(m_project->lastError()));
        return false;
    }
    m_settings->setLastProject(path);
    m_settings->addRecentProject(path);
    m_settings->sync();
    rebuildRecentMenu();
    if (m_project->isDamaged()) {
        announceDamage();
    }
    return true;
}

void MainWindow::announceDamage()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::RecoveryReport report = m_project->assessDamage();
    QApplication::restoreOverrideCursor();
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Damaged project"),
                        tr("The project “%1” is damaged. Credence opened it read-only, so nothing more is lost, "
                           "and shows what can still be read.")
                            .arg(m_project->displayName()),
                        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("damagedProjectMessage"));
    box->setInformativeText(report.summary() + QStringLiteral("\n\n") +
                            tr("Save a recovered copy to go on working: it holds everything that can be read."));
    box->setDetailedText(m_project->damage());
    QPushButton *recover = box->addButton(tr("Save Recovered Copy…"), QMessageBox::AcceptRole);
    box->setDefaultButton(recover);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(recover, &QPushButton::clicked, this, &MainWindow::saveRecoveredCopy);
    box->open();
}

void MainWindow::saveRecoveredCopy()
{
    if (!m_project->isOpen()) {
        return;
    }
    if (!m_project->isDamaged()) {
        saveProjectAs();
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Recovered Copy"),
                                                QFileInfo(m_project->path()).absolutePath() + QLatin1Char('/') +
                                                    tr("%1 (recovered).credence").arg(m_project->displayName()),
                                                tr("Credence projects (*.credence)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".credence"))) {
        path += QStringLiteral(".credence");
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Core::RecoveryReport report;
    const bool saved = m_project->saveRecoveredCopy(path, &report);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        showError(tr("Could not save a recovered copy.\n\n%1").arg(m_project->lastError()));
        return;
    }
    if (!openProject(path)) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Information, tr("Recovered copy"),
                                tr("Saved the recovered copy as %1 and opened it.").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Ok, this);
    box->setInformativeText(report.summary());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateActions()
{
    const bool open = m_project->isOpen();
    const bool writable = open && !m_project->isReadOnly();
    for (QAction *action : std::as_const(m_projectActions)) {
        action->setEnabled(open);
    }
    for (QAction *action : std::as_const(m_writeActions)) {
        action->setEnabled(writable);
    }
    const bool articleShown = open && currentArticle() != 0;
    for (QAction *action : std::as_const(m_articleActions)) {
        action->setEnabled(articleShown && writable);
    }
    // A damaged project's figures would leave out what cannot be read: no report from it, only from a recovered copy.
    if (QAction *exportPdf = findChild<QAction *>(QStringLiteral("exportPdf"))) {
        exportPdf->setEnabled(open && !m_project->isDamaged());
    }
    if (QAction *recover = findChild<QAction *>(QStringLiteral("saveRecoveredCopy"))) {
        recover->setVisible(open && m_project->isDamaged());
    }
    updateBanner();
}

void MainWindow::updateBanner()
{
    if (!m_project->isOpen() || !m_project->isReadOnly()) {
        m_banner->hide();
        return;
    }
    if (m_project->isDamaged()) {
        m_bannerText->setText(tr("This project is damaged and open read-only: nothing can be changed, and nothing more "
                                 "is lost. Save a recovered copy to go on working."));
        m_bannerButton->setText(tr("Save Recovered Copy…"));
    } else {
        m_bannerText->setText(tr("This project is read-only: you can read it, see the summary and export it, but not "
                                 "change it. %1")
                                  .arg(m_project->readOnlyReason()));
        m_bannerButton->setText(tr("Save a Writable Copy…"));
    }
    m_banner->show();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_project->isOpen() || m_project->isReadOnly()) {
        showError(m_project->isOpen()
                      ? tr("Nothing was imported: the project is read-only. %1").arg(m_project->readOnlyReason())
                      : tr("Nothing was imported: no project is open. Create one with File › New "
                           "Project or open one with File › Open Project."));
        return;
    }
    const QStringList files = Core::expandImportPaths(paths);
    if (files.isEmpty()) {
        statusBar()->showMessage(tr("No text, Markdown or HTML files there."), 5000);
        return;
    }
    bool cancelled = false;
    const QList<Core::ImportOutcome> outcomes = importWithProgress(this, m_project, files, &cancelled);
    QStringList problems;
    QStringList warnings; // of files imported with part of them left out
    Core::Id last = 0;
    for (const Core::ImportOutcome &outcome : outcomes) {
        if (outcome.ok()) {
            last = *outcome.articleId;
            warnings.append(outcome.warnings);
        } else {
            problems.append(outcome.error);
        }
    }
    const int imported = int(outcomes.size() - problems.size());
    statusBar()->showMessage(cancelled ? tr("Import cancelled after %n article(s).", nullptr, imported)
                                       : tr("Imported %n article(s).", nullptr, imported),
                             5000);
    if (last) {
        selectArticle(last);
    }
    if (!problems.isEmpty() || !warnings.isEmpty()) {
        const QString summary = problems.isEmpty() ? tr("Some files were imported with parts left out.")
                                                   : tr("%n file(s) were not imported.", nullptr, int(problems.size()));
        const QStringList lines = problems + warnings;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), summary, QMessageBox::Ok, this);
        box->setInformativeText(lines.mid(0, 10).join(QLatin1Char('\n')));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::selectArticle(Core::Id articleId)
{
    int row = m_articleModel->rowOfArticle(articleId);
    if (row < 0 && m_articleModel->rowCount() > 0) {
        row = 0;
    }
    if (row < 0) {
        showArticle(0);
        return;
    }
    m_articlesView->setCurrentIndex(m_articleModel->index(row, ArticleListModel::TitleColumn));
    showArticle(m_articleModel->index(row, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
}

Core::Id MainWindow::currentArticle() const
{
    return m_claimModel->articleId();
}

void MainWindow::showArticle(Core::Id articleId)
{
    if (articleId == m_claimModel->articleId() && articleId) {
        return;
    }
    showArticleNow(articleId);
}

void MainWindow::reloadArticle()
{
    const int row = m_claimActions->currentRow();
    showArticleNow(currentArticle());
    if (row >= 0 && row < m_claimModel->rowCount()) {
        m_claimActions->selectRow(row);
    }
}

void MainWindow::showArticleNow(Core::Id articleId)
{
    m_claimModel->setArticle(articleId);
    const auto article = articleId ? m_project->article(articleId) : std::nullopt;
    m_articleView->setArticle(article ? article->body : QString(), m_claimModel->claims(),
                              article ? article->metadata.language : QString());
    // Ready to judge at once: the first claim is selected and the keys act on it.
    if (m_claimModel->rowCount() > 0) {
        m_claimActions->selectRow(0);
    }
    updateActions();
    updateHeader();
}

void MainWindow::updateHeader()
{
    const auto article = currentArticle() ? m_project->article(currentArticle()) : std::nullopt;
    if (!article) {
        m_header->setText(tr("<i>No article. Import one with File › Import Articles… or drop files here.</i>"));
        return;
    }
    const Core::ArticleMetadata &m = article->metadata;
    QStringList facts{m.publication.isEmpty() ? QStringLiteral("<i>") + tr("Unassigned source") + QStringLiteral("</i>")
                                              : m.publication.toHtmlEscaped()};
    if (!article->originSource.isEmpty()) {
        facts << tr("republished from %1").arg(article->originSource.toHtmlEscaped());
    }
    if (!m.author.isEmpty()) {
        facts << tr("by %1").arg(m.author.toHtmlEscaped());
    }
    if (m.published.isValid()) {
        facts << QLocale().toString(m.published, QLocale::LongFormat);
    }
    QString header = QStringLiteral("<div style='font-size: large; font-weight: 600'>%1</div><div>%2</div>")
                         .arg(m.title.toHtmlEscaped(), facts.join(QStringLiteral(" · ")));
    // The text-quality signals that fire, on a line of their own: beside the claims, never in a score.
    QStringList flagged;
    QStringList captions;
    if (const auto stored = m_project->articleSignals(article->id)) {
        const Core::ArticleSignals &s = stored->measured;
        if (s.claimsCounted > 0 && s.hedgedClaims > 0) {
            flagged << tr("%1 of %n claim(s) hedged", nullptr, s.claimsCounted).arg(s.hedgedClaims);
        }
        if (s.claimsCounted > 0 && s.unattributedClaims > 0) {
            flagged << tr("%1 of %n claim(s) unattributed", nullptr, s.claimsCounted).arg(s.unattributedClaims);
        }
        if (s.spunText.spun) {
            flagged << tr("reads as machine-spun text");
        }
        if (s.noByline) {
            flagged << tr("no byline");
        }
        if (s.noDate) {
            flagged << tr("no date");
        }
        if (stored->republishedWithoutCredit) {
            flagged << tr("copies an earlier article of another source without credit");
        }
        for (const Core::FlaggedCaption &caption : s.flaggedCaptions) {
            captions << (caption.issue == Core::CaptionIssue::AiGenerated
                             ? tr("A caption discloses a generated image: %1")
                             : tr("A caption shares nothing with the article: %1"))
                            .arg(caption.text);
        }
        if (!captions.isEmpty()) {
            flagged << tr("%n flagged caption(s)", nullptr, int(captions.size()));
        }
    }
    if (!flagged.isEmpty()) {
        header += QStringLiteral("<div style='font-size: small'>%1</div>")
                      .arg(tr("Signals: %1").arg(flagged.join(QStringLiteral(" · "))).toHtmlEscaped());
    }
    m_header->setText(header);
    // Caption texts are page text: in the tooltip, escaped, never markup.
    m_header->setToolTip(plainToolTip(captions.join(u'\n')));
}

void MainWindow::updateWindowTitle()
{
    if (!m_project->isOpen()) {
        setWindowTitle(tr("Credence"));
    } else if (m_project->isDamaged()) {
        setWindowTitle(tr("%1 (damaged, read-only) — Credence").arg(m_project->displayName()));
    } else if (m_project->isReadOnly()) {
        setWindowTitle(tr("%1 (read-only) — Credence").arg(m_project->displayName()));
    } else {
        setWindowTitle(tr("%1 — Credence").arg(m_project->displayName()));
    }
}

void MainWindow::onClaimRowChanged()
{
    const int row = m_claimActions->currentRow();
    m_articleView->setCurrentClaim(row);
    m_evidencePanel->setClaim(row >= 0 ? m_claimModel->claims().at(row).id : 0);
    m_elsewherePanel->setClaim(row >= 0 ? m_claimModel->claims().at(row).id : 0);
}

void MainWindow::showClaim(Core::Id claimId)
{
    const auto claim = m_project->claim(claimId);
    if (!claim) {
        statusBar()->showMessage(tr("That claim no longer exists."), 4000);
        return;
    }
    selectArticle(claim->articleId);
    const int row = m_claimModel->rowOfClaim(claimId);
    if (row >= 0) {
        m_claimActions->selectRow(row);
        m_claimsView->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::onTextPositionActivated(int position)
{
    const int row = m_claimModel->rowAtPosition(position);
    if (row >= 0) {
        m_claimActions->selectRow(row);
    }
}

void MainWindow::removeArticle()
{
    const Core::Id id = currentArticle();
    const auto summary = id ? m_project->articleSummary(id) : std::nullopt;
    if (!summary) {
        statusBar()->showMessage(tr("No article is selected."), 3000);
        return;
    }
    int judged = 0;
    for (const Core::Claim &claim : m_claimModel->claims()) {
        judged += claim.isJudged() ? 1 : 0;
    }
    QMessageBox box(QMessageBox::Question, tr("Remove Article"), QString(), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("removeArticleConfirmation"));
    box.setTextFormat(Qt::PlainText); // the title is text from the page
    box.setText(tr("Remove “%1” from the project?").arg(summary->title));
    box.setInformativeText(
        (judged ? tr("%n judged claim(s) (a state, a note or a claim you shaped) go with it.", nullptr, judged)
                : tr("None of its claims is judged yet.")) +
        QLatin1Char(' ') + tr("Ctrl+Z brings it back."));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(remove);
    box.exec();
    if (box.clickedButton() != remove) {
        return;
    }
    if (m_project->removeArticle(id)) {
        statusBar()->showMessage(tr("Article removed (Ctrl+Z brings it back)."), 6000);
    }
}

void MainWindow::showShortcuts()
{
    auto *sheet = new ShortcutsDialog(menuBar(), this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->show();
}

bool MainWindow::focusNextPrevChild(bool next)
{
    const QList<QWidget *> panes = {m_articlesView, m_articleView, m_claimsView, m_evidencePanel->evidenceView()};
    QWidget *focus = QApplication::focusWidget();
    int at = -1;
    for (int i = 0; i < panes.size(); ++i) {
        if (focus && (focus == panes.at(i) || panes.at(i)->isAncestorOf(focus))) {
            at = i;
        }
    }
    if (at < 0) {
        return QMainWindow::focusNextPrevChild(next);
    }
    for (int i = 1; i <= panes.size(); ++i) {
        QWidget *pane = panes.at((at + (next ? i : -i) + int(panes.size())) % int(panes.size()));
        if (pane->isVisible() && pane->isEnabled()) {
            pane->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return true;
}

void MainWindow::editDetails()
{
    const auto article = m_project->article(currentArticle());
    if (!article) {
        return;
    }
    QStringList sources;
    for (const Core::SourceTally &tally : m_project->sourceTallies()) {
        sources.append(tally.name);
    }
    ArticleDetailsDialog dialog(article->metadata, sources, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_project->setMetadata(article->id, dialog.metadata());
    }
}

QList<Core::Id> MainWindow::selectedArticleIds()
{
    QList<Core::Id> ids;
    for (const QModelIndex &row : m_articlesView->selectionModel()->selectedRows()) {
        ids.append(row.data(ArticleListModel::ArticleIdRole).toLongLong());
    }
    if (ids.isEmpty() && currentArticle()) {
        ids.append(currentArticle());
    }
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the articles in the article list first."), 5000);
    }
    return ids;
}

std::optional<QString> MainWindow::askName(const QString &objectName, const QString &title, const QString &label,
                                           QStringList names, const QString &current)
{
    if (!current.isEmpty() && !names.contains(current)) {
        names.prepend(current);
    }
    QInputDialog dialog(this);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(true);
    dialog.setTextValue(current);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.textValue().simplified();
}

void MainWindow::assignSource()
{
    const QList<Core::Id> ids = selectedArticleIds();
    if (ids.isEmpty()) {
        return;
    }
    QStringList sources;
    for (const Core::SourceTally &tally : m_project->sourceTallies()) {
        sources.append(tally.name);
    }
    const auto first = m_project->articleSummary(ids.first());
    const auto source = askName(QStringLiteral("assignSourceDialog"), tr("Assign Source"),
                                tr("Source of the %n selected article(s): a name, a web address or a domain. Leave it "
                                   "empty to leave them unassigned.",
                                   nullptr, int(ids.size())),
                                sources, first ? first->publication : QString());
    if (source && m_project->assignSource(ids, *source)) {
        statusBar()->showMessage(source->isEmpty()
                                     ? tr("%n article(s) unassigned.", nullptr, int(ids.size()))
                                     : tr("%n article(s) assigned to %1.", nullptr, int(ids.size())).arg(*source),
                                 5000);
    }
}

void MainWindow::assignAuthor()
{
    const QList<Core::Id> ids = selectedArticleIds();
    if (ids.isEmpty()) {
        return;
    }
    QStringList authors;
    for (const Core::AuthorSummary &summary : m_project->authors()) {
        authors.append(summary.author.name);
    }
    const auto first = m_project->articleSummary(ids.first());
    const auto author = askName(QStringLiteral("assignAuthorDialog"), tr("Assign Author"),
                                tr("Author of the %n selected article(s): a name (another name of an author finds "
                                   "that author). Leave it empty for none.",
                                   nullptr, int(ids.size())),
                                authors, first ? first->author : QString());
    if (author && m_project->assignAuthor(ids, *author)) {
        statusBar()->showMessage(author->isEmpty()
                                     ? tr("%n article(s) without an author now.", nullptr, int(ids.size()))
                                     : tr("%n article(s) given to %1.", nullptr, int(ids.size())).arg(*author),
                                 5000);
    }
}

void MainWindow::trimBody(bool atStart)
{
    const QTextCursor cursor = m_articleView->textCursor();
    const int position = atStart ? cursor.selectionStart() : cursor.selectionEnd();
    const auto article = m_project->article(currentArticle());
    if (!article) {
        return;
    }
    const Core::BodyChange change = atStart ? m_project->planTrim(article->id, position, int(article->body.size()))
                                            : m_project->planTrim(article->id, 0, position);
    applyBodyChange(change, atStart ? tr("Move body start") : tr("Move body end"),
                    atStart ? tr("Body now starts at the cursor.") : tr("Body now ends at the cursor."));
}

void MainWindow::reextractArticle()
{
    const Core::BodyChange change = m_project->planReextract(currentArticle());
    applyBodyChange(change, tr("Re-extract article"),
                    tr("Re-extracted: %1 of %n claim(s) kept their verdicts.", nullptr, int(change.claims.size()))
                        .arg(change.kept));
}

void MainWindow::applyBodyChange(const Core::BodyChange &change, const QString &undoText, const QString &done)
{
    if (!change.ok()) {
        showError(change.error);
        return;
    }
    if (!m_project->applyBodyChange(change, undoText)) {
        return;
    }
    // Nothing judged is lost: claims whose text is gone stay, orphaned, and undo puts the body back.
    statusBar()->showMessage(change.orphaned.isEmpty()
                                 ? done
                                 : tr("%1 %n judged claim(s) are no longer in the text and are kept as orphaned "
                                      "(Ctrl+Z undoes the change).",
                                      nullptr, int(change.orphaned.size()))
                                       .arg(done),
                             8000);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Credence projects (*.credence);;All files (*)"));
    if (!path.isEmpty()) {
        openProject(path);
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : m_settings->recentProjects()) {
        QAction *action =
            m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::importDialog()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import Articles"), QString(),
                                      tr("Articles (*.txt *.text *.md *.markdown *.html *.htm);;All files (*)"));
    importPaths(files);
}

void MainWindow::pasteArticle()
{
    if (!m_project->isOpen() || m_project->isReadOnly()) {
        return; // the action is disabled; a shortcut can still arrive while it changes
    }
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    Core::ImportOutcome outcome;
    if (mime && mime->hasHtml() && !mime->html().trimmed().isEmpty()) {
        // Stored as a page with its encoding stated, so it can be re-extracted like an imported file.
        const QByteArray page = QByteArrayLiteral("<meta charset=\"utf-8\">\n") + mime->html().toUtf8();
        outcome = m_project->importBytes(page, tr("Pasted page") + QStringLiteral(".html"));
    } else if (mime && mime->hasText() && !mime->text().trimmed().isEmpty()) {
        outcome = m_project->importBytes(mime->text().toUtf8(), tr("Pasted text") + QStringLiteral(".txt"));
    } else {
        statusBar()->showMessage(tr("The clipboard holds no text."), 3000);
        return;
    }
    if (!outcome.ok()) {
        showError(outcome.error);
        return;
    }
    selectArticle(*outcome.articleId);
}

QString MainWindow::askExportPath(const QString &title, const QString &suffix, const QString &filter)
{
    QString path = QFileDialog::getSaveFileName(this, title, m_project->displayName() + suffix, filter);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive)) {
        path += suffix;
    }
    return path;
}

void MainWindow::exportCsv()
{
    if (!m_project->isOpen()) {
        return;
    }
    const QString path = askExportPath(tr("Export Claims as CSV"), QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Core::ClaimsCsv csv(*m_project);
    const bool ok = csv.write(path);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(csv.lastError());
        return;
    }
    statusBar()->showMessage(tr("Wrote %n claim(s) to %1", nullptr, csv.rows()).arg(QDir::toNativeSeparators(path)),
                             8000);
}

bool MainWindow::keepProjectDetails(const Core::ProjectDetails &details)
{
    if (details == m_project->details() || m_project->isReadOnly()) {
        return true; // a read-only project cannot store them: its report shows the details it has
    }
    if (!m_project->setDetails(details)) {
        showError(tr("The project's details were not saved: %1").arg(m_project->lastError()));
        return false;
    }
    return true;
}

void MainWindow::editProjectDetails()
{
    if (!m_project->isOpen()) {
        return;
    }
    ProjectDetailsDialog dialog(m_project->details(), m_project->displayName(), this);
    if (dialog.exec() == QDialog::Accepted) {
        keepProjectDetails(dialog.details());
    }
}

void MainWindow::exportPdf()
{
    if (!m_project->isOpen() || m_project->isDamaged()) {
        return;
    }
    // From the Sources list (its context menu, or Ctrl+E there) the report is of the sources selected in it.
    QList<Core::Id> selected;
    if (m_sourcesView->hasFocus()) {
        for (const QModelIndex &row : m_sourcesView->selectionModel()->selectedRows()) {
            selected.append(row.data(SourceTableModel::SourceIdRole).toLongLong());
        }
    }
    ReportDialog dialog(*m_project, selected, this);
    connect(&dialog, &ReportDialog::previewRequested, this, [this, &dialog] {
        if (!keepProjectDetails(dialog.details())) {
            return;
        }
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(m_project->reportTitle());
        QPrintPreviewDialog preview(&printer, &dialog);
        preview.setWindowTitle(tr("Report Preview"));
        const Core::ReportOptions options = dialog.options();
        connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [this, options](QPrinter *target) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            Core::PdfReport report(*m_project, options);
            report.setChartPainter(&SummaryCharts::reportCharts);
            const bool ok = report.print(*target);
            QApplication::restoreOverrideCursor();
            if (!ok) {
                showError(report.lastError());
            }
        });
        preview.resize(size() * 0.9);
        preview.exec();
    });
    if (dialog.exec() != QDialog::Accepted || !keepProjectDetails(dialog.details())) {
        return;
    }
    const QString path = askExportPath(tr("Export Report"), QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    bool cancelled = false;
    int pages = 0;
    const QString error = writeReportWithProgress(this, *m_project, dialog.options(), path, &cancelled, &pages);
    if (cancelled) {
        statusBar()->showMessage(tr("The report was cancelled; nothing was written."), 8000);
        return;
    }
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    statusBar()->showMessage(tr("Wrote %n page(s) to %1", nullptr, pages).arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportClaimReview()
{
    if (!m_project->isOpen()) {
        return;
    }
    Core::ProjectDetails details = m_project->details();
    if (details.publisherName.isEmpty() || details.publisherUrl.isEmpty()) {
        // ClaimReview names who publishes the fact-checks and where: asked once, kept in the project.
        ProjectDetailsDialog dialog(details, m_project->displayName(), this);
        dialog.setWindowTitle(tr("Publisher of the Fact-Checks"));
        if (dialog.exec() != QDialog::Accepted || !keepProjectDetails(dialog.details())) {
            return;
        }
        details = dialog.details();
        if (details.publisherName.isEmpty() || details.publisherUrl.isEmpty()) {
            showError(tr("ClaimReview needs the publisher's name and web address (File › Project Details)."));
            return;
        }
    }
    const QString path = askExportPath(tr("Export Fact-Checks as ClaimReview"), QStringLiteral(".json"),
                                       tr("JSON-LD files (*.json *.jsonld)"));
    if (path.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Core::ClaimReviewExport reviews(*m_project, {details.publisherName, details.publisherUrl});
    const bool ok = reviews.write(path);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(reviews.lastError());
        return;
    }
    statusBar()->showMessage(
        tr("Wrote %n fact-check(s) to %1", nullptr, reviews.count()).arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportJson()
{
    if (!m_project->isOpen()) {
        return;
    }
    const QString path =
        askExportPath(tr("Export Project as JSON"), QStringLiteral(".json"), tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_project->checkpoint(); // read through a connection of its own: everything written so far in the file
    Core::ProjectJson json;
    const bool ok = json.write(m_project->path(), path);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(json.lastError());
        return;
    }
    statusBar()->showMessage(tr("Wrote the project to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::projectFromJson()
{
    const QString in = QFileDialog::getOpenFileName(this, tr("New Project from JSON"), QString(),
                                                    tr("JSON files (*.json);;All files (*)"));
    if (in.isEmpty()) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save the New Project As"),
                                                QFileInfo(in).completeBaseName() + QStringLiteral(".credence"),
                                                tr("Credence projects (*.credence)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".credence"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".credence");
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Core::ProjectJson json;
    const bool ok = json.read(in, path);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(json.lastError());
        return;
    }
    openProject(path, Core::OpenMode::Existing);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showError(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Credence"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setBytes(Core::Settings::Key::WindowGeometry, saveGeometry());
    m_settings->setBytes(Core::Settings::Key::WindowState, saveState());
    m_settings->sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::openFiles(const QStringList &paths)
{
    // One project at a time: of several files, the first is opened.
    if (!paths.isEmpty()) {
        openProject(paths.first());
    }
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
}

void MainWindow::createProject()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Project"), QString(), tr("Credence projects (*.credence)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".credence"))) {
        path += QStringLiteral(".credence");
    }
    if (m_project->isOpen() && QFileInfo(path).absoluteFilePath() == QFileInfo(m_project->path()).absoluteFilePath()) {
        showError(tr("%1 is the project that is open now.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    // The file dialog asked before replacing a file; its -wal must go too or SQLite replays it into the new project.
    if (!Core::Database::removeFiles(path)) {
        showError(tr("Could not replace %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openProject(path, Core::OpenMode::Create);
}

void MainWindow::saveProjectAs()
{
    if (!m_project->isOpen()) {
        return;
    }
    // A read-only project's folder may be read-only too: start where the user keeps documents.
    const QString folder = m_project->isReadOnly() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                   : QFileInfo(m_project->path()).absolutePath();
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Project As"), folder, tr("Credence projects (*.credence)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".credence"))) {
        path += QStringLiteral(".credence");
    }
    saveProjectCopy(path);
}

bool MainWindow::saveProjectCopy(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool copied = m_project->saveCopy(path);
    QApplication::restoreOverrideCursor();
    if (!copied) {
        showError(tr("Could not save the project.\n\n%1").arg(m_project->lastError()));
        return false;
    }
    // As in any editor, work goes on in the copy; the original stays as it was.
    if (!openProject(path)) {
        return false;
    }
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::editSource()
{
    const QModelIndex current = m_sourcesView->currentIndex();
    if (!current.isValid()) {
        statusBar()->showMessage(tr("Select a source in the Sources list first."), 4000);
        return;
    }
    const auto source = m_project->source(current.data(SourceTableModel::SourceIdRole).toLongLong());
    if (!source) {
        statusBar()->showMessage(tr("That source no longer exists."), 4000);
        return;
    }
    SourceDialog dialog(m_project, *source, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Core::Source edited = dialog.source();
    QUndoStack *undo = m_project->undoStack();
    undo->beginMacro(tr("Edit source %1").arg(edited.name));
    const bool saved = m_project->changeSource(edited) &&
                       m_project->setSourceGrade(edited.id, edited.grade, edited.gradeReason) &&
                       m_project->setSourceCriteria(edited.id, dialog.criteria());
    Core::endMacroDroppingEmpty(*undo); // nothing changed or nothing saved: no empty step in Undo
    if (!saved) {
        QMessageBox::warning(this, tr("Source not saved"), m_project->lastError());
    }
}

void MainWindow::mergeSelectedSources()
{
    const QModelIndex current = m_sourcesView->currentIndex();
    QList<Core::Id> others;
    QStringList names;
    for (const QModelIndex &row : m_sourcesView->selectionModel()->selectedRows()) {
        const Core::Id id = row.data(SourceTableModel::SourceIdRole).toLongLong();
        if (row.row() != current.row()) {
            others.append(id);
            names.append(row.data().toString());
        }
    }
    if (!current.isValid() || others.isEmpty()) {
        statusBar()->showMessage(tr("Select two or more sources (Ctrl+click); the current one keeps its name."), 5000);
        return;
    }
    if (!confirmMerge(this, tr("Merge Sources"),
                      tr("Merge these into %1? Their articles follow, and their names become its other names.")
                          .arg(current.data().toString()),
                      names)) {
        return;
    }
    if (!m_project->mergeSources(current.data(SourceTableModel::SourceIdRole).toLongLong(), others)) {
        QMessageBox::warning(this, tr("Sources not merged"), m_project->lastError());
    } else {
        statusBar()->showMessage(tr("Merged. Ctrl+Z takes it back."), 5000);
    }
}

} // namespace Credence::Ui
