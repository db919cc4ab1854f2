#pragma once

#include "domain/evidence.h"

#include <QCoreApplication>

#include <optional>

namespace Credence::Core {

/// Reads files into ArchivedFile for evidence, and writes archived files back out.
class ArchiveFile
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::ArchiveFile)

public:
    /// Lower-case hex SHA-256 of @p bytes.
    static QString sha256(const QByteArray &bytes);
    /// Reads the file at @p path whole, with its name, media type, size and digest, archived now. Refuses a folder,
    /// an unreadable file and one larger than @p limit bytes with a sentence in @p error.
    static std::optional<ArchivedFile> read(const QString &path, qint64 limit, QString *error);
    /// Fills in what follows from the bytes (size, digest, media type when unknown) and the archive time.
    static void complete(ArchivedFile &file);
    /// A size for people ("200 MB").
    static QString sizeText(qint64 bytes);
    /// Writes @p bytes to @p path through a temporary file beside it, so a failure never leaves half a file.
    static bool write(const QByteArray &bytes, const QString &path, QString *error);
};

} // namespace Credence::Core
