#pragma once

#include "domain/author.h"

#include <QList>
#include <QVariantList>

#include <optional>

namespace Credence::Core {

class Database;

/// Which author each of some articles had: what undoing a merge or an edit of authors puts back.
struct ArticleAuthor
{
    Id articleId = 0;
    Id authorId = 0;

    bool operator==(const ArticleAuthor &) const = default;
};

/// Authors @p ids as they were, with the articles that pointed at them.
struct AuthorsSnapshot
{
    QList<Id> ids;
    QList<Author> records;
    QList<ArticleAuthor> articles;

    bool operator==(const AuthorsSnapshot &) const = default;
};

/// Author records and changes to them.
class AuthorRepository
{
public:
    explicit AuthorRepository(Database &db)
        : m_db(db)
    {}

    /// Every author with articles or a record the user wrote to (notes, other names), by name, with counts. A byline
    /// no article has any more stays in the table (undo may bring its articles back under the same id) but is not
    /// listed.
    QList<AuthorSummary> all();
    /// The author of article @p articleId with its counts: what a verdict on that article can change.
    std::optional<AuthorSummary> summaryOfArticleAuthor(Id articleId);
    std::optional<Author> get(Id authorId);
    /// The author called @p name, by name or by one of its other names (case aside), or 0.
    Id idByName(const QString &name);
    /// Stores @p author's fields; false when its name is another author's.
    bool update(const Author &author);
    /// Moves every article of @p from to @p to, then removes @p from.
    bool mergeInto(Id from, Id to);

    std::optional<AuthorsSnapshot> snapshot(const QList<Id> &ids);
    /// Puts the authors of @p state back as they were, with their articles; call inside a transaction.
    bool restore(const AuthorsSnapshot &state);

private:
    QList<AuthorSummary> read(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace Credence::Core
