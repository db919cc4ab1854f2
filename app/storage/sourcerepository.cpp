#include "sourcerepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Credence::Core {

namespace {

QList<SourceTally> readTallies(Database &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT s.id, s.name,"
                                         " (SELECT count(*) FROM articles a WHERE a.source_id = s.id),"
                                         " count(c.id) FILTER (WHERE c.verdict = 1),"
                                         " count(c.id) FILTER (WHERE c.verdict = 2),"
                                         " count(c.id) FILTER (WHERE c.verdict = 3),"
                                         " count(c.id) FILTER (WHERE c.verdict = 0)"
                                         " FROM sources s LEFT JOIN articles a ON a.source_id = s.id"
                                         " LEFT JOIN claims c ON c.article_id = a.id ") +
                              where +
                              // A source only credited as another's origin has no articles, so no score.
                              QStringLiteral(" GROUP BY s.id HAVING count(a.id) > 0 ORDER BY s.name COLLATE NOCASE"),
                          values);
    QList<SourceTally> result;
    while (db.next(q)) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                       q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt()});
    }
    return result;
}

} // namespace

QList<SourceTally> SourceRepository::tallies()
{
    return readTallies(m_db, QString(), {});
}

std::optional<SourceTally> SourceRepository::tallyOfArticleSource(Id articleId)
{
    const QList<SourceTally> one =
        readTallies(m_db, QStringLiteral("WHERE s.id = (SELECT source_id FROM articles WHERE id = ?)"), {articleId});
    return one.isEmpty() ? std::nullopt : std::optional<SourceTally>(one.first());
}

} // namespace Credence::Core
