#pragma once

#include "domain/id.h"

#include <QHash>
#include <QList>

namespace Credence::Core {

/// An article as independent origins see it.
struct OriginMember
{
    Id articleId = 0;
    Id sourceId = 0;       ///< 0: unassigned
    Id originSourceId = 0; ///< the outlet it credits, or 0
};

/// Two articles whose bodies are near-duplicates (a reprint, a light rewrite), found by MinHash.
struct NearDuplicate
{
    Id first = 0;
    Id second = 0;
    double similarity = 0; ///< estimated Jaccard similarity of their word shingles
};

/// The independent origins of @p members: articles are one origin when their bodies are near-duplicates, when they
/// are of one source, when they credit one outlet (two reprints of one agency's copy), or when one credits the
/// other's source. @p nearDuplicates may name articles that are not members: they join members all the same. Each
/// member's origin as the smallest article id of its origin.
QHash<Id, Id> independentOrigins(const QList<OriginMember> &members, const QList<NearDuplicate> &nearDuplicates);

/// How many sources and independent origins @p members stand for. An unassigned article is a source of its own.
struct OriginCount
{
    int sources = 0;
    int origins = 0;
};
/// What the claims linked to a claim as evidence stand for, supporting and refuting apart.
struct ClaimSupport
{
    OriginCount supporting;
    OriginCount refuting;
};

OriginCount countOrigins(const QList<OriginMember> &members, const QList<NearDuplicate> &nearDuplicates);

} // namespace Credence::Core
