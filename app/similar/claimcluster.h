#pragma once

#include "domain/evidence.h"
#include "origins/origins.h"
#include "similarclaim.h"

#include <QList>

namespace Credence::Core {

/// A claim of a cluster, with how it stands to the cluster's first claim: Supporting (says the same) or Refuting
/// (says the opposite), as the links between them say; Context when only context links join it.
struct ClusterMember
{
    ClaimInContext claim;
    EvidenceStance stance = EvidenceStance::Supporting;
};

/// One claim across sources: claims of different articles joined by the user's links (claim-link evidence), directly
/// or through others.
struct ClaimCluster
{
    QList<ClusterMember> members; ///< the first claim (smallest id) first
    OriginCount count;
    /// The sources disagree: a refuting link, or claims that say the same marked corroborated and contradicted.
    bool disagreement = false;
};

} // namespace Credence::Core
