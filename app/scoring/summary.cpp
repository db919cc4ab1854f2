#include "summary.h"

#include "origins/idgroups.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace Credence::Core {

namespace {

quint64 mix(quint64 hash, quint64 value)
{
    constexpr quint64 Prime = 0x100000001b3ULL;
    for (int i = 0; i < 8; ++i) {
        hash = (hash ^ ((value >> (8 * i)) & 0xff)) * Prime;
    }
    return hash;
}

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
    // Keys are 64-bit hashes: two different claims of one record and origin colliding is a chance of about one in
    // 10^10 even with a million of them, and would only count one claim once too few.
    QSet<quint64> seen;
    seen.reserve(input.repeatableClaims.size());
    for (const DecidedClaim &claim : input.repeatableClaims) {
        const Id owner = recordOf.value(claim.articleId);
        if (owner == 0 || (claim.verdict != 1 && claim.verdict != 2)) {
            continue;
        }
        const quint64 key =
            mix(mix(mix(mix(0xcbf29ce484222325ULL, quint64(owner)), quint64(groups.find(claim.articleId))),
                    quint64(claim.verdict)),
                quint64(claim.textKey));
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

QList<Id> articlesThatMayRepeat(const SummaryInput &input)
{
    if (input.nearDuplicates.isEmpty()) {
        return {};
    }
    IdGroups groups;
    for (const NearDuplicate &pair : input.nearDuplicates) {
        groups.join(pair.first, pair.second);
    }
    // Per origin and record, the first article seen; a second one makes both of them (and any later) candidates.
    QHash<QString, Id> firstOf;
    QSet<Id> candidates;
    const auto note = [&](const ArticleCounts &article, char kind, Id record) {
        if (record == 0) {
            return;
        }
        const QString key =
            QString::number(groups.find(article.articleId)) + QLatin1Char(kind) + QString::number(record);
        const auto first = firstOf.constFind(key);
        if (first == firstOf.constEnd()) {
            firstOf.insert(key, article.articleId);
        } else {
            candidates.insert(*first);
            candidates.insert(article.articleId);
        }
    };
    for (const ArticleCounts &article : input.articles) {
        if (article.claims[1] + article.claims[2] == 0) {
            continue; // nothing decided, nothing to repeat
        }
        note(article, 's', article.sourceId);
        note(article, 'a', article.authorId);
    }
    QList<Id> ids(candidates.cbegin(), candidates.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

ReliabilitySummary summarize(const SummaryInput &input, int minimumDecided)
{
    ReliabilitySummary summary;
    summary.sources = rowsOf(input.sources, input.articles, &ArticleCounts::sourceId,
                             repeatsBy(input, &ArticleCounts::sourceId), minimumDecided);
    for (ScoreRow &row : summary.sources) {
        const QList<CriterionEntry> answers = input.criteria.value(row.id);
        row.criteria = criteriaScore(answers);
        for (const Criterion &criterion : sourceCriteria()) {
            const auto answer = std::find_if(answers.cbegin(), answers.cend(),
                                             [&criterion](const CriterionEntry &e) { return e.key == criterion.key; });
            row.criteriaAnswers.append(answer != answers.cend() ? *answer : CriterionEntry{criterion.key, {}, {}});
        }
    }
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
        if (article.authorId == 0) {
            ++summary.articlesWithoutAuthor;
            for (int v = 0; v < 4; ++v) {
                summary.withoutAuthorClaims[v] += article.claims[v];
            }
        }
    }
    return summary;
}

} // namespace Credence::Core
