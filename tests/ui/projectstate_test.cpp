// The window never pretends: a failed open keeps the project that was open, without a project nothing can be
// imported, and a read-only or damaged project says so in the title and a banner and cannot be edited.

#include "mainwindow.h"
#include "models/claimtablemodel.h"
#include "project/project.h"
#include "projectfiles.h"
#include "settings/settings.h"
#include "storage/articlerepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence;

class ProjectStateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void failedOpenKeepsTheOpenProject();
    void withoutProjectNothingPretends();
    void readOnlyProjectSaysSo();
    void damagedProjectIsShownAndAnnounced();

private:
    QString makeProject(const QString &name, const QStringList &files);
    QAction *action(const QString &name) { return m_window->findChild<QAction *>(name); }
    QMessageBox *openMessage()
    {
        for (QMessageBox *box : m_window->findChildren<QMessageBox *>()) {
            if (box->isVisible()) {
                return box;
            }
        }
        return nullptr;
    }
    void closeMessages()
    {
        for (QMessageBox *box : m_window->findChildren<QMessageBox *>()) {
            box->close();
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Ui::MainWindow> m_window;
    const QString m_article = QStringLiteral(CREDENCE_TEST_DATA_DIR "/harbour-bridge.txt");
};

void ProjectStateTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void ProjectStateTest::init()
{
    m_settings = std::make_unique<Core::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_project = std::make_unique<Core::Project>();
    m_window = std::make_unique<Ui::MainWindow>(m_project.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void ProjectStateTest::cleanup()
{
    m_window.reset();
    m_project.reset();
    m_settings.reset();
}

QString ProjectStateTest::makeProject(const QString &name, const QStringList &files)
{
    const QString path = m_dir.filePath(name);
    Core::Project project;
    if (!project.open(path, {Core::OpenMode::Create})) {
        return {};
    }
    for (const Core::ImportOutcome &outcome : project.importFiles(files)) {
        if (!outcome.ok()) {
            return {};
        }
    }
    return path;
}

void ProjectStateTest::failedOpenKeepsTheOpenProject()
{
    const QString first = m_dir.filePath(QStringLiteral("first.credence"));
    QVERIFY(m_window->openProject(first, Core::OpenMode::Create));
    const QString notes = m_dir.filePath(QStringLiteral("notes.credence"));
    QFile text(notes);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("Not a project at all.\n");
    text.close();

    QVERIFY(!m_window->openProject(notes));
    QMessageBox *box = openMessage();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("first is still open")), qPrintable(box->text()));
    closeMessages();
    QCOMPARE(m_project->path(), first);
    QVERIFY2(m_window->windowTitle().startsWith(QLatin1String("first")), qPrintable(m_window->windowTitle()));

    // An import after the failed open lands in the project the title names.
    m_window->importPaths({m_article});
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Imported 1")));
    m_project->close();
    Core::Database db;
    QVERIFY(db.open(first, {Core::OpenMode::Existing}));
    QCOMPARE(Core::ArticleRepository(db).count(), 1);
}

void ProjectStateTest::withoutProjectNothingPretends()
{
    QVERIFY(!m_project->isOpen());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Credence"));
    for (const char *name : {"importArticles", "exportPdf", "mark-corroborated"}) {
        QVERIFY2(action(QString::fromLatin1(name)), name);
        QVERIFY2(!action(QString::fromLatin1(name))->isEnabled(), name);
    }
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    m_window->importPaths({m_article});
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QLatin1String("Imported")));
    QMessageBox *box = openMessage();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("no project is open")), qPrintable(box->text()));
    closeMessages();
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
}

void ProjectStateTest::readOnlyProjectSaysSo()
{
    const QString path = makeProject(QStringLiteral("archive.credence"), {m_article});
    QVERIFY(!path.isEmpty());
    const QByteArray before = Credence::Test::sha256(path);
    QVERIFY(m_project->open(path, {Core::OpenMode::Existing, true}));
    m_window->selectArticle(0);

    QVERIFY2(m_window->windowTitle().contains(QLatin1String("(read-only)")), qPrintable(m_window->windowTitle()));
    auto *banner = m_window->findChild<QWidget *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("readOnlyBannerText"))
                ->text()
                .contains(QLatin1String("read-only")));
    QCOMPARE(m_window->findChild<QPushButton *>(QStringLiteral("readOnlyBannerButton"))->text(),
             QStringLiteral("Save a Writable Copy…"));
    QVERIFY(!action(QStringLiteral("importArticles"))->isEnabled());
    QVERIFY(!action(QStringLiteral("mark-corroborated"))->isEnabled());
    QVERIFY(action(QStringLiteral("exportPdf"))->isEnabled());

    auto *claims = m_window->findChild<QTableView *>(QStringLiteral("claimsView"));
    QVERIFY(claims->model()->rowCount() > 0);
    const QModelIndex verdict = claims->model()->index(0, Ui::ClaimTableModel::VerdictColumn);
    QVERIFY(!(claims->model()->flags(verdict) & Qt::ItemIsEditable));
    claims->setFocus();
    claims->selectRow(0);
    QTest::keyClick(claims, Qt::Key_1);
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QLatin1String("Marked")));
    m_project->close();
    QCOMPARE(Credence::Test::sha256(path), before);
}

void ProjectStateTest::damagedProjectIsShownAndAnnounced()
{
    const QDir seeds(QStringLiteral(CREDENCE_SEEDS_DIR));
    QStringList files;
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        files.append(seeds.filePath(name));
    }
    const QString path = makeProject(QStringLiteral("damaged.credence"), files);
    QVERIFY(!path.isEmpty());
    QVERIFY(Credence::Test::damageMiddleLeaf(path, QStringLiteral("claims")).has_value());

    QVERIFY(m_window->openProject(path));
    QMessageBox *box = openMessage();
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("damagedProjectMessage"));
    QVERIFY2(box->text().contains(QLatin1String("damaged")), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QStringLiteral("Readable: %1 articles").arg(files.size())),
             qPrintable(box->informativeText()));
    closeMessages();
    QVERIFY2(m_window->windowTitle().contains(QLatin1String("damaged")), qPrintable(m_window->windowTitle()));
    // What can be read is shown, not an empty project.
    auto *articles = m_window->findChild<QTableView *>(QStringLiteral("articlesView"));
    QCOMPARE(articles->model()->rowCount(), files.size());
    QCOMPARE(m_window->findChild<QPushButton *>(QStringLiteral("readOnlyBannerButton"))->text(),
             QStringLiteral("Save Recovered Copy…"));
    QVERIFY(action(QStringLiteral("saveRecoveredCopy"))->isVisible());
    QVERIFY(!action(QStringLiteral("exportPdf"))->isEnabled());
    QVERIFY(!action(QStringLiteral("importArticles"))->isEnabled());
}

QTEST_MAIN(ProjectStateTest)
#include "projectstate_test.moc"
