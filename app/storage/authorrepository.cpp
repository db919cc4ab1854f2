#include "authorrepository.h"

#include "bindvalues.h"
#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Credence::Core {

namespace {

const QString AuthorColumns = QStringLiteral("SELECT id, name, aliases, notes FROM authors ");

Author authorFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString().split(u'\n', Qt::SkipEmptyParts),
            q.value(3).toString()};
}

QString noLongerExists()
{
    return QCoreApplication::translate("Credence::Core::AuthorRepository", "The author no longer exists.");
}

} // namespace

QList<AuthorSummary> AuthorRepository::read(const QString &where, const QVariantList &values)
{
    QList<AuthorSummary> authors;
    // Sources one a line, so a source's name with a comma stays one name.
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT au.id, au.name, au.aliases, au.notes, count(DISTINCT a.id),"
                                           " (SELECT group_concat(name, char(10)) FROM (SELECT DISTINCT s.name"
                                           "  FROM articles a JOIN sources s ON s.id = a.source_id"
                                           "  WHERE a.author_id = au.id ORDER BY s.name COLLATE NOCASE)),"
                                           " count(DISTINCT a.id) FILTER (WHERE a.source_id IS NULL),"
                                           " count(c.id) FILTER (WHERE c.verdict = 1),"
                                           " count(c.id) FILTER (WHERE c.verdict = 2),"
                                           " count(c.id) FILTER (WHERE c.verdict = 0)"
                                           " FROM authors au LEFT JOIN articles a ON a.author_id = au.id"
                                           " LEFT JOIN claims c ON c.article_id = a.id ") +
                                where +
                                QStringLiteral(" GROUP BY au.id HAVING count(a.id) > 0 OR au.notes <> '' OR"
                                               " au.aliases <> '' ORDER BY au.name COLLATE NOCASE"),
                            values);
    while (m_db.next(q)) {
        authors.append({authorFromRow(q), q.value(4).toInt(), q.value(5).toString().split(u'\n', Qt::SkipEmptyParts),
                        q.value(6).toInt(), q.value(7).toInt(), q.value(8).toInt(), q.value(9).toInt()});
    }
    return authors;
}

QList<AuthorSummary> AuthorRepository::all()
{
    return read(QString(), {});
}

std::optional<AuthorSummary> AuthorRepository::summaryOfArticleAuthor(Id articleId)
{
    const QList<AuthorSummary> one =
        read(QStringLiteral("WHERE au.id = (SELECT author_id FROM articles WHERE id = ?)"), {articleId});
    return one.isEmpty() ? std::nullopt : std::optional<AuthorSummary>(one.first());
}

std::optional<Author> AuthorRepository::get(Id authorId)
{
    QSqlQuery q = m_db.exec(AuthorColumns + QStringLiteral("WHERE id = ?"), {authorId});
    return m_db.next(q) ? std::optional<Author>(authorFromRow(q)) : std::nullopt;
}

Id AuthorRepository::idByName(const QString &name)
{
    // Asked for every article imported: the name first, by its unique index (it compares without case: COLLATE
    // NOCASE); other names, stored one a line, only when no author has it as a name.
    if (const QVariant id = m_db.runValue(QStringLiteral("SELECT id FROM authors WHERE name = ?"), {text(name)});
        id.isValid()) {
        return id.toLongLong();
    }
    return m_db
        .runValue(QStringLiteral("SELECT id FROM authors WHERE aliases <> '' AND instr(char(10) || lower(aliases) ||"
                                 " char(10), char(10) || lower(?) || char(10)) > 0 ORDER BY id LIMIT 1"),
                  {text(name)})
        .toLongLong();
}

bool AuthorRepository::update(const Author &author)
{
    return m_db.changeOne(QStringLiteral("UPDATE authors SET name = ?, aliases = ?, notes = ? WHERE id = ?"),
                          {text(author.name), text(author.aliases.join(u'\n')), text(author.notes), author.id},
                          noLongerExists());
}

bool AuthorRepository::mergeInto(Id from, Id to)
{
    return m_db.exec(QStringLiteral("UPDATE articles SET author_id = ? WHERE author_id = ?"), {to, from}).isActive() &&
           m_db.exec(QStringLiteral("DELETE FROM authors WHERE id = ?"), {from}).isActive();
}

std::optional<AuthorsSnapshot> AuthorRepository::snapshot(const QList<Id> &ids)
{
    const int errors = m_db.errorCount();
    AuthorsSnapshot state;
    state.ids = ids;
    const QString in = idList(ids);
    QSqlQuery records = m_db.exec(AuthorColumns + QStringLiteral("WHERE id IN (%1) ORDER BY id").arg(in));
    while (m_db.next(records)) {
        state.records.append(authorFromRow(records));
    }
    QSqlQuery articles =
        m_db.exec(QStringLiteral("SELECT id, author_id FROM articles WHERE author_id IN (%1) ORDER BY id").arg(in));
    while (m_db.next(articles)) {
        state.articles.append({articles.value(0).toLongLong(), articles.value(1).toLongLong()});
    }
    return m_db.errorCount() == errors ? std::optional<AuthorsSnapshot>(state) : std::nullopt;
}

bool AuthorRepository::restore(const AuthorsSnapshot &state)
{
    // Records first, under a name no record has, so that two authors trading names do not collide on the way.
    for (const Author &author : state.records) {
        const QString placeholder = QStringLiteral("\u0001restoring %1").arg(author.id);
        const bool exists = get(author.id).has_value();
        if (!(exists
                  ? m_db.exec(QStringLiteral("UPDATE authors SET name = ? WHERE id = ?"), {placeholder, author.id})
                  : m_db.exec(QStringLiteral("INSERT INTO authors(id, name) VALUES (?, ?)"), {author.id, placeholder}))
                 .isActive()) {
            return false;
        }
    }
    for (const Author &author : state.records) {
        if (!update(author)) {
            return false;
        }
    }
    for (const ArticleAuthor &article : state.articles) {
        if (!m_db.exec(QStringLiteral("UPDATE articles SET author_id = ? WHERE id = ?"),
                       {article.authorId, article.articleId})
                 .isActive()) {
            return false;
        }
    }
    // Authors of the state that did not exist in it: their articles have moved back above.
    QList<Id> present;
    for (const Author &author : state.records) {
        present.append(author.id);
    }
    return m_db
        .exec(QStringLiteral("DELETE FROM authors WHERE id IN (%1) AND id NOT IN (%2)")
                  .arg(idList(state.ids), idList(present)))
        .isActive();
}

} // namespace Credence::Core
