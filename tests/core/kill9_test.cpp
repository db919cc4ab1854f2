// A process killed with SIGKILL while it writes verdicts loses nothing it reported as saved, and leaves a file that
// passes PRAGMA integrity_check. The writer is tests/core/verdictwriter.cpp; it reports each write before
// ("intent") and after its commit ("saved"), so the one write that may have been cut short is known; its log is read
// by parseWriterLog() (tests/common/writerlog.h), as kill9_bench reads durabilitywriter's.

#include "import/importer.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "writerlog.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <signal.h>

using namespace Credence::Core;

namespace {

qsizetype countSaved(const QByteArray &output)
{
    return output.count("\nsaved ");
}

} // namespace

class Kill9Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedWriterLosesNoReportedVerdict_data();
    void killedWriterLosesNoReportedVerdict();

private:
    QTemporaryDir m_dir;
    QString m_path;
    // What the file must hold, carried from round to round: each round's writer starts from the last one's file.
    QHash<Id, Verdict> m_expected;
    QHash<Id, int> m_historyRows;
};

void Kill9Test::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QDir seeds(QStringLiteral(CREDENCE_SEEDS_DIR));
    const QStringList files = seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("The seed articles are missing: no .txt files in %1 (set CREDENCE_SEEDS_DIR)")
                             .arg(seeds.absolutePath())));
    }
    if (!QFileInfo(QStringLiteral(CREDENCE_VERDICT_WRITER)).isExecutable()) {
        QFAIL("The helper " CREDENCE_VERDICT_WRITER " is not built");
    }

    m_path = m_dir.filePath(QStringLiteral("kill9.credence"));
    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    Importer importer(db);
    for (const QString &file : files) {
        const ImportOutcome outcome = importer.importFile(seeds.filePath(file));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    }
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, verdict FROM claims"));
    while (q.next()) {
        m_expected.insert(q.value(0).toLongLong(), verdictFromInt(q.value(1).toInt()).value_or(Verdict::NotChecked));
        m_historyRows.insert(q.value(0).toLongLong(), 0);
    }
    // Enough claims that the early rounds never come back to a claim, and the last ones do.
    QVERIFY2(m_expected.size() >= 100, qPrintable(QString::number(m_expected.size())));
}

void Kill9Test::killedWriterLosesNoReportedVerdict_data()
{
    QTest::addColumn<int>("minimumSaved");
    // Killed right after a report the writer is almost always between writes; a pause lets the kill land anywhere in
    // a write (one takes a millisecond or two with synchronous = FULL), also in the middle of its commit.
    QTest::addColumn<int>("pauseMicroseconds");

    QTest::newRow("round 1") << 50 << 0;
    QTest::newRow("round 2") << 60 << 300;
    QTest::newRow("round 3") << 150 << 700;
    QTest::newRow("round 4, past every claim") << int(m_expected.size()) + 50 << 1100;
    QTest::newRow("round 5") << 75 << 1600;
    QTest::newRow("round 6") << 50 << 2300;
    QTest::newRow("round 7") << 90 << 3700;
    QTest::newRow("round 8") << 50 << 9000;
}

void Kill9Test::killedWriterLosesNoReportedVerdict()
{
    QFETCH(int, minimumSaved);
    QFETCH(int, pauseMicroseconds);

    QProcess writer;
    writer.setProgram(QStringLiteral(CREDENCE_VERDICT_WRITER));
    writer.setArguments({m_path});
    writer.start();
    QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

    // A leading newline lets countSaved() match the first line like any other.
    QByteArray output("\n");
    const QDeadlineTimer deadline(60000);
    while (countSaved(output) < minimumSaved) {
        if (writer.state() == QProcess::NotRunning || deadline.hasExpired()) {
            QFAIL(qPrintable(QStringLiteral("the writer stopped or stalled after %1 saves: %2")
                                 .arg(countSaved(output))
                                 .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        }
        writer.waitForReadyRead(1000);
        output += writer.readAllStandardOutput();
    }
    QThread::usleep(pauseMicroseconds);
    QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    output += writer.readAllStandardOutput();
    QVERIFY2(writer.readAllStandardError().isEmpty(), "the writer reported an error");

    const WriterLog log = parseWriterLog(output);
    QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
    QCOMPARE(log.claims, m_expected.size());
    QVERIFY(log.saved.size() >= minimumSaved);
    for (const Change &write : log.saved) {
        QVERIFY2(write.kind == ChangeKind::Verdict, qPrintable(write.describe()));
        QVERIFY2(m_expected.contains(write.claimId), qPrintable(QString::number(write.claimId)));
        m_expected[write.claimId] = write.verdict;
        ++m_historyRows[write.claimId];
    }

    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());

    ClaimRepository claims(db);
    // The write in flight was either committed whole (verdict and history row) or not at all.
    const char *inFlight = "none in flight";
    if (log.pending) {
        QVERIFY2(log.pending->kind == ChangeKind::Verdict, qPrintable(log.pending->describe()));
        const auto claim = claims.get(log.pending->claimId);
        QVERIFY(claim);
        inFlight = "one in flight, lost";
        if (claim->verdict == log.pending->verdict) {
            inFlight = "one in flight, committed";
            m_expected[claim->id] = claim->verdict;
            ++m_historyRows[claim->id];
        }
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM claims")).toInt(), int(m_expected.size()));
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        const auto claim = claims.get(it.key());
        QVERIFY2(claim, qPrintable(QString::number(it.key())));
        if (claim->verdict != it.value()) {
            QFAIL(qPrintable(QStringLiteral("claim %1 is %2, but the writer reported %3 as saved")
                                 .arg(it.key())
                                 .arg(verdictKey(claim->verdict), verdictKey(it.value()))));
        }
        const qsizetype rows = claims.history(it.key()).size();
        if (rows != m_historyRows.value(it.key())) {
            QFAIL(qPrintable(QStringLiteral("claim %1 has %2 history rows for %3 reported changes")
                                 .arg(it.key())
                                 .arg(rows)
                                 .arg(m_historyRows.value(it.key()))));
        }
    }
    qInfo("%lld verdicts reported saved, %s", static_cast<long long>(log.saved.size()), inFlight);
}

QTEST_MAIN(Kill9Test)
#include "kill9_test.moc"
