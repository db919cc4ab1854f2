// Importing on a worker thread through its own connection, with cancel between files.

#include "import/importjob.h"
#include "project/project.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Credence::Core;

class ImportJobTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsOnWorkerThread();
    void cancelStopsBetweenFiles();
    void folderExpansion();
    void unopenableProjectReportsEveryFile();

private:
    QStringList writeArticles(int count);

    QTemporaryDir m_dir;
};

void ImportJobTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QStringList ImportJobTest::writeArticles(int count)
{
    static int batch = 0;
    const QString folder = m_dir.filePath(QStringLiteral("batch-%1").arg(++batch));
    QDir().mkpath(folder);
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(QStringLiteral("a%1.txt").arg(i, 3, 10, QLatin1Char('0')));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            return {};
        }
        f.write(QStringLiteral("Report number %1 from the valley\nBy Ada Stone\nSource: Valley Post\n\n"
                               "The river rose by %1 centimetres overnight, the water board said.\n")
                    .arg(i + batch * 1000)
                    .toUtf8());
        files.append(path);
    }
    return files;
}

void ImportJobTest::importsOnWorkerThread()
{
    const QString path = m_dir.filePath(QStringLiteral("thread.credence"));
    Project project;
    QVERIFY(project.open(path));
    const QStringList files = writeArticles(5);

    QThread thread;
    auto *job = new ImportJob(path, files);
    job->moveToThread(&thread);
    connect(&thread, &QThread::started, job, &ImportJob::run);
    connect(&thread, &QThread::finished, job, &QObject::deleteLater);
    QSignalSpy progress(job, &ImportJob::progress);
    QSignalSpy finished(job, &ImportJob::finished);
    thread.start();
    QVERIFY(finished.wait(10000));
    thread.quit();
    QVERIFY(thread.wait(5000));

    QCOMPARE(progress.size(), 5);
    QCOMPARE(progress.last().at(0).toInt(), 4);
    QCOMPARE(progress.last().at(1).toInt(), 5);
    const auto outcomes = finished.first().at(0).value<QList<ImportOutcome>>();
    QCOMPARE(outcomes.size(), 5);
    for (const ImportOutcome &o : outcomes) {
        QVERIFY2(o.ok(), qPrintable(o.error));
    }
    QCOMPARE(finished.first().at(1).toBool(), false);
    // The UI thread's own connection sees what the worker stored.
    QCOMPARE(project.articles().size(), 5);
}

void ImportJobTest::cancelStopsBetweenFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.credence"));
    Project project;
    QVERIFY(project.open(path));
    const QStringList files = writeArticles(40);
    ImportJob job(path, files);
    // Cancel from the progress signal of the third file: it is still imported, nothing after it.
    connect(
        &job, &ImportJob::progress, &job,
        [&job](int index) {
            if (index == 2) {
                job.cancel();
            }
        },
        Qt::DirectConnection);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.run();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(finished.first().at(0).value<QList<ImportOutcome>>().size(), 3);
    QCOMPARE(project.articles().size(), 3);
}

void ImportJobTest::folderExpansion()
{
    const QStringList files = writeArticles(3);
    const QString folder = QFileInfo(files.first()).path();
    QDir(folder).mkpath(QStringLiteral("sub"));
    QFile html(QDir(folder).filePath(QStringLiteral("sub/page.html")));
    QVERIFY(html.open(QIODevice::WriteOnly));
    html.write("<html></html>");
    html.close();
    QFile image(QDir(folder).filePath(QStringLiteral("photo.jpg")));
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.close();
    const QStringList expanded = expandImportPaths({folder});
    QCOMPARE(expanded.size(), 4); // three texts and the page in the subfolder; never the photo
    QVERIFY(!expanded.join(QLatin1Char(' ')).contains(QStringLiteral("photo.jpg")));
    QCOMPARE(expandImportPaths({files.first()}), QStringList{files.first()});
}

void ImportJobTest::unopenableProjectReportsEveryFile()
{
    const QString notAProject = m_dir.filePath(QStringLiteral("garbage.credence"));
    QFile f(notAProject);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    ImportJob job(notAProject, writeArticles(2));
    QSignalSpy finished(&job, &ImportJob::finished);
    job.run();
    const auto outcomes = finished.first().at(0).value<QList<ImportOutcome>>();
    QCOMPARE(outcomes.size(), 2);
    for (const ImportOutcome &o : outcomes) {
        QVERIFY(!o.ok());
        QVERIFY(!o.error.isEmpty());
    }
}

QTEST_MAIN(ImportJobTest)
#include "importjob_test.moc"
