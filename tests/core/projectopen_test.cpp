// Opening a project: files that are not projects are refused untouched, projects that cannot be written open
// read-only and leave nothing behind, another program's lock and a full disk give a message and lose nothing, and
// the project file alone holds everything once an import is done or the project is closed.

#include "import/importer.h"
#include "project/project.h"
#include "projectfiles.h"
#include "projecttestaccess.h"
#include "storage/articlerepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Credence::Core;
using Credence::Test::sha256;

namespace {

constexpr uid_t Nobody = 65534;

/// The article the test projects judge: the first with a source (an unassigned one's states count in no score).
Id judgedArticle(Project &project)
{
    for (const ArticleSummary &article : project.articles()) {
        if (!article.publication.isEmpty()) {
            return article.id;
        }
    }
    return 0;
}

QStringList seedFiles()
{
    const QDir seeds(QStringLiteral(CREDENCE_SEEDS_DIR));
    QStringList files;
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        files.append(seeds.filePath(name));
    }
    return files;
}

/// Writes @p sql statements into a plain SQLite file, as another program would.
void writeForeignSqlite(const QString &path, const QStringList &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : sql) {
            QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

QStringList siblings(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QString::fromLatin1(suffix))) {
            found.append(path + QString::fromLatin1(suffix));
        }
    }
    return found;
}

} // namespace

class ProjectOpenTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusesWhatIsNotAProject_data();
    void refusesWhatIsNotAProject();
    void emptyFileBecomesProjectOnlyThroughNew();
    void openNeverCreates();
    void nameTooLongIsReportedAsItself();
    void readOnlyOpenWritesNothing();
    void unwritableFileAsAnotherUser();
    void unwritableFolderAsAnotherUser();
    void lockHeldByAnotherProcess();
    void projectFileAloneHoldsEverything();
    void fullDiskLosesNothing();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// A project with the seed articles and a few verdicts, closed (so checkpointed).
    QString makeProject(const QString &name);
    /// Runs the credence binary as another, unprivileged user when this test runs as root, so that file
    /// permissions apply; as itself otherwise.
    int runCredence(const QStringList &arguments, QByteArray *out, QByteArray *err);
    /// An article the other user can read (the source tree may be out of its reach).
    QString articleForOtherUser();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void ProjectOpenTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (::geteuid() == 0) {
        // The other user must reach the folder.
        QVERIFY(::chown(QFile::encodeName(m_dir->path()).constData(), Nobody, Nobody) == 0);
    }
}

QString ProjectOpenTest::makeProject(const QString &name)
{
    const QString file = path(name);
    Project project;
    if (!project.open(file)) {
        qWarning() << project.lastError();
        return {};
    }
    for (const ImportOutcome &outcome : project.importFiles(seedFiles())) {
        if (!outcome.ok()) {
            qWarning() << outcome.error;
            return {};
        }
    }
    const QList<Claim> claims = project.claims(judgedArticle(project));
    project.setVerdict({claims.at(0).id}, Verdict::Corroborated);
    project.setVerdict({claims.at(1).id}, Verdict::Contradicted);
    project.close();
    return file;
}

QString ProjectOpenTest::articleForOtherUser()
{
    const QString copy = path(QStringLiteral("harbour-bridge.txt"));
    if (!QFileInfo::exists(copy)) {
        QFile::copy(QStringLiteral(CREDENCE_TEST_DATA_DIR "/harbour-bridge.txt"), copy);
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }
    return copy;
}

int ProjectOpenTest::runCredence(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    if (::geteuid() == 0) {
        // The build tree may sit where the other user cannot reach it (under /root): run a copy from the test folder.
        const QString binary = m_dir->filePath(QStringLiteral("credence"));
        if (!QFileInfo::exists(binary)) {
            QFile::copy(QStringLiteral(CREDENCE_BINARY), binary);
            QFile::setPermissions(binary, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                              QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup);
        }
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), QStringLiteral("--"), binary} +
                          arguments);
    } else {
        process.start(QStringLiteral(CREDENCE_BINARY), arguments);
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        return -1;
    }
    *out = process.readAllStandardOutput();
    *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void ProjectOpenTest::refusesWhatIsNotAProject_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("message");
    const QList<std::pair<const char *, const char *>> kinds = {
        {"empty SQLite of another program", "another program"},
        {"SQLite with user_version 2", "another program"},
        {"SQLite with tables", "another program"},
        {"0-byte file", "empty file"},
        {"text file", "not a Credence project"},
        {"PDF", "not a Credence project"},
        {"folder", "not a file"},
    };
    for (const auto &[kind, message] : kinds) {
        for (const OpenMode mode : {OpenMode::Existing, OpenMode::CreateIfMissing}) {
            QTest::addRow("%s, %s", kind, mode == OpenMode::Existing ? "open" : "import")
                << QString::fromLatin1(kind) << int(mode) << QString::fromLatin1(message);
        }
    }
}

void ProjectOpenTest::refusesWhatIsNotAProject()
{
    QFETCH(QString, kind);
    QFETCH(int, mode);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("file.credence"));
    if (kind == QLatin1String("empty SQLite of another program")) {
        writeForeignSqlite(file, {QStringLiteral("CREATE TABLE t(x)"), QStringLiteral("DROP TABLE t")});
    } else if (kind == QLatin1String("SQLite with user_version 2")) {
        writeForeignSqlite(file, {QStringLiteral("PRAGMA user_version = 2")});
    } else if (kind == QLatin1String("SQLite with tables")) {
        writeForeignSqlite(file, {QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)"),
                                  QStringLiteral("INSERT INTO notes(body) VALUES ('keep me')")});
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(file));
    } else {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text file")) {
            out.write("Notes for the editor.\n");
        } else if (kind == QLatin1String("PDF")) {
            out.write("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n");
        }
    }
    const QByteArray before = sha256(file);

    Database db;
    QVERIFY(!db.open(file, {OpenMode(mode)}));
    QVERIFY2(db.lastError().contains(message), qPrintable(db.lastError()));
    QVERIFY(!db.isOpen());
    Project project;
    QVERIFY(!project.open(file, {OpenMode(mode)}));
    QVERIFY2(project.lastError().contains(message), qPrintable(project.lastError()));

    // Not a byte written, and no journal left beside it.
    QCOMPARE(sha256(file), before);
    QCOMPARE(siblings(file), QStringList());
}

void ProjectOpenTest::emptyFileBecomesProjectOnlyThroughNew()
{
    const QString file = path(QStringLiteral("touched.credence"));
    QFile touched(file);
    QVERIFY(touched.open(QIODevice::WriteOnly));
    touched.close();
    Database db;
    QVERIFY(!db.open(file, {OpenMode::Existing}));
    QCOMPARE(QFileInfo(file).size(), 0);
    QVERIFY2(db.open(file, {OpenMode::Create}), qPrintable(db.lastError()));
    db.close();
    QCOMPARE(inspectProjectFile(file).kind, ProjectFileKind::CredenceProject);
}

void ProjectOpenTest::openNeverCreates()
{
    const QString file = path(QStringLiteral("frobnicate"));
    Project project;
    QVERIFY(!project.open(file, {OpenMode::Existing}));
    QVERIFY2(project.lastError().contains(QLatin1String("no project")), qPrintable(project.lastError()));
    QVERIFY(!QFileInfo::exists(file));
}

void ProjectOpenTest::nameTooLongIsReportedAsItself()
{
    const QString file = path(QString(300, QLatin1Char('n')) + QStringLiteral(".credence"));
    Database db;
    QVERIFY(!db.open(file, {OpenMode::CreateIfMissing}));
    QVERIFY2(db.lastError().contains(QString::fromLocal8Bit(std::strerror(ENAMETOOLONG))), qPrintable(db.lastError()));
    QVERIFY(!db.lastError().contains(QLatin1String("no project")));
}

void ProjectOpenTest::readOnlyOpenWritesNothing()
{
    const QString file = makeProject(QStringLiteral("seeds.credence"));
    QVERIFY(!file.isEmpty());
    QCOMPARE(siblings(file), QStringList());
    const QByteArray before = sha256(file);

    Project project;
    QVERIFY2(project.open(file, {OpenMode::Existing, true}), qPrintable(project.lastError()));
    QVERIFY(project.isReadOnly());
    QVERIFY(!project.isDamaged());
    QCOMPARE(project.articles().size(), seedFiles().size());
    QCOMPARE(project.sourceTallies().size() > 0, true);

    QSignalSpy errors(&project, &Project::storageError);
    const Id claim = project.claims(judgedArticle(project)).first().id;
    QVERIFY(!project.setVerdict({claim}, Verdict::Contradicted));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(QLatin1String("read-only")),
             qPrintable(errors.first().first().toString()));
    const QList<ImportOutcome> outcomes =
        project.importFiles({QStringLiteral(CREDENCE_TEST_DATA_DIR "/harbour-bridge.txt")});
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(!outcomes.first().ok());
    QVERIFY2(outcomes.first().error.contains(QLatin1String("read-only")), qPrintable(outcomes.first().error));
    QCOMPARE(project.claim(claim)->verdict, Verdict::Corroborated);
    project.close();

    QCOMPARE(sha256(file), before);
    QCOMPARE(siblings(file), QStringList());
}

void ProjectOpenTest::unwritableFileAsAnotherUser()
{
    const QString file = makeProject(QStringLiteral("locked-down.credence"));
    QVERIFY(!file.isEmpty());
    if (::geteuid() == 0) {
        QVERIFY(::chown(QFile::encodeName(file).constData(), Nobody, Nobody) == 0);
    }
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0444) == 0);
    const QByteArray before = sha256(file);
    QByteArray out;
    QByteArray err;

    // Reading, the summary and the report work.
    QCOMPARE(
        runCredence({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), file}, &out, &err),
        0);
    QVERIFY2(out.contains("\"corroborated\": 1"), out.constData());
    const QString pdf = path(QStringLiteral("report.pdf"));
    QCOMPARE(runCredence({QStringLiteral("export-pdf"), QStringLiteral("--db"), file, pdf}, &out, &err), 0);
    QVERIFY(QFileInfo(pdf).size() > 0);
    // Writing is refused with a message, and nothing is left beside the file.
    QCOMPARE(runCredence({QStringLiteral("import"), QStringLiteral("--db"), file, articleForOtherUser()}, &out, &err),
             1);
    QVERIFY2(err.contains("read-only"), err.constData());
    QCOMPARE(sha256(file), before);
    QCOMPARE(siblings(file), QStringList());

    // Once the permissions are back, writing works: no read-only -shm was left to block it.
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    QCOMPARE(runCredence({QStringLiteral("import"), QStringLiteral("--db"), file, articleForOtherUser()}, &out, &err),
             0);
    Database db;
    QVERIFY2(db.open(file, {OpenMode::Existing}), qPrintable(db.lastError()));
    QCOMPARE(ArticleRepository(db).count(), seedFiles().size() + 1);
}

void ProjectOpenTest::unwritableFolderAsAnotherUser()
{
    const QString folder = path(QStringLiteral("archive"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = makeProject(QStringLiteral("archive/shared.credence"));
    QVERIFY(!file.isEmpty());
    if (::geteuid() == 0) {
        QVERIFY(::chown(QFile::encodeName(folder).constData(), Nobody, Nobody) == 0);
        QVERIFY(::chown(QFile::encodeName(file).constData(), Nobody, Nobody) == 0);
    }
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    const QByteArray before = sha256(file);
    QByteArray out;
    QByteArray err;
    QCOMPARE(runCredence({QStringLiteral("summary"), QStringLiteral("--db"), file}, &out, &err), 0);
    QVERIFY2(!err.contains("damaged"), err.constData());
    QCOMPARE(runCredence({QStringLiteral("export-pdf"), QStringLiteral("--db"), file, path(QStringLiteral("out.pdf"))},
                         &out, &err),
             0);
    QCOMPARE(runCredence({QStringLiteral("import"), QStringLiteral("--db"), file, articleForOtherUser()}, &out, &err),
             1);
    QVERIFY2(err.contains("folder"), err.constData());
    QCOMPARE(sha256(file), before);
    QCOMPARE(siblings(file), QStringList());
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
}

void ProjectOpenTest::lockHeldByAnotherProcess()
{
    const QString file = makeProject(QStringLiteral("busy.credence"));
    QVERIFY(!file.isEmpty());
    Project project;
    QVERIFY2(project.open(file, {OpenMode::Existing}), qPrintable(project.lastError()));
    const Claim claim = project.claims(judgedArticle(project)).at(2);
    QCOMPARE(claim.verdict, Verdict::NotChecked);

    QProcess locker;
    locker.start(QStringLiteral(CREDENCE_DB_LOCKER), {file});
    QVERIFY(locker.waitForReadyRead(20000));
    QCOMPARE(locker.readLine().trimmed(), QByteArray("locked"));

    QSignalSpy errors(&project, &Project::storageError);
    QVERIFY(!project.setVerdict({claim.id}, Verdict::Contradicted)); // waits out the busy timeout, then says so
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("Another program is using the project")), qPrintable(message));
    QCOMPARE(project.claim(claim.id)->verdict, Verdict::NotChecked);

    locker.write("\n");
    QVERIFY(locker.waitForFinished(20000));
    QVERIFY2(project.setVerdict({claim.id}, Verdict::Contradicted), qPrintable(project.lastError()));
    QCOMPARE(project.claim(claim.id)->verdict, Verdict::Contradicted);
    QCOMPARE(ProjectTestAccess::database(project).integrityCheck(), QStringLiteral("ok"));
}

void ProjectOpenTest::projectFileAloneHoldsEverything()
{
    const QString file = makeProject(QStringLiteral("main.credence"));
    QVERIFY(!file.isEmpty());
    // Another connection stays open all along, so SQLite's own checkpoint on the last close never happens.
    Database reader;
    QVERIFY(reader.open(file, {OpenMode::Existing}));
    const auto copyAlone = [&](const QString &name) {
        const QString copy = path(name);
        QFile::remove(copy);
        return QFile::copy(file, copy) ? copy : QString();
    };
    {
        Project project;
        QVERIFY(project.open(file, {OpenMode::Existing}));
        const QList<ImportOutcome> outcomes =
            project.importFiles({QStringLiteral(CREDENCE_TEST_DATA_DIR "/harbour-bridge.txt")});
        QVERIFY(outcomes.first().ok());
        // After the import, before anything else: the .credence file alone has the article.
        const QString afterImport = copyAlone(QStringLiteral("after-import.credence"));
        Database copy;
        QVERIFY2(copy.open(afterImport, {OpenMode::Existing}), qPrintable(copy.lastError()));
        QVERIFY(!copy.isDamaged());
        QCOMPARE(ArticleRepository(copy).count(), seedFiles().size() + 1);
        copy.close();

        const Id claim = project.claims(*outcomes.first().articleId).first().id;
        QVERIFY(project.setVerdict({claim}, Verdict::Contradicted));
        project.close();
        // At close: the verdict too.
        const QString afterClose = copyAlone(QStringLiteral("after-close.credence"));
        QVERIFY2(copy.open(afterClose, {OpenMode::Existing}), qPrintable(copy.lastError()));
        QCOMPARE(ClaimRepository(copy).get(claim)->verdict, Verdict::Contradicted);
    }
    QCOMPARE(QFileInfo(file + QStringLiteral("-wal")).size(), 0);
}

void ProjectOpenTest::fullDiskLosesNothing()
{
    const QString file = makeProject(QStringLiteral("full.credence"));
    QVERIFY(!file.isEmpty());
    Project project;
    QVERIFY(project.open(file, {OpenMode::Existing}));
    const int articles = int(project.articles().size());
    const Id judged = project.claims(judgedArticle(project)).first().id;
    // SQLite's size limit stands in for a full disk: the next pages cannot be had, exactly as with ENOSPC.
    const int pages = ProjectTestAccess::database(project).scalar(QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(ProjectTestAccess::database(project)
                .exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 1))
                .isActive());
    QByteArray big = "Big page\n\n";
    for (int i = 0; i < 4000; ++i) {
        big += "Sentence number " + QByteArray::number(i) + " says the harbour bridge reopened on time.\n";
    }
    const ImportOutcome outcome = project.importBytes(big, QStringLiteral("big.txt"));
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(QLatin1String("disk is full")), qPrintable(outcome.error));
    project.close();

    Database db;
    QVERIFY2(db.open(file, {OpenMode::Existing}), qPrintable(db.lastError()));
    QVERIFY(!db.isDamaged());
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(ArticleRepository(db).count(), articles);
    QCOMPARE(ClaimRepository(db).get(judged)->verdict, Verdict::Corroborated);
}

QTEST_GUILESS_MAIN(ProjectOpenTest)
#include "projectopen_test.moc"
