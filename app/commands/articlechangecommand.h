#pragma once

#include "restorecommand.h"
#include "storage/articlerepository.h"

namespace Credence::Core {

/// A change to an article's claims or body as one undoable step: re-extraction, a body cut, adding, splitting,
/// merging, reshaping or removing claims. The article is kept whole before and after (body, details, claims with
/// their ids, states, grades, notes and anchors, their history and evidence, the units the user said are no claims),
/// so undo and redo put back exactly what was there, and commands further down the stack still find their claims.
using ArticleChangeCommand = RestoreCommand<ArticleSnapshot>;

} // namespace Credence::Core
