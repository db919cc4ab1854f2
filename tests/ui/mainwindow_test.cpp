// The workbench as a user drives it: import, select, press a verdict key, and the verdict is in the file.

#include "mainwindow.h"
#include "models/claimtablemodel.h"
#include "project/project.h"
#include "settings/settings.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "widgets/articleview.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QClipboard>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Credence;

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importSelectAndMark_data();
    void importSelectAndMark();
    void undoRestoresSavedVerdict();
    void clickInTextSelectsClaim();
    void dropImportsFiles();
    void lettersDoNotMarkWhileEditingNote();
    void pasteCreatesArticle_data();
    void pasteCreatesArticle();
    void bodyStartsAtCursor();

private:
    /// The verdict on disk of row @p row of the shown article; nullopt when it cannot be read (which fails the test).
    std::optional<Core::Verdict> savedVerdict(int row);
    QTableView *claimsView() { return m_window->findChild<QTableView *>(QStringLiteral("claimsView")); }
    /// The claims in text order, behind the table's sorting.
    const Ui::ClaimTableModel *claimModel()
    {
        return qobject_cast<const Ui::ClaimTableModel *>(
            qobject_cast<const QAbstractProxyModel *>(claimsView()->model())->sourceModel());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Ui::MainWindow> m_window;
    QString m_projectPath;
    const QString m_article = QStringLiteral(CREDENCE_TEST_DATA_DIR "/harbour-bridge.txt");
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void MainWindowTest::init()
{
    static int round = 0;
    m_projectPath = m_dir.filePath(QStringLiteral("gui-%1.credence").arg(++round));
    m_settings = std::make_unique<Core::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_project = std::make_unique<Core::Project>();
    m_window = std::make_unique<Ui::MainWindow>(m_project.get(), m_settings.get());
    QVERIFY(m_window->openProject(m_projectPath, Core::OpenMode::Create));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void MainWindowTest::cleanup()
{
    m_window.reset();
    m_project.reset();
    m_settings.reset();
}

std::optional<Core::Verdict> MainWindowTest::savedVerdict(int row)
{
    // Read through a second, independent connection: what is on disk, not what the window holds.
    Core::Database db;
    if (!db.open(m_projectPath, {Core::OpenMode::Existing, true})) {
        qWarning() << db.lastError();
        return std::nullopt;
    }
    const int errors = db.errorCount();
    const QList<Core::Claim> claims = Core::ClaimRepository(db).forArticle(m_window->currentArticle());
    if (db.errorCount() != errors || row < 0 || row >= claims.size()) {
        qWarning() << "cannot read claim" << row << db.lastError();
        return std::nullopt;
    }
    return claims.at(row).verdict;
}

void MainWindowTest::importSelectAndMark_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Core::Verdict>("expected");
    QTest::newRow("1") << int(Qt::Key_1) << Core::Verdict::Corroborated;
    QTest::newRow("C") << int(Qt::Key_C) << Core::Verdict::Corroborated;
    QTest::newRow("2") << int(Qt::Key_2) << Core::Verdict::Contradicted;
    QTest::newRow("X") << int(Qt::Key_X) << Core::Verdict::Contradicted;
}

void MainWindowTest::importSelectAndMark()
{
    QFETCH(int, key);
    QFETCH(Core::Verdict, expected);

    m_window->importPaths({m_article});
    QVERIFY(m_window->currentArticle() != 0);
    // This test stays on one claim: without moving on to the next claim not checked after each mark.
    m_window->findChild<QAction *>(QStringLiteral("autoAdvance"))->setChecked(false);
    QTableView *view = claimsView();
    QVERIFY(view);
    // Title, byline, source and date lines are metadata; the body is three one-sentence paragraphs ("Mr." and
    // "U.S." do not end a sentence).
    QCOMPARE(view->model()->rowCount(), 3);
    view->setFocus();
    view->selectRow(2);
    QTest::keyClick(view, Qt::Key(key));
    QCOMPARE(savedVerdict(2), std::optional<Core::Verdict>(expected));
    QCOMPARE(view->model()
                 ->index(2, Ui::ClaimTableModel::VerdictColumn)
                 .data(Ui::ClaimTableModel::VerdictRole)
                 .value<Core::Verdict>(),
             expected);
    // Unverifiable through its key, saved as well.
    QTest::keyClick(view, Qt::Key_3);
    QCOMPARE(savedVerdict(2), std::optional<Core::Verdict>(Core::Verdict::Unverifiable));
}

void MainWindowTest::undoRestoresSavedVerdict()
{
    m_window->importPaths({m_article});
    QTableView *view = claimsView();
    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_2);
    QCOMPARE(savedVerdict(0), std::optional<Core::Verdict>(Core::Verdict::Contradicted));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(savedVerdict(0), std::optional<Core::Verdict>(Core::Verdict::NotChecked));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(savedVerdict(0), std::optional<Core::Verdict>(Core::Verdict::Contradicted));
}

void MainWindowTest::clickInTextSelectsClaim()
{
    m_window->importPaths({m_article});
    auto *text = m_window->findChild<Ui::ArticleView *>(QStringLiteral("articleView"));
    QVERIFY(text);
    const auto *model = claimModel();
    const Core::Claim target = model->claims().at(2);
    QTextCursor cursor(text->document());
    cursor.setPosition(target.start + 3);
    const QPoint point = text->cursorRect(cursor).center();
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(claimsView()->currentIndex().row(), 2);
    QCOMPARE(text->currentClaim(), 2);
    // Marking from the text view acts on the claim under the caret.
    QTest::keyClick(text, Qt::Key_1);
    QCOMPARE(savedVerdict(2), std::optional<Core::Verdict>(Core::Verdict::Corroborated));
}

void MainWindowTest::dropImportsFiles()
{
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(m_article)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    delete mime;
    QCOMPARE(m_project->articles().size(), 1);
    QCOMPARE(m_project->articles().first().publication, QStringLiteral("Westport Evening Post"));
}

void MainWindowTest::lettersDoNotMarkWhileEditingNote()
{
    m_window->importPaths({m_article});
    QTableView *view = claimsView();
    view->setFocus();
    view->selectRow(1);
    // Enter opens the note editor, a window of its own: the letters typed there (c, x, u ...) are the note, not
    // states.
    bool typed = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        auto *editor = dialog ? dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")) : nullptr;
        if (!editor) {
            return;
        }
        dialog->activateWindow(); // the offscreen platform does not, as a window manager would
        if (!QTest::qWaitForWindowActive(dialog)) {
            dialog->close();
            return;
        }
        QTest::keyClicks(editor, QStringLiteral("Checked with council 1 2 3 x u"));
        typed = true;
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        if (dialog->isVisible()) {
            dialog->close();
        }
    });
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(typed);
    QCOMPARE(view->model()->index(1, Ui::ClaimTableModel::NoteColumn).data().toString(),
             QStringLiteral("Checked with council 1 2 3 x u"));
    QCOMPARE(savedVerdict(1), std::optional<Core::Verdict>(Core::Verdict::NotChecked));
    Core::Database db;
    QVERIFY(db.open(m_projectPath));
    QCOMPARE(Core::ClaimRepository(db).forArticle(m_window->currentArticle()).at(1).note,
             QStringLiteral("Checked with council 1 2 3 x u"));
}

void MainWindowTest::pasteCreatesArticle_data()
{
    QTest::addColumn<bool>("html");
    QTest::newRow("text") << false;
    QTest::newRow("html") << true;
}

void MainWindowTest::pasteCreatesArticle()
{
    QFETCH(bool, html);
    auto *mime = new QMimeData;
    const QString sentence = QStringLiteral("The tram line to the airport opens on 3 June, the transport office said.");
    if (html) {
        mime->setHtml(QStringLiteral("<html><head><title>Tram to airport</title></head><body><article>"
                                     "<h1>Tram line to the airport opens in June</h1><p>%1</p>"
                                     "<p>Tickets will cost 2.90 euros, according to the operator.</p>"
                                     "</article></body></html>")
                          .arg(sentence));
    } else {
        mime->setText(QStringLiteral("Tram line to the airport opens in June\n\n%1\n").arg(sentence));
    }
    QApplication::clipboard()->setMimeData(mime);
    QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_project->articles().size(), 1);
    const auto article = m_project->article(m_window->currentArticle());
    QVERIFY(article);
    QCOMPARE(article->metadata.title, QStringLiteral("Tram line to the airport opens in June"));
    QVERIFY2(article->body.contains(sentence), qPrintable(article->body));
    QCOMPARE(article->rawFormat, html ? QStringLiteral("html") : QStringLiteral("text"));
}

void MainWindowTest::bodyStartsAtCursor()
{
    m_window->importPaths({m_article});
    auto *text = m_window->findChild<Ui::ArticleView *>(QStringLiteral("articleView"));
    const auto *model = claimModel();
    const Core::Claim second = model->claims().at(1);
    text->setFocus();
    QTextCursor cursor(text->document());
    cursor.setPosition(second.start);
    text->setTextCursor(cursor);
    QTest::keyClick(text, Qt::Key_BracketLeft, Qt::ControlModifier);
    const auto article = m_project->article(m_window->currentArticle());
    QVERIFY2(article->body.startsWith(QStringLiteral("Repairs to the bridge")), qPrintable(article->body));
    QCOMPARE(claimsView()->model()->rowCount(), 2);
    QCOMPARE(text->toPlainText(), article->body); // the view shows the new body at once
}

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
