#pragma once

#include <QCoreApplication>
#include <QString>

namespace Credence::Core {

/// The whole project as JSON, and a new project made from such a file: everything the user put in (sources and their
/// records, criteria and grade history, authors, articles with their saved pages, claims with their states, notes and
/// history, evidence with archived files, the project's details), table by table and row by row, so that exporting
/// the project made from an export gives the same file again. What is derived (the search index, origins, signals)
/// is left out and rebuilt when the new project is opened.
///
/// The file: {"format": "credence-project", "version": 1, "schema": N, "tables": {NAME: {"columns": [...],
/// "rows": [[...], ...]}}}, each row on a line of its own; binary columns (saved pages, archived files) in base64,
/// integers beyond what a JSON number holds exactly as decimal strings.
class ProjectJson
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::ProjectJson)

public:
    /// Writes the project at @p projectPath (read through a connection of its own) to @p path, aside and renamed
    /// into place; refuses any Credence project as @p path.
    bool write(const QString &projectPath, const QString &path);
    /// Makes a new project at @p projectPath from the JSON at @p path; refuses a path where a file already is. A file
    /// that is not such an export, or from a newer Credence, is refused and nothing is left behind.
    bool read(const QString &path, const QString &projectPath);

    QString lastError() const { return m_lastError; }
    qint64 rows() const { return m_rows; }

private:
    QString m_lastError;
    qint64 m_rows = 0;
};

} // namespace Credence::Core
