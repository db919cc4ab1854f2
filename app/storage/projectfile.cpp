#include "projectfile.h"

#include "database.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace Credence::Core {

ProjectFileCheck inspectProjectFile(const QString &path)
{
    struct stat status{};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        // Only "no such file" means missing: a name too long, a folder that cannot be searched and the like are
        // reported in the system's own words.
        const int error = errno;
        if (error == ENOENT) {
            return {ProjectFileKind::Missing, {}};
        }
        return {ProjectFileKind::Unreadable, QString::fromLocal8Bit(std::strerror(error))};
    }
    if (!S_ISREG(status.st_mode)) {
        return {ProjectFileKind::NotAFile, {}};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {ProjectFileKind::Unreadable, file.errorString()};
    }
    // The SQLite file format: a 16-byte magic string, then big-endian header fields; the application id is at 68.
    const QByteArray header = file.read(100);
    if (header.isEmpty() && file.error() != QFileDevice::NoError) {
        return {ProjectFileKind::Unreadable, file.errorString()};
    }
    if (header.isEmpty()) {
        return {ProjectFileKind::Empty, {}};
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        return {ProjectFileKind::NotSqlite, {}};
    }
    const auto byte = [&](int i) { return quint32(quint8(header.at(i))); };
    const quint32 applicationId = byte(68) << 24 | byte(69) << 16 | byte(70) << 8 | byte(71);
    return {applicationId == quint32(Database::ApplicationId) ? ProjectFileKind::CredenceProject
                                                              : ProjectFileKind::ForeignSqlite,
            {}};
}

bool isCredenceProjectFile(const QString &path)
{
    return inspectProjectFile(path).kind == ProjectFileKind::CredenceProject;
}

} // namespace Credence::Core
