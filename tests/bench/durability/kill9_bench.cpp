// kill9_bench: the long run of kill9_test. A writer process (durabilitywriter.cpp) changes a project the way the app
// does (verdicts, notes, imports through Project) and is killed with SIGKILL, trial after trial, on the same file;
// after each kill the project is opened as the app opens it and compared with everything the writer ever reported
// saved. Prints figures; exits non-zero when anything acknowledged was lost or the file was damaged.
//
//   kill9_bench [--trials N] [--seed S] [--max-changes M]

#include "durabilitymodel.h"
#include "project/project.h"
#include "projecttestaccess.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <array>
#include <cstdio>
#include <signal.h>

using namespace Credence::Core;

namespace {

// Kills land at most this long after the writer reported its last awaited change: a commit with synchronous = FULL
// takes a few milliseconds here, so kills fall before, inside and after commits and checkpoints.
constexpr int MaxPauseMicroseconds = 10'000;
// The full comparison of every article's input, body and claims runs this often, and after the last trial.
constexpr int ArticleCheckInterval = 100;

struct Figures
{
    int trials = 0;
    std::array<qint64, ChangeKinds> acknowledged{};
    std::array<int, ChangeKinds> committed{};
    std::array<int, ChangeKinds> lostInFlight{};
    std::array<int, ChangeKinds> torn{};
    int noneInFlight = 0;
    int lost = 0;
    int unexpected = 0;
    int integrityFailures = 0;
    int damagedOpens = 0;
    int failedOpens = 0;
    int writerFailures = 0;
    int articleChecks = 0;
    int articlesDiffering = 0;

    qint64 sum(const std::array<qint64, ChangeKinds> &row) const { return row[0] + row[1] + row[2]; }
    int sum(const std::array<int, ChangeKinds> &row) const { return row[0] + row[1] + row[2]; }
    int failures() const
    {
        return sum(torn) + lost + unexpected + integrityFailures + damagedOpens + failedOpens + writerFailures +
               articlesDiffering;
    }
};

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

void complain(int trial, const QString &what)
{
    std::fprintf(stderr, "trial %d: %s\n", trial, qPrintable(what));
}

/// The writer's output until it was killed, or an empty array (and a complaint) when it failed on its own.
QByteArray runWriter(const QString &path, int trial, quint64 seed, int changes, int pauseMicroseconds)
{
    QProcess writer;
    writer.setProgram(QStringLiteral(CREDENCE_DURABILITY_WRITER));
    writer.setArguments({path, QString::number(seed), QString::number(trial)});
    writer.start();
    if (!writer.waitForStarted(10000)) {
        complain(trial, QStringLiteral("the writer did not start: %1").arg(writer.errorString()));
        return {};
    }
    // A leading newline lets every line, the first one too, be found as "\n<word> ".
    QByteArray output("\n");
    const QDeadlineTimer deadline(60000);
    while (!output.contains("\nready ") || output.count("\nsaved ") < changes) {
        if (writer.state() == QProcess::NotRunning || deadline.hasExpired()) {
            writer.kill();
            writer.waitForFinished(10000);
            complain(trial, QStringLiteral("the writer stopped or stalled after %1 of %2 changes: %3")
                                .arg(output.count("\nsaved "))
                                .arg(changes)
                                .arg(QString::fromLocal8Bit(writer.readAllStandardError())));
            return {};
        }
        writer.waitForReadyRead(1000);
        output += writer.readAllStandardOutput();
    }
    QThread::usleep(pauseMicroseconds);
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished(10000);
    output += writer.readAllStandardOutput();
    const QByteArray errors = writer.readAllStandardError();
    if (writer.exitStatus() != QProcess::CrashExit || !errors.isEmpty()) {
        complain(trial,
                 QStringLiteral("the writer ended on its own or complained: %1").arg(QString::fromLocal8Bit(errors)));
        return {};
    }
    return output;
}

bool createProject(const QString &path, DurabilityModel &model)
{
    const QDir seeds(QStringLiteral(CREDENCE_SEEDS_DIR));
    QStringList files;
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        files.append(seeds.filePath(name));
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "no seed articles (*.txt) in %s\n", qPrintable(seeds.absolutePath()));
        return false;
    }
    Project project;
    if (!project.open(path, OpenOptions{OpenMode::Create, false, true})) {
        std::fprintf(stderr, "%s\n", qPrintable(project.lastError()));
        return false;
    }
    for (const ImportOutcome &outcome : project.importFiles(files)) {
        if (!outcome.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.error));
            return false;
        }
    }
    QString error;
    if (!model.adopt(ProjectTestAccess::database(project), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    return true;
}

QString row(const char *label, qint64 verdicts, qint64 notes, qint64 imports)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(QString::fromLatin1(label), -44)
        .arg(verdicts, 9)
        .arg(notes, 9)
        .arg(imports, 9)
        .arg(verdicts + notes + imports, 9);
}

QString row(const char *label, const QString &value)
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(label), -44).arg(value, 39);
}

template <typename T> QString row(const char *label, const std::array<T, ChangeKinds> &values)
{
    return row(label, values[0], values[1], values[2]);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SIGKILLs a writer of verdicts, notes and imports, trial after "
                                                    "trial, and checks that nothing it reported saved is lost."));
    parser.addHelpOption();
    const QCommandLineOption trialsOption(QStringLiteral("trials"), QStringLiteral("Trials to run (1000)."),
                                          QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the run (random)."),
                                        QStringLiteral("S"));
    const QCommandLineOption changesOption(QStringLiteral("max-changes"),
                                           QStringLiteral("Most changes awaited before a kill (12)."),
                                           QStringLiteral("M"), QStringLiteral("12"));
    parser.addOptions({trialsOption, seedOption, changesOption});
    parser.process(app);
    bool ok = true;
    const int trials = parser.value(trialsOption).toInt(&ok);
    bool changesOk = true;
    const int maxChanges = parser.value(changesOption).toInt(&changesOk);
    bool seedOk = true;
    const quint64 seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong(&seedOk)
                                                  : QRandomGenerator::global()->generate64();
    if (!ok || trials < 1 || !changesOk || maxChanges < 0 || !seedOk) {
        parser.showHelp(2);
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary folder: %s\n", qPrintable(dir.errorString()));
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("kill9.credence"));
    DurabilityModel model;
    if (!createProject(path, model)) {
        return 1;
    }
    say(QStringLiteral(
            "kill9_bench: %1 trials, seed %2, 0-%3 changes then a kill 0-%4 ms later; %5 articles, %6 claims "
            "to start")
            .arg(trials)
            .arg(seed)
            .arg(maxChanges)
            .arg(MaxPauseMicroseconds / 1000)
            .arg(model.articleCount())
            .arg(model.claimCount()));

    QRandomGenerator64 rng(seed);
    Figures figures;
    QElapsedTimer clock;
    clock.start();
    bool stopped = false;
    for (int trial = 1; trial <= trials && !stopped; ++trial) {
        const quint64 writerSeed = rng.generate64();
        const int changes = int(rng.bounded(maxChanges + 1));
        const int pause = int(rng.bounded(MaxPauseMicroseconds + 1));
        const QByteArray output = runWriter(path, trial, writerSeed, changes, pause);
        ++figures.trials;
        WriterLog log = parseWriterLog(output);
        if (output.isEmpty() || !log.error.isEmpty()) {
            ++figures.writerFailures;
            if (!log.error.isEmpty()) {
                complain(trial, log.error);
            }
        } else if (log.claims != model.claimCount() || log.articles != model.articleCount()) {
            ++figures.writerFailures;
            complain(trial, QStringLiteral("the writer found %1 articles and %2 claims, the bench expects %3 and %4")
                                .arg(log.articles)
                                .arg(log.claims)
                                .arg(model.articleCount())
                                .arg(model.claimCount()));
        }
        // What the writer reported is judged even when it failed: a saved change is a saved change.
        for (const Change &change : log.saved) {
            ++figures.acknowledged[size_t(change.kind)];
        }

        // Opened as the app opens a project after a crash: read-write, with its quick_check.
        Project project;
        if (!project.open(path, OpenOptions{OpenMode::Existing, false, true})) {
            ++figures.failedOpens;
            complain(trial, QStringLiteral("the project does not open: %1").arg(project.lastError()));
            stopped = true;
            break;
        }
        if (project.isDamaged() || project.isReadOnly()) {
            ++figures.damagedOpens;
            complain(trial, QStringLiteral("the project opens damaged or read-only: %1 %2")
                                .arg(ProjectTestAccess::database(project).damage(), project.readOnlyReason()));
            stopped = true;
        }
        Database &db = ProjectTestAccess::database(project);
        const QString integrity = db.integrityCheck();
        QSqlQuery foreignKeys = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
        if (integrity != QLatin1String("ok") || !foreignKeys.isActive() || db.next(foreignKeys)) {
            ++figures.integrityFailures;
            complain(trial,
                     QStringLiteral("integrity_check: %1; foreign_key_check %2")
                         .arg(integrity, foreignKeys.isActive() ? QStringLiteral("finds rows") : db.lastError()));
        }
        foreignKeys = QSqlQuery();

        const TrialCheck check = model.check(db, log);
        figures.lost += check.lost;
        figures.unexpected += check.unexpected;
        const size_t kind = log.pending ? size_t(log.pending->kind) : 0;
        switch (check.inFlight) {
        case InFlight::None:
            ++figures.noneInFlight;
            break;
        case InFlight::Committed:
            ++figures.committed[kind];
            break;
        case InFlight::Lost:
            ++figures.lostInFlight[kind];
            break;
        case InFlight::Torn:
            ++figures.torn[kind];
            break;
        }
        for (const QString &problem : check.problems) {
            complain(trial, problem);
        }

        if (trial % ArticleCheckInterval == 0 || trial == trials || stopped) {
            QStringList problems;
            ++figures.articleChecks;
            figures.articlesDiffering += model.checkArticles(db, &problems);
            for (const QString &problem : problems) {
                complain(trial, problem);
            }
        }
        if (trial % 100 == 0) {
            say(QStringLiteral("trial %1/%2: %3 changes acknowledged, %4 articles, %5 claims, %6 failures, %7 s")
                    .arg(trial)
                    .arg(trials)
                    .arg(figures.sum(figures.acknowledged))
                    .arg(model.articleCount())
                    .arg(model.claimCount())
                    .arg(figures.failures())
                    .arg(clock.elapsed() / 1000.0, 0, 'f', 1));
        }
    }
    const double seconds = clock.elapsed() / 1000.0;

    say(QString());
    say(QStringLiteral("%1 %2 %3 %4 %5")
            .arg(QStringLiteral("kill9_bench, seed %1").arg(seed), -44)
            .arg(QStringLiteral("verdicts"), 9)
            .arg(QStringLiteral("notes"), 9)
            .arg(QStringLiteral("imports"), 9)
            .arg(QStringLiteral("total"), 9));
    say(row("trials", QString::number(figures.trials)));
    say(row("acknowledged changes", figures.acknowledged));
    say(row("in flight at the kill, committed whole", figures.committed));
    say(row("in flight at the kill, lost whole", figures.lostInFlight));
    say(row("in flight at the kill, torn (must be 0)", figures.torn));
    say(row("killed between changes", QString::number(figures.noneInFlight)));
    say(row("lost acknowledged changes (must be 0)", QString::number(figures.lost)));
    say(row("rows no change accounts for (must be 0)", QString::number(figures.unexpected)));
    say(row("integrity failures (must be 0)", QString::number(figures.integrityFailures)));
    say(row("damaged opens (must be 0)", QString::number(figures.damagedOpens)));
    say(row("failed opens (must be 0)", QString::number(figures.failedOpens)));
    say(row("writer failures (must be 0)", QString::number(figures.writerFailures)));
    say(row("articles found not whole (must be 0)",
            QStringLiteral("%1 in %2 checks").arg(figures.articlesDiffering).arg(figures.articleChecks)));
    say(row("project at the end", QStringLiteral("%1 articles, %2 claims, %3 MB")
                                      .arg(model.articleCount())
                                      .arg(model.claimCount())
                                      .arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 1)));
    say(row("total time", QStringLiteral("%1 s, %2 ms a trial")
                              .arg(seconds, 0, 'f', 1)
                              .arg(1000.0 * seconds / qMax(1, figures.trials), 0, 'f', 0)));

    if (figures.failures() != 0 || stopped) {
        // Kept for a post-mortem: the file as the failing trial left it.
        dir.setAutoRemove(false);
        std::fprintf(stderr, "FAILED; the project is kept at %s\n", qPrintable(path));
        return 1;
    }
    return 0;
}
