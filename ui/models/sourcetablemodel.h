#pragma once

#include "scoring/reliability.h"
#include "storage/sourcerepository.h"

#include <QAbstractTableModel>
#include <QPointer>

class QTimer;

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

/// Every source of the project with its verdict counts and reliability; refreshes whenever a verdict or an
/// article changes. The reliability and computed grade are the Summary's (Project::reliabilitySummary(): a claim a
/// near-duplicate article of the same source repeats counts once), so the list, the Summary and the report agree; a
/// verdict updates its source's counts at once and the scores a moment later, once a run of verdicts has ended.
class SourceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ArticlesColumn,
        CorroboratedColumn,
        ContradictedColumn,
        UnverifiableColumn,
        NotCheckedColumn,
        ScoreColumn,
        IntervalColumn,
        GradeColumn,
        ComputedGradeColumn,
        ColumnCount
    };
    /// Numeric value for sorting (the score of an unjudged source sorts below every judged one).
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int SourceIdRole = Qt::UserRole + 2;

    explicit SourceTableModel(Core::Project *project, QObject *parent = nullptr);

    void reload();
    void refreshSourceOf(Core::Id articleId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Core::SourceTally tally;
        Core::Reliability reliability;
    };

    QPointer<Core::Project> m_project;
    QList<Row> m_rows;
    QTimer *m_rescore = nullptr; ///< reads the scores again after verdicts (see the class comment)
};

} // namespace Credence::Ui
