#pragma once

#include <QtGlobal>

namespace Credence::Core {

/// The row id of anything stored in a project: an article, a claim, a source.
using Id = qint64;

} // namespace Credence::Core
