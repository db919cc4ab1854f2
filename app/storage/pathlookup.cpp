#include "pathlookup.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace Credence::Core {

bool PathLookup::missing() const
{
    return error == ENOENT;
}

PathLookup lookUpPath(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) == 0) {
        return {};
    }
    const int error = errno;
    return {error, QString::fromLocal8Bit(std::strerror(error))};
}

} // namespace Credence::Core
