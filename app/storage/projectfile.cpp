#include "projectfile.h"

#include "database.h"

#include <QFile>
#include <QFileInfo>

namespace Credence::Core {

ProjectFileCheck inspectProjectFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return {ProjectFileKind::Missing, {}};
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
