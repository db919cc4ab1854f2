#pragma once

#include "storage/claimrepository.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Credence::Core {

/// A verdict for several claims, or a note, as one undoable step. Each claim is kept whole before and after (state,
/// note, time of change and history), so undo takes the change back without a trace in the history and redo brings
/// back the same history entries under the same ids: the history says what the standing decisions were, and a
/// later undo of a claim edit (which puts its own snapshot back) finds it as it left it.
class ClaimStatesCommand : public QUndoCommand
{
public:
    /// Makes the change (one transaction); returns the claims afterwards, or nullopt when nothing was stored.
    using Apply = std::function<std::optional<QList<StoredClaimState>>()>;
    using Restore = std::function<bool(const QList<StoredClaimState> &)>;

    ClaimStatesCommand(const QString &text, const QList<StoredClaimState> &before, Apply apply, Restore restore)
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
    QList<StoredClaimState> m_before;
    std::optional<QList<StoredClaimState>> m_after;
    Apply m_apply;
    Restore m_restore;
};

} // namespace Credence::Core
