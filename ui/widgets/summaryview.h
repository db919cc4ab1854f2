#pragma once

#include "domain/id.h"
#include "models/summarytablemodel.h"

#include <QPointer>
#include <QWidget>

class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QTabBar;
class QTableView;
class QTimer;

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

/// The reliability summary of the project: its sources or its authors in a sortable table (grades, estimate and
/// interval, claims by state, repeats not counted), the two charts beside it, and what no score counts. Selecting a
/// record asks for the article list to show its articles only.
class SummaryView : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryView(Core::Project *project, QWidget *parent = nullptr);

    /// Reads the summary now (it is read on its own, shortly after changes, while the view is shown).
    void refresh();
    QTableView *table() const { return m_table; }
    /// Shows sources (0) or authors (1).
    void showRecords(SummaryTableModel::Records records);
    SummaryTableModel::Records records() const;

Q_SIGNALS:
    /// The user selected @p id (a source or an author, as records() says), named @p name; 0: the selection was
    /// cleared.
    void recordSelected(Credence::Ui::SummaryTableModel::Records records, Credence::Core::Id id, const QString &name);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void redrawCharts();
    void announceSelection();

    QPointer<Core::Project> m_project;
    SummaryTableModel *m_sources;
    SummaryTableModel *m_authors;
    QSortFilterProxyModel *m_proxy;
    QTabBar *m_tabs;
    QTableView *m_table;
    QLabel *m_overview;
    QChartView *m_verdicts;
    QChartView *m_estimates;
    QTimer *m_refreshTimer;
    bool m_stale = true;
};

} // namespace Credence::Ui
