#pragma once

#include "claimsimilarity.h"
#include "domain/id.h"
#include "domain/verdict.h"

#include <QString>

namespace Credence::Core {

/// A claim with the article and source it belongs to, as lists of claims from many articles show it.
struct ClaimInContext
{
    Id claimId = 0;
    Id articleId = 0;
    QString text;
    Verdict verdict = Verdict::NotChecked;
    QString articleTitle; ///< the title, or the file name of an article without one
    Id sourceId = 0;      ///< 0: the article is unassigned
    QString sourceName;
    Id originSourceId = 0; ///< the outlet the article credits as where it comes from, or 0
};

/// A claim of another article that may say the same, found by Project::similarClaims().
struct SimilarClaim
{
    ClaimInContext claim;
    ClaimSimilarity similarity;
    /// Its article and the claim's are one independent origin (a reprint, a rewrite, one source, one agency's copy):
    /// it repeats the claim rather than confirming it.
    bool sameOrigin = false;
};

} // namespace Credence::Core
