#pragma once

#include "storage/articlerepository.h"

#include <QUndoCommand>

#include <functional>

namespace Credence::Core {

/// Removing an article as one undoable step. The article is kept whole (its raw input, details, claims with their
/// states, notes and history), so undo puts it back under its own id and commands further down the stack still
/// find it.
class RemoveArticleCommand : public QUndoCommand
{
public:
    using Remove = std::function<bool(Id articleId)>;
    using Restore = std::function<bool(const Article &article, const ArticleSnapshot &snapshot)>;

    RemoveArticleCommand(const QString &text, const Article &article, const ArticleSnapshot &snapshot, Remove remove,
                         Restore restore)
        : QUndoCommand(text)
        , m_article(article)
        , m_snapshot(snapshot)
        , m_remove(std::move(remove))
        , m_restore(std::move(restore))
    {}

    void redo() override
    {
        if (!isObsolete() && !m_remove(m_article.id)) {
            setObsolete(true); // nothing was removed: nothing to undo
        }
    }
    void undo() override { m_restore(m_article, m_snapshot); }

private:
    Article m_article;
    ArticleSnapshot m_snapshot;
    Remove m_remove;
    Restore m_restore;
};

} // namespace Credence::Core
