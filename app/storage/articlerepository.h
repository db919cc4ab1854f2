#pragma once

#include "domain/article.h"

#include <optional>

namespace Credence::Core {

class Database;

/// One row of the article list: what a person needs to pick an article, without its body.
struct ArticleSummary
{
    Id id = 0;
    QString title;
    QString publication;
    QString author;
    QDate published;
    int claims = 0;
    int decided = 0;
};

/// Stores articles with their claims, and the sources and authors they name.
class ArticleRepository
{
public:
    explicit ArticleRepository(Database &db)
        : m_db(db)
    {}

    /// Inserts @p article and its @p claims in one transaction; returns the new id. The article's content hash must
    /// be new (see findByHash()).
    std::optional<Id> insert(const Article &article, const QList<Claim> &claims);
    std::optional<Article> get(Id id);
    QList<ArticleSummary> list();
    std::optional<ArticleSummary> summary(Id id);
    std::optional<Id> findByHash(const QString &contentHash);
    bool updateMetadata(Id id, const ArticleMetadata &metadata);
    bool setCorrections(Id id, const Corrections &corrections);
    /// Replaces the body and its claims in one transaction. Claims with an id keep it (and their verdict, note and
    /// history) at their new offsets; claims without one are added; the article's other claims are deleted.
    bool replaceBody(Id id, const QString &body, const QList<Claim> &claims);
    bool remove(Id id);
    int count();

private:
    std::optional<Id> sourceId(const QString &name);
    std::optional<Id> authorId(const QString &name);

    Database &m_db;
};

} // namespace Credence::Core
