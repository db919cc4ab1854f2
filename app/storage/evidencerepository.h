#pragma once

#include "domain/evidence.h"

#include <optional>
#include <tuple>

namespace Credence::Core {

class Database;

/// Some claims' evidence as an undo step needs it: which items the claims have (present), and the items the change
/// touches, whole (archived bytes included where a restore may have to write them again). Restoring it removes the
/// claims' items not in present and writes each item of items back under its own id.
struct EvidenceSnapshot
{
    QList<Id> claimIds;
    QList<Id> present;
    QList<Evidence> items;

    bool operator==(const EvidenceSnapshot &) const = default;
};

/// A claim-link into an article from a claim of another article, kept by an article's snapshot: deleting the
/// article's claims sets the link to NULL (see the schema), and putting the article back re-points it.
struct IncomingLink
{
    Id evidenceId = 0;
    Id linkedClaimId = 0;

    bool operator==(const IncomingLink &) const = default;
};

/// Reads and writes the evidence of claims and the archived files' bytes. Writes are part of the caller's
/// transaction (a savepoint when one is open).
class EvidenceRepository
{
public:
    enum class Bytes
    {
        Without, ///< name, type, size and digest only: what a view shows
        With,    ///< the archived bytes too: what undo needs to write a removed file back
    };

    explicit EvidenceRepository(Database &db)
        : m_db(db)
    {}

    QList<Evidence> forClaim(Id claimId, Bytes bytes = Bytes::Without);
    /// The evidence of every claim of an article, by claim (in the claims' order of ids) and position.
    QList<Evidence> forArticle(Id articleId, Bytes bytes = Bytes::Without);
    std::optional<Evidence> get(Id evidenceId, Bytes bytes = Bytes::Without);
    /// The archived bytes of a file item; nullopt when the item is gone or a read failed.
    std::optional<QByteArray> fileBytes(Id evidenceId);
    /// The next free position at the end of a claim's evidence.
    std::optional<int> nextPosition(Id claimId);

    /// Inserts @p item (under its id when it has one, else under a new one); its bytes go into evidence_files for a
    /// file item. Returns the id, or nullopt.
    std::optional<Id> insert(const Evidence &item);
    /// Writes everything of @p item but its id, claim, kind, creation time and archived bytes.
    bool update(const Evidence &item);
    bool remove(const QList<Id> &evidenceIds);

    /// @p claimIds' evidence; items listed in @p touched are read whole (with bytes).
    std::optional<EvidenceSnapshot> snapshot(const QList<Id> &claimIds, const QList<Id> &touched);
    /// Puts @p snapshot back in one transaction (see EvidenceSnapshot).
    bool restore(const EvidenceSnapshot &snapshot);

    /// Links from other articles' claims to claims of @p articleId.
    QList<IncomingLink> linksInto(Id articleId);
    /// Every link between two claims: the claim it is evidence of, the linked claim, the stance.
    QList<std::tuple<Id, Id, EvidenceStance>> claimLinks();
    /// Points each link back at its claim (links whose evidence is gone are skipped).
    bool relink(const QList<IncomingLink> &links);

private:
    QList<Evidence> read(const QString &where, const QVariantList &values, Bytes bytes);

    Database &m_db;
};

} // namespace Credence::Core
