#include "claimrepository.h"

#include "bindvalues.h"
#include "database.h"
#include "domain/claimtextkey.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Credence::Core {

namespace {

// The evidence count is one range of the evidence_claim index per claim: cheap enough for every table row.
const QString ClaimColumns = QStringLiteral("SELECT id, article_id, start_offset, end_offset, text, verdict, note,"
                                            " updated_at, kind, origin, prefix, suffix, orphaned, credibility,"
                                            " (SELECT count(*) FROM evidence e WHERE e.claim_id = claims.id)"
                                            " FROM claims ");

Claim claimFromRow(const QSqlQuery &q)
{
    Claim c;
    c.id = q.value(0).toLongLong();
    c.articleId = q.value(1).toLongLong();
    c.start = q.value(2).toInt();
    c.end = q.value(3).toInt();
    c.text = q.value(4).toString();
    c.verdict = verdictFromInt(q.value(5).toInt()).value_or(Verdict::NotChecked);
    c.note = q.value(6).toString();
    c.updated = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    c.kind = unitKindFromInt(q.value(8).toInt()).value_or(UnitKind::Sentence);
    c.origin = q.value(9).toInt() == static_cast<int>(ClaimOrigin::User) ? ClaimOrigin::User : ClaimOrigin::Found;
    c.prefix = q.value(10).toString();
    c.suffix = q.value(11).toString();
    c.orphaned = q.value(12).toInt() != 0;
    c.credibility = credibilityFromInt(q.value(13).toInt()).value_or(Credibility::NotGraded);
    c.evidenceCount = q.value(14).toInt();
    return c;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

HistoryRow historyFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(),
            q.value(2).toInt(),      q.value(3).toInt(),
            q.value(4).toString(),   claimFieldFromKey(q.value(5).toString()).value_or(ClaimField::Verdict),
            q.value(6).toString()};
}

QString noLongerExists()
{
    return QCoreApplication::translate("Credence::Core::ClaimRepository", "The claim no longer exists.");
}

} // namespace

bool insertHistory(Database &db, const HistoryRow &row)
{
    return db
        .exec(QStringLiteral("INSERT INTO verdict_history(id, claim_id, old_verdict, new_verdict, changed_at, field,"
                             " reason) VALUES (?,?,?,?,?,?,?)"),
              {row.id, row.claimId, row.from, row.to, text(row.at), claimFieldKey(row.field), text(row.reason)})
        .isActive();
}

QList<Claim> ClaimRepository::forArticle(Id articleId)
{
    QSqlQuery q =
        m_db.exec(ClaimColumns + QStringLiteral("WHERE article_id = ? ORDER BY start_offset, id"), {articleId});
    QList<Claim> claims;
    while (m_db.next(q)) {
        claims.append(claimFromRow(q));
    }
    return claims;
}

QList<ClaimInContext> ClaimRepository::inContext(const QList<Id> &claimIds)
{
    QList<ClaimInContext> claims;
    // In slices, so no statement binds more values than SQLite allows.
    constexpr qsizetype Slice = 500;
    for (qsizetype from = 0; from < claimIds.size(); from += Slice) {
        const QList<Id> slice = claimIds.mid(from, Slice);
        QVariantList values;
        for (const Id id : slice) {
            values.append(id);
        }
        QStringList marks(slice.size(), QStringLiteral("?"));
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT c.id, c.article_id, c.text, c.verdict,"
                                               " CASE WHEN a.title <> '' THEN a.title ELSE a.file_name END,"
                                               " coalesce(a.source_id, 0), coalesce(s.name, ''),"
                                               " coalesce(a.origin_source_id, 0)"
                                               " FROM claims c JOIN articles a ON a.id = c.article_id"
                                               " LEFT JOIN sources s ON s.id = a.source_id WHERE c.id IN (%1)")
                                    .arg(marks.join(QLatin1Char(','))),
                                values);
        while (m_db.next(q)) {
            claims.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           verdictFromInt(q.value(3).toInt()).value_or(Verdict::NotChecked), q.value(4).toString(),
                           q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toLongLong()});
        }
    }
    return claims;
}

std::optional<Claim> ClaimRepository::get(Id claimId)
{
    QSqlQuery q = m_db.exec(ClaimColumns + QStringLiteral("WHERE id = ?"), {claimId});
    return m_db.next(q) ? std::optional<Claim>(claimFromRow(q)) : std::nullopt;
}

bool ClaimRepository::setVerdict(Id claimId, Verdict verdict, const QString &reason)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return false;
    }
    const int errors = m_db.errorCount();
    const QVariant old = m_db.scalar(QStringLiteral("SELECT verdict FROM claims WHERE id = ?"), {claimId});
    if (m_db.errorCount() != errors) {
        return false; // lastError() says what failed
    }
    if (!old.isValid()) {
        m_db.setError(noLongerExists());
        return false;
    }
    if (old.toInt() == static_cast<int>(verdict)) {
        return tx.commit();
    }
    const QString at = now();
    const auto historyId = m_db.reserveIds(IdTable::VerdictHistory);
    return historyId &&
           m_db.exec(QStringLiteral("UPDATE claims SET verdict = ?, updated_at = ? WHERE id = ?"),
                     {static_cast<int>(verdict), at, claimId})
               .isActive() &&
           insertHistory(
               m_db, {*historyId, claimId, old.toInt(), static_cast<int>(verdict), at, ClaimField::Verdict, reason}) &&
           tx.commit();
}

bool ClaimRepository::setVerdicts(const QList<std::pair<Id, Verdict>> &verdicts, const QString &reason)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return false;
    }
    for (const auto &[claimId, verdict] : verdicts) {
        if (!setVerdict(claimId, verdict, reason)) { // a savepoint inside this transaction
            return false;
        }
    }
    return tx.commit();
}

bool ClaimRepository::setCredibility(const QList<Id> &claimIds, Credibility grade, const QString &reason)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return false;
    }
    const QString at = now();
    for (const Id claimId : claimIds) {
        const int errors = m_db.errorCount();
        const QVariant old = m_db.scalar(QStringLiteral("SELECT credibility FROM claims WHERE id = ?"), {claimId});
        if (m_db.errorCount() != errors) {
            return false;
        }
        if (!old.isValid()) {
            m_db.setError(noLongerExists());
            return false;
        }
        if (old.toInt() == static_cast<int>(grade)) {
            continue;
        }
        const auto historyId = m_db.reserveIds(IdTable::VerdictHistory);
        if (!historyId ||
            !m_db.exec(QStringLiteral("UPDATE claims SET credibility = ?, updated_at = ? WHERE id = ?"),
                       {static_cast<int>(grade), at, claimId})
                 .isActive() ||
            !insertHistory(m_db, {*historyId, claimId, old.toInt(), static_cast<int>(grade), at,
                                  ClaimField::Credibility, reason})) {
            return false;
        }
    }
    return tx.commit();
}

bool ClaimRepository::setNote(Id claimId, const QString &note)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return false;
    }
    if (!m_db.changeOne(QStringLiteral("UPDATE claims SET note = ?, updated_at = ? WHERE id = ?"),
                        {note.isNull() ? QStringLiteral("") : note, now(), claimId}, noLongerExists())) {
        return false;
    }
    return tx.commit();
}

QList<VerdictChange> ClaimRepository::history(Id claimId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT old_verdict, new_verdict, changed_at, reason FROM verdict_history"
                                           " WHERE claim_id = ? AND field = 'verdict' ORDER BY id"),
                            {claimId});
    QList<VerdictChange> changes;
    while (m_db.next(q)) {
        changes.append({verdictFromInt(q.value(0).toInt()).value_or(Verdict::NotChecked),
                        verdictFromInt(q.value(1).toInt()).value_or(Verdict::NotChecked),
                        QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toString()});
    }
    return changes;
}

QList<ClaimChange> ClaimRepository::changes(Id claimId)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT field, old_verdict, new_verdict, changed_at, reason FROM verdict_history"
                                 " WHERE claim_id = ? ORDER BY id"),
                  {claimId});
    QList<ClaimChange> changes;
    while (m_db.next(q)) {
        changes.append({claimFieldFromKey(q.value(0).toString()).value_or(ClaimField::Verdict), q.value(1).toInt(),
                        q.value(2).toInt(), QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs),
                        q.value(4).toString()});
    }
    return changes;
}

QList<HistoryRow> ClaimRepository::historyRows(Id articleId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT h.id, h.claim_id, h.old_verdict, h.new_verdict, h.changed_at,"
                                           " h.field, h.reason"
                                           " FROM verdict_history h JOIN claims c ON c.id = h.claim_id"
                                           " WHERE c.article_id = ? ORDER BY h.id"),
                            {articleId});
    QList<HistoryRow> rows;
    while (m_db.next(q)) {
        rows.append(historyFromRow(q));
    }
    return rows;
}

std::optional<QList<StoredClaimState>> ClaimRepository::states(const QList<Id> &claimIds)
{
    const int errors = m_db.errorCount();
    QList<StoredClaimState> result;
    for (const Id id : claimIds) {
        QSqlQuery q =
            m_db.exec(QStringLiteral("SELECT verdict, note, updated_at, credibility FROM claims WHERE id = ?"), {id});
        if (!m_db.next(q)) {
            if (m_db.errorCount() == errors) {
                m_db.setError(noLongerExists());
            }
            return std::nullopt;
        }
        StoredClaimState state{id, q.value(0).toInt(), q.value(3).toInt(), q.value(1).toString(), q.value(2).toString(),
                               {}};
        QSqlQuery h =
            m_db.exec(QStringLiteral("SELECT id, claim_id, old_verdict, new_verdict, changed_at, field, reason"
                                     " FROM verdict_history WHERE claim_id = ? ORDER BY id"),
                      {id});
        while (m_db.next(h)) {
            state.history.append(historyFromRow(h));
        }
        result.append(state);
    }
    if (m_db.errorCount() != errors) {
        return std::nullopt;
    }
    return result;
}

bool ClaimRepository::restoreStates(const QList<StoredClaimState> &states)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return false;
    }
    for (const StoredClaimState &state : states) {
        if (!m_db.changeOne(
                QStringLiteral("UPDATE claims SET verdict = ?, credibility = ?, note = ?, updated_at = ? WHERE id = ?"),
                {state.verdict, state.credibility, text(state.note), text(state.updatedAt), state.claimId},
                noLongerExists())) {
            return false;
        }
        if (!m_db.exec(QStringLiteral("DELETE FROM verdict_history WHERE claim_id = ?"), {state.claimId}).isActive()) {
            return false;
        }
        for (HistoryRow row : state.history) {
            row.claimId = state.claimId;
            if (!insertHistory(m_db, row)) {
                return false;
            }
        }
    }
    return tx.commit();
}

std::optional<Id> ClaimRepository::insert(Id articleId, const Claim &claim)
{
    Id id = claim.id;
    if (!id) {
        const auto reserved = m_db.reserveIds(IdTable::Claims);
        if (!reserved) {
            return std::nullopt;
        }
        id = *reserved;
    }
    const QString updated = claim.updated.isValid() ? claim.updated.toString(Qt::ISODateWithMs) : now();
    if (!m_db.run(QStringLiteral("INSERT INTO claims(id, article_id, start_offset, end_offset, text, verdict, note,"
                                 " updated_at, kind, origin, prefix, suffix, orphaned, credibility, text_key)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                  {id, articleId, claim.start, claim.end, text(claim.text), static_cast<int>(claim.verdict),
                   text(claim.note), updated, static_cast<int>(claim.kind), static_cast<int>(claim.origin),
                   text(claim.prefix), text(claim.suffix), claim.orphaned ? 1 : 0, static_cast<int>(claim.credibility),
                   claimTextKey(claim.text)})) {
        return std::nullopt;
    }
    return id;
}

bool ClaimRepository::updateShape(const Claim &claim)
{
    return m_db.changeOne(QStringLiteral("UPDATE claims SET start_offset = ?, end_offset = ?, text = ?, kind = ?,"
                                         " origin = ?, prefix = ?, suffix = ?, orphaned = ?, updated_at = ?,"
                                         " text_key = ? WHERE id = ?"),
                          {claim.start, claim.end, text(claim.text), static_cast<int>(claim.kind),
                           static_cast<int>(claim.origin), text(claim.prefix), text(claim.suffix),
                           claim.orphaned ? 1 : 0, now(), claimTextKey(claim.text), claim.id},
                          noLongerExists());
}

bool ClaimRepository::fillTextKeys()
{
    QList<std::pair<Id, qint64>> keys;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, text FROM claims WHERE text_key IS NULL"));
    while (m_db.next(q)) {
        keys.append({q.value(0).toLongLong(), claimTextKey(q.value(1).toString())});
    }
    if (keys.isEmpty()) {
        return q.isActive();
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return false;
    }
    for (const auto &[id, key] : std::as_const(keys)) {
        if (!m_db.run(QStringLiteral("UPDATE claims SET text_key = ? WHERE id = ?"), {key, id})) {
            return false;
        }
    }
    return tx.commit();
}

bool ClaimRepository::remove(const QList<Id> &claimIds)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return false;
    }
    for (const Id id : claimIds) {
        if (!m_db.exec(QStringLiteral("DELETE FROM claims WHERE id = ?"), {id}).isActive()) {
            return false;
        }
    }
    return tx.commit();
}

QStringList ClaimRepository::dismissed(Id articleId)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT text FROM dismissed_units WHERE article_id = ? ORDER BY id"), {articleId});
    QStringList texts;
    while (m_db.next(q)) {
        texts.append(q.value(0).toString());
    }
    return texts;
}

bool ClaimRepository::setDismissed(Id articleId, const QStringList &texts)
{
    Transaction tx(m_db);
    if (!tx.isActive() ||
        !m_db.exec(QStringLiteral("DELETE FROM dismissed_units WHERE article_id = ?"), {articleId}).isActive()) {
        return false;
    }
    for (const QString &unit : texts) {
        if (!m_db.exec(QStringLiteral("INSERT INTO dismissed_units(article_id, text) VALUES (?,?)"),
                       {articleId, text(unit)})
                 .isActive()) {
            return false;
        }
    }
    return tx.commit();
}

} // namespace Credence::Core
