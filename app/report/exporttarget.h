#pragma once

#include <QString>

namespace Credence::Core {

/// Why @p target must not receive an export (the PDF report now, CSV or JSON later), or an empty string when it may.
///
/// An export replaces its target whole, so it must never be pointed at the project it is made from (under any name:
/// a relative path, a symbolic or hard link) nor at any other Credence project. @p projectPath is the open project,
/// empty when there is none.
QString refusedExportTarget(const QString &target, const QString &projectPath);

} // namespace Credence::Core
