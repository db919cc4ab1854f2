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
    QString reason; ///< why the user changed it; empty when no reason was given
};

} // namespace Credence::Core
