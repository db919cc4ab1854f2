// `credence summary`: the reliability summary (scoring/summary.h) of every source and author, with the text-quality
// signals of their articles beside it (signals/storedsignals.h), never inside the score.

#include "summarycommand.h"

#include "clisupport.h"
#include "project/project.h"
#include "report/usertext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Credence::Core {

namespace {

using namespace CliSupport;

/// What stands in a table cell that has no value (a share of no claims, no grade of articles without a source).
const QString NoValue = QStringLiteral("–");

QJsonValue shareJson(std::optional<double> share)
{
    return share ? QJsonValue(*share) : QJsonValue();
}

QJsonObject signalTallyJson(const SignalTally &t)
{
    return {{QStringLiteral("articles"), t.articles},
            {QStringLiteral("claims_counted"), t.claimsCounted},
            {QStringLiteral("hedged_claims"), t.hedgedClaims},
            {QStringLiteral("hedged_share"), shareJson(t.hedgedShare())},
            {QStringLiteral("unattributed_claims"), t.unattributedClaims},
            {QStringLiteral("unattributed_share"), shareJson(t.unattributedShare())},
            {QStringLiteral("spin_judged"), t.spinJudged},
            {QStringLiteral("spun_articles"), t.spun},
            {QStringLiteral("without_byline"), t.withoutByline},
            {QStringLiteral("without_date"), t.withoutDate},
            {QStringLiteral("republished_without_credit"), t.republishedWithoutCredit},
            {QStringLiteral("ai_generated_captions"), t.aiGeneratedCaptions},
            {QStringLiteral("unrelated_captions"), t.unrelatedCaptions},
            {QStringLiteral("flagged_captions"), t.flaggedCaptions()}};
}

/// The answer as a program reads it: a fixed word, never translated.
QString answerKey(CriterionAnswer answer)
{
    switch (answer) {
    case CriterionAnswer::Met:
        return QStringLiteral("met");
    case CriterionAnswer::NotMet:
        return QStringLiteral("not_met");
    case CriterionAnswer::NotApplicable:
        return QStringLiteral("not_applicable");
    case CriterionAnswer::Unanswered:
        break;
    }
    return QStringLiteral("unanswered");
}

/// A source's criteria: the score out of 100 (null while none is answered met or not met) and every answer.
QJsonObject criteriaJson(const ScoreRow &row)
{
    QJsonArray answers;
    for (const CriterionEntry &entry : row.criteriaAnswers) {
        const std::optional<Criterion> criterion = criterionByKey(entry.key);
        answers.append(QJsonObject{{QStringLiteral("key"), entry.key},
                                   {QStringLiteral("points"), criterion ? criterion->points : 0.0},
                                   {QStringLiteral("answer"), answerKey(entry.answer)},
                                   {QStringLiteral("note"), entry.note}});
    }
    const CriteriaScore &score = row.criteria;
    return {{QStringLiteral("score"), score.isEmpty() ? QJsonValue() : QJsonValue(score.percent())},
            {QStringLiteral("points"), score.points},
            {QStringLiteral("possible"), score.possible},
            {QStringLiteral("answered"), score.answered},
            {QStringLiteral("answers"), answers}};
}

QJsonArray scoreRowsJson(const QList<ScoreRow> &rows, const QHash<Id, SignalTally> &tallies, bool withCriteria)
{
    // JSON is read by programs: names and reasons go out exactly as stored, the encoder escapes what needs it.
    const auto textOrNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    QJsonArray array;
    for (const ScoreRow &row : rows) {
        const Reliability &r = row.reliability;
        QJsonObject o{
            {QStringLiteral("name"), row.name},
            {QStringLiteral("articles"), row.articles},
            {QStringLiteral("corroborated"), row.corroborated()},
            {QStringLiteral("contradicted"), row.contradicted()},
            {QStringLiteral("unverifiable"), row.unverifiable()},
            {QStringLiteral("not_checked"), row.notChecked()},
            {QStringLiteral("counted_corroborated"), row.countedCorroborated},
            {QStringLiteral("counted_contradicted"), row.countedContradicted},
            {QStringLiteral("judged"), r.judged},
            {QStringLiteral("computed_grade"), row.computedGrade},
            {QStringLiteral("manual_grade"), textOrNull(row.manualGrade)},
            {QStringLiteral("manual_reason"), row.manualGrade.isEmpty() ? QJsonValue() : QJsonValue(row.manualReason)},
            {QStringLiteral("signals"), signalTallyJson(tallies.value(row.id))}};
        // As before the grades: score and interval only where the claims can be judged.
        if (r.judged) {
            o.insert(QStringLiteral("score"), r.score);
            o.insert(QStringLiteral("interval"), QJsonArray{r.low, r.high});
        }
        if (withCriteria) {
            o.insert(QStringLiteral("criteria"), criteriaJson(row));
        }
        array.append(o);
    }
    return array;
}

/// One line of a summary table, every cell a string already.
struct TableLine
{
    QString name; ///< shown with its controls written out
    int articles = 0;
    VerdictCounts claims{};
    QString counted;
    QString grade;
    QString manualGrade;
    QString criteria; ///< the criteria score out of 100, or NoValue
    SignalTally tally;
    QString reliability;
};

QString shareCell(std::optional<double> share)
{
    return share ? Cli::tr("%1%", "a share of claims in a table cell").arg(qRound(*share * 100)) : NoValue;
}

TableLine scoredLine(const ScoreRow &row, const QHash<Id, SignalTally> &tallies)
{
    return {row.name,
            row.articles,
            row.claims,
            QString::number(row.countedCorroborated + row.countedContradicted),
            row.computedGrade,
            row.manualGrade,
            row.criteria.isEmpty() ? NoValue : QString::number(qRound(row.criteria.percent())),
            tallies.value(row.id),
            row.reliability.display()};
}

/// The line of the articles that count in no score (no source, or no byline): figures and signals, no grade.
TableLine unscoredLine(const QString &name, int articles, const VerdictCounts &claims, const SignalTally &tally)
{
    return {name, articles, claims, NoValue, NoValue, QString(), NoValue, tally, Cli::tr("in no score")};
}

/// A table of sources (@p forSources: with the manual grade and the criteria score) or authors headed @p heading,
/// one line each.
void printTable(const QString &heading, bool forSources, const QList<TableLine> &lines, bool lastIsUnscored)
{
    // Built by concatenation, never with chained arg(): a name is page text, and one holding "%1" would take the
    // figures meant for the next columns. Widths are terminal cells, so wide characters keep the columns too.
    QList<TerminalColumns::Column> columns = {{heading, 32, Qt::AlignLeft},
                                              {Cli::tr("Articles"), 8, Qt::AlignRight},
                                              {Cli::tr("Corr."), 6, Qt::AlignRight},
                                              {Cli::tr("Contr."), 6, Qt::AlignRight},
                                              {Cli::tr("Unverif."), 8, Qt::AlignRight},
                                              {Cli::tr("Not checked"), 11, Qt::AlignRight},
                                              {Cli::tr("Counted"), 7, Qt::AlignRight},
                                              {Cli::tr("Grade"), 5, Qt::AlignLeft}};
    if (forSources) {
        columns.append({Cli::tr("Manual"), 6, Qt::AlignLeft});
        columns.append({Cli::tr("Criteria"), 8, Qt::AlignRight});
    }
    columns += QList<TerminalColumns::Column>{{Cli::tr("Hedged"), 6, Qt::AlignRight},
                                              {Cli::tr("Unattr."), 7, Qt::AlignRight},
                                              {Cli::tr("Spun"), 5, Qt::AlignRight},
                                              {Cli::tr("Captions"), 8, Qt::AlignRight},
                                              {Cli::tr("Uncredited"), 10, Qt::AlignRight}};
    const TerminalColumns table(columns);
    out() << table.headingLine(Cli::tr("Reliability (95% interval)")) << Qt::endl;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const TableLine &line = lines.at(i);
        const SignalTally &t = line.tally;
        // A right-to-left override in a name would turn the rest of the line around on a terminal that honours it.
        // The line of unscored articles is named by us, in brackets.
        QStringList cells = {lastIsUnscored && i == lines.size() - 1 ? line.name : withVisibleControls(line.name),
                             QString::number(line.articles),
                             QString::number(line.claims[1]),
                             QString::number(line.claims[2]),
                             QString::number(line.claims[3]),
                             QString::number(line.claims[0]),
                             line.counted,
                             line.grade};
        if (forSources) {
            cells << line.manualGrade << line.criteria;
        }
        cells << shareCell(t.hedgedShare()) << shareCell(t.unattributedShare())
              << (t.spinJudged > 0 ? QString::number(t.spun) + u'/' + QString::number(t.spinJudged) : NoValue)
              << QString::number(t.flaggedCaptions()) << QString::number(t.republishedWithoutCredit);
        out() << table.line(cells, line.reliability) << Qt::endl;
    }
}

void printSummaryTables(const ReliabilitySummary &summary, const QHash<Id, SignalTally> &bySource,
                        const QHash<Id, SignalTally> &byAuthor)
{
    QList<TableLine> sources;
    for (const ScoreRow &row : summary.sources) {
        sources.append(scoredLine(row, bySource));
    }
    if (summary.unassignedArticles > 0) {
        sources.append(unscoredLine(Cli::tr("(no source)"), summary.unassignedArticles, summary.unassignedClaims,
                                    bySource.value(0)));
    }
    printTable(Cli::tr("Source"), true, sources, summary.unassignedArticles > 0);
    if (summary.articles > 0) {
        QList<TableLine> authors;
        for (const ScoreRow &row : summary.authors) {
            authors.append(scoredLine(row, byAuthor));
        }
        if (summary.articlesWithoutAuthor > 0) {
            authors.append(unscoredLine(Cli::tr("(no author)"), summary.articlesWithoutAuthor,
                                        summary.withoutAuthorClaims, byAuthor.value(0)));
        }
        out() << Qt::endl;
        printTable(Cli::tr("Author"), false, authors, summary.articlesWithoutAuthor > 0);
        out() << Qt::endl
              << Cli::tr("Counted: the decided claims in the score; a claim that a near-duplicate article of the same "
                         "source or author repeats counts once.\n"
                         "Criteria: the points of the criteria a source meets, out of 100 for those answered met or "
                         "not met (the source's Criteria page in the workbench); never part of the estimate.\n"
                         "Hedged, Unattr.: the share of the claims of English articles that are hedged, and that name "
                         "no one who says them.\n"
                         "Spun: articles found machine-spun, of those in English and long enough to judge.\n"
                         "Captions: image captions that disclose a generated image or do not fit the article.\n"
                         "Uncredited: copies of an earlier article of another source that credit no original source.")
              << Qt::endl;
    }
    if (summary.unassignedArticles > 0) {
        out() << Cli::tr("%n article(s) name no source and count in no source's score; give them one with Article › "
                         "Assign Source in the workbench.",
                         nullptr, summary.unassignedArticles)
              << Qt::endl;
    }
}

} // namespace

int runSummary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Cli::tr("Print JSON.")));
    if (!parse(parser, arguments,
               Cli::tr("Prints the reliability summary per source and per author, with the text-quality signals of "
                       "their articles."))) {
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << Cli::tr("usage: credence summary --db PATH [--json]") << Qt::endl;
        return 2;
    }
    Project project;
    if (const int code = openExisting(project, parser.value(QStringLiteral("db")))) {
        return code;
    }
    const int errors = project.errorCount();
    const ReliabilitySummary summary = project.reliabilitySummary();
    const QHash<Id, SignalTally> bySource = project.sourceSignals();
    const QHash<Id, SignalTally> byAuthor = project.authorSignals();
    if (const int code = readsSucceeded(project, errors)) {
        return code;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject root{{QStringLiteral("project"), project.displayName()},
                               {QStringLiteral("sources"), scoreRowsJson(summary.sources, bySource, true)},
                               {QStringLiteral("authors"), scoreRowsJson(summary.authors, byAuthor, false)},
                               {QStringLiteral("articles"), summary.articles},
                               {QStringLiteral("unassigned_articles"), summary.unassignedArticles},
                               {QStringLiteral("articles_without_author"), summary.articlesWithoutAuthor},
                               {QStringLiteral("unassigned_signals"), signalTallyJson(bySource.value(0))},
                               {QStringLiteral("without_author_signals"), signalTallyJson(byAuthor.value(0))}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    printSummaryTables(summary, bySource, byAuthor);
    return 0;
}

} // namespace Credence::Core
