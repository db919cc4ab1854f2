#pragma once

#include "restorecommand.h"
#include "storage/evidencerepository.h"

namespace Credence::Core {

/// Adding, changing or removing evidence items as one undoable step. The items the change touches are kept whole
/// (archived bytes included), so undo puts a removed file back byte for byte under its own id, and redo gives an
/// added item the id it had.
using EvidenceCommand = RestoreCommand<EvidenceSnapshot>;

} // namespace Credence::Core
