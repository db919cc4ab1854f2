#pragma once
// What tests and benchmarks may do to a project that the application never does: reach its database connection,
// to set SQLite limits on it or to read it with the repositories directly.

#include "project/project.h"

namespace Credence::Core {

struct ProjectTestAccess
{
    static Database &database(Project &project) { return *project.m_db; }
};

} // namespace Credence::Core
