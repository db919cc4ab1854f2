// Time from process start to the first painted frame of the main window, for credence with a 10,000-article project
// (and an empty one) beside a bare Qt window measured the same way, and for credence also the time to the frame that
// shows the project (it loads after the first frame).
//
//   startup_bench [--runs N] [--articles N] [--project PATH]
//
// The project is made once through the Importer, as File › Import would, and kept (default: beside this binary) for
// later runs. Each program runs once to warm the caches, then N times; the median is reported. Programs run on the
// offscreen platform with CREDENCE_STARTUP_PROBE=exit: they print "first-paint NANOSECONDS" (steady clock) once the
// first frame is painted, credence also "ready NANOSECONDS" once the project is on screen, and quit (see
// ui/startupprobe.h).

#include "import/importer.h"
#include "storage/articlerepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

using namespace Credence::Core;

namespace {

const QStringList Outlets = {
    QStringLiteral("Halden Courier"), QStringLiteral("Northgate Wire"), QStringLiteral("Daily Clarion"),
    QStringLiteral("Riverwatch"),     QStringLiteral("Harbour Post"),   QStringLiteral("Eastfield Gazette"),
    QStringLiteral("The Lantern"),    QStringLiteral("Metro Ledger"),   QStringLiteral("Coastline News"),
    QStringLiteral("Valley Herald"),  QStringLiteral("Civic Observer"), QStringLiteral("Plainsman Daily"),
};
const QStringList Names = {QStringLiteral("Ana Lima"),   QStringLiteral("Tom Berg"),   QStringLiteral("Ines Duarte"),
                           QStringLiteral("Karl Weiss"), QStringLiteral("Mei Tanaka"), QStringLiteral("Ola Nordmann"),
                           QStringLiteral("Sara Cohen"), QStringLiteral("Raj Patel")};
const QStringList Subjects = {QStringLiteral("The council"),     QStringLiteral("A spokesperson"),
                              QStringLiteral("Local residents"), QStringLiteral("The company"),
                              QStringLiteral("Inspectors"),      QStringLiteral("The ministry"),
                              QStringLiteral("Witnesses"),       QStringLiteral("Researchers")};
const QStringList Verbs = {QStringLiteral("said"),      QStringLiteral("reported"),  QStringLiteral("denied"),
                           QStringLiteral("confirmed"), QStringLiteral("estimated"), QStringLiteral("claimed")};
const QStringList Objects = {
    QStringLiteral("that the spill reached the river on Tuesday"),
    QStringLiteral("that repairs would cost %1 million"),
    QStringLiteral("that %1 households were affected"),
    QStringLiteral("that the plant had passed its last inspection"),
    QStringLiteral("that the water was safe to drink within %1 days"),
    QStringLiteral("that nobody had been warned in advance"),
    QStringLiteral("that the figures would be published next week"),
    QStringLiteral("that \"%1 tonnes\" had been released"),
};

/// One realistic plain-text article: title, byline, source and date lines, then paragraphs of attributed claims.
QByteArray articleText(int number, QRandomGenerator &random)
{
    auto pick = [&random](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };
    QString text = QStringLiteral("Report %1: %2 on the Halden spill\n").arg(number).arg(pick(Subjects));
    text += QStringLiteral("By %1\nSource: %2\nDate: 2026-%3-%4\n\n")
                .arg(pick(Names), pick(Outlets))
                .arg(1 + random.bounded(12), 2, 10, QLatin1Char('0'))
                .arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'));
    const int paragraphs = 3 + random.bounded(4);
    for (int p = 0; p < paragraphs; ++p) {
        const int sentences = 1 + random.bounded(3);
        for (int s = 0; s < sentences; ++s) {
            QString object = pick(Objects);
            if (object.contains(QLatin1String("%1"))) {
                object = object.arg(2 + random.bounded(500));
            }
            text += QStringLiteral("%1 %2 %3. ").arg(pick(Subjects), pick(Verbs), object);
        }
        text += QStringLiteral("\n\n");
    }
    return text.toUtf8();
}

bool makeProject(const QString &path, int articles)
{
    Database::removeFiles(path);
    Database db;
    if (!db.open(path)) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path), qPrintable(db.lastError()));
        return false;
    }
    QRandomGenerator random(20261121);
    Importer importer(db);
    QElapsedTimer timer;
    timer.start();
    constexpr int Batch = 250; // one commit (one fsync) per batch, not per article
    for (int first = 1; first <= articles; first += Batch) {
        Transaction tx(db);
        for (int n = first; n < first + Batch && n <= articles; ++n) {
            const ImportOutcome outcome =
                importer.importBytes(articleText(n, random), QStringLiteral("r%1.txt").arg(n));
            if (!outcome.ok()) {
                std::fprintf(stderr, "article %d: %s\n", n, qPrintable(outcome.error));
                return false;
            }
        }
        if (!tx.commit()) {
            std::fprintf(stderr, "cannot save: %s\n", qPrintable(db.lastError()));
            return false;
        }
        std::fprintf(stderr, "\rgenerating: %d/%d", std::min(first + Batch - 1, articles), articles);
    }
    std::fprintf(stderr, "\rgenerated %d articles in %.1f s\n", articles, timer.elapsed() / 1000.0);
    return true;
}

int articleCount(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        return -1;
    }
    Database db;
    return db.open(path) ? ArticleRepository(db).count() : -1;
}

/// One start of a program: milliseconds to its first painted frame and, if it reports one, to the frame showing
/// its content.
struct Run
{
    double firstPaint = 0;
    std::optional<double> ready;
};

std::optional<Run> startOnce(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    const auto start = std::chrono::steady_clock::now();
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        std::fprintf(stderr, "%s did not quit after starting\n", qPrintable(program));
        return std::nullopt;
    }
    auto since = [start](const QByteArray &nanoseconds) {
        const std::chrono::steady_clock::time_point at{std::chrono::nanoseconds(nanoseconds.toLongLong())};
        return std::chrono::duration<double, std::milli>(at - start).count();
    };
    std::optional<Run> run;
    std::optional<double> ready;
    const QList<QByteArray> lines = process.readAllStandardError().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 2 && words.first() == "first-paint") {
            run = Run{since(words.last()), std::nullopt};
        } else if (words.size() == 2 && words.first() == "ready") {
            ready = since(words.last());
        }
    }
    if (!run) {
        std::fprintf(stderr, "%s printed no first-paint line:\n%s\n", qPrintable(program),
                     lines.join('\n').constData());
        return std::nullopt;
    }
    run->ready = ready;
    return run;
}

struct Figures
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Figures figures(QList<double> times)
{
    std::sort(times.begin(), times.end());
    const qsizetype mid = times.size() / 2;
    const double median = times.size() % 2 ? times.at(mid) : (times.at(mid - 1) + times.at(mid)) / 2;
    return Figures{median, times.first(), times.last()};
}

void print(const QString &label, const Figures &f)
{
    std::printf("  %-44s %7.1f ms   (min %.1f, max %.1f)\n", qPrintable(label), f.median, f.min, f.max);
    std::fflush(stdout);
}

/// Runs @p program once to warm the caches, then @p runs times; prints the medians. False if a run failed.
bool measure(const QString &label, const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
             int runs)
{
    if (!startOnce(program, arguments, env)) {
        return false;
    }
    QList<double> firstPaint;
    QList<double> ready;
    for (int i = 0; i < runs; ++i) {
        const auto run = startOnce(program, arguments, env);
        if (!run) {
            return false;
        }
        firstPaint.append(run->firstPaint);
        if (run->ready) {
            ready.append(*run->ready);
        }
    }
    print(label + QStringLiteral(": first paint"), figures(firstPaint));
    if (ready.size() == firstPaint.size()) {
        print(label + QStringLiteral(": content shown"), figures(ready));
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Startup time to first paint: credence against a bare Qt window."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs per program."),
                                        QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Articles in the project."),
                                            QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           QStringLiteral("The large project, made if missing or of another size."),
                                           QStringLiteral("PATH"));
    parser.addOptions({runsOption, articlesOption, projectOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int articles = std::max(1, parser.value(articlesOption).toInt());
    const QString project = parser.isSet(projectOption)
                                ? QFileInfo(parser.value(projectOption)).absoluteFilePath()
                                : QDir(QCoreApplication::applicationDirPath())
                                      .filePath(QStringLiteral("startup-%1.credence").arg(articles));

    if (articleCount(project) != articles && !makeProject(project, articles)) {
        return 1;
    }
    QTemporaryDir home;
    const QString empty = home.filePath(QStringLiteral("empty.credence"));
    {
        Database db;
        if (!db.open(empty)) {
            return 1;
        }
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CREDENCE_STARTUP_PROBE"), QStringLiteral("exit"));
    // Apart from any Credence the user has open, and from the user's settings.
    env.insert(QStringLiteral("CREDENCE_INSTANCE_NAME"), home.filePath(QStringLiteral("instance.socket")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));

    struct Case
    {
        QString label;
        QString program;
        QStringList arguments;
    };
    const QList<Case> cases = {
        {QStringLiteral("bare Qt window"), QStringLiteral(BARE_WINDOW_BINARY), {}},
        {QStringLiteral("credence, empty project"), QStringLiteral(CREDENCE_BINARY), {empty}},
        {QStringLiteral("credence, %1 articles").arg(articles), QStringLiteral(CREDENCE_BINARY), {project}},
    };
    std::printf("Process start to first painted frame (and to the frame showing the project), offscreen platform,\n"
                "median of %d warm runs:\n",
                runs);
    int failures = 0;
    for (const Case &c : cases) {
        if (!measure(c.label, c.program, c.arguments, env, runs)) {
            ++failures;
        }
    }
    return failures ? 1 : 0;
}
