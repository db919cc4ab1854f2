#include "cli.h"

#include "import/importer.h"
#include "project/project.h"
#include "report/pdfreport.h"
#include "scoring/reliability.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Credence::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Credence::Core::Cli", text);
}

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

const QStringList &commandNames()
{
    static const QStringList names = {QStringLiteral("import"), QStringLiteral("summary"), QStringLiteral("export-pdf"),
                                      QStringLiteral("extract")};
    return names;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), tr("The project file."), tr("PATH"));
}

/// Parses a subcommand's own options; returns false (having printed why) when they are wrong.
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

bool openExisting(Project &project, const QString &path)
{
    if (path.isEmpty()) {
        err() << tr("--db PATH is required.") << Qt::endl;
        return false;
    }
    if (!QFileInfo::exists(path)) {
        err() << tr("No project at %1.").arg(path) << Qt::endl;
        return false;
    }
    if (!project.open(path)) {
        err() << project.lastError() << Qt::endl;
        return false;
    }
    return true;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("files"), tr("Articles to import."), tr("FILE..."));
    if (!parse(parser, arguments, tr("Imports articles into a project, creating it if needed."))) {
        return 2;
    }
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty() || parser.positionalArguments().isEmpty()) {
        err() << tr("usage: credence import --db PATH FILE...") << Qt::endl;
        return 2;
    }
    Project project;
    if (!project.open(db)) {
        err() << project.lastError() << Qt::endl;
        return 1;
    }
    int failed = 0;
    for (const ImportOutcome &outcome : project.importFiles(parser.positionalArguments())) {
        for (const QString &warning : outcome.warnings) {
            err() << tr("warning: %1").arg(warning) << Qt::endl;
        }
        if (outcome.ok()) {
            const int claims = int(project.claims(*outcome.articleId).size());
            out() << QCoreApplication::translate("Credence::Core::Cli", "imported %1: %n claim(s)", nullptr, claims)
                         .arg(outcome.file)
                  << Qt::endl;
        } else if (outcome.duplicate) {
            err() << tr("skipped: %1").arg(outcome.error) << Qt::endl;
        } else {
            err() << outcome.error << Qt::endl;
            ++failed;
        }
    }
    return failed ? 1 : 0;
}

int runSummary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
    if (!parse(parser, arguments, tr("Prints the reliability summary per source."))) {
        return 2;
    }
    Project project;
    if (!openExisting(project, parser.value(QStringLiteral("db")))) {
        return 1;
    }
    const QList<SourceTally> tallies = project.sourceTallies();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray sources;
        for (const SourceTally &t : tallies) {
            const Reliability r = assessReliability(t.corroborated, t.contradicted, t.unverified);
            QJsonObject o{{QStringLiteral("name"), t.name},
                          {QStringLiteral("articles"), t.articles},
                          {QStringLiteral("corroborated"), t.corroborated},
                          {QStringLiteral("contradicted"), t.contradicted},
                          {QStringLiteral("unverified"), t.unverified},
                          {QStringLiteral("judged"), r.judged}};
            if (r.judged) {
                o.insert(QStringLiteral("score"), r.score);
                o.insert(QStringLiteral("interval"), QJsonArray{r.low, r.high});
            }
            sources.append(o);
        }
        const QJsonObject root{{QStringLiteral("project"), project.displayName()},
                               {QStringLiteral("sources"), sources}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                 .arg(tr("Source"), -32)
                 .arg(tr("Articles"), 8)
                 .arg(tr("Corr."), 6)
                 .arg(tr("Contr."), 6)
                 .arg(tr("Unver."), 6)
                 .arg(tr("Reliability (95% interval)"))
          << Qt::endl;
    for (const SourceTally &t : tallies) {
        const Reliability r = assessReliability(t.corroborated, t.contradicted, t.unverified);
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(t.name.left(32), -32)
                     .arg(t.articles, 8)
                     .arg(t.corroborated, 6)
                     .arg(t.contradicted, 6)
                     .arg(t.unverified, 6)
                     .arg(r.display())
              << Qt::endl;
    }
    return 0;
}

int runExportPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("out"), tr("The PDF to write."), tr("OUT.pdf"));
    if (!parse(parser, arguments, tr("Writes the reliability report as PDF."))) {
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << tr("usage: credence export-pdf --db PATH OUT.pdf") << Qt::endl;
        return 2;
    }
    Project project;
    if (!openExisting(project, parser.value(QStringLiteral("db")))) {
        return 1;
    }
    PdfReport report(project);
    if (!report.write(parser.positionalArguments().first())) {
        err() << report.lastError() << Qt::endl;
        return 1;
    }
    return 0;
}

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
    parser.addPositionalArgument(QStringLiteral("files"), tr("Pages or text files to read."), tr("FILE..."));
    if (!parse(parser, arguments, tr("Prints what would be imported from each file, without storing anything."))) {
        return 2;
    }
    if (parser.positionalArguments().isEmpty()) {
        err() << tr("usage: credence extract [--json] FILE...") << Qt::endl;
        return 2;
    }
    QJsonArray results;
    int failed = 0;
    for (const QString &path : parser.positionalArguments()) {
        const ExtractResult extracted = extractFile(path);
        if (!extracted.article) {
            err() << extracted.error << Qt::endl;
            ++failed;
            continue;
        }
        const ImportedArticle &a = *extracted.article;
        for (const QString &warning : a.warnings) {
            err() << tr("warning: %1").arg(warning) << Qt::endl;
        }
        const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
        const QJsonObject o{
            {QStringLiteral("file"), path},
            {QStringLiteral("title"), orNull(a.metadata.title)},
            {QStringLiteral("author"), orNull(a.metadata.author)},
            {QStringLiteral("published"), orNull(a.metadata.published.toString(Qt::ISODate))},
            {QStringLiteral("publication"), orNull(a.metadata.publication)},
            {QStringLiteral("original_source"), orNull(a.originalSource)},
            {QStringLiteral("language"), orNull(a.language)},
            {QStringLiteral("url"), orNull(a.metadata.url)},
            {QStringLiteral("standfirst"), orNull(a.standfirst)},
            {QStringLiteral("body"), a.body},
        };
        if (parser.isSet(QStringLiteral("json"))) {
            results.append(o);
        } else {
            for (const char *key :
                 {"title", "author", "published", "publication", "original_source", "language", "url", "standfirst"}) {
                out() << QString::fromLatin1(key) << QStringLiteral(": ")
                      << o.value(QString::fromLatin1(key)).toString() << Qt::endl;
            }
            out() << Qt::endl << a.body << Qt::endl << Qt::endl;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    }
    return failed ? 1 : 0;
}

} // namespace

bool isBatchCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && commandNames().contains(arguments.at(1));
}

int runBatchCommand(const QStringList &arguments)
{
    // QCommandLineParser wants the program name first; drop the command word after it.
    QStringList rest = arguments;
    const QString command = rest.takeAt(1);
    int code = 2;
    if (command == QLatin1String("import")) {
        code = runImport(rest);
    } else if (command == QLatin1String("summary")) {
        code = runSummary(rest);
    } else if (command == QLatin1String("export-pdf")) {
        code = runExportPdf(rest);
    } else if (command == QLatin1String("extract")) {
        code = runExtract(rest);
    }
    out().flush();
    err().flush();
    return code;
}

} // namespace Credence::Core
