#pragma once

#include <QList>
#include <QString>

namespace Credence::Core {

class Database;

/// What could be read of one table of a damaged project.
struct TableRecovery
{
    QString table;
    int read = 0;            ///< rows read whole
    int unreadable = 0;      ///< ids on damaged pages: an upper bound of the rows lost there (ids may have gaps)
    int orphaned = 0;        ///< rows read but left out of a recovered copy because the row they belong to was lost
    bool incomplete = false; ///< the scan had to stop before the table's end, so more may be lost than counted
};

/// What a damaged project still holds, table by table.
struct RecoveryReport
{
    QList<TableRecovery> tables;

    TableRecovery table(const QString &name) const;
    int lost() const;
    /// A few sentences for a person: what can be read, what cannot.
    QString summary() const;
};

/// Reads every row of every table of @p db that can still be read, walking each table along its row ids and
/// stepping over damaged pages, and counts what could not be read. Writes nothing.
RecoveryReport scanReadable(Database &db);

/// Writes everything readable of @p damaged into a new project at @p path (beside it first, then renamed into place).
/// @p report says what was recovered and what was lost. false with @p error when the copy could not be written.
bool saveRecoveredCopy(Database &damaged, const QString &path, RecoveryReport *report, QString *error);

} // namespace Credence::Core
