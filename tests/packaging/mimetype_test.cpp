// The project file type as a desktop sees it: with packaging/<appid>.mime.xml installed, a real project is
// application/x-credence-project by its name and, renamed, by its content (the SQLite header plus our
// application_id at byte 68); any other SQLite database stays plain SQLite.

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence::Core;

class MimeTypeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void projectHeader();
    void detect_data();
    void detect();
    void inheritsSqlite();

private:
    QString makeProject(const QString &name);
    QString makeForeignSqlite(const QString &name);

    QTemporaryDir m_dir;
};

void MimeTypeTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Our type from the package file, beside the system's (which has application/vnd.sqlite3): a data folder as
    // /usr/share would be after installing the .deb.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("share/mime/packages")));
    QVERIFY(QFile::copy(QStringLiteral(CREDENCE_MIME_XML),
                        m_dir.filePath(QStringLiteral("share/mime/packages/" CREDENCE_APP_ID ".xml"))));
    QByteArray dirs = qgetenv("XDG_DATA_DIRS");
    if (dirs.isEmpty()) {
        dirs = QByteArrayLiteral("/usr/local/share:/usr/share");
    }
    qputenv("XDG_DATA_DIRS", QByteArray(QFile::encodeName(m_dir.filePath(QStringLiteral("share"))) + ':' + dirs));
    QVERIFY(QMimeDatabase().mimeTypeForName(QStringLiteral("application/vnd.sqlite3")).isValid());
}

QString MimeTypeTest::makeProject(const QString &name)
{
    const QString path = m_dir.filePath(name);
    Database db;
    if (!db.open(path)) {
        qWarning() << db.lastError();
    }
    return path; // closed here: the header is in the main file, not the -wal
}

QString MimeTypeTest::makeForeignSqlite(const QString &name)
{
    const QString path = m_dir.filePath(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA application_id = 1"));
            q.exec(QStringLiteral("CREATE TABLE t (x)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    return path;
}

void MimeTypeTest::projectHeader()
{
    // What the magic in the MIME file matches, read from a file Database made.
    QFile file(makeProject(QStringLiteral("header.credence")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(72);
    QCOMPARE(header.left(16), QByteArray("SQLite format 3\0", 16));
    QCOMPARE(header.mid(68, 4), QByteArray("CRED"));
}

void MimeTypeTest::detect_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ours");
    QTest::addColumn<int>("mode");
    const int byName = int(QMimeDatabase::MatchExtension);
    const int byContent = int(QMimeDatabase::MatchContent);
    const int both = int(QMimeDatabase::MatchDefault);
    QTest::newRow("project, by name") << makeProject(QStringLiteral("a.credence")) << true << byName;
    QTest::newRow("project, by content") << makeProject(QStringLiteral("a.credence")) << true << byContent;
    QTest::newRow("renamed project, by content") << makeProject(QStringLiteral("renamed")) << true << byContent;
    QTest::newRow("renamed project") << makeProject(QStringLiteral("renamed")) << true << both;
    QTest::newRow("other SQLite, by content") << makeForeignSqlite(QStringLiteral("other")) << false << byContent;
    QTest::newRow("other SQLite") << makeForeignSqlite(QStringLiteral("other.sqlite3")) << false << both;
}

void MimeTypeTest::detect()
{
    QFETCH(QString, file);
    QFETCH(bool, ours);
    QFETCH(int, mode);
    const QMimeType type = QMimeDatabase().mimeTypeForFile(file, QMimeDatabase::MatchMode(mode));
    QCOMPARE(type.name(), ours ? QStringLiteral(CREDENCE_MIME_TYPE) : QStringLiteral("application/vnd.sqlite3"));
}

void MimeTypeTest::inheritsSqlite()
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(QStringLiteral(CREDENCE_MIME_TYPE));
    QVERIFY(type.isValid());
    QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    QCOMPARE(type.comment(), QStringLiteral("Credence project"));
    QCOMPARE(type.suffixes(), QStringList{QStringLiteral("credence")});
}

QTEST_GUILESS_MAIN(MimeTypeTest)
#include "mimetype_test.moc"
