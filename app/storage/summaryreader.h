#pragma once

#include "scoring/summary.h"

#include <optional>

namespace Credence::Core {

class Database;

/// Reads what the reliability summary is computed from (scoring/summary.h): each article's claim counts in one pass
/// over the claims, the sources and authors, and the decided claims of near-duplicate articles.
class SummaryReader
{
public:
    explicit SummaryReader(Database &db)
        : m_db(db)
    {}

    /// nullopt when a read failed (the database's lastError() says why).
    std::optional<SummaryInput> read();

private:
    Database &m_db;
};

} // namespace Credence::Core
