#include "evidencerepository.h"

#include "bindvalues.h"
#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Credence::Core {

namespace {

const QString EvidenceColumns =
    QStringLiteral("SELECT e.id, e.claim_id, e.position, e.kind, e.stance, e.url, e.title, e.accessed, e.note,"
                   " e.linked_claim_id, e.file_name, e.media_type, e.file_size, e.sha256, e.archived_at,"
                   " e.created_at ");

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant idValue(Id id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Evidence evidenceFromRow(const QSqlQuery &q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.claimId = q.value(1).toLongLong();
    e.position = q.value(2).toInt();
    e.kind = evidenceKindFromInt(q.value(3).toInt()).value_or(EvidenceKind::Note);
    e.stance = evidenceStanceFromInt(q.value(4).toInt()).value_or(EvidenceStance::Context);
    e.url = q.value(5).toString();
    e.title = q.value(6).toString();
    e.accessed = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    e.note = q.value(8).toString();
    e.linkedClaimId = q.value(9).toLongLong();
    e.file.name = q.value(10).toString();
    e.file.mediaType = q.value(11).toString();
    e.file.size = q.value(12).toLongLong();
    e.file.sha256 = q.value(13).toString();
    e.file.archivedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    e.created = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
    return e;
}

QString noLongerExists()
{
    return QCoreApplication::translate("Credence::Core::EvidenceRepository", "The evidence item no longer exists.");
}

} // namespace

QList<Evidence> EvidenceRepository::read(const QString &where, const QVariantList &values, Bytes bytes)
{
    QSqlQuery q = m_db.exec(EvidenceColumns + QStringLiteral("FROM evidence e ") + where, values);
    QList<Evidence> items;
    while (m_db.next(q)) {
        items.append(evidenceFromRow(q));
    }
    if (bytes == Bytes::With) {
        for (Evidence &item : items) {
            if (item.kind == EvidenceKind::File) {
                // Never null, even for an empty file: null bytes mean "not read" to restore().
                const QByteArray stored = fileBytes(item.id).value_or(QByteArray());
                item.file.bytes = stored.isNull() ? QByteArray("") : stored;
            }
        }
    }
    return items;
}

QList<Evidence> EvidenceRepository::forClaim(Id claimId, Bytes bytes)
{
    return read(QStringLiteral("WHERE e.claim_id = ? ORDER BY e.position, e.id"), {claimId}, bytes);
}

QList<Evidence> EvidenceRepository::forArticle(Id articleId, Bytes bytes)
{
    return read(QStringLiteral("JOIN claims c ON c.id = e.claim_id WHERE c.article_id = ?"
                               " ORDER BY e.claim_id, e.position, e.id"),
                {articleId}, bytes);
}

std::optional<Evidence> EvidenceRepository::get(Id evidenceId, Bytes bytes)
{
    const QList<Evidence> one = read(QStringLiteral("WHERE e.id = ?"), {evidenceId}, bytes);
    return one.isEmpty() ? std::nullopt : std::optional<Evidence>(one.first());
}

std::optional<QByteArray> EvidenceRepository::fileBytes(Id evidenceId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT bytes FROM evidence_files WHERE id = ?"), {evidenceId});
    if (!m_db.next(q)) {
        return std::nullopt;
    }
    return q.value(0).toByteArray();
}

std::optional<int> EvidenceRepository::nextPosition(Id claimId)
{
    const QVariant last =
        m_db.scalar(QStringLiteral("SELECT coalesce(max(position), -1) FROM evidence WHERE claim_id = ?"), {claimId});
    return last.isValid() ? std::optional<int>(last.toInt() + 1) : std::nullopt;
}

std::optional<Id> EvidenceRepository::insert(const Evidence &item)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return std::nullopt;
    }
    Id id = item.id;
    if (!id) {
        const auto reserved = m_db.reserveIds(IdTable::Evidence);
        if (!reserved) {
            return std::nullopt;
        }
        id = *reserved;
    }
    const bool isFile = item.kind == EvidenceKind::File;
    const QDateTime created = item.created.isValid() ? item.created : QDateTime::currentDateTimeUtc();
    if (!m_db.exec(QStringLiteral("INSERT INTO evidence(id, claim_id, position, kind, stance, url, title, accessed,"
                                  " note, linked_claim_id, file_name, media_type, file_size, sha256, archived_at,"
                                  " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                   {id, item.claimId, item.position, static_cast<int>(item.kind), static_cast<int>(item.stance),
                    text(item.url), text(item.title), dateValue(item.accessed), text(item.note),
                    idValue(item.linkedClaimId), text(item.file.name), text(item.file.mediaType), item.file.size,
                    text(item.file.sha256), isFile ? timeValue(item.file.archivedAt) : timeValue({}),
                    timeValue(created)})
             .isActive()) {
        return std::nullopt;
    }
    // An empty file is archived too: bind it as an empty blob, not NULL.
    const QByteArray bytes = item.file.bytes.isNull() ? QByteArray("") : item.file.bytes;
    if (isFile &&
        !m_db.exec(QStringLiteral("INSERT INTO evidence_files(id, bytes) VALUES (?, ?)"), {id, bytes}).isActive()) {
        return std::nullopt;
    }
    if (!tx.commit()) {
        return std::nullopt;
    }
    return id;
}

bool EvidenceRepository::update(const Evidence &item)
{
    return m_db.changeOne(QStringLiteral("UPDATE evidence SET position = ?, stance = ?, url = ?, title = ?,"
                                         " accessed = ?, note = ?, linked_claim_id = ? WHERE id = ?"),
                          {item.position, static_cast<int>(item.stance), text(item.url), text(item.title),
                           dateValue(item.accessed), text(item.note), idValue(item.linkedClaimId), item.id},
                          noLongerExists());
}

bool EvidenceRepository::remove(const QList<Id> &evidenceIds)
{
    // evidence_files rows go with their items (ON DELETE CASCADE).
    return m_db.exec(QStringLiteral("DELETE FROM evidence WHERE id IN (%1)").arg(idList(evidenceIds))).isActive();
}

std::optional<EvidenceSnapshot> EvidenceRepository::snapshot(const QList<Id> &claimIds, const QList<Id> &touched)
{
    const int errors = m_db.errorCount();
    EvidenceSnapshot snapshot{claimIds, {}, {}};
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT id FROM evidence WHERE claim_id IN (%1) ORDER BY id").arg(idList(claimIds)));
    while (m_db.next(q)) {
        snapshot.present.append(q.value(0).toLongLong());
    }
    if (!touched.isEmpty()) {
        snapshot.items = read(QStringLiteral("WHERE e.id IN (%1) ORDER BY e.id").arg(idList(touched)), {}, Bytes::With);
    }
    if (m_db.errorCount() != errors) {
        return std::nullopt;
    }
    return snapshot;
}

bool EvidenceRepository::restore(const EvidenceSnapshot &snapshot)
{
    Transaction tx(m_db);
    if (!tx.isActive() || !m_db.exec(QStringLiteral("DELETE FROM evidence WHERE claim_id IN (%1) AND id NOT IN (%2)")
                                         .arg(idList(snapshot.claimIds), idList(snapshot.present)))
                               .isActive()) {
        return false;
    }
    for (const Evidence &item : snapshot.items) {
        const int errors = m_db.errorCount();
        const bool exists = m_db.scalar(QStringLiteral("SELECT 1 FROM evidence WHERE id = ?"), {item.id}).isValid();
        if (m_db.errorCount() != errors) {
            return false;
        }
        if (!exists && item.kind == EvidenceKind::File && item.file.bytes.isNull()) {
            m_db.setError(QCoreApplication::translate("Credence::Core::EvidenceRepository",
                                                      "The archived file of the evidence item was not kept."));
            return false;
        }
        if (!(exists ? update(item) : insert(item).has_value())) {
            return false;
        }
    }
    return tx.commit();
}

QList<IncomingLink> EvidenceRepository::linksInto(Id articleId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT e.id, e.linked_claim_id FROM evidence e"
                                           " JOIN claims target ON target.id = e.linked_claim_id"
                                           " JOIN claims owner ON owner.id = e.claim_id"
                                           " WHERE target.article_id = ? AND owner.article_id <> ? ORDER BY e.id"),
                            {articleId, articleId});
    QList<IncomingLink> links;
    while (m_db.next(q)) {
        links.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    return links;
}

bool EvidenceRepository::relink(const QList<IncomingLink> &links)
{
    for (const IncomingLink &link : links) {
        if (!m_db.exec(QStringLiteral("UPDATE evidence SET linked_claim_id = ? WHERE id = ?"),
                       {link.linkedClaimId, link.evidenceId})
                 .isActive()) {
            return false;
        }
    }
    return true;
}

QList<std::tuple<Id, Id, EvidenceStance>> EvidenceRepository::claimLinks()
{
    QList<std::tuple<Id, Id, EvidenceStance>> links;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT claim_id, linked_claim_id, stance FROM evidence"
                                           " WHERE kind = ? AND linked_claim_id IS NOT NULL ORDER BY id"),
                            {static_cast<int>(EvidenceKind::ClaimLink)});
    while (m_db.next(q)) {
        links.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                      evidenceStanceFromInt(q.value(2).toInt()).value_or(EvidenceStance::Context)});
    }
    return links;
}

} // namespace Credence::Core
