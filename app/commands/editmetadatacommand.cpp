#include "editmetadatacommand.h"

#include "project/project.h"

#include <QCoreApplication>

namespace Credence::Core {

EditMetadataCommand::EditMetadataCommand(Project *project, Id articleId, const ArticleMetadata &metadata,
                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Credence::Core::EditMetadataCommand", "Edit article details"), parent)
    , m_project(project)
    , m_articleId(articleId)
    , m_new(metadata)
{
    const auto article = project->article(articleId);
    m_old = article ? article->metadata : metadata;
    setObsolete(!article || m_old == m_new);
}

void EditMetadataCommand::redo()
{
    if (!isObsolete() && !m_project->writeMetadata(m_articleId, m_new)) {
        setObsolete(true);
    }
}

void EditMetadataCommand::undo()
{
    m_project->writeMetadata(m_articleId, m_old);
}

} // namespace Credence::Core
