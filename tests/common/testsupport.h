#pragma once
// Small helpers every test file wanted a copy of: where the fixtures and seeds are, and reading and writing files.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Credence::Test {

/// The seed articles with their expected.json (CREDENCE_SEEDS_DIR, set by tests/CMakeLists.txt).
inline QString seedsDir()
{
    return QStringLiteral(CREDENCE_SEEDS_DIR);
}

/// A fixture of ours under tests/data/.
inline QString dataFile(const QString &name)
{
    return QStringLiteral(CREDENCE_TEST_DATA_DIR "/") + name;
}

/// A saved page of ours under tests/data/html/.
inline QString htmlDataFile(const QString &name)
{
    return dataFile(QStringLiteral("html/") + name);
}

/// The whole file, or an empty array when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace Credence::Test
