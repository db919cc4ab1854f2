// Project: the same claim in other articles.

#include "project.h"
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
    const std::optional<Claim> claim = this->claim(claimId);
    if (!claim || limit <= 0) {
        return similar;
    }
    const ClaimFeatures features = claimFeatures(claim->text);
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
        if (other.articleId == claim->articleId) {
            continue;
        }
        SimilarClaim item{other, compareClaims(features, featuresFound.at(i), weights)};
        const double rank = 1.0 - double(place.value(other.claimId)) / double(qMax(1, int(ids.size())));
        const double score = item.similarity.score + Bm25Weight * rank;
        if (item.similarity.score >= LeastScore) {
            ranked.append({score, item});
        }
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

} // namespace Credence::Core
