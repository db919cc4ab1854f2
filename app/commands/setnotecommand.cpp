#include "setnotecommand.h"

#include "project/project.h"

#include <QCoreApplication>

namespace Credence::Core {

SetNoteCommand::SetNoteCommand(Project *project, Id claimId, const QString &note, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Credence::Core::SetNoteCommand", "Edit note"), parent)
    , m_project(project)
    , m_claimId(claimId)
    , m_new(note)
{
    const auto claim = project->claim(claimId);
    m_old = claim ? claim->note : note;
    setObsolete(!claim || m_old == m_new);
}

void SetNoteCommand::redo()
{
    if (!isObsolete() && !m_project->writeNote(m_claimId, m_new)) {
        setObsolete(true);
    }
}

void SetNoteCommand::undo()
{
    m_project->writeNote(m_claimId, m_old);
}

} // namespace Credence::Core
