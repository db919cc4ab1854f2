#include "bodychange.h"

#include "claims/anchor.h"
#include "claims/claimsforbody.h"
#include "import/importer.h"
#include "storage/articlerepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace Credence::Core {

namespace {

// Enough text to find the place again after re-extraction, short enough to survive small edits elsewhere.
constexpr int MarkerLength = 60;

bool overlaps(const TextSpan &a, const Claim &b)
{
    return !b.orphaned && a.start < b.end && b.start < a.end;
}

/// Where each of @p oldClaims stands in @p body, or nullopt where its text is gone. Places are handed out best match
/// first over all claims, not claim by claim in text order: when the same sentence stands twice and one copy goes,
/// the claim whose prefix and suffix still fit the remaining copy gets it, rather than whichever came first.
QList<std::optional<TextSpan>> placeClaims(const QString &body, const QList<Claim> &oldClaims)
{
    struct Candidate
    {
        qsizetype claim;
        QuoteMatch match;
    };
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < oldClaims.size(); ++i) {
        const Claim &old = oldClaims.at(i);
        for (const QuoteMatch &match : quoteMatches(body, old.text, old.prefix, old.suffix, old.start)) {
            candidates.append({i, match});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return isBetterMatch(a.match, b.match); });
    QList<std::optional<TextSpan>> places(oldClaims.size());
    QList<TextSpan> taken;
    for (const Candidate &candidate : std::as_const(candidates)) {
        const TextSpan &span = candidate.match.span;
        // Two claims with the same text must not land on the same place.
        if (places.at(candidate.claim) || std::any_of(taken.cbegin(), taken.cend(), [&](const TextSpan &t) {
                return span.start < t.end && t.start < span.end;
            })) {
            continue;
        }
        places[candidate.claim] = span;
        taken.append(span);
    }
    return places;
}

/// Finds the old claims in @p change.body by their quotes and adds the claims the new body holds by default.
void matchClaims(BodyChange &change, const QList<Claim> &oldClaims, const QStringList &dismissed,
                 const QString &language)
{
    QList<Claim> placed;
    const QList<std::optional<TextSpan>> places = placeClaims(change.body, oldClaims);
    for (qsizetype i = 0; i < oldClaims.size(); ++i) {
        const auto &span = places.at(i);
        Claim claim = oldClaims.at(i);
        if (span) {
            claim.start = span->start;
            claim.end = span->end;
            claim.orphaned = false;
            anchorClaim(claim, change.body);
            ++change.kept;
            placed.append(claim);
        } else if (claim.isJudged()) {
            claim.orphaned = true;
            change.orphaned.append(claim);
        } else {
            ++change.dropped;
        }
    }
    for (const Claim &fresh :
         claimsForBody(change.body, language.isEmpty() ? QStringLiteral("en") : language, dismissed)) {
        const TextSpan span{fresh.start, fresh.end};
        if (std::none_of(placed.cbegin(), placed.cend(), [&](const Claim &c) { return overlaps(span, c); })) {
            placed.append(fresh);
        }
    }
    std::sort(placed.begin(), placed.end(),
              [](const Claim &a, const Claim &b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });
    change.claims = placed + change.orphaned;
}

} // namespace

QString applyBodyCorrections(const QString &body, const Corrections &corrections)
{
    int start = 0;
    int end = int(body.size());
    if (!corrections.bodyStart.isEmpty()) {
        const int at = int(body.indexOf(corrections.bodyStart));
        start = at >= 0 ? at : 0;
    }
    if (!corrections.bodyEnd.isEmpty()) {
        const int at = int(body.lastIndexOf(corrections.bodyEnd));
        end = at >= start ? at + int(corrections.bodyEnd.size()) : end;
    }
    return body.mid(start, end - start).trimmed();
}

/// Starts a plan for @p articleId: the article, or an error in the plan.
static std::optional<Article> startPlan(Database &db, Id articleId, BodyChange &change)
{
    change.articleId = articleId;
    auto article = ArticleRepository(db).get(articleId);
    if (!article) {
        change.error = BodyChange::tr("The article no longer exists.");
    }
    return article;
}

BodyChange planReextract(Database &db, Id articleId)
{
    BodyChange change;
    const auto article = startPlan(db, articleId, change);
    if (!article) {
        return change;
    }
    const ExtractResult extracted = extractBytes(article->raw, article->fileName);
    if (!extracted.article) {
        change.error = extracted.error;
        return change;
    }
    const ImportedArticle &fresh = *extracted.article;
    ArticleMetadata metadata = fresh.metadata;
    metadata.standfirst = fresh.standfirst;
    metadata.originalSource = fresh.originalSource;
    metadata.language = fresh.language;
    if (metadata.title.isEmpty()) {
        metadata.title = article->metadata.title;
    }
    change.metadata = mergeMetadata(metadata, article->metadata, article->corrections.fields);
    change.corrections = article->corrections;
    change.body = applyBodyCorrections(fresh.body, article->corrections);
    ClaimRepository claims(db);
    matchClaims(change, claims.forArticle(articleId), claims.dismissed(articleId), change.metadata.language);
    return change;
}

BodyChange planTrim(Database &db, Id articleId, int start, int end)
{
    BodyChange change;
    const auto article = startPlan(db, articleId, change);
    if (!article) {
        return change;
    }
    start = std::clamp(start, 0, int(article->body.size()));
    end = std::clamp(end, start, int(article->body.size()));
    change.body = article->body.mid(start, end - start).trimmed();
    if (change.body.isEmpty()) {
        change.error = BodyChange::tr("The body would be empty.");
        return change;
    }
    change.metadata = article->metadata;
    change.corrections = article->corrections;
    if (start > 0) {
        change.corrections.bodyStart = change.body.left(MarkerLength);
    }
    if (end < article->body.size()) {
        change.corrections.bodyEnd = change.body.right(MarkerLength);
    }
    ClaimRepository claims(db);
    matchClaims(change, claims.forArticle(articleId), claims.dismissed(articleId), article->metadata.language);
    return change;
}

bool applyBodyChange(Database &db, const BodyChange &change)
{
    if (!change.ok()) {
        db.setError(change.error);
        return false;
    }
    ArticleRepository articles(db);
    Transaction tx(db);
    return tx.isActive() && articles.replaceBody(change.articleId, change.body, change.claims) &&
           articles.updateMetadata(change.articleId, change.metadata) &&
           articles.setCorrections(change.articleId, change.corrections) && tx.commit();
}

} // namespace Credence::Core
