#pragma once

#include "verdict.h"

#include <QDateTime>

namespace Credence::Core {

/// One entry of a claim's verdict history.
struct VerdictChange
{
    Verdict from = Verdict::NotChecked;
    Verdict to = Verdict::NotChecked;
    QDateTime at;
};

} // namespace Credence::Core
