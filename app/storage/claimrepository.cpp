#include "claimrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Credence::Core {

namespace {

const QString ClaimColumns =
    QStringLiteral("SELECT id, article_id, start_offset, end_offset, text, verdict, note, updated_at FROM claims ");

Claim claimFromRow(const QSqlQuery &q)
{
    Claim c;
    c.id = q.value(0).toLongLong();
    c.articleId = q.value(1).toLongLong();
    c.start = q.value(2).toInt();
    c.end = q.value(3).toInt();
    c.text = q.value(4).toString();
    c.verdict = verdictFromInt(q.value(5).toInt()).value_or(Verdict::Unverified);
    c.note = q.value(6).toString();
    c.updated = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    return c;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

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

std::optional<Claim> ClaimRepository::get(Id claimId)
{
    QSqlQuery q = m_db.exec(ClaimColumns + QStringLiteral("WHERE id = ?"), {claimId});
    return m_db.next(q) ? std::optional<Claim>(claimFromRow(q)) : std::nullopt;
}

bool ClaimRepository::setVerdict(Id claimId, Verdict verdict)
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
        m_db.setError(QCoreApplication::translate("Credence::Core::ClaimRepository", "The claim no longer exists."));
        return false;
    }
    if (old.toInt() == static_cast<int>(verdict)) {
        return tx.commit();
    }
    const QString at = now();
    return m_db.exec(QStringLiteral("UPDATE claims SET verdict = ?, updated_at = ? WHERE id = ?"),
                     {static_cast<int>(verdict), at, claimId})
               .isActive() &&
           m_db.exec(QStringLiteral("INSERT INTO verdict_history(claim_id, old_verdict, new_verdict, changed_at)"
                                    " VALUES (?,?,?,?)"),
                     {claimId, old.toInt(), static_cast<int>(verdict), at})
               .isActive() &&
           tx.commit();
}

bool ClaimRepository::setVerdicts(const QList<std::pair<Id, Verdict>> &verdicts)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return false;
    }
    for (const auto &[claimId, verdict] : verdicts) {
        if (!setVerdict(claimId, verdict)) { // a savepoint inside this transaction
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
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE claims SET note = ?, updated_at = ? WHERE id = ?"),
                            {note.isNull() ? QStringLiteral("") : note, now(), claimId});
    if (!q.isActive()) {
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_db.setError(QCoreApplication::translate("Credence::Core::ClaimRepository", "The claim no longer exists."));
        return false;
    }
    return tx.commit();
}

QList<VerdictChange> ClaimRepository::history(Id claimId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT old_verdict, new_verdict, changed_at FROM verdict_history"
                                           " WHERE claim_id = ? ORDER BY id"),
                            {claimId});
    QList<VerdictChange> changes;
    while (m_db.next(q)) {
        changes.append({verdictFromInt(q.value(0).toInt()).value_or(Verdict::Unverified),
                        verdictFromInt(q.value(1).toInt()).value_or(Verdict::Unverified),
                        QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
    }
    return changes;
}

} // namespace Credence::Core
