#include "articlerepository.h"

#include "authorrepository.h"
#include "bindvalues.h"
#include "database.h"
#include "originindex.h"
#include "signalindex.h"
#include "sources/sourcenames.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Credence::Core {

namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nowValue()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

std::optional<Id> ArticleRepository::sourceFor(const QString &name, const QString &url, Id previousId)
{
    QString domain = domainOf(name);
    QString newName = sourceNameOf(name);
    if (newName.isEmpty()) {
        domain = domainOf(url);
        newName = domain;
    }
    if (newName.isEmpty()) {
        return Id(0);
    }
    // An agency by its usual name: "Associated Press" on its own site and "(AP)" in a reprint are one source.
    if (const QString agency = newsAgencyName(newName); !agency.isEmpty()) {
        newName = agency;
    }
    // Domains and other names are stored one a line.
    const int errors = m_db.errorCount();
    QVariant id = m_db.scalar(
        QStringLiteral("SELECT id FROM sources WHERE (? <> '' AND instr(char(10) || domains || char(10),"
                       " char(10) || ? || char(10)) > 0) OR name = ? OR instr(char(10) || lower(aliases) || char(10),"
                       " char(10) || lower(?) || char(10)) > 0"
                       " ORDER BY (? <> '' AND instr(char(10) || domains || char(10), char(10) || ? || char(10)) > 0)"
                       " DESC, id LIMIT 1"),
        {text(domain), text(domain), newName, newName, text(domain), text(domain)});
    if (m_db.errorCount() != errors) {
        return std::nullopt;
    }
    if (id.isValid()) {
        return id.toLongLong();
    }
    if (previousId && !m_db.exec(QStringLiteral("INSERT OR IGNORE INTO sources(id, name, domains) VALUES (?, ?, ?)"),
                                 {previousId, newName, text(domain)})
                           .isActive()) {
        return std::nullopt;
    }
    // A news agency's copy is wire copy: the kind the sources view and origin counting go by.
    if (!m_db.exec(QStringLiteral(
                       "INSERT INTO sources(name, domains, kind) VALUES (?, ?, ?) ON CONFLICT(name) DO NOTHING"),
                   {newName, text(domain), isNewsAgency(newName) ? QStringLiteral("wire") : QStringLiteral("outlet")})
             .isActive()) {
        return std::nullopt;
    }
    id = m_db.scalar(QStringLiteral("SELECT id FROM sources WHERE name = ?"), {newName});
    return id.isValid() ? std::optional<Id>(id.toLongLong()) : std::nullopt;
}

bool ArticleRepository::removeUnusedSources()
{
    return m_db
        .exec(
            QStringLiteral("DELETE FROM sources WHERE notes = '' AND aliases = '' AND grade = ''"
                           " AND id NOT IN (SELECT source_id FROM articles WHERE source_id IS NOT NULL)"
                           " AND id NOT IN (SELECT origin_source_id FROM articles WHERE origin_source_id IS NOT NULL)"))
        .isActive();
}

std::optional<Id> ArticleRepository::authorId(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Id(0);
    }
    // A byline another author's record lists among its other names (a merge put it there) is that author.
    const int errors = m_db.errorCount();
    if (const Id known = AuthorRepository(m_db).idByName(trimmed)) {
        return known;
    }
    if (m_db.errorCount() != errors ||
        !m_db.run(QStringLiteral("INSERT INTO authors(name) VALUES (?) ON CONFLICT(name) DO NOTHING"), {trimmed})) {
        return std::nullopt;
    }
    const QVariant id = m_db.runValue(QStringLiteral("SELECT id FROM authors WHERE name = ?"), {trimmed});
    return id.isValid() ? std::optional<Id>(id.toLongLong()) : std::nullopt;
}

std::optional<Id> ArticleRepository::insert(const Article &article, const QList<Claim> &claims,
                                            const std::optional<QStringList> &captions)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return std::nullopt;
    }
    const bool restoring = article.id && article.imported.isValid();
    const auto source = sourceFor(article.metadata.publication, article.metadata.url, restoring ? article.sourceId : 0);
    const auto origin = sourceFor(article.metadata.originalSource, QString(), restoring ? article.originSourceId : 0);
    const auto author = authorId(article.metadata.author);
    if (!source || !origin || !author) {
        return std::nullopt;
    }
    Id articleId = article.id;
    if (!articleId) {
        const auto reserved = m_db.reserveIds(IdTable::Articles);
        if (!reserved) {
            return std::nullopt;
        }
        articleId = *reserved;
    }
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO articles(id, source_id, author_id, title, published, url, body, raw, raw_format,"
                       " file_name, content_hash, imported_at, standfirst, original_source, language, corrections,"
                       " origin_source_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {articleId, idOrNull(*source), *author ? QVariant(*author) : QVariant(QMetaType::fromType<qint64>()),
         text(article.metadata.title), dateValue(article.metadata.published), text(article.metadata.url),
         text(article.body), article.raw, text(article.rawFormat), text(article.fileName), article.contentHash,
         article.imported.isValid() ? QVariant(article.imported.toString(Qt::ISODateWithMs)) : nowValue(),
         text(article.metadata.standfirst), text(article.metadata.originalSource), text(article.metadata.language),
         article.corrections.toJson(), idOrNull(*origin != *source ? *origin : 0)});
    if (!q.isActive()) {
        return std::nullopt;
    }
    ClaimRepository claimRows(m_db);
    for (const Claim &claim : claims) {
        if (!claimRows.insert(articleId, claim)) {
            return std::nullopt;
        }
    }
    if (!OriginIndex(m_db).add(articleId, article.body, !restoring)) {
        return std::nullopt;
    }
    SignalIndex signalIndex(m_db);
    if (captions) {
        ArticleText measured;
        measured.title = article.metadata.title;
        measured.body = article.body;
        for (const Claim &claim : claims) {
            if (!claim.orphaned) {
                measured.claims.append(claim.text);
            }
        }
        measured.byline = article.metadata.author;
        measured.published = article.metadata.published;
        measured.captions = *captions;
        measured.language = article.metadata.language;
        if (!signalIndex.add(articleId, measured)) {
            return std::nullopt;
        }
    } else if (!signalIndex.measureIfMissing(articleId)) {
        return std::nullopt;
    }
    if (!tx.commit()) {
        return std::nullopt;
    }
    return articleId;
}

std::optional<Article> ArticleRepository::get(Id id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT a.id, a.source_id, a.title, coalesce(s.name, ''),"
                                           " coalesce(au.name, ''), a.published, a.url, a.body, a.raw, a.raw_format,"
                                           " a.file_name, a.content_hash, a.imported_at, a.standfirst,"
                                           " a.original_source, a.language, a.corrections, a.origin_source_id,"
                                           " coalesce(o.name, '')"
                                           " FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
                                           " LEFT JOIN sources o ON o.id = a.origin_source_id"
                                           " LEFT JOIN authors au ON au.id = a.author_id WHERE a.id = ?"),
                            {id});
    if (!m_db.next(q)) {
        return std::nullopt;
    }
    Article a;
    a.id = q.value(0).toLongLong();
    a.sourceId = q.value(1).toLongLong();
    a.metadata.title = q.value(2).toString();
    a.metadata.publication = q.value(3).toString();
    a.metadata.author = q.value(4).toString();
    a.metadata.published = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    a.metadata.url = q.value(6).toString();
    a.body = q.value(7).toString();
    a.raw = q.value(8).toByteArray();
    a.rawFormat = q.value(9).toString();
    a.fileName = q.value(10).toString();
    a.contentHash = q.value(11).toString();
    a.imported = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    a.metadata.standfirst = q.value(13).toString();
    a.metadata.originalSource = q.value(14).toString();
    a.metadata.language = q.value(15).toString();
    a.corrections = Corrections::fromJson(q.value(16).toString());
    a.originSourceId = q.value(17).toLongLong();
    a.originSource = q.value(18).toString();
    return a;
}

namespace {

QList<ArticleSummary> readSummaries(Database &db, const QString &where, const QVariantList &values)
{
    // Unassigned articles (no source) first: they are the ones waiting for a decision.
    const QString order =
        QStringLiteral(" ORDER BY coalesce(s.name, '') COLLATE NOCASE, a.published, a.title COLLATE NOCASE, a.id");
    const QString joins = QStringLiteral(" FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
                                         " LEFT JOIN sources o ON o.id = a.origin_source_id"
                                         " LEFT JOIN authors au ON au.id = a.author_id ");
    const int errors = db.errorCount();
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT a.id, a.title, coalesce(s.name, ''), coalesce(au.name, ''), a.published,"
                               " coalesce(o.name, ''),"
                               " (SELECT count(*) FROM claims c WHERE c.article_id = a.id),"
                               " (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.verdict <> 0),"
                               " coalesce(a.source_id, 0), coalesce(a.author_id, 0), coalesce(a.url, '')") +
                    joins + where + order,
                values);
    QList<ArticleSummary> result;
    while (db.next(q)) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(6).toInt(), q.value(7).toInt(),
                       q.value(5).toString(), q.value(8).toLongLong(), q.value(9).toLongLong(),
                       q.value(10).toString()});
    }
    if (db.errorCount() == errors || !db.isDamaged()) {
        return result;
    }
    // A damaged project: damaged pages of claims must not hide the articles. List them without their counts, then
    // count each one's claims on its own, so only the articles whose claims sit on damaged pages lack figures.
    result.clear();
    q = db.exec(QStringLiteral(
                    "SELECT a.id, a.title, coalesce(s.name, ''), coalesce(au.name, ''), a.published,"
                    " coalesce(o.name, ''), coalesce(a.source_id, 0), coalesce(a.author_id, 0), coalesce(a.url, '')") +
                    joins + where + order,
                values);
    while (db.next(q)) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       QDate::fromString(q.value(4).toString(), Qt::ISODate), 0, 0, q.value(5).toString(),
                       q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toString()});
    }
    for (ArticleSummary &summary : result) {
        QSqlQuery counts = db.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE verdict <> 0) FROM claims"
                                                  " WHERE article_id = ?"),
                                   {summary.id});
        if (db.next(counts)) {
            summary.claims = counts.value(0).toInt();
            summary.checked = counts.value(1).toInt();
        }
    }
    return result;
}

} // namespace

QList<ArticleSummary> ArticleRepository::list()
{
    return readSummaries(m_db, QString(), {});
}

std::optional<ArticleSummary> ArticleRepository::summary(Id id)
{
    const QList<ArticleSummary> one = readSummaries(m_db, QStringLiteral("WHERE a.id = ?"), {id});
    return one.isEmpty() ? std::nullopt : std::optional<ArticleSummary>(one.first());
}

std::optional<Id> ArticleRepository::findByHash(const QString &contentHash)
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM articles WHERE content_hash = ?"), {contentHash});
    return id.isValid() ? std::optional<Id>(id.toLongLong()) : std::nullopt;
}

bool ArticleRepository::updateMetadata(Id id, const ArticleMetadata &metadata)
{
    Transaction tx(m_db);
    return tx.isActive() && storeMetadata(id, metadata) && SignalIndex(m_db).measureIfMissing(id) && tx.commit();
}

bool ArticleRepository::storeMetadata(Id id, const ArticleMetadata &metadata)
{
    const auto source = sourceFor(metadata.publication, metadata.url);
    const auto origin = sourceFor(metadata.originalSource, QString());
    const auto author = authorId(metadata.author);
    if (!source || !origin || !author) {
        return false;
    }
    if (!m_db.exec(QStringLiteral("UPDATE articles SET source_id = ?, author_id = ?, title = ?, published = ?, url = ?,"
                                  " standfirst = ?, original_source = ?, language = ?, origin_source_id = ?"
                                  " WHERE id = ?"),
                   {idOrNull(*source), *author ? QVariant(*author) : QVariant(QMetaType::fromType<qint64>()),
                    text(metadata.title), dateValue(metadata.published), text(metadata.url), text(metadata.standfirst),
                    text(metadata.originalSource), text(metadata.language), idOrNull(*origin != *source ? *origin : 0),
                    id})
             .isActive()) {
        return false;
    }
    return removeUnusedSources();
}

bool ArticleRepository::setCorrections(Id id, const Corrections &corrections)
{
    return m_db.exec(QStringLiteral("UPDATE articles SET corrections = ? WHERE id = ?"), {corrections.toJson(), id})
        .isActive();
}

bool ArticleRepository::replaceBody(Id id, const QString &body, const QList<Claim> &claims)
{
    Transaction tx(m_db);
    if (!tx.isActive() ||
        !m_db.exec(QStringLiteral("UPDATE articles SET body = ? WHERE id = ?"), {text(body), id}).isActive()) {
        return false;
    }
    QStringList kept;
    for (const Claim &claim : claims) {
        if (claim.id) {
            kept.append(QString::number(claim.id));
        }
    }
    // The ids are ours (numbers), not user input: safe to inline in the statement.
    if (!m_db.exec(QStringLiteral("DELETE FROM claims WHERE article_id = ? AND id NOT IN (%1)")
                       .arg(kept.isEmpty() ? QStringLiteral("0") : kept.join(QLatin1Char(','))),
                   {id})
             .isActive()) {
        return false;
    }
    ClaimRepository claimRows(m_db);
    for (const Claim &claim : claims) {
        if (!(claim.id ? claimRows.updateShape(claim) : claimRows.insert(id, claim).has_value())) {
            return false;
        }
    }
    return OriginIndex(m_db).add(id, body) && SignalIndex(m_db).measureIfMissing(id) && tx.commit();
}

bool ArticleRepository::remove(Id id)
{
    Transaction tx(m_db);
    return tx.isActive() && m_db.exec(QStringLiteral("DELETE FROM articles WHERE id = ?"), {id}).isActive() &&
           removeUnusedSources() && tx.commit();
}

std::optional<ArticleSnapshot> ArticleRepository::snapshot(Id id)
{
    const int errors = m_db.errorCount();
    const auto article = get(id);
    if (!article) {
        return std::nullopt;
    }
    ClaimRepository claims(m_db);
    EvidenceRepository evidence(m_db);
    ArticleSnapshot snapshot{id,
                             article->body,
                             article->metadata,
                             article->corrections,
                             claims.forArticle(id),
                             claims.historyRows(id),
                             claims.dismissed(id),
                             evidence.forArticle(id, EvidenceRepository::Bytes::With),
                             evidence.linksInto(id)};
    if (m_db.errorCount() != errors) {
        return std::nullopt;
    }
    return snapshot;
}

bool ArticleRepository::restore(const ArticleSnapshot &snapshot)
{
    Transaction tx(m_db);
    if (!tx.isActive() ||
        !m_db.exec(QStringLiteral("DELETE FROM claims WHERE article_id = ?"), {snapshot.articleId}).isActive() ||
        !m_db.exec(QStringLiteral("UPDATE articles SET body = ? WHERE id = ?"),
                   {text(snapshot.body), snapshot.articleId})
             .isActive() ||
        !storeMetadata(snapshot.articleId, snapshot.metadata) ||
        !setCorrections(snapshot.articleId, snapshot.corrections)) {
        return false;
    }
    ClaimRepository claims(m_db);
    for (const Claim &claim : snapshot.claims) {
        if (!claims.insert(snapshot.articleId, claim)) {
            return false;
        }
    }
    for (const HistoryRow &row : snapshot.history) {
        if (!insertHistory(m_db, row)) {
            return false;
        }
    }
    // Deleting the claims took their evidence with them and cut the links into them: both come back from the
    // snapshot, after every claim a link may point at is in place.
    EvidenceRepository evidence(m_db);
    for (const Evidence &item : snapshot.evidence) {
        if (!evidence.insert(item)) {
            return false;
        }
    }
    return evidence.relink(snapshot.incomingLinks) && claims.setDismissed(snapshot.articleId, snapshot.dismissed) &&
           OriginIndex(m_db).add(snapshot.articleId, snapshot.body) &&
           SignalIndex(m_db).measureIfMissing(snapshot.articleId) && tx.commit();
}

int ArticleRepository::count()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt();
}

} // namespace Credence::Core
