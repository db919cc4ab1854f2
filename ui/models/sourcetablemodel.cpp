#include "sourcetablemodel.h"

#include "domain/source.h"
#include "project/project.h"
#include "rowreplace.h"

#include <QHash>
#include <QLocale>
#include <QTimer>

namespace Credence::Ui {

namespace {

/// How long after a verdict the scores are read again: a run of verdicts costs one read.
constexpr int RescoreDelayMs = 250;

/// A score as the user's language writes it: 0.80, or 0,80 in German.
QString decimal(double value)
{
    return QLocale().toString(value, 'f', 2);
}

} // namespace

SourceTableModel::SourceTableModel(Core::Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_rescore(new QTimer(this))
{
    m_rescore->setSingleShot(true);
    m_rescore->setInterval(RescoreDelayMs);
    connect(m_rescore, &QTimer::timeout, this, &SourceTableModel::reload);
    connect(project, &Core::Project::opened, this, &SourceTableModel::reload);
    connect(project, &Core::Project::closed, this, &SourceTableModel::reload);
    connect(project, &Core::Project::articlesChanged, this, &SourceTableModel::reload);
    // A verdict changes the counts of one source: re-read that row, not every source of the project.
    connect(project, &Core::Project::claimChanged, this,
            [this](Core::Id articleId, Core::Id) { refreshSourceOf(articleId); });
    reload();
}

void SourceTableModel::reload()
{
    m_rescore->stop();
    QList<Row> rows;
    if (m_project && m_project->isOpen()) {
        const Core::ReliabilitySummary summary = m_project->reliabilitySummary();
        QHash<Core::Id, Core::Reliability> scored;
        for (const Core::ScoreRow &row : summary.sources) {
            scored.insert(row.id, row.reliability);
        }
        for (const Core::SourceTally &tally : m_project->sourceTallies()) {
            rows.append(
                {tally, scored.value(tally.id, Core::assessReliability(tally.corroborated, tally.contradicted))});
        }
    }
    if (!replaceRowsInPlace(this, m_rows, rows, ColumnCount,
                            [](const Row &a, const Row &b) { return a.tally.id == b.tally.id; })) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
}

void SourceTableModel::refreshSourceOf(Core::Id articleId)
{
    const auto tally = m_project ? m_project->sourceTallyOfArticle(articleId) : std::nullopt;
    for (int row = 0; tally && row < m_rows.size(); ++row) {
        if (m_rows.at(row).tally.id == tally->id) {
            // The counts now; the score once the verdicts stop (it needs the whole summary, for the repeats).
            m_rows[row].tally = *tally;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            m_rescore->start();
            return;
        }
    }
    reload(); // a source we do not list yet
}

int SourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const Core::Reliability &r = row.reliability;
    if (role == SourceIdRole) {
        return row.tally.id;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return row.tally.name;
        case ArticlesColumn:
            return row.tally.articles;
        // Every claim as marked, as the Summary shows them; the score counts a repeated one once.
        case CorroboratedColumn:
            return row.tally.corroborated;
        case ContradictedColumn:
            return row.tally.contradicted;
        case UnverifiableColumn:
            return row.tally.unverifiable;
        case NotCheckedColumn:
            return row.tally.notChecked;
        case ScoreColumn:
            if (role == SortRole) {
                return r.judged ? r.score : -1.0;
            }
            return r.judged ? decimal(r.score) : tr("cannot be judged");
        case IntervalColumn:
            if (role == SortRole) {
                return r.judged ? r.low : -1.0;
            }
            return r.judged ? QStringLiteral("%1–%2").arg(decimal(r.low), decimal(r.high)) : QString();
        case GradeColumn:
            return row.tally.grade;
        case ComputedGradeColumn:
            return Core::computedGrade(r);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == GradeColumn) {
        return row.tally.grade.isEmpty()
                   ? tr("No grade set by hand: F2 in this list edits the source and sets one, with a reason.")
                   : Core::sourceGradeLabel(row.tally.grade);
    }
    if (role == Qt::ToolTipRole && index.column() == ComputedGradeColumn) {
        return QString(
            Core::sourceGradeLabel(Core::computedGrade(r)) + u'\n' +
            tr("From the claims: the lower end of the 95% interval (A from 0.80, B 0.65, C 0.50, D 0.35, E below; "
               "F with fewer than %1 decided claims).")
                .arg(Core::DefaultMinimumDecided));
    }
    if (role == Qt::ToolTipRole && (index.column() == ScoreColumn || index.column() == IntervalColumn)) {
        return r.judged ? tr("Posterior mean of Beta(1 + %1, 1 + %2); 95% credible interval %3–%4.")
                              .arg(r.corroborated)
                              .arg(r.contradicted)
                              .arg(decimal(r.low), decimal(r.high))
                        : tr("%n corroborated or contradicted claim(s); at least %1 are needed to judge a source.",
                             nullptr, r.decided())
                              .arg(Core::DefaultMinimumDecided);
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Source");
    case ArticlesColumn:
        return tr("Articles");
    case CorroboratedColumn:
        return tr("Corroborated");
    case ContradictedColumn:
        return tr("Contradicted");
    case UnverifiableColumn:
        return tr("Unverifiable");
    case NotCheckedColumn:
        return tr("Not checked");
    case ScoreColumn:
        return tr("Reliability");
    case IntervalColumn:
        return tr("95% interval");
    case GradeColumn:
        return tr("Grade");
    case ComputedGradeColumn:
        return tr("Computed");
    }
    return {};
}

} // namespace Credence::Ui
