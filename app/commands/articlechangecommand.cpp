#include "articlechangecommand.h"

namespace Credence::Core {

ArticleChangeCommand::ArticleChangeCommand(const QString &text, const ArticleSnapshot &before, Apply apply,
                                           Restore restore)
    : QUndoCommand(text)
    , m_before(before)
    , m_apply(std::move(apply))
    , m_restore(std::move(restore))
{}

void ArticleChangeCommand::redo()
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

void ArticleChangeCommand::undo()
{
    m_restore(m_before);
}

} // namespace Credence::Core
