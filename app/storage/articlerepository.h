#pragma once

#include "domain/article.h"
#include "domain/articlesummary.h"

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
};

/// An article's body, details, corrections and claims with their verdict history, as stored: what undoing a body
/// change puts back exactly, ids included.
struct ArticleSnapshot
{
    Id articleId = 0;
    QString body;
    ArticleMetadata metadata;
    Corrections corrections;
    QList<Claim> claims;
    QList<HistoryRow> history;
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
    std::optional<ArticleSnapshot> snapshot(Id id);
    /// Puts an article back as @p snapshot holds it, in one transaction: its claims not in the snapshot go.
    bool restore(const ArticleSnapshot &snapshot);
    int count();

private:
    std::optional<Id> sourceId(const QString &name);
    std::optional<Id> authorId(const QString &name);

    Database &m_db;
};

} // namespace Credence::Core
