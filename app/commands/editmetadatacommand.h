#pragma once

#include "domain/article.h"

#include <QUndoCommand>

namespace Credence::Core {

class Project;

/// Changes an article's title, publication, author, date or URL as one step.
class EditMetadataCommand : public QUndoCommand
{
public:
    EditMetadataCommand(Project *project, Id articleId, const ArticleMetadata &metadata,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Id m_articleId;
    ArticleMetadata m_old;
    ArticleMetadata m_new;
};

} // namespace Credence::Core
