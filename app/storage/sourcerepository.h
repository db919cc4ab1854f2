#pragma once

#include "domain/sourcetally.h"

#include <optional>

namespace Credence::Core {

class Database;

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
