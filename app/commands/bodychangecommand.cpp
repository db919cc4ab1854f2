#include "bodychangecommand.h"

namespace Credence::Core {

BodyChangeCommand::BodyChangeCommand(const QString &text, const ArticleSnapshot &before, Apply apply, Restore restore)
    : QUndoCommand(text)
    , m_before(before)
    , m_apply(std::move(apply))
    , m_restore(std::move(restore))
{}

void BodyChangeCommand::redo()
{
    if (isObsolete()) {
        return;
    }
    if (!m_after) {
        // The first time the plan is applied (it gives new claims their ids); after that its result is put back.
        m_after = m_apply();
        if (!m_after) {
            setObsolete(true);
        }
        return;
    }
    m_restore(*m_after);
}

void BodyChangeCommand::undo()
{
    m_restore(m_before);
}

} // namespace Credence::Core
