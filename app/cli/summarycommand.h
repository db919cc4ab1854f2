#pragma once

#include <QStringList>

namespace Credence::Core {

/// `credence summary`: every source and author with its claims, score, grades and text-quality signals, as a table
/// or (--json) as JSON; the exit code as runBatchCommand() gives it.
int runSummary(const QStringList &arguments);

} // namespace Credence::Core
