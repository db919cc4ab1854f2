#pragma once

#include "domain/claim.h"
#include "domain/verdictchange.h"

#include <optional>

namespace Credence::Core {

class Database;

/// Reads claims and records verdicts and notes; each write is its own committed transaction.
class ClaimRepository
{
public:
    explicit ClaimRepository(Database &db)
        : m_db(db)
    {}

    QList<Claim> forArticle(Id articleId);
    std::optional<Claim> get(Id claimId);
    /// Sets the verdict and appends to the history in one transaction. Setting the same verdict writes nothing.
    bool setVerdict(Id claimId, Verdict verdict);
    bool setNote(Id claimId, const QString &note);
    /// Several claims' verdicts in one transaction, each with its history row: all are stored or none.
    bool setVerdicts(const QList<std::pair<Id, Verdict>> &verdicts);
    QList<VerdictChange> history(Id claimId);

private:
    Database &m_db;
};

} // namespace Credence::Core
