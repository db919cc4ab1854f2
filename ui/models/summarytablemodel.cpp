#include "summarytablemodel.h"

#include "domain/source.h"
#include "rowreplace.h"
#include "style/tooltips.h"

#include <QLocale>

namespace Credence::Ui {

namespace {

QString decimal(double value)
{
    return QLocale().toString(value, 'f', 2);
}

/// A grade as a number that sorts A first and no grade last.
int gradeRank(const QString &grade)
{
    return grade.isEmpty() ? 99 : grade.at(0).unicode() - u'A';
}

} // namespace

SummaryTableModel::SummaryTableModel(Records records, QObject *parent)
    : QAbstractTableModel(parent)
    , m_records(records)
{}

void SummaryTableModel::setSummary(const Core::ReliabilitySummary &summary)
{
    const QList<Core::ScoreRow> &rows = m_records == Records::Sources ? summary.sources : summary.authors;
    // Rows kept in place when the same records come back (a verdict changed): the selection and scroll stay.
    if (!replaceRowsInPlace(this, m_rows, rows, ColumnCount,
                            [](const Core::ScoreRow &a, const Core::ScoreRow &b) { return a.id == b.id; })) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SummaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SummaryTableModel::display(const Core::ScoreRow &row, int column, int role) const
{
    const Core::Reliability &r = row.reliability;
    const bool sort = role == SortRole;
    switch (column) {
    case NameColumn:
        return sort ? QVariant(row.name.toLower()) : QVariant(row.name);
    case GradeColumn:
        return sort ? QVariant(gradeRank(row.manualGrade)) : QVariant(row.manualGrade);
    case ComputedGradeColumn:
        return sort ? QVariant(gradeRank(row.computedGrade)) : QVariant(row.computedGrade);
    case EstimateColumn:
        if (sort) {
            return r.judged ? r.score : -1.0;
        }
        return r.judged ? decimal(r.score) : tr("cannot be judged");
    case IntervalColumn:
        if (sort) {
            return r.judged ? r.low : -1.0;
        }
        return r.judged ? QString(decimal(r.low) + u'–' + decimal(r.high)) : QString();
    case CriteriaColumn:
        if (sort) {
            return row.criteria.isEmpty() ? -1.0 : row.criteria.percent();
        }
        return row.criteria.isEmpty() ? QString() : QLocale().toString(row.criteria.percent(), 'f', 0);
    case ArticlesColumn:
        return row.articles;
    case CorroboratedColumn:
        return row.corroborated();
    case ContradictedColumn:
        return row.contradicted();
    case UnverifiableColumn:
        return row.unverifiable();
    case NotCheckedColumn:
        return row.notChecked();
    case RepeatsColumn:
        return sort || row.repeats() > 0 ? QVariant(row.repeats()) : QVariant(QString());
    }
    return {};
}

QVariant SummaryTableModel::toolTip(const Core::ScoreRow &row, int column) const
{
    const Core::Reliability &r = row.reliability;
    switch (column) {
    case NameColumn:
        return plainToolTip(row.name);
    case GradeColumn:
        if (row.manualGrade.isEmpty()) {
            return m_records == Records::Sources
                       ? tr("No grade set by hand: edit the source (F2 in the Sources list) to set one, with a reason.")
                       : QVariant();
        }
        // The reason is the user's text: escaped, never markup.
        return plainToolTip(Core::sourceGradeLabel(row.manualGrade) + u'\n' + row.manualReason);
    case ComputedGradeColumn:
        return QString(Core::sourceGradeLabel(row.computedGrade) + u'\n' +
                       tr("From the claims: the lower end of the 95% interval (A from 0.80, B 0.65, C 0.50, D 0.35, "
                          "E below; F with fewer than %1 decided claims counted).")
                           .arg(Core::DefaultMinimumDecided));
    case EstimateColumn:
    case IntervalColumn:
        return r.judged ? tr("Posterior mean of Beta(1 + %1, 1 + %2); 95% credible interval %3–%4.")
                              .arg(r.corroborated)
                              .arg(r.contradicted)
                              .arg(decimal(r.low), decimal(r.high))
                        : tr("%n corroborated or contradicted claim(s) counted; at least %1 are needed to judge.",
                             nullptr, r.decided())
                              .arg(Core::DefaultMinimumDecided);
    case CriteriaColumn:
        if (m_records != Records::Sources) {
            return {};
        }
        return row.criteria.isEmpty()
                   ? tr("No criterion answered yet: edit the source (F2 in the Sources list), Criteria page.")
                   : tr("Criteria score out of 100 from the answers: %1 of %2 points; %n of 9 criteria answered. "
                        "Beside the estimate from the claims, never in it.",
                        nullptr, row.criteria.answered)
                         .arg(QLocale().toString(row.criteria.points), QLocale().toString(row.criteria.possible));
    case RepeatsColumn:
        return tr("%n decided claim(s) not counted: a near-duplicate article of the same origin (a reprint, an "
                  "update, the same wire copy) repeats them, and each counts once.",
                  nullptr, row.repeats());
    case NotCheckedColumn:
    case UnverifiableColumn:
        return tr("Shown, never counted: only corroborated and contradicted claims are evidence.");
    }
    return {};
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Core::ScoreRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return display(row, index.column(), role);
    case IdRole:
        return row.id;
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == NameColumn) {
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
        return QVariant((index.column() == GradeColumn || index.column() == ComputedGradeColumn ? Qt::AlignHCenter
                                                                                                : Qt::AlignRight) |
                        Qt::AlignVCenter);
    }
    return {};
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole && section == RepeatsColumn) {
        return tr("Decided claims a near-duplicate article of the same origin repeats: counted once.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return m_records == Records::Sources ? tr("Source") : tr("Author");
    case GradeColumn:
        return tr("Grade");
    case ComputedGradeColumn:
        return tr("From claims");
    case EstimateColumn:
        return tr("Estimate");
    case IntervalColumn:
        return tr("95% interval");
    case CriteriaColumn:
        return tr("Criteria");
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
    case RepeatsColumn:
        return tr("Repeats");
    }
    return {};
}

} // namespace Credence::Ui
