// File › Save Project As…: the window goes on in a complete copy of the project, which the recent list and the next
// start know about, while the original file stays as it was.

#include "mainwindow.h"
#include "project/project.h"
#include "settings/settings.h"
#include "storage/articlerepository.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence;

class SaveAsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workGoesOnInTheCopy();

private:
    static int articlesIn(const QString &path);

    QTemporaryDir m_dir;
};

void SaveAsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

int SaveAsTest::articlesIn(const QString &path)
{
    Core::Database db;
    return db.open(path) ? Core::ArticleRepository(db).count() : -1;
}

void SaveAsTest::workGoesOnInTheCopy()
{
    const QString original = m_dir.filePath(QStringLiteral("original.credence"));
    const QString copy = m_dir.filePath(QStringLiteral("copy.credence"));
    Core::Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    Core::Project project;
    Ui::MainWindow window(&project, &settings);
    QVERIFY(window.openProject(original, Core::OpenMode::Create));
    window.importPaths({QStringLiteral(CREDENCE_TEST_DATA_DIR "/harbour-bridge.txt")});
    QVERIFY(window.currentArticle() != 0);

    QVERIFY(window.saveProjectCopy(copy));
    QCOMPARE(project.path(), copy);
    QVERIFY(window.windowTitle().contains(QStringLiteral("copy")));
    QCOMPARE(settings.lastProject(), copy);
    QCOMPARE(settings.recentProjects().value(0), copy);
    QVERIFY(window.currentArticle() != 0); // the article is there in the copy too

    // A change now goes to the copy only.
    window.importPaths({QStringLiteral(CREDENCE_TEST_DATA_DIR "/import-headers.txt")});
    QCOMPARE(articlesIn(copy), 2);
    QCOMPARE(articlesIn(original), 1);
    QVERIFY(QFileInfo::exists(original));
}

QTEST_MAIN(SaveAsTest)
#include "saveas_test.moc"
