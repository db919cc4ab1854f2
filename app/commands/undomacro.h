#pragma once

#include <QUndoStack>

namespace Credence::Core {

/// Ends the macro begun on @p stack. When none of its commands stored anything (each was refused before it was
/// pushed, or became obsolete because its write failed or changed nothing), the macro is taken off the stack again,
/// so Undo never offers an empty step.
inline void endMacroDroppingEmpty(QUndoStack &stack)
{
    stack.endMacro();
    auto *macro = const_cast<QUndoCommand *>(stack.command(stack.index() - 1));
    if (!macro) {
        return;
    }
    for (int i = 0; i < macro->childCount(); ++i) {
        if (!macro->child(i)->isObsolete()) {
            return;
        }
    }
    macro->setObsolete(true);
    stack.undo();
}

} // namespace Credence::Core
