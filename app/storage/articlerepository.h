#pragma once

#include "domain/article.h"
#include "domain/articlesummary.h"
#include "storage/claimrepository.h"
#include "storage/evidencerepository.h"

#include <optional>

namespace Credence::Core {

class Database;

/// An article's body, details, corrections and claims with their history and evidence (archived bytes included),
/// the links other articles' claims have to them, and the units the user said are no claims, as stored: what undoing
/// a body or claim change or an article's removal puts back exactly, ids included.
struct ArticleSnapshot
{
    Id articleId = 0;
    QString body;
    ArticleMetadata metadata;
    Corrections corrections;
    QList<Claim> claims;
    QList<HistoryRow> history;
    QStringList dismissed;
    QList<Evidence> evidence;
    QList<IncomingLink> incomingLinks;
};

/// Stores articles with their claims, and the sources and authors they name.
class ArticleRepository
{
public:
    explicit ArticleRepository(Database &db)
        : m_db(db)
    {}

    /// Inserts @p article and its @p claims in one transaction; returns the new id. The article's content hash must
    /// be new (see findByHash()). An article with an id and an import time keeps both (undoing a deletion).
    /// @p captions: the image captions its extraction found, for the text-quality signals (see SignalIndex); without
    /// them they are extracted again from the article's raw input.
    std::optional<Id> insert(const Article &article, const QList<Claim> &claims,
                             const std::optional<QStringList> &captions = std::nullopt);
    std::optional<Article> get(Id id);
    QList<ArticleSummary> list();
    std::optional<ArticleSummary> summary(Id id);
    std::optional<Id> findByHash(const QString &contentHash);
    bool updateMetadata(Id id, const ArticleMetadata &metadata);
    bool setCorrections(Id id, const Corrections &corrections);
    /// Replaces the body and its claims in one transaction. Claims with an id keep it (and their verdict, note and
    /// history) with their new place and anchors; claims without one are added; the article's other claims are
    /// deleted.
    bool replaceBody(Id id, const QString &body, const QList<Claim> &claims);
    bool remove(Id id);
    std::optional<ArticleSnapshot> snapshot(Id id);
    /// Puts an article back as @p snapshot holds it, in one transaction: its claims not in the snapshot go.
    bool restore(const ArticleSnapshot &snapshot);
    int count();

private:
    /// The source that @p name (a publication's name, an address or a domain) or, failing that, @p url names: the one
    /// whose domain, name or other name it is, added when there is none (under @p previousId when that is free:
    /// undoing the deletion of its last article puts it back as it was). 0 when neither names anything: unassigned.
    std::optional<Id> sourceFor(const QString &name, const QString &url, Id previousId = 0);
    /// Removes the sources no article is of or was first published by, unless the user described them (notes or
    /// other names): a source left without articles would linger in the sources view as an empty row.
    bool removeUnusedSources();
    /// Stores @p metadata as @p id's details, inside the caller's transaction.
    bool storeMetadata(Id id, const ArticleMetadata &metadata);
    std::optional<Id> authorId(const QString &name);

    Database &m_db;
};

} // namespace Credence::Core
