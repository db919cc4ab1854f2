#pragma once

#include <QString>

namespace Credence::Core {

/// What the system says when asked for a path, so a message can repeat its words: "File name too long", "Not a
/// directory" and "Permission denied" are different problems from a file that is simply not there, and saying
/// "does not exist" for them sends the user looking for the wrong thing.
struct PathLookup
{
    int error = 0;       ///< errno of stat(), 0 when the path was found
    QString errorString; ///< the system's text for error

    bool found() const { return error == 0; }
    /// Nothing at that path (ENOENT); every other failure is a problem with the path itself.
    bool missing() const;
};

/// Looks @p path up with stat(), following symbolic links.
PathLookup lookUpPath(const QString &path);

} // namespace Credence::Core
