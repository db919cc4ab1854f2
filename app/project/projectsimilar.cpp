// Project: the same claim in other articles.

#include "commands/undomacro.h"
#include "origins/idgroups.h"
#include "project.h"
#include "storage/originindex.h"
#include "storage/searchindex.h"

#include <QHash>

#include <algorithm>

namespace Credence::Core {

namespace {

/// bm25 ranks the index's candidates by how rare the words they share are; the closer comparison decides, and the
/// candidate's place in the bm25 order adds at most this much.
constexpr double Bm25Weight = 0.1;
/// How many candidates the index gives for the closer comparison: the same claim in other words is rarely further
/// down bm25's order than this.
constexpr int Candidates = 200;
/// Claims less alike than this are not listed: they share a word or two and nothing else.
constexpr double LeastScore = 0.3;

} // namespace

QList<SimilarClaim> Project::similarClaims(Id claimId, int limit)
{
    QList<SimilarClaim> similar;
    // The claim with its article's source and credit: what the origins below need too.
    const QList<ClaimInContext> own =
        limit > 0 ? reported([&] { return ClaimRepository(*m_db).inContext({claimId}); }) : QList<ClaimInContext>();
    if (own.isEmpty()) {
        return similar;
    }
    const ClaimInContext &claim = own.first();
    const ClaimFeatures features = claimFeatures(claim.text);
    const QList<std::pair<Id, double>> candidates =
        reported([&] { return SearchIndex(*m_db).claimCandidates(lookupWords(features), Candidates); });
    QHash<Id, int> place;
    QList<Id> ids;
    for (const auto &[id, bm25] : candidates) {
        if (id != claimId) {
            place.insert(id, int(ids.size()));
            ids.append(id);
        }
    }
    const QList<ClaimInContext> found = reported([&] { return ClaimRepository(*m_db).inContext(ids); });
    QList<ClaimFeatures> featuresFound;
    featuresFound.reserve(found.size() + 1);
    for (const ClaimInContext &other : found) {
        featuresFound.append(claimFeatures(other.text));
    }
    // Rare and common as among the candidates and the claim: a word all of them share tells none apart.
    featuresFound.append(features);
    const WordWeights weights = wordWeights(featuresFound);
    QList<std::pair<double, SimilarClaim>> ranked;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const ClaimInContext &other = found.at(i);
        if (other.articleId == claim.articleId) {
            continue;
        }
        SimilarClaim item{other, compareClaims(features, featuresFound.at(i), weights)};
        const double rank = 1.0 - double(place.value(other.claimId)) / double(qMax(1, int(ids.size())));
        const double score = item.similarity.score + Bm25Weight * rank;
        if (item.similarity.score >= LeastScore) {
            ranked.append({score, item});
        }
    }
    // Which of them repeat the claim's own origin.
    QList<OriginMember> members{{claim.articleId, claim.sourceId, claim.originSourceId}};
    for (const auto &[score, item] : std::as_const(ranked)) {
        members.append({item.claim.articleId, item.claim.sourceId, item.claim.originSourceId});
    }
    const QHash<Id, Id> origins = independentOrigins(members, nearDuplicates());
    for (auto &[score, item] : ranked) {
        item.sameOrigin = origins.value(item.claim.articleId) == origins.value(claim.articleId);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second.claim.claimId < b.second.claim.claimId;
    });
    for (const auto &[score, item] : std::as_const(ranked)) {
        if (similar.size() == limit) {
            break;
        }
        similar.append(item);
        similar.last().similarity.score = qMin(1.0, score);
    }
    return similar;
}

QList<NearDuplicate> Project::nearDuplicates()
{
    return reported([&] { return OriginIndex(*m_db).nearDuplicates(); });
}

ClaimSupport Project::support(Id claimId)
{
    QList<Id> supporting;
    QList<Id> refuting;
    for (const Evidence &item : evidence(claimId)) {
        if (item.kind == EvidenceKind::ClaimLink && item.linkedClaimId != 0) {
            if (item.stance == EvidenceStance::Supporting) {
                supporting.append(item.linkedClaimId);
            } else if (item.stance == EvidenceStance::Refuting) {
                refuting.append(item.linkedClaimId);
            }
        }
    }
    if (supporting.isEmpty() && refuting.isEmpty()) {
        return {}; // the common case, on every claim the user steps to: no need to read the near-duplicates
    }
    const QList<NearDuplicate> pairs = nearDuplicates();
    const auto count = [&](const QList<Id> &claimIds) {
        QList<OriginMember> members;
        for (const ClaimInContext &item : reported([&] { return ClaimRepository(*m_db).inContext(claimIds); })) {
            members.append({item.articleId, item.sourceId, item.originSourceId});
        }
        return countOrigins(members, pairs);
    };
    return {count(supporting), count(refuting)};
}

bool Project::linkSimilarClaim(Id claimId, Id otherClaimId, EvidenceStance stance, std::optional<Verdict> verdict)
{
    if (refuseIfReadOnly()) {
        return false;
    }
    const QList<ClaimInContext> other = reported([&] { return ClaimRepository(*m_db).inContext({otherClaimId}); });
    if (other.isEmpty()) {
        return refuse(tr("The other claim no longer exists."));
    }
    bool linked = false;
    for (const Evidence &item : evidence(claimId)) {
        linked = linked || (item.kind == EvidenceKind::ClaimLink && item.linkedClaimId == otherClaimId);
    }
    if (linked && !verdict) {
        return refuse(tr("That claim is already linked as evidence."));
    }
    // The reason the history keeps: where the same claim was found, in the user's words for it.
    const QString where = other.first().sourceName.isEmpty() ? other.first().articleTitle : other.first().sourceName;
    const QString reason =
        (stance == EvidenceStance::Refuting ? tr("Contradicted elsewhere:") : tr("Found elsewhere:")) + u' ' + where;
    m_undoStack.beginMacro(verdict ? tr("Link a claim found elsewhere and mark") : tr("Link a claim found elsewhere"));
    bool done = linked;
    if (!linked) {
        Evidence item;
        item.kind = EvidenceKind::ClaimLink;
        item.stance = stance;
        item.linkedClaimId = otherClaimId;
        done = addEvidence(claimId, item).has_value();
    }
    const bool marked = done && (!verdict || setVerdict({claimId}, *verdict, reason));
    endMacroDroppingEmpty(m_undoStack);
    return done && marked;
}

QList<ClaimCluster> Project::claimClusters()
{
    const auto links = reported([&] { return EvidenceRepository(*m_db).claimLinks(); });
    IdGroups groups;
    QHash<Id, QList<std::pair<Id, EvidenceStance>>> neighbours;
    for (const auto &[from, to, stance] : links) {
        groups.join(from, to);
        neighbours[from].append({to, stance});
        neighbours[to].append({from, stance});
    }
    QHash<Id, QList<Id>> members;
    for (auto it = neighbours.cbegin(); it != neighbours.cend(); ++it) {
        members[groups.find(it.key())].append(it.key());
    }
    const QList<NearDuplicate> pairs = nearDuplicates();
    QList<ClaimCluster> clusters;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        QList<ClaimInContext> claims = reported([&] { return ClaimRepository(*m_db).inContext(it.value()); });
        std::sort(claims.begin(), claims.end(),
                  [](const ClaimInContext &a, const ClaimInContext &b) { return a.claimId < b.claimId; });
        if (claims.size() < 2) {
            continue;
        }
        // Each claim's stance towards the first, along the links: a refuting link turns it round, a context link
        // leaves it as context unless a supporting or refuting path reaches it.
        QHash<Id, EvidenceStance> stance{{claims.first().claimId, EvidenceStance::Supporting}};
        QList<Id> queue{claims.first().claimId};
        bool refuted = false;
        while (!queue.isEmpty()) {
            const Id at = queue.takeFirst();
            for (const auto &[next, link] : neighbours.value(at)) {
                refuted = refuted || link == EvidenceStance::Refuting;
                if (stance.contains(next)) {
                    continue;
                }
                const EvidenceStance here = stance.value(at);
                stance.insert(next, link == EvidenceStance::Context || here == EvidenceStance::Context
                                        ? EvidenceStance::Context
                                    : (link == EvidenceStance::Refuting) == (here == EvidenceStance::Refuting)
                                        ? EvidenceStance::Supporting
                                        : EvidenceStance::Refuting);
                queue.append(next);
            }
        }
        ClaimCluster cluster;
        QList<OriginMember> origins;
        bool corroborated = false;
        bool contradicted = false;
        for (const ClaimInContext &claim : std::as_const(claims)) {
            const EvidenceStance towards = stance.value(claim.claimId, EvidenceStance::Context);
            cluster.members.append({claim, towards});
            origins.append({claim.articleId, claim.sourceId, claim.originSourceId});
            if (towards == EvidenceStance::Supporting) {
                corroborated = corroborated || claim.verdict == Verdict::Corroborated;
                contradicted = contradicted || claim.verdict == Verdict::Contradicted;
            }
        }
        cluster.count = countOrigins(origins, pairs);
        cluster.disagreement = refuted || (corroborated && contradicted);
        clusters.append(cluster);
    }
    std::sort(clusters.begin(), clusters.end(), [](const ClaimCluster &a, const ClaimCluster &b) {
        if (a.disagreement != b.disagreement) {
            return a.disagreement;
        }
        if (a.members.size() != b.members.size()) {
            return a.members.size() > b.members.size();
        }
        return a.members.first().claim.claimId < b.members.first().claim.claimId;
    });
    return clusters;
}

} // namespace Credence::Core
