#pragma once

#include "domain/article.h"

#include <QUndoCommand>

namespace Credence::Core {

class Project;

/// Marks one claim with a verdict; undo restores the verdict it had. A change to the same verdict is dropped.
class SetVerdictCommand : public QUndoCommand
{
public:
    SetVerdictCommand(Project *project, Id claimId, Verdict verdict, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Id m_claimId;
    Verdict m_old = Verdict::Unverified;
    Verdict m_new;
};

} // namespace Credence::Core
