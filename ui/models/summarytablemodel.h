#pragma once

#include "scoring/summary.h"
#include "signals/storedsignals.h"

#include <QAbstractTableModel>

namespace Credence::Ui {

/// The reliability summary's sources or authors (one at a time), for the Summary view: grades, estimate and
/// interval, criteria, claims by state, the repeats not counted, and the text-quality signals of their articles
/// beside them (never in the score). Filled with setSummary(); the view decides when to read.
class SummaryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Records
    {
        Sources,
        Authors,
    };
    enum Column
    {
        NameColumn,
        GradeColumn,
        ComputedGradeColumn,
        EstimateColumn,
        IntervalColumn,
        CriteriaColumn,
        ArticlesColumn,
        CorroboratedColumn,
        ContradictedColumn,
        UnverifiableColumn,
        NotCheckedColumn,
        RepeatsColumn,
        HedgedColumn,
        UnattributedColumn,
        SpunColumn,
        CaptionsColumn,
        NoBylineColumn,
        NoDateColumn,
        UncreditedColumn,
        ColumnCount
    };
    /// Numbers for sorting: an unjudged estimate sorts below every judged one, grades A first.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit SummaryTableModel(Records records, QObject *parent = nullptr);

    Records records() const { return m_records; }
    /// @p signalTallies: the signals of each record's articles, by its id (Project::sourceSignals() or
    /// authorSignals()); a record missing from it shows none.
    void setSummary(const Core::ReliabilitySummary &summary, const QHash<Core::Id, Core::SignalTally> &signalTallies);
    Core::SignalTally signalsOf(Core::Id id) const { return m_signals.value(id); }
    const QList<Core::ScoreRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Core::ScoreRow &row, int column, int role) const;
    QVariant toolTip(const Core::ScoreRow &row, int column) const;
    QVariant signalDisplay(const Core::SignalTally &tally, int column, bool sort) const;
    QVariant signalToolTip(const Core::SignalTally &tally, int column) const;

    Records m_records;
    QList<Core::ScoreRow> m_rows;
    QHash<Core::Id, Core::SignalTally> m_signals;
};

} // namespace Credence::Ui
