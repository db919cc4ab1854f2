// Database::saveCopy and removeFiles (File › Save Project As…, File › New over an old file) against real files: the
// copy is one complete file with what was still in the original's -wal, the original stays open and unchanged, and
// a leftover -wal of a replaced file is never replayed into the new one.

#include "import/importer.h"
#include "storage/articlerepository.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence::Core;

class DatabaseCopyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copyHoldsWhatIsInTheWal();
    void copyReplacesFileAndIgnoresItsOldWal();
    void copyOntoItselfIsRefused();
    void copyIntoMissingFolderFails();
    void removeFilesTakesWalAlong();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static bool importArticle(Database &db, int number);

    QTemporaryDir m_dir;
};

void DatabaseCopyTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

bool DatabaseCopyTest::importArticle(Database &db, int number)
{
    const QByteArray text = QStringLiteral("Bridge report %1\nBy Ana Lima\nSource: Harbour Post\n\nThe bridge reopened "
                                           "on Monday after %1 weeks. Officials said the repairs cost 2.5 million.\n")
                                .arg(number)
                                .toUtf8();
    const ImportOutcome outcome = Importer(db).importBytes(text, QStringLiteral("report-%1.txt").arg(number));
    if (!outcome.ok()) {
        qWarning() << outcome.error;
    }
    return outcome.ok();
}

void DatabaseCopyTest::copyHoldsWhatIsInTheWal()
{
    Database db;
    QVERIFY2(db.open(path(QStringLiteral("original.credence"))), qPrintable(db.lastError()));
    QVERIFY(importArticle(db, 1));
    QVERIFY(importArticle(db, 2));
    // Not checkpointed yet: the articles are in the -wal, which a plain file copy would miss.
    QVERIFY(QFileInfo(db.path() + QStringLiteral("-wal")).size() > 0);

    const QString copy = path(QStringLiteral("copy.credence"));
    QVERIFY2(db.saveCopy(copy), qPrintable(db.lastError()));
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".part")));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(72).mid(68, 4), QByteArray("CRED")); // still ours, for the MIME magic too
    file.close();

    Database copied;
    QVERIFY2(copied.open(copy), qPrintable(copied.lastError()));
    QCOMPARE(ArticleRepository(copied).count(), 2);
    QCOMPARE(copied.userVersion(), db.userVersion());
    QCOMPARE(copied.integrityCheck(), QStringLiteral("ok"));

    // The original is still the open one, and still takes writes that the copy does not see.
    QCOMPARE(db.path(), path(QStringLiteral("original.credence")));
    QVERIFY(importArticle(db, 3));
    QCOMPARE(ArticleRepository(db).count(), 3);
    QCOMPARE(ArticleRepository(copied).count(), 2);
}

void DatabaseCopyTest::copyReplacesFileAndIgnoresItsOldWal()
{
    const QString target = path(QStringLiteral("replaced.credence"));
    const QString savedWal = path(QStringLiteral("replaced.wal-saved"));
    {
        // A project whose -wal is left behind, as after a crash: keep a copy of the -wal while it is live.
        Database old;
        QVERIFY(old.open(target));
        for (int i = 100; i < 105; ++i) {
            QVERIFY(importArticle(old, i));
        }
        QVERIFY(QFile::copy(target + QStringLiteral("-wal"), savedWal));
    }
    QVERIFY(QFile::copy(savedWal, target + QStringLiteral("-wal")));

    Database db;
    QVERIFY(db.open(path(QStringLiteral("source.credence"))));
    QVERIFY(importArticle(db, 1));
    QVERIFY2(db.saveCopy(target), qPrintable(db.lastError()));

    Database copied;
    QVERIFY2(copied.open(target), qPrintable(copied.lastError()));
    QCOMPARE(copied.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(ArticleRepository(copied).count(), 1);
}

void DatabaseCopyTest::copyOntoItselfIsRefused()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("self.credence"))));
    QVERIFY(importArticle(db, 1));
    QVERIFY(!db.saveCopy(db.path()));
    QVERIFY(!db.lastError().isEmpty());
    QCOMPARE(ArticleRepository(db).count(), 1);
}

void DatabaseCopyTest::copyIntoMissingFolderFails()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("lonely.credence"))));
    const QString target = path(QStringLiteral("no/such/folder/copy.credence"));
    QVERIFY(!db.saveCopy(target));
    QVERIFY(db.lastError().contains(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
    QVERIFY(db.isOpen());
}

void DatabaseCopyTest::removeFilesTakesWalAlong()
{
    const QString project = path(QStringLiteral("doomed.credence"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(project + suffix);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(Database::removeFiles(project));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY(!QFileInfo::exists(project + suffix));
    }
    QVERIFY(Database::removeFiles(project)); // nothing there is fine
}

QTEST_GUILESS_MAIN(DatabaseCopyTest)
#include "databasecopy_test.moc"
