// The reliability summary of a project of a million claims, in-process and against the same aggregate written by
// hand in the sqlite3 shell on the same file.
//
//   summary_bench [--articles 2000] [--claims 500] [--runs 15] [--file PATH] [--keep]
//
// 1. Generates the project claims_bench uses (40 sources, 300 authors, 30 % of the claims decided) and opens it as
//    the window does (Project::open signs the articles for origins the first time).
// 2. Times Project::reliabilitySummary() RUNS times: every source's and author's counts, estimate, interval and
//    grades, with repeats of near-duplicates taken off.
// 3. Times, as the floor, the sqlite3 shell answering the same counts (per source and per author, by state) with the
//    best query written by hand: the claims counted once by article and state, then joined to the articles. Each run
//    is a whole shell process; the shell's own start (`SELECT 1`) is timed too and taken off.
// The two alternate, so a busy moment of the shared machine does not fall on one only.

#include "benchproject.h"
#include "project/project.h"
#include "projecttestaccess.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <cstdio>

using namespace Credence::Core;
using namespace Credence::Bench;

namespace {

constexpr double SummaryTargetMs = 250.0;
constexpr double SummaryTargetRatio = 2.0;

const char *const HandQuery =
    "WITH per_article AS MATERIALIZED (SELECT article_id, verdict, count(*) AS n FROM claims"
    " GROUP BY article_id, verdict)"
    " SELECT 'source', a.source_id, p.verdict, sum(p.n) FROM per_article p JOIN articles a ON a.id = p.article_id"
    " GROUP BY a.source_id, p.verdict"
    " UNION ALL SELECT 'author', a.author_id, p.verdict, sum(p.n) FROM per_article p"
    " JOIN articles a ON a.id = p.article_id GROUP BY a.author_id, p.verdict;";

/// Milliseconds a sqlite3 shell process took to answer @p sql on @p path, or -1.
double shellMs(const QString &path, const char *sql)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path, QString::fromLatin1(sql)});
    if (!shell.waitForFinished(120000) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed (Debian package sqlite3): %s\n", shell.readAllStandardError().constData());
        return -1;
    }
    const double ms = msSince(timer);
    return shell.readAllStandardOutput().isEmpty() ? -1 : ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The reliability summary of a large project."));
    parser.addHelpOption();
    addProjectOptions(parser);
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Summaries timed."), QStringLiteral("N"), QStringLiteral("15")});
    parser.process(app);
    const ProjectOptions options = projectOptions(parser);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const ProjectPlace place = projectPlace(options, QStringLiteral("summary_bench"));
    const QString &path = place.path;
    std::printf("a. generating the project\n");
    if (!place.existed && !generate(path, options.articles, options.claimsPerArticle)) {
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
        const qint64 claims =
            ProjectTestAccess::database(project).scalar(QStringLiteral("SELECT count(*) FROM claims")).toLongLong();
        std::printf("  %lld claims; Project::open (signing the articles for origins if not yet): %.0f ms\n", claims,
                    msSince(openTimer));
        // One of each first, so both start with the file in the operating system's cache.
        const ReliabilitySummary first = project.reliabilitySummary();
        if (first.sources.isEmpty() || shellMs(path, HandQuery) < 0) {
            std::fprintf(stderr, "no summary\n");
            return 1;
        }
        QList<double> summaryMs, handMs, startMs;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const ReliabilitySummary summary = project.reliabilitySummary();
            summaryMs.append(msSince(timer));
            if (summary.sources.size() != first.sources.size() || summary.authors.size() != first.authors.size()) {
                std::fprintf(stderr, "the summary changed between runs\n");
                return 1;
            }
            const double hand = shellMs(path, HandQuery);
            const double start = shellMs(path, "SELECT 1;");
            if (hand < 0 || start < 0) {
                return 1;
            }
            handMs.append(hand);
            startMs.append(start);
        }
        QList<double> handNet;
        const Figures startF = figuresOf(startMs);
        for (const double ms : std::as_const(handMs)) {
            handNet.append(std::max(0.0, ms - startF.median));
        }
        std::printf("b. the summary: %lld sources and %lld authors, %d runs\n", qint64(first.sources.size()),
                    qint64(first.authors.size()), runs);
        const Figures summaryF = figuresOf(summaryMs);
        const Figures handF = figuresOf(handNet);
        printFigures("Project::reliabilitySummary()", summaryF);
        printFigures("floor: sqlite3 shell, hand query", handF);
        printFigures("  (the shell's own start, taken off)", startF);
        const double ratio = summaryF.median / handF.median;
        std::printf("  target median <= %.0f ms: %s; within %.0fx of the floor (%.2fx): %s\n", SummaryTargetMs,
                    verdictOf(summaryF.median <= SummaryTargetMs), SummaryTargetRatio, ratio,
                    verdictOf(ratio <= SummaryTargetRatio));
        ok = summaryF.median <= SummaryTargetMs && ratio <= SummaryTargetRatio;
    }
    if (!place.existed && !options.keep) {
        Database::removeFiles(path);
    }
    return ok ? 0 : 1;
}
