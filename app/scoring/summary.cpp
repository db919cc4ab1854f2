#include "summary.h"

#include "origins/idgroups.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace Credence::Core {

QString claimKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (space && !key.isEmpty()) {
                key.append(u' ');
            }
            key.append(c.toLower());
            space = false;
        } else {
            space = true;
        }
    }
    return key;
}

namespace {

/// Decided claims that repeat another claim of the same origin under the same record, counted against the record:
/// [record id] -> {corroborated, contradicted} to take off.
QHash<Id, std::array<int, 2>> repeatsBy(const SummaryInput &input, Id ArticleCounts::*record)
{
    QHash<Id, std::array<int, 2>> repeats;
    if (input.repeatableClaims.isEmpty()) {
        return repeats;
    }
    IdGroups groups;
    for (const NearDuplicate &pair : input.nearDuplicates) {
        groups.join(pair.first, pair.second);
    }
    QHash<Id, Id> recordOf;
    for (const ArticleCounts &article : input.articles) {
        recordOf.insert(article.articleId, article.*record);
    }
    // One key per record, origin, state and text: the first claim with it counts, every further one is a repeat.
    QSet<QString> seen;
    for (const DecidedClaim &claim : input.repeatableClaims) {
        const Id owner = recordOf.value(claim.articleId);
        if (owner == 0 || (claim.verdict != 1 && claim.verdict != 2)) {
            continue;
        }
        const QString key = QString::number(owner) + u'/' + QString::number(groups.find(claim.articleId)) + u'/' +
                            QString::number(claim.verdict) + u'/' + claimKey(claim.text);
        if (seen.contains(key)) {
            ++repeats[owner][claim.verdict - 1];
        } else {
            seen.insert(key);
        }
    }
    return repeats;
}

QList<ScoreRow> rowsOf(const QList<ScoredRecord> &records, const QList<ArticleCounts> &articles,
                       Id ArticleCounts::*record, const QHash<Id, std::array<int, 2>> &repeats, int minimumDecided)
{
    QHash<Id, qsizetype> rowOf;
    QList<ScoreRow> rows;
    rows.reserve(records.size());
    for (const ScoredRecord &r : records) {
        rowOf.insert(r.id, rows.size());
        ScoreRow row;
        row.id = r.id;
        row.name = r.name;
        row.manualGrade = r.manualGrade;
        row.manualReason = r.manualReason;
        rows.append(row);
    }
    for (const ArticleCounts &article : articles) {
        const auto at = rowOf.constFind(article.*record);
        if (at == rowOf.constEnd()) {
            continue;
        }
        ScoreRow &row = rows[*at];
        ++row.articles;
        for (int v = 0; v < 4; ++v) {
            row.claims[v] += article.claims[v];
        }
    }
    // A record whose articles have all gone (merged away, removed) is not listed: it has nothing to score.
    rows.removeIf([](const ScoreRow &row) { return row.articles == 0; });
    for (ScoreRow &row : rows) {
        const std::array<int, 2> repeated = repeats.value(row.id, {0, 0});
        row.countedCorroborated = row.corroborated() - repeated[0];
        row.countedContradicted = row.contradicted() - repeated[1];
        row.reliability = assessReliability(row.countedCorroborated, row.countedContradicted, minimumDecided);
        row.computedGrade = computedGrade(row.reliability);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const ScoreRow &a, const ScoreRow &b) { return collator.compare(a.name, b.name) < 0; });
    return rows;
}

} // namespace

ReliabilitySummary summarize(const SummaryInput &input, int minimumDecided)
{
    ReliabilitySummary summary;
    summary.sources = rowsOf(input.sources, input.articles, &ArticleCounts::sourceId,
                             repeatsBy(input, &ArticleCounts::sourceId), minimumDecided);
    summary.authors = rowsOf(input.authors, input.articles, &ArticleCounts::authorId,
                             repeatsBy(input, &ArticleCounts::authorId), minimumDecided);
    summary.articles = int(input.articles.size());
    for (const ArticleCounts &article : input.articles) {
        if (article.sourceId == 0) {
            ++summary.unassignedArticles;
            for (int v = 0; v < 4; ++v) {
                summary.unassignedClaims[v] += article.claims[v];
            }
        }
        summary.articlesWithoutAuthor += article.authorId == 0 ? 1 : 0;
    }
    return summary;
}

} // namespace Credence::Core
