// The workbench's keys and menus beyond the annotation flow: marking from the article list, auto-advance on and
// off, removing an article with Delete (confirmed, then undone), the F1 sheet, and a context menu on every view.

#include "dialogs/shortcutsdialog.h"
#include "mainwindow.h"
#include "models/claimtablemodel.h"
#include "project/project.h"
#include "settings/settings.h"
#include "storage/articlerepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "testsupport.h"
#include "widgets/articleview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Credence;

class KeyboardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void markFromArticleList();
    void assignSourceToSelectedArticles();
    void autoAdvance_data();
    void autoAdvance();
    void deleteArticleAsksThenUndoBringsItBack_data();
    void deleteArticleAsksThenUndoBringsItBack();
    void shortcutSheetListsEveryShortcut();
    void contextMenuOnEveryView_data();
    void contextMenuOnEveryView();

private:
    std::optional<Core::Verdict> savedVerdict(int row);
    int savedArticles();
    QTableView *view(const char *name) { return m_window->findChild<QTableView *>(QString::fromLatin1(name)); }
    QAction *action(const char *name) { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }
    /// Answers the next modal message box with the button whose text is @p button; says whether it saw one.
    void answerNextMessageBox(const QString &button, QString *text, bool *seen);

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Ui::MainWindow> m_window;
    QString m_path;
};

void KeyboardTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void KeyboardTest::init()
{
    static int round = 0;
    m_path = m_dir.filePath(QStringLiteral("keys-%1.credence").arg(++round));
    m_settings = std::make_unique<Core::Settings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(round)));
    m_project = std::make_unique<Core::Project>();
    m_window = std::make_unique<Ui::MainWindow>(m_project.get(), m_settings.get());
    QVERIFY(m_window->openProject(m_path, Core::OpenMode::Create));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->importPaths({Test::dataFile(QStringLiteral("harbour-bridge.txt"))});
    QVERIFY(m_window->currentArticle() != 0);
}

void KeyboardTest::cleanup()
{
    m_window.reset();
    m_project.reset();
    m_settings.reset();
}

std::optional<Core::Verdict> KeyboardTest::savedVerdict(int row)
{
    Core::Database db;
    if (!db.open(m_path, {Core::OpenMode::Existing, true})) {
        return std::nullopt;
    }
    const QList<Core::Claim> claims = Core::ClaimRepository(db).forArticle(m_window->currentArticle());
    return row < claims.size() ? std::optional(claims.at(row).verdict) : std::nullopt;
}

int KeyboardTest::savedArticles()
{
    Core::Database db;
    return db.open(m_path, {Core::OpenMode::Existing, true}) ? int(Core::ArticleRepository(db).list().size()) : -1;
}

void KeyboardTest::answerNextMessageBox(const QString &button, QString *text, bool *seen)
{
    QTimer::singleShot(0, this, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            return;
        }
        *seen = true;
        *text = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == button) {
                b->click();
                return;
            }
        }
        box->reject();
    });
}

void KeyboardTest::markFromArticleList()
{
    // Pressing 1 in the article list used to do nothing at all: it marks the current claim of the shown article.
    QTableView *articles = view("articlesView");
    articles->setFocus();
    QTRY_VERIFY(articles->hasFocus());
    QTest::keyClick(articles, Qt::Key_1);
    QCOMPARE(savedVerdict(0), std::optional(Core::Verdict::Corroborated));
    QVERIFY(articles->hasFocus()); // the list keeps the focus
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("corroborated")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void KeyboardTest::assignSourceToSelectedArticles()
{
    // Two pages that name no source: unassigned. Select both with Shift+Down, Ctrl+Shift+A, type, Enter.
    m_project->importBytes(QByteArrayLiteral("Dam report one\n\nThe dam held, the board said.\n"),
                           QStringLiteral("one.txt"));
    m_project->importBytes(QByteArrayLiteral("Dam report two\n\nThe dam was inspected in May, engineers said.\n"),
                           QStringLiteral("two.txt"));
    const QList<Core::ArticleSummary> listed = m_project->articles();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0).publication, QString()); // unassigned first
    QCOMPARE(listed.at(1).publication, QString());
    QCOMPARE(m_project->sourceTallies().size(), 1);
    QTableView *articles = view("articlesView");
    articles->setFocus();
    QTRY_VERIFY(articles->hasFocus());
    articles->setCurrentIndex(articles->model()->index(0, 0));
    QTest::keyClick(articles, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(articles->selectionModel()->selectedRows().size(), 2);
    const int steps = m_project->undoStack()->index();
    bool typed = false;
    QTimer::singleShot(0, this, [&typed] {
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) != nullptr);
        // Whatever fails below, the dialog goes: the test must not hang on it.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible()) {
                dialog->reject();
            }
        });
        QCOMPARE(dialog->objectName(), QStringLiteral("assignSourceDialog"));
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        QWidget *field = QApplication::focusWidget();
        QTest::keyClicks(field, QStringLiteral("Valley Post"));
        QTest::keyClick(field, Qt::Key_Return);
        typed = !dialog->isVisible();
    });
    QTest::keyClick(articles, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(typed);
    QCOMPARE(m_project->undoStack()->index(), steps + 1);
    QStringList names;
    for (const Core::SourceTally &tally : m_project->sourceTallies()) {
        names.append(tally.name + u'=' + QString::number(tally.articles));
    }
    QVERIFY2(names.contains(QStringLiteral("Valley Post=2")), qPrintable(names.join(u',')));
    // One step back: both unassigned again. (The offscreen platform does not give the window back its activation.)
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(articles, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_project->sourceTallies().size(), 1);
    int unassigned = 0;
    for (const Core::ArticleSummary &a : m_project->articles()) {
        unassigned += a.publication.isEmpty() ? 1 : 0;
    }
    QCOMPARE(unassigned, 2);
}

void KeyboardTest::autoAdvance_data()
{
    QTest::addColumn<bool>("on");
    QTest::newRow("on (default)") << true;
    QTest::newRow("off") << false;
}

void KeyboardTest::autoAdvance()
{
    QFETCH(bool, on);
    QAction *toggle = action("autoAdvance");
    QVERIFY(toggle && toggle->isCheckable());
    QVERIFY(toggle->isChecked()); // on unless turned off
    if (!on) {
        toggle->trigger();
        QVERIFY(!m_settings->autoAdvance());
    }
    QTableView *claims = view("claimsView");
    claims->setFocus();
    claims->selectRow(0);
    QTest::keyClick(claims, Qt::Key_2);
    QCOMPARE(savedVerdict(0), std::optional(Core::Verdict::Contradicted));
    QCOMPARE(claims->currentIndex().row(), on ? 1 : 0);
    // Past the last claim it wraps to the first not checked.
    claims->selectRow(2);
    QTest::keyClick(claims, Qt::Key_3);
    QCOMPARE(savedVerdict(2), std::optional(Core::Verdict::Unverifiable));
    QCOMPARE(claims->currentIndex().row(), on ? 1 : 2);
    // N goes to the next claim not checked whatever the setting.
    claims->selectRow(2);
    QTest::keyClick(claims, Qt::Key_N);
    QCOMPARE(claims->currentIndex().row(), 1);
}

void KeyboardTest::deleteArticleAsksThenUndoBringsItBack_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("confirmed") << true;
    QTest::newRow("cancelled") << false;
}

void KeyboardTest::deleteArticleAsksThenUndoBringsItBack()
{
    QFETCH(bool, confirm);
    QTableView *claims = view("claimsView");
    claims->setFocus();
    claims->selectRow(1);
    QTest::keyClick(claims, Qt::Key_1); // one judged claim
    const Core::Id article = m_window->currentArticle();
    QCOMPARE(savedArticles(), 1);

    QTableView *articles = view("articlesView");
    articles->setFocus();
    QTRY_VERIFY(articles->hasFocus());
    QString text;
    bool seen = false;
    answerNextMessageBox(confirm ? QStringLiteral("Remove") : QStringLiteral("Cancel"), &text, &seen);
    QTest::keyClick(articles, Qt::Key_Delete);
    QVERIFY(seen);
    m_window->activateWindow(); // as the window manager does when the message closes
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY2(text.contains(QStringLiteral("judged claim")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Ctrl+Z brings it back")), qPrintable(text));
    if (!confirm) {
        QCOMPARE(savedArticles(), 1);
        return;
    }
    QCOMPARE(savedArticles(), 0);
    QCOMPARE(m_window->currentArticle(), Core::Id(0));

    QTest::keyClick(articles, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(savedArticles(), 1);
    QTRY_COMPARE(m_window->currentArticle(), article); // back under the same id, with its judged claim
    QCOMPARE(savedVerdict(1), std::optional(Core::Verdict::Corroborated));
}

void KeyboardTest::shortcutSheetListsEveryShortcut()
{
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    Ui::ShortcutsDialog *sheet = nullptr;
    QTRY_VERIFY((sheet = m_window->findChild<Ui::ShortcutsDialog *>()) && sheet->isVisible());
    const QStringList rows = sheet->rows();
    QVERIFY(rows.contains(QStringLiteral("Claim\tMark Corroborated\t1 or C")));
    QVERIFY(rows.contains(QStringLiteral("Claim\tMark Not Checked\t0")));
    QVERIFY(rows.contains(QStringLiteral("Help\tKeyboard Shortcuts\tF1")));
    QVERIFY(rows.contains(QStringLiteral("Article\tRemove Article…\tDel")));
    // Every action of every menu that has a shortcut is on the sheet, with all its keys.
    int withKeys = 0;
    for (QAction *top : m_window->menuBar()->actions()) {
        for (QAction *a : top->menu()->actions()) {
            if (a->shortcuts().isEmpty()) {
                continue;
            }
            ++withKeys;
            const QString name = QString(a->text()).remove(QLatin1Char('&'));
            const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&](const QString &row) {
                const QStringList cells = row.split(QLatin1Char('\t'));
                return cells.at(1) == name &&
                       std::all_of(a->shortcuts().cbegin(), a->shortcuts().cend(), [&](const QKeySequence &k) {
                           return cells.at(2).contains(k.toString(QKeySequence::NativeText));
                       });
            });
            QVERIFY2(listed, qPrintable(name));
        }
    }
    QCOMPARE(rows.size(), withKeys);
    sheet->close();
}

void KeyboardTest::contextMenuOnEveryView_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("action");
    QTest::newRow("article list") << QStringLiteral("articlesView") << QStringLiteral("removeArticle");
    QTest::newRow("article text") << QStringLiteral("articleView") << QStringLiteral("addClaim");
    QTest::newRow("claims table") << QStringLiteral("claimsView") << QStringLiteral("mark-corroborated");
    QTest::newRow("sources table") << QStringLiteral("sourcesView") << QStringLiteral("exportPdf");
}

void KeyboardTest::contextMenuOnEveryView()
{
    QFETCH(QString, view);
    QFETCH(QString, action);
    auto *area = m_window->findChild<QAbstractScrollArea *>(view);
    QVERIFY(area);
    const QPoint pos(20, 10);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, area->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(area->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *expected = m_window->findChild<QAction *>(action);
    QVERIFY(expected);
    QVERIFY2(menu->actions().contains(expected), qPrintable(view));
    menu->close();
}

QTEST_MAIN(KeyboardTest)
#include "keyboard_test.moc"
