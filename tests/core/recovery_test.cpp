// A project with damaged pages is never shown as empty and never written to: it opens read-only, says what can
// still be read, and a recovered copy holds every row that could be read, with its verdicts.

#include "project/project.h"
#include "projectfiles.h"
#include "projecttestaccess.h"
#include "storage/articlerepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/recovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace Credence::Core;
using Credence::Test::sha256;

class RecoveryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void damagedProjectOpensReadOnly();
    void recoveredCopyHoldsEverythingReadable();
    void commandLineRefusesToReportOnDamage();
    void soundProjectScansWhole();

private:
    QString m_pristine;
    QHash<Id, Verdict> m_verdicts; ///< every claim of the pristine project
    int m_articles = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_damaged;
};

void RecoveryTest::initTestCase()
{
    static QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_pristine = dir.filePath(QStringLiteral("pristine.credence"));
    Project project;
    QVERIFY2(project.open(m_pristine), qPrintable(project.lastError()));
    const QDir seeds(QStringLiteral(CREDENCE_SEEDS_DIR));
    QStringList files;
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        files.append(seeds.filePath(name));
    }
    QVERIFY(!files.isEmpty());
    for (const ImportOutcome &outcome : project.importFiles(files)) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    }
    // Verdicts spread over every article, so damage to any page of claims loses some.
    int n = 0;
    for (const ArticleSummary &article : project.articles()) {
        for (const Claim &claim : project.claims(article.id)) {
            const Verdict verdict =
                std::array{Verdict::Corroborated, Verdict::Contradicted, Verdict::NotChecked}[n++ % 3];
            if (verdict != Verdict::NotChecked) {
                QVERIFY(project.setVerdict({claim.id}, verdict));
            }
            m_verdicts.insert(claim.id, verdict);
        }
    }
    // What the user says about a source and the project: on pages of their own, never damaged here.
    const Source source = project.sources().first();
    QVERIFY(project.setSourceGrade(source.id, QStringLiteral("C"), QStringLiteral("mixed record")));
    QVERIFY(project.setSourceCriteria(
        source.id, {{QStringLiteral("corrects"), CriterionAnswer::Met, QStringLiteral("corrections page")}}));
    ProjectDetails details;
    details.title = QStringLiteral("Mali review");
    details.author = QStringLiteral("Desk");
    QVERIFY(project.setDetails(details));
    m_articles = int(project.articles().size());
    project.close();
}

void RecoveryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_damaged = m_dir->filePath(QStringLiteral("damaged.credence"));
    QVERIFY(QFile::copy(m_pristine, m_damaged));
    QVERIFY(QFile::setPermissions(m_damaged, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(Credence::Test::damageMiddleLeaf(m_damaged, QStringLiteral("claims")).has_value());
}

void RecoveryTest::damagedProjectOpensReadOnly()
{
    const QByteArray before = sha256(m_damaged);
    Project project;
    QVERIFY2(project.open(m_damaged, {OpenMode::Existing}), qPrintable(project.lastError()));
    QVERIFY(project.isDamaged());
    QVERIFY(project.isReadOnly());
    QVERIFY(!ProjectTestAccess::database(project).damage().isEmpty());

    const RecoveryReport report = project.assessDamage();
    const TableRecovery claims = report.table(QStringLiteral("claims"));
    QCOMPARE(report.table(QStringLiteral("articles")).read, m_articles);
    QVERIFY(claims.unreadable > 0);
    QVERIFY(claims.read > 0);
    QVERIFY(claims.read < m_verdicts.size());
    QVERIFY(claims.read + claims.unreadable >= m_verdicts.size());
    QVERIFY2(report.summary().contains(QLatin1String("damaged pages")), qPrintable(report.summary()));

    // Nothing writes into it: not a verdict, not an import.
    QSignalSpy errors(&project, &Project::storageError);
    QVERIFY(!project.setVerdict({m_verdicts.keys().first()}, Verdict::Contradicted));
    QVERIFY(!errors.isEmpty());
    QVERIFY(!project.importFiles({QStringLiteral(CREDENCE_TEST_DATA_DIR "/harbour-bridge.txt")}).first().ok());
    project.close();
    QCOMPARE(sha256(m_damaged), before);
    QVERIFY(!QFileInfo::exists(m_damaged + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(m_damaged + QStringLiteral("-shm")));
}

void RecoveryTest::recoveredCopyHoldsEverythingReadable()
{
    const QString copy = m_dir->filePath(QStringLiteral("recovered.credence"));
    RecoveryReport report;
    {
        Project project;
        QVERIFY(project.open(m_damaged, {OpenMode::Existing}));
        QVERIFY(project.isDamaged());
        QVERIFY2(project.saveRecoveredCopy(copy, &report), qPrintable(project.lastError()));
    }
    Project recovered;
    QVERIFY2(recovered.open(copy, {OpenMode::Existing}), qPrintable(recovered.lastError()));
    QVERIFY(!recovered.isDamaged());
    QVERIFY(!recovered.isReadOnly());
    QCOMPARE(ProjectTestAccess::database(recovered).integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(recovered.articles().size(), m_articles);
    int claims = 0;
    for (const ArticleSummary &article : recovered.articles()) {
        for (const Claim &claim : recovered.claims(article.id)) {
            ++claims;
            QVERIFY(m_verdicts.contains(claim.id));
            QCOMPARE(claim.verdict, m_verdicts.value(claim.id)); // every verdict read is kept as it was
        }
    }
    QCOMPARE(claims, report.table(QStringLiteral("claims")).read);
    // The source's grade history, its answers to the criteria and the project's details come along.
    const Source source = recovered.sources().first();
    QCOMPARE(recovered.sourceGradeHistory(source.id).size(), 1);
    const QList<CriterionEntry> answers = recovered.criteriaOf(source.id);
    const auto corrects = std::find_if(answers.cbegin(), answers.cend(),
                                       [](const CriterionEntry &e) { return e.key == QLatin1String("corrects"); });
    QVERIFY(corrects != answers.cend());
    QCOMPARE(corrects->answer, CriterionAnswer::Met);
    QCOMPARE(corrects->note, QStringLiteral("corrections page"));
    QCOMPARE(recovered.details().title, QStringLiteral("Mali review"));
    QCOMPARE(report.table(QStringLiteral("source_criteria")).read, 1);
    QVERIFY(claims < m_verdicts.size());
    QVERIFY(report.lost() > 0);
    // The copy is a working project.
    QVERIFY(
        recovered.setVerdict({recovered.claims(recovered.articles().first().id).first().id}, Verdict::Unverifiable));
}

void RecoveryTest::commandLineRefusesToReportOnDamage()
{
    const QByteArray before = sha256(m_damaged);
    for (const QStringList &arguments : {QStringList{QStringLiteral("summary"), QStringLiteral("--db"), m_damaged},
                                         QStringList{QStringLiteral("export-pdf"), QStringLiteral("--db"), m_damaged,
                                                     m_dir->filePath(QStringLiteral("report.pdf"))},
                                         QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_damaged,
                                                     QStringLiteral(CREDENCE_TEST_DATA_DIR "/harbour-bridge.txt")}}) {
        QProcess process;
        process.start(QStringLiteral(CREDENCE_BINARY), arguments);
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("damaged")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("recover")), qPrintable(err));
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("report.pdf"))));
    QCOMPARE(sha256(m_damaged), before);

    // `credence recover` saves the readable part.
    const QString copy = m_dir->filePath(QStringLiteral("cli-recovered.credence"));
    QProcess process;
    process.start(QStringLiteral(CREDENCE_BINARY),
                  {QStringLiteral("recover"), QStringLiteral("--db"), m_damaged, copy});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains(QLatin1String("Could not be read")), qPrintable(out));
    Database db;
    QVERIFY2(db.open(copy, {OpenMode::Existing}), qPrintable(db.lastError()));
    QVERIFY(!db.isDamaged());
    QCOMPARE(ArticleRepository(db).count(), m_articles);
}

void RecoveryTest::soundProjectScansWhole()
{
    Database db;
    QVERIFY(db.open(m_pristine, {OpenMode::Existing, true}));
    QVERIFY(!db.isDamaged());
    const RecoveryReport report = scanReadable(db);
    QCOMPARE(report.lost(), 0);
    QCOMPARE(report.table(QStringLiteral("claims")).read, m_verdicts.size());
    QCOMPARE(report.table(QStringLiteral("articles")).read, m_articles);
}

QTEST_GUILESS_MAIN(RecoveryTest)
#include "recovery_test.moc"
