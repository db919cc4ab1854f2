#pragma once

#include "domain/claim.h"
#include "domain/claimchange.h"
#include "domain/verdictchange.h"
#include "similar/similarclaim.h"

#include <optional>

namespace Credence::Core {

class Database;

/// One row of a claim's verdict history, whole: what a snapshot needs to put it back.
struct HistoryRow
{
    Id id = 0;
    Id claimId = 0;
    int from = 0;
    int to = 0;
    QString at;
    ClaimField field = ClaimField::Verdict;
    QString reason;

    bool operator==(const HistoryRow &) const = default;
};

/// A claim's state, grade, note and time of change with its whole history, as stored: what undoing a verdict or a note
/// puts back exactly, so that undo leaves no trace in the history and redo brings back the same entries.
struct StoredClaimState
{
    Id claimId = 0;
    int verdict = 0;
    int credibility = 0;
    QString note;
    QString updatedAt;
    QList<HistoryRow> history;

    bool operator==(const StoredClaimState &) const = default;
};

/// Writes one history row as it is, id included (a new change, or one put back by undo).
bool insertHistory(Database &db, const HistoryRow &row);

/// Reads and writes claims, their states, notes and history, and the units the user said are no claims.
/// Each public write is one committed transaction (a savepoint when called inside another).
class ClaimRepository
{
public:
    explicit ClaimRepository(Database &db)
        : m_db(db)
    {}

    QList<Claim> forArticle(Id articleId);
    /// The claims @p claimIds with their articles and sources, in no particular order; ids not found are left out.
    QList<ClaimInContext> inContext(const QList<Id> &claimIds);
    std::optional<Claim> get(Id claimId);
    /// Sets the state and appends to the history (with @p reason) in one transaction. Setting the same state writes
    /// nothing.
    bool setVerdict(Id claimId, Verdict verdict, const QString &reason = {});
    bool setNote(Id claimId, const QString &note);
    /// Several claims' states in one transaction, each with its history row: all are stored or none.
    bool setVerdicts(const QList<std::pair<Id, Verdict>> &verdicts, const QString &reason = {});
    /// Several claims' credibility grades in one transaction, each change with its history row.
    bool setCredibility(const QList<Id> &claimIds, Credibility grade, const QString &reason = {});
    /// The verdict changes of a claim, oldest first.
    QList<VerdictChange> history(Id claimId);
    /// Every change of a claim's verdict and grade, oldest first.
    QList<ClaimChange> changes(Id claimId);
    QList<HistoryRow> historyRows(Id articleId);
    /// The state, note and history of each claim of @p claimIds, or nullopt when one is gone or a read failed.
    std::optional<QList<StoredClaimState>> states(const QList<Id> &claimIds);
    /// Puts back each claim's state, grade, note, time of change and history as @p states holds them, in one
    /// transaction.
    bool restoreStates(const QList<StoredClaimState> &states);

    /// Inserts @p claim for @p articleId, under its own id when it has one; returns the id, or nullopt.
    std::optional<Id> insert(Id articleId, const Claim &claim);
    /// Writes everything of @p claim but its id, article, state, grade and history: its place, text, kind and anchors.
    bool updateShape(const Claim &claim);
    /// Gives every claim stored without a text key (by a Credence before schema 11) its key, in one transaction.
    bool fillTextKeys();
    bool remove(const QList<Id> &claimIds);

    /// The texts of units the user removed from the claims: re-extraction does not make them claims again.
    QStringList dismissed(Id articleId);
    bool setDismissed(Id articleId, const QStringList &texts);

private:
    Database &m_db;
};

} // namespace Credence::Core
