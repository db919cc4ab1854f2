#include "exporttarget.h"

#include "storage/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace Credence::Core {

/// The translation context of this file's messages.
class ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::ExportTarget)
};

namespace {

/// The same file by device and inode: names compare unequal for hard links, and canonical paths need the file to
/// exist at the moment they are taken.
bool sameFile(const QString &a, const QString &b)
{
    struct stat first = {};
    struct stat second = {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &second) == 0 && first.st_dev == second.st_dev &&
           first.st_ino == second.st_ino;
}

bool samePath(const QString &a, const QString &b)
{
    return QDir::cleanPath(QFileInfo(a).absoluteFilePath()) == QDir::cleanPath(QFileInfo(b).absoluteFilePath());
}

} // namespace

QString refusedExportTarget(const QString &target, const QString &projectPath)
{
    if (!projectPath.isEmpty()) {
        // SQLite keeps recent changes in the -wal file beside the project: replacing it loses them just as surely.
        for (const QLatin1StringView suffix : {QLatin1StringView(""), QLatin1StringView("-wal"),
                                               QLatin1StringView("-shm"), QLatin1StringView("-journal")}) {
            const QString file = projectPath + suffix;
            if (sameFile(target, file) || samePath(target, file)) {
                return ExportTarget::tr(
                           "%1 is the project the report is made from; choose another file name for the export.")
                    .arg(target);
            }
        }
    }
    switch (inspectProjectFile(target).kind) {
    case ProjectFileKind::CredenceProject:
        return ExportTarget::tr(
                   "%1 is a Credence project; an export never replaces a project. Choose another file name.")
            .arg(target);
    case ProjectFileKind::ForeignSqlite:
        // Another program's database is somebody's data too.
        return ExportTarget::tr("%1 is a database; an export never replaces one. Choose another file name.")
            .arg(target);
    case ProjectFileKind::NotAFile:
        return ExportTarget::tr("%1 is not a file; choose a file name for the export.").arg(target);
    case ProjectFileKind::Missing:
    case ProjectFileKind::Unreadable:
    case ProjectFileKind::Empty:
    case ProjectFileKind::NotSqlite:
        break;
    }
    return {};
}

} // namespace Credence::Core
