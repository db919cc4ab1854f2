#pragma once

// Project::changeRecords(): one undoable change of records (sources, authors) that is undone by putting their state
// back. Included by the files that change records; not part of the project's interface.

#include "commands/restorecommand.h"
#include "project.h"
#include "storage/database.h"

namespace Credence::Core {

/// What a record merged into another leaves it: its name and other names become other names of the one it joins
/// (@p intoName, @p intoAliases), and its notes join @p intoNotes, marked with the name they came from.
inline void absorbRecord(const QString &intoName, QStringList &intoAliases, QString &intoNotes, const QString &name,
                         const QStringList &aliases, const QString &notes)
{
    for (const QString &other : QStringList{name} + aliases) {
        if (other.compare(intoName, Qt::CaseInsensitive) != 0 && !intoAliases.contains(other, Qt::CaseInsensitive)) {
            intoAliases.append(other);
        }
    }
    if (!notes.isEmpty()) {
        intoNotes += (intoNotes.isEmpty() ? QString() : QStringLiteral("\n\n")) + name + QStringLiteral(": ") + notes;
    }
}

template <typename Repository>
bool Project::changeRecords(const QString &text, const QList<Id> &ids, const std::function<bool()> &apply)
{
    using Snapshot = typename decltype(Repository(*m_db).snapshot(ids))::value_type;
    if (refuseIfReadOnly()) {
        return false;
    }
    const auto before = reported([&] { return Repository(*m_db).snapshot(ids); });
    if (!before) {
        reportFailure();
        return false;
    }
    const auto restore = [this](const Snapshot &state) {
        Transaction tx(*m_db);
        if (!tx.isActive() || !Repository(*m_db).restore(state) || !tx.commit()) {
            reportFailure();
            return false;
        }
        Q_EMIT articlesChanged();
        return true;
    };
    auto *command = new RestoreCommand<Snapshot>(
        text, *before,
        [this, ids, apply]() -> std::optional<Snapshot> {
            Transaction tx(*m_db);
            if (!tx.isActive() || !apply()) {
                reportFailure();
                return std::nullopt;
            }
            auto after = Repository(*m_db).snapshot(ids);
            if (!after || !tx.commit()) {
                reportFailure();
                return std::nullopt;
            }
            Q_EMIT articlesChanged();
            return after;
        },
        restore);
    const int failures = m_writeFailures;
    m_undoStack.push(command); // runs redo(): the change itself
    return m_writeFailures == failures;
}

} // namespace Credence::Core
