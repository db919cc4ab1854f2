#pragma once

#include "storage/articlerepository.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Credence::Core {

/// A change to an article's claims or body as one undoable step: re-extraction, a body cut, adding, splitting,
/// merging, reshaping or removing claims. The article is kept whole before and after (body, details, claims with
/// their ids, states, notes and anchors, their history, the units the user said are no claims), so undo and redo
/// put back exactly what was there, and commands further down the stack still find their claims.
class ArticleChangeCommand : public QUndoCommand
{
public:
    /// Applies the change (the plan lives in the function); returns the article afterwards, or nullopt.
    using Apply = std::function<std::optional<ArticleSnapshot>()>;
    using Restore = std::function<bool(const ArticleSnapshot &)>;

    ArticleChangeCommand(const QString &text, const ArticleSnapshot &before, Apply apply, Restore restore);

    void redo() override;
    void undo() override;

private:
    ArticleSnapshot m_before;
    std::optional<ArticleSnapshot> m_after;
    Apply m_apply;
    Restore m_restore;
};

} // namespace Credence::Core
