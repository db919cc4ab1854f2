#pragma once

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Credence::Core {

/// One undoable change that is undone and redone by putting a stored state back: State holds what the change
/// touches, whole (ids, history, archived bytes), taken before the change and read back after it.
///
/// The first redo makes the change (which may give new rows their ids) and keeps the state it left; later redos put
/// that state back, and undo puts back the state from before. So undo leaves no trace, redo brings back the same
/// ids, and commands further down the stack find their rows as they left them. A change that stored nothing is
/// obsolete, and QUndoStack drops it.
template <typename State> class RestoreCommand : public QUndoCommand
{
public:
    /// Makes the change (one transaction); returns the state afterwards, or nullopt when nothing was stored.
    using Apply = std::function<std::optional<State>()>;
    /// Puts @p state back (one transaction); false when it could not (the project has said why).
    using Restore = std::function<bool(const State &state)>;

    RestoreCommand(const QString &text, const State &before, Apply apply, Restore restore)
        : QUndoCommand(text)
        , m_before(before)
        , m_apply(std::move(apply))
        , m_restore(std::move(restore))
    {}

    void redo() override
    {
        if (isObsolete()) {
            return;
        }
        if (!m_after) {
            m_after = m_apply();
            setObsolete(!m_after); // never stored: nothing to undo
            return;
        }
        m_restore(*m_after);
    }

    void undo() override { m_restore(m_before); }

private:
    State m_before;
    std::optional<State> m_after;
    Apply m_apply;
    Restore m_restore;
};

} // namespace Credence::Core
