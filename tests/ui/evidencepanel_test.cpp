// The acceptance test of evidence in the workbench: on a seed claim, with the keyboard, a web address pasted, a file
// dropped on the claim's row, a note, and a link to a claim of another article found by search; the credibility
// grade set; each checked on disk through a second connection (the archived file's SHA-256 and bytes too); then
// all of it undone and redone with the keys, the database exactly as before and after.

#include "mainwindow.h"
#include "models/claimtablemodel.h"
#include "models/evidencelistmodel.h"
#include "project/project.h"
#include "projectdump.h"
#include "settings/settings.h"
#include "storage/database.h"
#include "testsupport.h"
#include "widgets/evidencepanel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Credence;

class EvidencePanelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addEveryKindWithTheKeys();
    void markWithReasonKeepsItInTheHistory();

private:
    /// The evidence rows on disk, one line each, read through a connection of its own.
    QStringList storedEvidence();
    QVariant storedValue(const QString &sql, const QVariantList &values = {});
    QWidget *focus() const { return QApplication::focusWidget(); }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), Qt::Key(key), modifiers);
    }
    /// Runs @p fill on the next modal dialog named @p name once it is up, then presses the key that accepts it.
    void whenDialog(const QString &name, std::function<void(QDialog *)> fill, bool *done);
    /// After a dialog: the main window active again (the offscreen platform does not do it) and @p pane focused.
    void backTo(QWidget *pane)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        pane->setFocus();
        QTRY_COMPARE(focus(), pane);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Ui::MainWindow> m_window;
    QString m_path;
};

void EvidencePanelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("evidence.credence"));
    m_settings = std::make_unique<Core::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_project = std::make_unique<Core::Project>();
    m_window = std::make_unique<Ui::MainWindow>(m_project.get(), m_settings.get());
    QVERIFY(m_window->openProject(m_path, Core::OpenMode::Create));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QStringList EvidencePanelTest::storedEvidence()
{
    Core::Database db;
    if (!db.open(m_path, {Core::OpenMode::Existing, true})) {
        return {QStringLiteral("cannot open: ") + db.lastError()};
    }
    QStringList lines;
    QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM evidence ORDER BY id"));
    while (db.next(q)) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i) {
            cells.append(q.record().fieldName(i) + u'=' + q.value(i).toString());
        }
        lines.append(cells.join(u' '));
    }
    return lines;
}

QVariant EvidencePanelTest::storedValue(const QString &sql, const QVariantList &values)
{
    Core::Database db;
    return db.open(m_path, {Core::OpenMode::Existing, true}) ? db.scalar(sql, values) : QVariant();
}

void EvidencePanelTest::whenDialog(const QString &name, std::function<void(QDialog *)> fill, bool *done)
{
    *done = false;
    QTimer::singleShot(0, this, [this, name, fill = std::move(fill), done] {
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) != nullptr &&
                                     dialog->objectName() == name,
                                 5000);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        fill(dialog);
        *done = true;
        if (dialog->isVisible()) {
            dialog->reject(); // what fill did not save fails the checks below; the test does not hang
        }
    });
}

void EvidencePanelTest::addEveryKindWithTheKeys()
{
    // Two seed articles: the claim judged is in 002, the claim linked in 003.
    const QDir seeds(Test::seedsDir());
    const QStringList files =
        seeds.entryList({QStringLiteral("002_*.txt"), QStringLiteral("003_*.txt")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    m_window->importPaths({seeds.filePath(files.at(1))});
    const Core::Id other = m_window->currentArticle();
    m_window->importPaths({seeds.filePath(files.at(0))});
    QVERIFY(other != 0);
    m_window->selectArticle(other);
    const QList<Core::Claim> otherClaims = m_project->claims(other);
    QVERIFY(otherClaims.size() > 2);
    const Core::Claim target = otherClaims.at(2); // the claim the link will point to
    const QList<Core::ArticleSummary> articles = m_project->articles();
    Core::Id judged = 0;
    for (const Core::ArticleSummary &a : articles) {
        judged = a.id != other ? a.id : judged;
    }
    m_window->selectArticle(judged);

    auto *claims = m_window->findChild<QTableView *>(QStringLiteral("claimsView"));
    auto *panel = m_window->findChild<Ui::EvidencePanel *>(QStringLiteral("evidencePanel"));
    QVERIFY(claims && panel);
    const auto *model = qobject_cast<const Ui::ClaimTableModel *>(
        qobject_cast<const QAbstractProxyModel *>(claims->model())->sourceModel());
    claims->setFocus();
    QTRY_COMPARE(focus(), claims);
    QCOMPARE(claims->currentIndex().row(), 0);
    const Core::Id claimId = model->claims().first().id;
    QCOMPARE(panel->claim(), claimId);
    QUndoStack *undo = m_project->undoStack();
    const int indexBefore = undo->index();
    const QStringList before = Test::dumpTables(m_path);
    QVERIFY(storedEvidence().isEmpty());

    // 1. A web address on the clipboard, pasted with Ctrl+V in the claims table: the dialog comes up with it, the
    //    title is typed, the stance left as "supporting", Ctrl+Enter in the comment saves.
    const QString address = QStringLiteral("https://example.org/reports/2025/mali?id=7&lang=en");
    QGuiApplication::clipboard()->setText(QStringLiteral("  ") + address + QStringLiteral("\n"));
    bool done = false;
    whenDialog(
        QStringLiteral("evidenceDialog"),
        [](QDialog *dialog) {
            auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("evidenceUrl"));
            auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("evidenceTitle"));
            auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("evidenceNote"));
            QVERIFY(url && title && note);
            QCOMPARE(url->text(), QStringLiteral("https://example.org/reports/2025/mali?id=7&lang=en"));
            title->setFocus();
            QTest::keyClicks(title, QStringLiteral("UN report on Mali, <b>%1</b> & "));
            title->insert(QStringLiteral("\u202e")); // no key types it: as a paste would

            note->setFocus();
            QTest::keyClicks(note, QStringLiteral("Table 3"));
            QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        },
        &done);
    press(Qt::Key_V, Qt::ControlModifier);
    QVERIFY(done);
    backTo(claims);
    QStringList rows = storedEvidence();
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.at(0).contains(QStringLiteral("url=") + address + u' '), qPrintable(rows.at(0)));
    QVERIFY2(rows.at(0).contains(QStringLiteral("title=UN report on Mali, <b>%1</b> & \u202e ")),
             qPrintable(rows.at(0)));
    QVERIFY2(rows.at(0).contains(QStringLiteral("accessed=") + QDate::currentDate().toString(Qt::ISODate)),
             qPrintable(rows.at(0)));
    QCOMPARE(model->claims().first().evidenceCount, 1);

    // 2. A file dropped on the claim's row: archived in the project with its SHA-256.
    QByteArray bytes("%PDF-1.4\n% a saved statement\n");
    bytes.append(QByteArray(70000, '\x07'));
    const QString filePath = m_dir.filePath(QStringLiteral("statement 2025.pdf"));
    {
        QFile file(filePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QWidget *viewport = claims->viewport();
    const QPoint onRow = claims->visualRect(claims->currentIndex()).center();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(filePath)});
    QDragEnterEvent enter(onRow, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(onRow), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
    rows = storedEvidence();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(storedValue(QStringLiteral("SELECT count(*) FROM evidence_files")).toInt(), 1);
    const QList<Core::Evidence> items = m_project->evidence(claimId);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).kind, Core::EvidenceKind::File);
    QCOMPARE(items.at(1).file.sha256, sha);
    QCOMPARE(items.at(1).file.size, bytes.size());
    QCOMPARE(items.at(1).file.name, QStringLiteral("statement 2025.pdf"));
    const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
    QVERIFY(m_project->exportEvidenceFile(items.at(1).id, exported));
    {
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    // 3. A note: Ctrl+Shift+N, two lines, Ctrl+Enter.
    whenDialog(
        QStringLiteral("evidenceDialog"),
        [](QDialog *dialog) {
            auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("evidenceNote"));
            QVERIFY(note);
            QTRY_COMPARE(QApplication::focusWidget(), note);
            QTest::keyClicks(note, QStringLiteral("Called the ministry"));
            QTest::keyClick(note, Qt::Key_Return);
            QTest::keyClicks(note, QStringLiteral("no comment"));
            QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        },
        &done);
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(done);
    backTo(claims);
    QCOMPARE(storedEvidence().size(), 3);
    QCOMPARE(m_project->evidence(claimId).at(2).note, QStringLiteral("Called the ministry\nno comment"));

    // 4. A link to a claim of the other article, found by typing words of it: Ctrl+K, words, Enter.
    const QStringList words = target.text.split(u' ', Qt::SkipEmptyParts).mid(1, 4);
    whenDialog(
        QStringLiteral("claimLinkDialog"),
        [words](QDialog *dialog) {
            auto *query = dialog->findChild<QLineEdit *>(QStringLiteral("claimLinkQuery"));
            auto *results = dialog->findChild<QListWidget *>(QStringLiteral("claimLinkResults"));
            QVERIFY(query && results);
            QTest::keyClicks(query, words.join(u' '));
            QTRY_VERIFY(results->count() > 0);
            QTest::keyClick(query, Qt::Key_Return);
        },
        &done);
    press(Qt::Key_K, Qt::ControlModifier);
    QVERIFY(done);
    backTo(claims);
    const QList<Core::Evidence> all = m_project->evidence(claimId);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(3).kind, Core::EvidenceKind::ClaimLink);
    QCOMPARE(all.at(3).linkedClaimId, target.id);
    QCOMPARE(storedValue(QStringLiteral("SELECT count(*) FROM evidence WHERE claim_id = ?"), {claimId}).toInt(), 4);

    // 5. The grade: Tab to the evidence list, Alt+R to the credibility box, Down twice: "2 Probably true".
    press(Qt::Key_Tab);
    QCOMPARE(focus(), panel->evidenceView());
    auto *grade = panel->findChild<QComboBox *>(QStringLiteral("credibilityBox"));
    QVERIFY(grade);
    press(Qt::Key_R, Qt::AltModifier);
    QCOMPARE(focus(), grade);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    QCOMPARE(storedValue(QStringLiteral("SELECT credibility FROM claims WHERE id = ?"), {claimId}).toInt(), 2);
    QCOMPARE(model->claims().first().evidenceCount, 4);

    // Enter on the link in the evidence list shows the linked claim.
    panel->evidenceView()->setFocus();
    QTRY_COMPARE(focus(), panel->evidenceView());
    panel->evidenceView()->setCurrentIndex(panel->model()->index(3, 0));
    press(Qt::Key_Return);
    QCOMPARE(m_window->currentArticle(), other);
    QCOMPARE(model->claims().at(claims->currentIndex().row()).id, target.id);

    // Everything undone with the keys: the database exactly as before; redone: exactly as after.
    const QStringList after = Test::dumpTables(m_path);
    const int steps = undo->index() - indexBefore;
    QVERIFY2(steps >= 5, qPrintable(QString::number(steps))); // paste, drop, note, link, grade
    claims->setFocus();
    QTRY_COMPARE(focus(), claims);
    for (int i = 0; i < steps; ++i) {
        press(Qt::Key_Z, Qt::ControlModifier);
    }
    QCOMPARE(undo->index(), indexBefore);
    QStringList now = Test::dumpTables(m_path);
    QVERIFY2(now == before, qPrintable(Test::firstDifference(now, before)));
    for (int i = 0; i < steps; ++i) {
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    }
    QCOMPARE(undo->index(), indexBefore + steps);
    now = Test::dumpTables(m_path);
    QVERIFY2(now == after, qPrintable(Test::firstDifference(now, after)));
    QCOMPARE(m_project->evidence(claimId).at(1).file.sha256, sha);
}

void EvidencePanelTest::markWithReasonKeepsItInTheHistory()
{
    // Runs after addEveryKindWithTheKeys(): the second claim of the article it left open.
    auto *claims = m_window->findChild<QTableView *>(QStringLiteral("claimsView"));
    auto *panel = m_window->findChild<Ui::EvidencePanel *>(QStringLiteral("evidencePanel"));
    auto *history = panel->findChild<QListWidget *>();
    QVERIFY(claims && panel && history);
    backTo(claims);
    claims->selectRow(1);
    const Core::Id claimId = claims->currentIndex().data(Ui::ClaimTableModel::ClaimIdRole).toLongLong();
    QCOMPARE(panel->claim(), claimId);
    const Core::Claim claim = *m_project->claim(claimId);
    QCOMPARE(claim.verdict, Core::Verdict::NotChecked);
    QUndoStack *undo = m_project->undoStack();
    const int indexBefore = undo->index();
    const QStringList before = Test::dumpTables(m_path);
    const QString reason = QStringLiteral("Die Ratsprotokolle vom 3. März sagen <b>anderes</b> %1");

    // Shift+Enter: the state box has the focus; Down twice is "contradicted"; Tab, Down five times is
    // "5 Improbable"; Tab to the reason, typed; Ctrl+Enter saves.
    bool done = false;
    whenDialog(
        QStringLiteral("judgeDialog"),
        [&](QDialog *dialog) {
            auto *state = dialog->findChild<QComboBox *>(QStringLiteral("judgeState"));
            auto *grade = dialog->findChild<QComboBox *>(QStringLiteral("judgeCredibility"));
            auto *why = dialog->findChild<QPlainTextEdit *>(QStringLiteral("judgeReason"));
            QVERIFY(state && grade && why);
            QTRY_COMPARE(focus(), state);
            press(Qt::Key_Down);
            press(Qt::Key_Down);
            QCOMPARE(state->currentData().toInt(), static_cast<int>(Core::Verdict::Contradicted));
            press(Qt::Key_Tab);
            QCOMPARE(focus(), grade);
            for (int i = 0; i < 5; ++i) {
                press(Qt::Key_Down);
            }
            QCOMPARE(grade->currentData().toInt(), static_cast<int>(Core::Credibility::Improbable));
            press(Qt::Key_Tab);
            QCOMPARE(focus(), why);
            why->insertPlainText(reason); // keyClicks cannot type "ä"
            press(Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(!dialog->isVisible());
        },
        &done);
    press(Qt::Key_Return, Qt::ShiftModifier);
    QTRY_VERIFY(done);
    backTo(claims);

    QCOMPARE(undo->index(), indexBefore + 1); // both changes are one step
    QCOMPARE(storedValue(QStringLiteral("SELECT verdict || '/' || credibility FROM claims WHERE id = ?"), {claimId})
                 .toString(),
             QStringLiteral("%1/%2")
                 .arg(static_cast<int>(Core::Verdict::Contradicted))
                 .arg(static_cast<int>(Core::Credibility::Improbable)));
    QCOMPARE(storedValue(QStringLiteral("SELECT group_concat(field || ':' || reason, '|') FROM (SELECT field, reason"
                                        " FROM verdict_history WHERE claim_id = ? ORDER BY field DESC)"),
                         {claimId})
                 .toString(),
             QStringLiteral("verdict:") + reason + QStringLiteral("|credibility:") + reason);
    // The history in the evidence pane shows both changes with the reason, as plain text.
    QCOMPARE(history->count(), 2);
    for (int row = 0; row < 2; ++row) {
        QVERIFY2(history->item(row)->text().endsWith(QStringLiteral("Why: ") + reason),
                 qPrintable(history->item(row)->text()));
    }

    // Saving without a change writes nothing and says so.
    whenDialog(
        QStringLiteral("judgeDialog"),
        [&](QDialog *dialog) {
            QTRY_VERIFY(dialog->isAncestorOf(focus()));
            press(Qt::Key_Return, Qt::ControlModifier); // from the state box: saves too
            QVERIFY(!dialog->isVisible());
        },
        &done);
    // From the text pane too: the action is the claims table's and the text's.
    auto *text = m_window->findChild<QWidget *>(QStringLiteral("articleView"));
    QVERIFY(text);
    backTo(text);
    press(Qt::Key_Return, Qt::ShiftModifier);
    QTRY_VERIFY(done);
    QCOMPARE(undo->index(), indexBefore + 1);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Nothing changed")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // One Ctrl+Z undoes both; Ctrl+Shift+Z redoes both.
    const QStringList after = Test::dumpTables(m_path);
    backTo(claims);
    press(Qt::Key_Z, Qt::ControlModifier);
    QStringList now = Test::dumpTables(m_path);
    QVERIFY2(now == before, qPrintable(Test::firstDifference(now, before)));
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    now = Test::dumpTables(m_path);
    QVERIFY2(now == after, qPrintable(Test::firstDifference(now, after)));
}

QTEST_MAIN(EvidencePanelTest)
#include "evidencepanel_test.moc"
