#pragma once

#include "storage/articlerepository.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Credence::Core {

/// A re-extraction or a body trim as one undoable step. The article is kept whole before and after (body, details,
/// claims with their ids, verdicts and notes, and their verdict history), so undo and redo put back exactly what
/// was there, and commands further down the stack still find their claims.
class BodyChangeCommand : public QUndoCommand
{
public:
    /// Applies the planned change (the plan lives in the function); returns the article afterwards, or nullopt.
    using Apply = std::function<std::optional<ArticleSnapshot>()>;
    using Restore = std::function<bool(const ArticleSnapshot &)>;

    BodyChangeCommand(const QString &text, const ArticleSnapshot &before, Apply apply, Restore restore);

    void redo() override;
    void undo() override;

private:
    ArticleSnapshot m_before;
    std::optional<ArticleSnapshot> m_after;
    Apply m_apply;
    Restore m_restore;
};

} // namespace Credence::Core
