#pragma once

#include <QString>

namespace Credence::Core {

/// What a file on disk is, judged from its first 100 bytes only: nothing is opened through SQLite and nothing is
/// written, so a file that is not ours is refused before a byte of it changes.
enum class ProjectFileKind
{
    Missing,        ///< no file there (and the folder could be looked into)
    NotAFile,       ///< a folder, a device, ...
    Unreadable,     ///< exists but cannot be read (permissions, I/O error); see errorString
    Empty,          ///< 0 bytes: New may make a project of it, Open must not
    NotSqlite,      ///< some other kind of file (a PDF, a text file, ...)
    ForeignSqlite,  ///< an SQLite database of another program (its application id is not Credence's)
    CredenceProject ///< an SQLite database whose header carries Credence's application id
};

struct ProjectFileCheck
{
    ProjectFileKind kind = ProjectFileKind::Missing;
    QString errorString; ///< the system's own words when kind is Unreadable
};

/// Reads the SQLite header of @p path (magic string and the application id at offset 68).
ProjectFileCheck inspectProjectFile(const QString &path);

/// True when @p path holds a Credence project (by its header), so nothing but Credence may overwrite it.
bool isCredenceProjectFile(const QString &path);

} // namespace Credence::Core
