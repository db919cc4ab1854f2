#pragma once

#include "origins/origins.h"

#include <QString>

namespace Credence::Core {

class Database;

/// Which articles of the project are near-duplicates of one another: each article's MinHash signature
/// (origins/minhash.h), its band keys for finding candidates, and the pairs found alike. Derived data, as the search
/// index is: never migrated, made at open when missing, and every article without a signature (imported by an older
/// Credence, its body changed since) gets one then. New articles get theirs as they are stored, in the same
/// transaction (ArticleRepository::insert()), so grouping costs each import only its own candidates.
///
/// Tables origin_signatures, origin_bands, origin_pairs and origin_meta; SQL triggers drop an article's rows when it
/// is deleted or its body changes.
class OriginIndex
{
public:
    /// Raise on any change to the tables, the signature or the threshold: projects then rebuild at open.
    static constexpr int Version = 4;
    /// Bodies at least this alike (estimated Jaccard similarity of word shingles) are one origin: a reprint under
    /// another masthead scores near 1, a rewrite that keeps half of its sentences about 0.3, two reports of one
    /// event written apart under 0.05.
    static constexpr double SameOrigin = 0.2;

    explicit OriginIndex(Database &db)
        : m_db(db)
    {}

    /// Makes the tables when they are missing or of another Version, then gives every article without a signature
    /// one. false when that failed (read-only projects are left as they are).
    bool ensure();
    /// Adds article @p articleId with @p body: its signature, bands, and the pairs it makes (replacing what it had).
    /// Does nothing when the project has no origin tables yet (ensure() adds the article at the next open). Call inside
    /// the transaction that stores the article. @p isNew: stored just now under an id never given before, so there
    /// are no rows of it to replace.
    bool add(Id articleId, const QString &body, bool isNew = false);
    /// Removes the tables and triggers: the project is then as an older Credence left it (ensure() makes them anew).
    bool remove();
    /// Every pair of near-duplicate articles.
    QList<NearDuplicate> nearDuplicates();

private:
    bool isCurrent();
    bool create();
    bool catchUp();

    Database &m_db;
};

} // namespace Credence::Core
