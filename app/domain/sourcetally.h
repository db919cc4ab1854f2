#pragma once

#include "id.h"

#include <QString>

namespace Credence::Core {

/// Claim states counted over every claim of one source's articles.
struct SourceTally
{
    Id id = 0;
    QString name;
    int articles = 0;
    int corroborated = 0;
    int contradicted = 0;
    int unverifiable = 0;
    int notChecked = 0;
    QString grade; ///< set by hand ("A" to "F"), or empty

    int claims() const { return corroborated + contradicted + unverifiable + notChecked; }
};

} // namespace Credence::Core
