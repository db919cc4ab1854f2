// Reading and judging claims in a project of a million claims, timed as the window does it.
//
//   claims_bench [--articles 2000] [--claims 500] [--opens 200] [--changes 500] [--file PATH] [--keep]
//
// 1. Writes a project of ARTICLES x CLAIMS claims (sentences of about 150 characters, claim kinds, some states with
//    their history and some notes) through the application's own schema: Database::open() creates it by running the
//    migrations, then the rows go in with prepared statements in transactions of 20 articles.
// 2. Opens it as the window does (Project::open, with the check) and times opening an article: Project::article(),
//    Project::claims() and Project::articleSummary(), for OPENS random articles, first with the file in the
//    operating system's cache and then with it dropped before each article (as after a reboot).
// 3. Times CHANGES durable state changes through Project::writeVerdict() on random claims (each a real change), and
//    as a floor the same number of bare transactions of the sqlite3 shell on the same file, in turns of 50 so both
//    see the same disk: `BEGIN; INSERT INTO bench_scratch_full ...; COMMIT;` each timed from the moment the line is
//    written to the shell's stdin until the shell answers the SELECT after it on stdout. A third shell does the same
//    with synchronous=OFF: the difference is what the disk's fsync costs, which no change to the application saves.
//
// The file goes to PATH (default: a temporary folder under /tmp) and is deleted at the end unless --keep is given;
// an existing file at PATH is measured without being rebuilt.

#include "benchproject.h"
#include "project/project.h"
#include "projecttestaccess.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Credence::Core;
using namespace Credence::Bench;

namespace {

constexpr double OpenTargetMs = 16.0;
constexpr double WriteTargetMs = 5.0;
constexpr double WriteTargetRatio = 2.0;

/// Asks the kernel to forget the file's cached pages, so the next read goes to the disk.
void dropCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0) {
        return;
    }
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

/// Reads the file through, so the kernel caches it again: as Project::open() leaves it, whose check reads it all.
void warmCache(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (file.read(buffer.data(), buffer.size()) > 0) {
    }
}

void printPlans(Database &db)
{
    const QStringList queries = {
        QStringLiteral("SELECT id, article_id, start_offset, end_offset, text, verdict, note, updated_at, kind, origin,"
                       " prefix, suffix, orphaned FROM claims WHERE article_id = 7 ORDER BY start_offset, id"),
        QStringLiteral("SELECT a.id, (SELECT count(*) FROM claims c WHERE c.article_id = a.id),"
                       " (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.verdict <> 0)"
                       " FROM articles a WHERE a.id = 7"),
        QStringLiteral("UPDATE claims SET verdict = 1 WHERE id = 7"),
    };
    std::printf("query plans (EXPLAIN QUERY PLAN):\n");
    for (const QString &sql : queries) {
        std::printf("  %s\n", qPrintable(sql.left(90) + (sql.size() > 90 ? QStringLiteral("...") : QString())));
        QSqlQuery q = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        while (db.next(q)) {
            std::printf("    %s\n", qPrintable(q.value(3).toString()));
        }
    }
}

bool measureOpening(Project &project, int articles, int claimsPerArticle, int opens, bool cold)
{
    QRandomGenerator random(cold ? 7 : 3);
    QList<double> total, articleMs, claimsMs, summaryMs;
    for (int i = 0; i < opens; ++i) {
        const Id id = 1 + random.bounded(articles);
        if (cold) {
            dropCache(project.path());
        }
        QElapsedTimer timer;
        timer.start();
        const auto article = project.article(id);
        const double afterArticle = msSince(timer);
        const QList<Claim> claims = project.claims(id);
        const double afterClaims = msSince(timer);
        const auto summary = project.articleSummary(id);
        const double afterSummary = msSince(timer);
        if (!article || claims.size() != claimsPerArticle || !summary || summary->claims != claimsPerArticle) {
            std::fprintf(stderr, "article %lld read wrong: %lld claims\n", id, qint64(claims.size()));
            return false;
        }
        total.append(afterSummary);
        articleMs.append(afterArticle);
        claimsMs.append(afterClaims - afterArticle);
        summaryMs.append(afterSummary - afterClaims);
    }
    const Figures f = figuresOf(total);
    printFigures("article + claims + summary", f);
    printFigures("  Project::article()", figuresOf(articleMs));
    printFigures("  Project::claims()", figuresOf(claimsMs));
    printFigures("  Project::articleSummary()", figuresOf(summaryMs));
    std::printf("  target p95 <= %.0f ms: %s\n", OpenTargetMs, verdictOf(f.p95 <= OpenTargetMs));
    return true;
}

/// The sqlite3 shell on the project file, answering one transaction at a time through pipes.
class SqliteShell
{
public:
    /// @p synchronous: FULL as the application runs, or OFF to see what a transaction costs without its fsync.
    bool start(const QString &path, const QByteArray &synchronous)
    {
        m_table = "bench_scratch_" + synchronous.toLower();
        m_process.setProgram(QStringLiteral("sqlite3"));
        m_process.setArguments({path});
        m_process.start();
        if (!m_process.waitForStarted()) {
            std::fprintf(stderr, "cannot run sqlite3 (Debian package sqlite3): %s\n",
                         qPrintable(m_process.errorString()));
            return false;
        }
        // The same busy timeout as the application's connection, so neither gives up on the other's lock.
        return ask(".timeout 5000\nPRAGMA journal_mode=WAL; PRAGMA synchronous=" + synchronous +
                   "; CREATE TABLE IF NOT EXISTS " + m_table + "(id INTEGER PRIMARY KEY, value TEXT NOT NULL);") &&
               m_answer.trimmed() == "wal";
    }

    /// The rows the transactions stored: each transaction must have stored its row.
    qint64 rows() { return ask("SELECT count(*) FROM " + m_table + ';') ? m_answer.trimmed().toLongLong() : -1; }

    /// One durable single-row transaction; the time from writing it to the shell's answer, in ms (negative: failed).
    double transaction()
    {
        QElapsedTimer timer;
        timer.start();
        if (!ask("BEGIN; INSERT INTO " + m_table +
                 "(value) VALUES ('a change of about the size of a state change'); COMMIT;")) {
            return -1;
        }
        return msSince(timer);
    }

    void finish()
    {
        ask("DROP TABLE " + m_table + ';');
        m_process.closeWriteChannel();
        m_process.waitForFinished();
    }

private:
    /// Sends @p sql followed by a SELECT of a fresh token and waits for the token: the shell answers statements in
    /// order, so the token comes back once @p sql has been done.
    bool ask(const QByteArray &sql)
    {
        const QByteArray token = "done-" + QByteArray::number(++m_asked);
        m_process.write(sql + " SELECT '" + token + "';\n");
        m_answer.clear();
        while (true) {
            while (!m_process.canReadLine()) {
                if (!m_process.waitForReadyRead(30000)) {
                    std::fprintf(stderr, "sqlite3 did not answer: %s\n", m_process.readAllStandardError().constData());
                    return false;
                }
            }
            const QByteArray line = m_process.readLine().trimmed();
            if (line == token) {
                // The shell reports a failed statement on stderr and goes on: a failed write must not pass as fast.
                const QByteArray errors = m_process.readAllStandardError();
                if (!errors.isEmpty()) {
                    std::fprintf(stderr, "sqlite3: %s\n", errors.constData());
                    return false;
                }
                return true;
            }
            m_answer += line + '\n';
        }
    }

    QProcess m_process;
    QByteArray m_table;
    QByteArray m_answer;
    int m_asked = 0;
};

bool measureWrites(Project &project, qint64 claimCount, int changes)
{
    SqliteShell shell;
    SqliteShell unsynced;
    if (!shell.start(project.path(), "FULL") || !unsynced.start(project.path(), "OFF")) {
        return false;
    }
    QRandomGenerator random(11);
    QList<double> ours, bare, withoutSync;
    constexpr int Turn = 50; // writes of each kind in turn, so a busy moment of the disk falls on both
    while (ours.size() < changes) {
        for (int i = 0; i < Turn && ours.size() < changes; ++i) {
            const Id id = 1 + Id(random.bounded(quint64(claimCount)));
            const auto before = project.claim(id);
            if (!before) {
                std::fprintf(stderr, "claim %lld is missing\n", id);
                return false;
            }
            // Each change really changes the state: a same-state write stores nothing and would flatter the figures.
            const Verdict next = Verdict((int(before->verdict) + 1 + random.bounded(3)) % 4);
            QElapsedTimer timer;
            timer.start();
            if (!project.writeVerdict(id, next)) {
                std::fprintf(stderr, "writeVerdict failed: %s\n", qPrintable(project.lastError()));
                return false;
            }
            ours.append(msSince(timer));
            if (project.claim(id)->verdict != next) {
                std::fprintf(stderr, "claim %lld was not changed\n", id);
                return false;
            }
        }
        for (int i = 0; i < Turn && bare.size() < changes; ++i) {
            const double ms = shell.transaction();
            if (ms < 0) {
                return false;
            }
            bare.append(ms);
        }
        for (int i = 0; i < Turn && withoutSync.size() < changes; ++i) {
            const double ms = unsynced.transaction();
            if (ms < 0) {
                return false;
            }
            withoutSync.append(ms);
        }
    }
    if (shell.rows() != bare.size() || unsynced.rows() != withoutSync.size()) {
        std::fprintf(stderr, "the sqlite3 shell did not store every row\n");
        return false;
    }
    shell.finish();
    unsynced.finish();
    const Figures o = figuresOf(ours);
    const Figures b = figuresOf(bare);
    printFigures("Project::writeVerdict()", o);
    printFigures("sqlite3 shell: BEGIN; INSERT; COMMIT", b);
    printFigures("  the same with synchronous=OFF (no fsync)", figuresOf(withoutSync));
    const double ratio = o.p95 / b.p95;
    std::printf("  p95 ours %.3f ms, bare %.3f ms: ratio %.2f (median ratio %.2f)\n", o.p95, b.p95, ratio,
                o.median / b.median);
    std::printf("  target p95 <= %.0f ms: %s\n", WriteTargetMs, verdictOf(o.p95 <= WriteTargetMs));
    std::printf("  target p95 within %.0fx of the sqlite3 shell: %s\n", WriteTargetRatio,
                verdictOf(ratio <= WriteTargetRatio));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opening articles and changing states in a large project."));
    parser.addHelpOption();
    addProjectOptions(parser);
    parser.addOption({QStringLiteral("opens"), QStringLiteral("Articles opened per pass."), QStringLiteral("N"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("changes"), QStringLiteral("State changes (and shell transactions)."),
                      QStringLiteral("N"), QStringLiteral("500")});
    parser.process(app);
    const ProjectOptions options = projectOptions(parser);
    const int articles = options.articles;
    const int claimsPerArticle = options.claimsPerArticle;
    const int opens = std::max(1, parser.value(QStringLiteral("opens")).toInt());
    const int changes = std::max(1, parser.value(QStringLiteral("changes")).toInt());

    const ProjectPlace place = projectPlace(options, QStringLiteral("claims_bench"));
    const QString &path = place.path;
    const bool existed = place.existed;
    if (!existed && !generate(path, articles, claimsPerArticle)) {
        Database::removeFiles(path);
        return 1;
    }
    const auto cleanUp = [&] {
        if (!existed && !options.keep) {
            Database::removeFiles(path);
        }
    };

    Project project;
    QElapsedTimer openTimer;
    openTimer.start();
    if (!project.open(path, {OpenMode::Existing})) {
        std::fprintf(stderr, "%s\n", qPrintable(project.lastError()));
        cleanUp();
        return 1;
    }
    const double openMs = msSince(openTimer);
    Database &db = ProjectTestAccess::database(project);
    const qint64 articleCount = db.scalar(QStringLiteral("SELECT count(*) FROM articles")).toLongLong();
    const qint64 claimCount = db.scalar(QStringLiteral("SELECT count(*) FROM claims")).toLongLong();
    const qint64 judged = db.scalar(QStringLiteral("SELECT count(*) FROM claims WHERE verdict <> 0")).toLongLong();
    const qint64 notes = db.scalar(QStringLiteral("SELECT count(*) FROM claims WHERE note <> ''")).toLongLong();
    const qint64 history = db.scalar(QStringLiteral("SELECT count(*) FROM verdict_history")).toLongLong();
    std::printf("file: %.1f MB; %lld articles, %lld claims (%lld with a state, %lld with a note), %lld history rows;"
                " schema %d\n",
                double(QFileInfo(path).size()) / (1024 * 1024), articleCount, claimCount, judged, notes, history,
                db.userVersion());
    std::printf("Project::open with quick_check: %.0f ms\n", openMs);
    printPlans(db);

    const int perArticle = int(claimCount / std::max<qint64>(1, articleCount));
    std::printf("a. opening an article of %d claims (%d random articles per pass)\n", perArticle, opens);
    std::printf(" file in the OS page cache, SQLite's own cache (2 MB) mostly cold:\n");
    bool ok = measureOpening(project, int(articleCount), perArticle, opens, false);
    std::printf(" file dropped from the OS page cache before each article (posix_fadvise DONTNEED):\n");
    ok = ok && measureOpening(project, int(articleCount), perArticle, opens, true);
    // The cold pass left the file out of the cache; the writes are measured as in a project open for a while.
    warmCache(path);
    std::printf("b. durable state changes (WAL, synchronous=FULL), %d of each in turns of 50, the file cached again\n",
                changes);
    ok = ok && measureWrites(project, claimCount, changes);
    project.close();
    cleanUp();
    return ok ? 0 : 1;
}
