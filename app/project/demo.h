#pragma once

#include <QString>

namespace Credence::Core {

class Project;

/// Where a first run creates its project: "Demo project.credence" in the app-data folder.
QString defaultProjectPath();

/// Fills an empty project with the demo corpus shipped in resources/demo (four short fictional articles about one
/// fictional event, from different fictional outlets) and the verdicts in demo/verdicts.json. Returns false, with
/// the project's lastError() explaining, when anything could not be stored.
bool populateDemo(Project &project);

} // namespace Credence::Core
