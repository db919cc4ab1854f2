#include "originindex.h"

#include "database.h"
#include "derivedtable.h"
#include "origins/minhash.h"

#include <QSqlQuery>
#include <QStringList>

namespace Credence::Core {

namespace {

constexpr int LeastSharedBands = 1;
constexpr int MostCandidates = 64;

const QStringList &triggers()
{
    static const QStringList all = {
        QStringLiteral("CREATE TRIGGER origin_articles_delete AFTER DELETE ON articles BEGIN"
                       " DELETE FROM origin_bands WHERE key IN (SELECT value FROM json_each((SELECT bands FROM"
                       " origin_signatures WHERE article_id = old.id))) AND article_id = old.id;"
                       " DELETE FROM origin_signatures WHERE article_id = old.id;"
                       " DELETE FROM origin_pairs WHERE first = old.id OR second = old.id; END"),
        // A changed body is signed again at the next open (ensure()); until then it is in no pair.
        QStringLiteral("CREATE TRIGGER origin_articles_body AFTER UPDATE OF body ON articles"
                       " WHEN old.body IS NOT new.body BEGIN"
                       " DELETE FROM origin_bands WHERE key IN (SELECT value FROM json_each((SELECT bands FROM"
                       " origin_signatures WHERE article_id = old.id))) AND article_id = old.id;"
                       " DELETE FROM origin_signatures WHERE article_id = old.id;"
                       " DELETE FROM origin_pairs WHERE first = old.id OR second = old.id; END"),
    };
    return all;
}

} // namespace

bool OriginIndex::isCurrent()
{
    const int errors = m_db.errorCount();
    const int objects = m_db.scalar(QStringLiteral("SELECT count(*) FROM main.sqlite_master WHERE name IN"
                                                   " ('origin_signatures', 'origin_bands', 'origin_pairs',"
                                                   " 'origin_meta', 'origin_articles_delete', 'origin_articles_body')"))
                            .toInt();
    if (objects != 6 || m_db.errorCount() != errors) {
        return false;
    }
    const QVariant version = m_db.scalar(QStringLiteral("SELECT value FROM origin_meta WHERE key = 'version'"));
    return m_db.errorCount() == errors && version.toInt() == Version;
}

bool OriginIndex::remove()
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return false;
    }
    return DerivedTable::execAll(m_db, {QStringLiteral("DROP TRIGGER IF EXISTS origin_articles_delete"),
                                        QStringLiteral("DROP TRIGGER IF EXISTS origin_articles_body"),
                                        QStringLiteral("DROP TABLE IF EXISTS origin_signatures"),
                                        QStringLiteral("DROP TABLE IF EXISTS origin_bands"),
                                        QStringLiteral("DROP TABLE IF EXISTS origin_pairs"),
                                        QStringLiteral("DROP TABLE IF EXISTS origin_meta")}) &&
           tx.commit();
}

bool OriginIndex::create()
{
    Transaction tx(m_db);
    if (!tx.isActive() || !remove()) {
        return false;
    }
    const QStringList statements = {
        // An empty signature: a body too short to sign, kept so it is not tried again at every open.
        // bands: the article's band keys as a JSON array, by which its rows of origin_bands are found to remove them.
        QStringLiteral("CREATE TABLE origin_signatures (article_id INTEGER PRIMARY KEY, signature BLOB NOT NULL,"
                       " bands TEXT NOT NULL DEFAULT '[]')"),
        // One b-tree by key, for the look-ups; an article's rows are removed by their keys (origin_signatures.bands),
        // so no index by article, which would double what storing an article's 32 band rows costs.
        QStringLiteral("CREATE TABLE origin_bands (key INTEGER NOT NULL, article_id INTEGER NOT NULL,"
                       " PRIMARY KEY (key, article_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE origin_pairs (first INTEGER NOT NULL, second INTEGER NOT NULL,"
                       " similarity REAL NOT NULL, PRIMARY KEY (first, second)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX origin_pairs_second ON origin_pairs(second)"),
        QStringLiteral("CREATE TABLE origin_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
    if (!DerivedTable::execAll(m_db, statements + triggers())) {
        return false;
    }
    return m_db.exec(QStringLiteral("INSERT INTO origin_meta(key, value) VALUES ('version', ?)"), {Version})
               .isActive() &&
           tx.commit();
}

bool OriginIndex::ensure()
{
    if (m_db.isReadOnly()) {
        return isCurrent();
    }
    if (!isCurrent() && !create()) {
        return false;
    }
    return catchUp();
}

bool OriginIndex::catchUp()
{
    return DerivedTable::catchUp(m_db, QStringLiteral("origin_signatures"), [this](Id id) {
        const QString body = m_db.scalar(QStringLiteral("SELECT body FROM articles WHERE id = ?"), {id}).toString();
        return add(id, body, false);
    });
}

bool OriginIndex::add(Id articleId, const QString &body, bool isNew)
{
    if (!m_db.runValue(QStringLiteral("SELECT 1 FROM main.sqlite_master WHERE name = 'origin_signatures'")).isValid()) {
        return true; // no origin tables yet: ensure() signs the article at the next open
    }
    // Signed before (a body put back as it was): its rows are made anew.
    if (!isNew &&
        (!m_db.exec(QStringLiteral("DELETE FROM origin_bands WHERE key IN (SELECT value FROM json_each((SELECT bands"
                                   " FROM origin_signatures WHERE article_id = ?))) AND article_id = ?"),
                    {articleId, articleId})
              .isActive() ||
         !m_db.exec(QStringLiteral("DELETE FROM origin_pairs WHERE first = ? OR second = ?"), {articleId, articleId})
              .isActive())) {
        return false;
    }
    const MinHash signature = MinHash::of(body);
    const QList<qint64> keys = signature.isEmpty() ? QList<qint64>() : signature.bandKeys();
    QStringList keyTexts;
    for (const qint64 key : keys) {
        keyTexts.append(QString::number(key));
    }
    if (!m_db.run(QStringLiteral("INSERT OR REPLACE INTO origin_signatures(article_id, signature, bands)"
                                 " VALUES (?, ?, ?)"),
                  {articleId, signature.toBytes().isEmpty() ? QByteArray("") : signature.toBytes(),
                   QString(QLatin1Char('[') + keyTexts.join(QLatin1Char(',')) + QLatin1Char(']'))})) {
        return false;
    }
    if (signature.isEmpty()) {
        return true;
    }
    QVariantList values;
    QStringList marks;
    for (const qint64 key : keys) {
        values.append(key);
        marks.append(QStringLiteral("?"));
    }
    values.append(articleId);
    // Candidates share a band, most shared first, and only so many: a text of stock phrases shares a band with half
    // the project, and each candidate costs a comparison.
    QList<std::pair<Id, double>> alike;
    if (!m_db.runEach(QStringLiteral("SELECT c.article_id, s.signature FROM"
                                     " (SELECT article_id, count(*) AS shared FROM origin_bands"
                                     "  WHERE key IN (%1) AND article_id <> ? GROUP BY article_id"
                                     "  HAVING shared >= %2 ORDER BY shared DESC, article_id LIMIT %3) c"
                                     " JOIN origin_signatures s ON s.article_id = c.article_id")
                          .arg(marks.join(QLatin1Char(',')))
                          .arg(LeastSharedBands)
                          .arg(MostCandidates),
                      values, [&](const QSqlQuery &candidate) {
                          const double similarity =
                              signature.estimate(MinHash::fromBytes(candidate.value(1).toByteArray()));
                          if (similarity >= SameOrigin) {
                              alike.append({candidate.value(0).toLongLong(), similarity});
                          }
                      })) {
        return false;
    }
    for (const auto &[other, similarity] : std::as_const(alike)) {
        if (!m_db.run(QStringLiteral("INSERT OR REPLACE INTO origin_pairs(first, second, similarity) VALUES (?, ?, ?)"),
                      {qMin(articleId, other), qMax(articleId, other), similarity})) {
            return false;
        }
    }
    // One statement for all the bands.
    QVariantList rows;
    QStringList rowMarks;
    for (const qint64 key : keys) {
        rows.append(key);
        rows.append(articleId);
        rowMarks.append(QStringLiteral("(?, ?)"));
    }
    return m_db.run(
        QStringLiteral("INSERT INTO origin_bands(key, article_id) VALUES ") + rowMarks.join(QLatin1Char(',')), rows);
}

QList<NearDuplicate> OriginIndex::nearDuplicates()
{
    QList<NearDuplicate> pairs;
    if (!isCurrent()) {
        return pairs;
    }
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT first, second, similarity FROM origin_pairs"));
    while (m_db.next(q)) {
        pairs.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDouble()});
    }
    return pairs;
}

} // namespace Credence::Core
