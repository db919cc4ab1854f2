#pragma once

#include <QStringList>

namespace Credence::Core {

/// The statements that take a project from schema version index to index + 1. Append only; never edit a released
/// step, add a new one.
const QList<QStringList> &schemaMigrations();

} // namespace Credence::Core
