#include "summaryview.h"

#include "project/project.h"
#include "summarycharts.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Credence::Ui {

namespace {

/// How long after a change the summary is read again: a run of verdicts (J, 1, J, 1...) costs one read.
constexpr int RefreshDelayMs = 250;

QChartView *chartView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 220);
    return view;
}

} // namespace

SummaryView::SummaryView(Core::Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_sources(new SummaryTableModel(SummaryTableModel::Records::Sources, this))
    , m_authors(new SummaryTableModel(SummaryTableModel::Records::Authors, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tabs(new QTabBar(this))
    , m_table(new QTableView(this))
    , m_overview(new QLabel(this))
    , m_verdicts(chartView(QStringLiteral("verdictChart"), this))
    , m_estimates(chartView(QStringLiteral("estimateChart"), this))
    , m_refreshTimer(new QTimer(this))
{
    m_tabs->setObjectName(QStringLiteral("summaryRecords"));
    m_tabs->addTab(tr("Sources"));
    m_tabs->addTab(tr("Authors"));
    m_tabs->setDrawBase(false);
    m_overview->setObjectName(QStringLiteral("summaryOverview"));
    m_overview->setTextFormat(Qt::PlainText);
    m_overview->setWordWrap(true);

    m_proxy->setSortRole(SummaryTableModel::SortRole);
    m_proxy->setSourceModel(m_sources);
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Reliability summary"));
    m_table->setAccessibleDescription(tr("Each source or author with its grades, reliability estimate and 95% "
                                         "interval, criteria, its claims by state and the text-quality signals of "
                                         "its articles. Selecting one lists its articles."));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SummaryTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name gets a width of its own (the figures' columns fit their contents); it can be widened by hand.
    m_table->horizontalHeader()->setSectionResizeMode(SummaryTableModel::NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(SummaryTableModel::NameColumn, 220);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->setObjectName(QStringLiteral("summaryCharts"));
    charts->addWidget(m_verdicts);
    charts->addWidget(m_estimates);
    auto *tableAndCharts = new QSplitter(Qt::Vertical, this);
    tableAndCharts->setObjectName(QStringLiteral("summarySplitter"));
    tableAndCharts->addWidget(m_table);
    tableAndCharts->addWidget(charts);
    tableAndCharts->setStretchFactor(0, 2);
    tableAndCharts->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);
    layout->addWidget(m_overview);
    layout->addWidget(tableAndCharts, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &SummaryView::refresh);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int tab) {
        // Grades set by hand and criteria are a source's; an author's articles all have a byline.
        m_table->setColumnHidden(SummaryTableModel::CriteriaColumn, tab == 1);
        m_table->setColumnHidden(SummaryTableModel::GradeColumn, tab == 1);
        m_table->setColumnHidden(SummaryTableModel::NoBylineColumn, tab == 1);
        showRecords(tab == 1 ? SummaryTableModel::Records::Authors : SummaryTableModel::Records::Sources);
    });
    // The selection, not the current row: focus alone makes a current row, and must not filter the article list.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SummaryView::announceSelection);
    if (project) {
        connect(project, &Core::Project::opened, this, &SummaryView::scheduleRefresh);
        connect(project, &Core::Project::closed, this, &SummaryView::scheduleRefresh);
        connect(project, &Core::Project::articlesChanged, this, &SummaryView::scheduleRefresh);
        connect(project, &Core::Project::articleChanged, this, &SummaryView::scheduleRefresh);
        connect(project, &Core::Project::claimChanged, this, &SummaryView::scheduleRefresh);
    }
}

SummaryTableModel::Records SummaryView::records() const
{
    return m_tabs->currentIndex() == 1 ? SummaryTableModel::Records::Authors : SummaryTableModel::Records::Sources;
}

void SummaryView::showRecords(SummaryTableModel::Records records)
{
    const int tab = records == SummaryTableModel::Records::Authors ? 1 : 0;
    if (m_tabs->currentIndex() != tab) {
        m_tabs->setCurrentIndex(tab); // comes back here through currentChanged
        return;
    }
    SummaryTableModel *model = records == SummaryTableModel::Records::Authors ? m_authors : m_sources;
    if (m_proxy->sourceModel() != model) {
        m_proxy->setSourceModel(model);
        // A new model, a new selection model's rows: nothing is selected, so every article is listed again.
        announceSelection();
    }
    redrawCharts();
}

void SummaryView::scheduleRefresh()
{
    if (isVisible()) {
        m_refreshTimer->start();
    } else {
        m_stale = true; // read when shown: a hidden summary costs nothing
    }
}

void SummaryView::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    const bool open = m_project && m_project->isOpen();
    const Core::ReliabilitySummary summary = open ? m_project->reliabilitySummary() : Core::ReliabilitySummary();
    m_sources->setSummary(summary, open ? m_project->sourceSignals() : QHash<Core::Id, Core::SignalTally>());
    m_authors->setSummary(summary, open ? m_project->authorSignals() : QHash<Core::Id, Core::SignalTally>());
    QString overview;
    if (!open) {
        overview = tr("No project is open.");
    } else if (summary.articles == 0) {
        overview = tr("No articles yet: import some (Ctrl+I) and mark their claims; the summary follows.");
    } else {
        overview = tr("%n article(s): ", nullptr, summary.articles) +
                   tr("%n source(s), ", nullptr, int(summary.sources.size())) +
                   tr("%n author(s).", nullptr, int(summary.authors.size()));
        if (summary.unassignedArticles > 0) {
            overview += u' ' + tr("%n article(s) without a source count in no source's score (Article › Assign "
                                  "Source, Ctrl+Shift+A).",
                                  nullptr, summary.unassignedArticles);
        }
        overview += u' ' + tr("Only corroborated and contradicted claims count; a claim repeated by a near-duplicate "
                              "article of the same source or author counts once.");
    }
    m_overview->setText(overview);
    redrawCharts();
}

void SummaryView::redrawCharts()
{
    const SummaryTableModel *model = records() == SummaryTableModel::Records::Authors ? m_authors : m_sources;
    // QChartView takes the new chart and deletes the one it showed.
    m_verdicts->setChart(SummaryCharts::verdictChart(model->rows(), palette()));
    m_estimates->setChart(SummaryCharts::estimateChart(model->rows(), palette()));
}

void SummaryView::announceSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QModelIndex current = rows.isEmpty() ? QModelIndex() : rows.first();
    if (!current.isValid()) {
        Q_EMIT recordSelected(records(), 0, QString());
        return;
    }
    const QModelIndex name = current.siblingAtColumn(SummaryTableModel::NameColumn);
    Q_EMIT recordSelected(records(), name.data(SummaryTableModel::IdRole).toLongLong(), name.data().toString());
}

void SummaryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void SummaryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        redrawCharts(); // the charts take their colours from the palette when drawn
    }
}

} // namespace Credence::Ui
