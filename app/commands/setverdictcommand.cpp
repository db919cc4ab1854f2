#include "setverdictcommand.h"

#include "project/project.h"

#include <QCoreApplication>

namespace Credence::Core {

SetVerdictCommand::SetVerdictCommand(Project *project, Id claimId, Verdict verdict, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_claimId(claimId)
    , m_new(verdict)
{
    const auto claim = project->claim(claimId);
    m_old = claim ? claim->verdict : verdict;
    setText(
        QCoreApplication::translate("Credence::Core::SetVerdictCommand", "Mark claim %1").arg(verdictLabel(verdict)));
    setObsolete(!claim || m_old == m_new);
}

void SetVerdictCommand::redo()
{
    if (!isObsolete() && !m_project->writeVerdict(m_claimId, m_new)) {
        setObsolete(true);
    }
}

void SetVerdictCommand::undo()
{
    m_project->writeVerdict(m_claimId, m_old);
}

} // namespace Credence::Core
