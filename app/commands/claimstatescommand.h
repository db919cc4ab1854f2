#pragma once

#include "restorecommand.h"
#include "storage/claimrepository.h"

namespace Credence::Core {

/// A verdict or a credibility grade for several claims, or a note, as one undoable step. Each claim is kept whole
/// before and after (state, grade, note, time of change and history), so undo takes the change back without a trace
/// in the history and redo brings back the same history entries under the same ids: the history says what the
/// standing decisions were, and a later undo of a claim edit (which puts its own snapshot back) finds it as it left
/// it.
using ClaimStatesCommand = RestoreCommand<QList<StoredClaimState>>;

} // namespace Credence::Core
