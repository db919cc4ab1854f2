#include "archivefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>

namespace Credence::Core {

QString ArchiveFile::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString ArchiveFile::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

void ArchiveFile::complete(ArchivedFile &file)
{
    file.size = file.bytes.size();
    file.sha256 = sha256(file.bytes);
    if (file.mediaType.isEmpty()) {
        file.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(file.name, file.bytes).name();
    }
    if (!file.archivedAt.isValid()) {
        file.archivedAt = QDateTime::currentDateTimeUtc();
    }
}

std::optional<ArchivedFile> ArchiveFile::read(const QString &path, qint64 limit, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("%1 is a folder; choose a file to archive.").arg(shown);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2. Check that the file exists and that you may read it.")
                     .arg(shown, file.errorString());
        return std::nullopt;
    }
    // The size reported now, not the name's: a file that grows while it is read is caught below.
    if (file.size() > limit) {
        *error = tr("%1 is %2, more than the %3 a project archives. Keep it elsewhere and add a note or a link "
                    "saying where.")
                     .arg(shown, sizeText(file.size()), sizeText(limit));
        return std::nullopt;
    }
    ArchivedFile archived;
    archived.bytes = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("Cannot read %1: %2.").arg(shown, file.errorString());
        return std::nullopt;
    }
    if (archived.bytes.size() > limit) {
        *error = tr("%1 is more than the %2 a project archives. Keep it elsewhere and add a note or a link saying "
                    "where.")
                     .arg(shown, sizeText(limit));
        return std::nullopt;
    }
    archived.name = info.fileName();
    complete(archived);
    return archived;
}

bool ArchiveFile::write(const QByteArray &bytes, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Credence::Core
