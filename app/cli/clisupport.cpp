#include "clisupport.h"

#include "project/project.h"
#include "storage/pathlookup.h"

#include <QDir>

#include <cstdio>
#include <cstdlib>

namespace Credence::Core::CliSupport {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), Cli::tr("The project file."), Cli::tr("PATH"));
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        std::exit(0);
    }
    return true;
}

QString damagedMessage(Project &project)
{
    return Cli::tr("%1 is damaged, so its figures would be incomplete: nothing is reported from it.\n"
                   "Save everything that can still be read with: credence recover --db %1 RECOVERED.credence")
        .arg(QDir::toNativeSeparators(project.path()));
}

int openExisting(Project &project, const QString &path, bool allowDamaged)
{
    if (path.isEmpty()) {
        err() << Cli::tr("--db PATH is required.") << Qt::endl;
        return 2;
    }
    const PathLookup lookup = lookUpPath(path);
    if (lookup.missing()) {
        err() << Cli::tr("No project at %1.").arg(path) << Qt::endl;
        return 1;
    }
    if (!lookup.found()) {
        err() << Cli::tr("Cannot open %1: %2").arg(path, lookup.errorString) << Qt::endl;
        return 1;
    }
    if (!project.open(path, {OpenMode::Existing})) {
        err() << project.lastError() << Qt::endl;
        return 1;
    }
    if (project.isDamaged() && !allowDamaged) {
        err() << damagedMessage(project) << Qt::endl;
        return 1;
    }
    return 0;
}

int readsSucceeded(Project &project, int errorsBefore)
{
    if (project.errorCount() == errorsBefore) {
        return 0;
    }
    err() << Cli::tr("Part of %1 could not be read, so nothing is reported: %2")
                 .arg(QDir::toNativeSeparators(project.path()), project.lastStorageError())
          << Qt::endl;
    return 1;
}

} // namespace Credence::Core::CliSupport
