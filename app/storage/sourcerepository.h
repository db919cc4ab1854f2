#pragma once

#include "domain/article.h"

#include <optional>

namespace Credence::Core {

class Database;

/// Verdict counts over every claim of one source's articles.
struct SourceTally
{
    Id id = 0;
    QString name;
    int articles = 0;
    int corroborated = 0;
    int contradicted = 0;
    int unverified = 0;
};

/// Reads the per-source counts that scoring works from.
class SourceRepository
{
public:
    explicit SourceRepository(Database &db)
        : m_db(db)
    {}

    QList<SourceTally> tallies();
    /// The counts of the one source @p articleId belongs to: what a verdict on that article can change.
    std::optional<SourceTally> tallyOfArticleSource(Id articleId);

private:
    Database &m_db;
};

} // namespace Credence::Core
