// Project-wide search in a project of a million claims, and what keeping the index current costs an import.
//
//   search_bench [--articles 2000] [--claims 500] [--queries 40] [--import 10000] [--file PATH] [--keep]
//
// 1. Writes a project of ARTICLES x CLAIMS claims as claims_bench does (benchproject.cpp), builds the search index
//    (SearchIndex::rebuild(), as Project::open() does for a project without one) and says how long that took and
//    how much the index stores.
// 2. Opens it as the window does and times Project::search(text, 50), snippets included, for QUERIES queries of each
//    kind: a common word, a rare word (a figure), two words, a phrase, and a prefix (a word being typed).
// 3. Imports IMPORT generated text articles through the real import path (ImportJob::run() on files, one transaction
//    an article, on a connection of its own) into a new project with the index kept by its triggers, and into one
//    without the index (SearchIndex::remove()), which then has it built at open; prints articles/s for each.

#include "benchproject.h"
#include "import/importjob.h"
#include "project/project.h"
#include "projecttestaccess.h"
#include "storage/database.h"
#include "storage/searchindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Credence::Core;
using namespace Credence::Bench;

namespace {

constexpr double SearchTargetMs = 50.0;

/// Words of the generator's vocabulary (benchproject.cpp), by how often they occur there.
const QStringList CommonWords = {QStringLiteral("river"),     QStringLiteral("reservoir"),  QStringLiteral("officials"),
                                 QStringLiteral("harbour"),   QStringLiteral("inspection"), QStringLiteral("leaks"),
                                 QStringLiteral("reporters"), QStringLiteral("spill")};
const QStringList Phrases = {QStringLiteral("\"northern reservoir\""), QStringLiteral("\"harbour bridge\""),
                             QStringLiteral("\"earlier leaks\""), QStringLiteral("\"we acted at once\""),
                             QStringLiteral("\"water board said\"")};
const QStringList Prefixes = {QStringLiteral("insp"),  QStringLiteral("reser"), QStringLiteral("harb"),
                              QStringLiteral("offic"), QStringLiteral("bri"),   QStringLiteral("river")};

bool measureQueries(Project &project, const char *label, const QStringList &queries)
{
    QList<double> ms;
    int found = 0;
    for (const QString &query : queries) {
        QElapsedTimer timer;
        timer.start();
        const QList<SearchHit> hits = project.search(query, 50);
        ms.append(msSince(timer));
        found += int(hits.size());
    }
    const Figures f = figuresOf(ms);
    printFigures(label, f);
    std::printf("    e.g. %-28s %5.1f results on average\n", qPrintable(queries.first()),
                double(found) / double(queries.size()));
    return f.p95 <= SearchTargetMs;
}

bool measureSearch(Project &project, int count)
{
    QRandomGenerator random(11);
    QStringList common, rare, two, phrase, prefix;
    for (int i = 0; i < count; ++i) {
        // A space after the word: the whole word. Without it the word is a prefix, as while typing (the last row).
        common.append(CommonWords.at(i % CommonWords.size()) + u' ');
        rare.append(QString::number(random.bounded(1, 100000)));
        two.append(CommonWords.at(random.bounded(int(CommonWords.size()))) + u' ' +
                   CommonWords.at(random.bounded(int(CommonWords.size()))) + u' ');
        phrase.append(Phrases.at(i % Phrases.size()));
        prefix.append(Prefixes.at(i % Prefixes.size()));
    }
    std::printf("b. Project::search(text, 50): the first 50 results with their snippets, %d queries of each kind\n",
                count);
    bool ok = measureQueries(project, "common word (whole word)", common);
    ok = measureQueries(project, "rare word (a figure)", rare) && ok;
    ok = measureQueries(project, "two words", two) && ok;
    ok = measureQueries(project, "phrase", phrase) && ok;
    ok = measureQueries(project, "prefix (a word being typed)", prefix) && ok;
    std::printf("  target p95 <= %.0f ms for every kind: %s\n", SearchTargetMs, verdictOf(ok));
    return ok;
}

/// Text dumps of news pages, as `credence import` takes them: a title, a byline, a source and paragraphs.
QStringList writeArticles(const QString &folder, int count)
{
    SentenceMaker maker(99);
    QStringList files;
    for (int i = 0; i < count; ++i) {
        QString text =
            QStringLiteral("Spillway inspection report number %1\nBy Reporter %2\nSource: Bench Outlet %3\n\n")
                .arg(QString::number(i), QString::number(i % 300), QString::number(i % 40));
        for (int p = 0; p < 6; ++p) {
            text += maker.sentence() + u' ' + maker.sentence() + QStringLiteral("\n\n");
        }
        const QString path = folder + QStringLiteral("/article-%1.txt").arg(i, 5, 10, QLatin1Char('0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
            return {};
        }
        files.append(path);
    }
    return files;
}

/// Imports @p files into a new project at @p path; articles/s, or 0.
double importInto(const QString &path, const QStringList &files, bool withIndex)
{
    const double seconds =
        timedImport(path, files, [withIndex](Database &db) { return withIndex || SearchIndex(db).remove(); });
    return seconds > 0 ? double(files.size()) / seconds : 0;
}

bool measureImport(int count)
{
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/search_bench_import-XXXXXX"));
    const QStringList files = writeArticles(folder.path(), count);
    if (files.isEmpty()) {
        return false;
    }
    std::printf("c. importing %d text articles of 12 sentences through ImportJob::run() (committed in batches)\n",
                count);
    const QString withPath = folder.filePath(QStringLiteral("with.credence"));
    const QString withoutPath = folder.filePath(QStringLiteral("without.credence"));
    // Alternate the two so a busy moment of the shared machine does not fall on one only.
    double with = 0, without = 0;
    const int half = int(files.size() / 2);
    for (int round = 0; round < 2; ++round) {
        const QStringList part = round == 0 ? files.mid(0, half) : files.mid(half);
        Database::removeFiles(withPath);
        Database::removeFiles(withoutPath);
        with += importInto(withPath, part, true) / 2;
        without += importInto(withoutPath, part, false) / 2;
    }
    QElapsedTimer timer;
    timer.start();
    Project reopened;
    const bool built = reopened.open(withoutPath, {OpenMode::Existing});
    const double buildMs = msSince(timer);
    std::printf("  with the index (triggers)      %8.0f articles/s\n", with);
    std::printf("  without the index              %8.0f articles/s (%.1f %% faster)\n", without,
                100.0 * (without - with) / with);
    std::printf("  building the index of the second half's %d articles at open: %.0f ms%s\n", count - half, buildMs,
                built ? "" : " (failed)");
    return with > 0 && without > 0 && built;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Project-wide search in a large project; import with the index."));
    parser.addHelpOption();
    addProjectOptions(parser);
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Queries of each kind."), QStringLiteral("N"),
                      QStringLiteral("40")});
    parser.addOption({QStringLiteral("import"), QStringLiteral("Articles imported (0: no import)."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.process(app);
    const ProjectOptions options = projectOptions(parser);
    const int articles = options.articles;
    const int claimsPerArticle = options.claimsPerArticle;
    const int queries = std::max(1, parser.value(QStringLiteral("queries")).toInt());
    const int imports = std::max(0, parser.value(QStringLiteral("import")).toInt());

    const ProjectPlace place = projectPlace(options, QStringLiteral("search_bench"));
    const QString &path = place.path;
    const bool existed = place.existed;
    std::printf("a. generating the project and its index\n");
    if (!existed && !generate(path, articles, claimsPerArticle)) {
        Database::removeFiles(path);
        return 1;
    }
    bool ok = true;
    {
        Project project;
        QElapsedTimer openTimer;
        openTimer.start();
        if (!project.open(path, {OpenMode::Existing})) {
            std::fprintf(stderr, "%s\n", qPrintable(project.lastError()));
            return 1;
        }
        const double openMs = msSince(openTimer);
        Database &db = ProjectTestAccess::database(project);
        const qint64 claimCount = db.scalar(QStringLiteral("SELECT count(*) FROM claims")).toLongLong();
        const qint64 rows = db.scalar(QStringLiteral("SELECT count(*) FROM search_index")).toLongLong();
        const double indexMb =
            db.scalar(QStringLiteral("SELECT sum(length(block)) FROM search_index_data")).toDouble() / (1024 * 1024);
        std::printf("  file: %.1f MB; %lld claims; index: %lld rows, %.1f MB of segments\n",
                    double(QFileInfo(path).size()) / (1024 * 1024), claimCount, rows, indexMb);
        std::printf("  Project::open with quick_check, index current: %.0f ms\n", openMs);
        ok = measureSearch(project, queries);
    }
    if (!existed && !options.keep) {
        Database::removeFiles(path);
    }
    if (imports > 0) {
        ok = measureImport(imports) && ok;
    }
    return ok ? 0 : 1;
}
