#pragma once

#include "scoring/summary.h"

#include <QAbstractTableModel>

namespace Credence::Ui {

/// The reliability summary's sources or authors (one at a time), for the Summary view: grades, estimate and
/// interval, claims by state and the repeats not counted. Filled with setSummary(); the view decides when to read.
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
        ColumnCount
    };
    /// Numbers for sorting: an unjudged estimate sorts below every judged one, grades A first.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit SummaryTableModel(Records records, QObject *parent = nullptr);

    Records records() const { return m_records; }
    void setSummary(const Core::ReliabilitySummary &summary);
    const QList<Core::ScoreRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Core::ScoreRow &row, int column, int role) const;
    QVariant toolTip(const Core::ScoreRow &row, int column) const;

    Records m_records;
    QList<Core::ScoreRow> m_rows;
};

} // namespace Credence::Ui
