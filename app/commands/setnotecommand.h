#pragma once

#include "domain/article.h"

#include <QUndoCommand>

namespace Credence::Core {

class Project;

/// Replaces a claim's note; undo restores the previous text.
class SetNoteCommand : public QUndoCommand
{
public:
    SetNoteCommand(Project *project, Id claimId, const QString &note, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Id m_claimId;
    QString m_old;
    QString m_new;
};

} // namespace Credence::Core
