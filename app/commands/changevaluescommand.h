#pragma once

#include "domain/article.h"

#include <QUndoCommand>

#include <functional>
#include <utility>

namespace Credence::Core {

/// Gives several items (claims, articles) new values in one undoable step: a verdict for the selected claims, a
/// note, an article's details. Undo gives each item back the value it had.
///
/// The write is one call of the writer, so one transaction, however many items change. Items that already hold
/// the new value are left out; a command left with nothing to change is obsolete, and QUndoStack drops it, so a
/// no-op edit is never an undo step. Commands do not merge: every verdict and note is a decision of its own, and
/// undo takes them back one at a time.
template <typename T> class ChangeValuesCommand : public QUndoCommand
{
public:
    using Values = QList<std::pair<Id, T>>;
    /// Stores @p values in one transaction; false when nothing was stored (the project has said why).
    using Writer = std::function<bool(const Values &)>;

    ChangeValuesCommand(const QString &text, const Values &before, const Values &after, Writer writer)
        : QUndoCommand(text)
        , m_writer(std::move(writer))
    {
        for (qsizetype i = 0; i < before.size() && i < after.size(); ++i) {
            if (before.at(i).first == after.at(i).first && !(before.at(i).second == after.at(i).second)) {
                m_before.append(before.at(i));
                m_after.append(after.at(i));
            }
        }
        setObsolete(m_after.isEmpty());
    }

    void redo() override
    {
        if (!isObsolete() && !m_writer(m_after)) {
            setObsolete(true); // never stored: nothing to undo
        }
    }

    void undo() override { m_writer(m_before); }

private:
    Writer m_writer;
    Values m_before;
    Values m_after;
};

} // namespace Credence::Core
