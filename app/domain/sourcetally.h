#pragma once

#include "id.h"

#include <QString>

namespace Credence::Core {

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

} // namespace Credence::Core
