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

void SummaryTableModel::setSummary(const Core::ReliabilitySummary &summary,
                                   const QHash<Core::Id, Core::SignalTally> &signalTallies)
{
    const QList<Core::ScoreRow> &rows = m_records == Records::Sources ? summary.sources : summary.authors;
    // Rows kept in place when the same records come back (a verdict changed): the selection and scroll stay.
    // replaceRowsInPlace() tells the view which rows changed by comparing rows: signals of a row whose score stayed
    // are announced separately below.
    const bool signalsChanged = m_signals != signalTallies;
    m_signals = signalTallies;
    if (!replaceRowsInPlace(this, m_rows, rows, ColumnCount,
                            [](const Core::ScoreRow &a, const Core::ScoreRow &b) { return a.id == b.id; })) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (signalsChanged && !m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, HedgedColumn), index(int(m_rows.size()) - 1, UncreditedColumn));
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
    return signalDisplay(m_signals.value(row.id), column, sort);
}

QVariant SummaryTableModel::signalDisplay(const Core::SignalTally &t, int column, bool sort) const
{
    // A count of none shows as an empty cell, so the flagged ones stand out; a share of no claims is no 0 %.
    const auto count = [sort](int n) { return sort || n > 0 ? QVariant(n) : QVariant(QString()); };
    const auto share = [sort](std::optional<double> value) {
        if (sort) {
            return QVariant(value.value_or(-1.0));
        }
        return value ? QVariant(QLocale().toString(qRound(*value * 100)) + QStringLiteral(" %")) : QVariant(QString());
    };
    switch (column) {
    case HedgedColumn:
        return share(t.hedgedShare());
    case UnattributedColumn:
        return share(t.unattributedShare());
    case SpunColumn:
        if (sort) {
            return t.spinJudged > 0 ? double(t.spun) / t.spinJudged : -1.0;
        }
        return t.spun > 0 ? QVariant(QString(QLocale().toString(t.spun) + QStringLiteral(" / ") +
                                             QLocale().toString(t.spinJudged)))
                          : QVariant(QString());
    case CaptionsColumn:
        return count(t.flaggedCaptions());
    case NoBylineColumn:
        return count(m_records == Records::Sources ? t.withoutByline : 0);
    case NoDateColumn:
        return count(t.withoutDate);
    case UncreditedColumn:
        return count(t.republishedWithoutCredit);
    }
    return {};
}

QVariant SummaryTableModel::signalToolTip(const Core::SignalTally &t, int column) const
{
    switch (column) {
    case HedgedColumn:
        return t.claimsCounted > 0
                   ? tr("%1 of %n claim(s) of its English articles are hedged (“reportedly”, “may”, “sources say”).",
                        nullptr, t.claimsCounted)
                         .arg(t.hedgedClaims)
                   : tr("None of its articles is in English: hedging is judged in English only.");
    case UnattributedColumn:
        return t.claimsCounted > 0
                   ? tr("%1 of %n claim(s) of its English articles name no one who says them and quote no one.",
                        nullptr, t.claimsCounted)
                         .arg(t.unattributedClaims)
                   : tr("None of its articles is in English: attribution is judged in English only.");
    case SpunColumn:
        return t.spinJudged > 0
                   ? tr("%1 of %n article(s) judged read as machine-spun: words swapped for near-synonyms, so that "
                        "common phrases come out improbable.",
                        nullptr, t.spinJudged)
                         .arg(t.spun)
                   : tr("No article long enough and in English to judge for machine-spun text.");
    case CaptionsColumn:
        return tr("Image captions that disclose a generated image: %1; that share nothing with the article: %2.")
            .arg(t.aiGeneratedCaptions)
            .arg(t.unrelatedCaptions);
    case NoBylineColumn:
        return m_records == Records::Sources
                   ? tr("%1 of %n article(s) name no author.", nullptr, t.articles).arg(t.withoutByline)
                   : QVariant();
    case NoDateColumn:
        return tr("%1 of %n article(s) give no date.", nullptr, t.articles).arg(t.withoutDate);
    case UncreditedColumn:
        return tr("%n article(s) copy an earlier article of another source and credit no original source.", nullptr,
                  t.republishedWithoutCredit);
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
    return signalToolTip(m_signals.value(row.id), column);
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
    if (role == Qt::ToolTipRole) {
        if (section == RepeatsColumn) {
            return tr("Decided claims a near-duplicate article of the same origin repeats: counted once.");
        }
        if (section >= HedgedColumn) {
            return tr("A text-quality signal of its articles: shown beside the score, never counted in it.");
        }
        return {};
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
    case HedgedColumn:
        return tr("Hedged");
    case UnattributedColumn:
        return tr("Unattributed");
    case SpunColumn:
        return tr("Spun");
    case CaptionsColumn:
        return tr("Captions");
    case NoBylineColumn:
        return tr("No byline");
    case NoDateColumn:
        return tr("No date");
    case UncreditedColumn:
        return tr("Uncredited");
    }
    return {};
}

} // namespace Credence::Ui
