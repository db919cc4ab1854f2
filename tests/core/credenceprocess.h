#pragma once

// Runs the built credence binary as a user runs it, for the tests of the command line: a child process with its own
// XDG folders under @p home, so it never touches the real user's settings or data.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace CredenceTest {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

/// The environment of a credence child process whose home is @p home (made private enough for Qt's runtime folder).
inline QProcessEnvironment credenceEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // batch commands must choose offscreen themselves
    env.insert(QStringLiteral("HOME"), home);
    const QDir dir(home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
    // Qt warns about, and then ignores, a runtime folder others can read.
    const QString runtime = dir.filePath(QStringLiteral("runtime"));
    dir.mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    return env;
}

/// Runs credence with @p arguments to the end (two minutes at most) and collects what it printed.
inline Run runCredence(const QStringList &arguments, const QString &home)
{
    QProcess process;
    process.setProcessEnvironment(credenceEnvironment(home));
    process.setWorkingDirectory(home);
    process.start(QStringLiteral(CREDENCE_BINARY), arguments);
    Run result;
    result.finished = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace CredenceTest
