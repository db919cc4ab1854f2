// Sources in the workbench, on the seeds: F2 in the Sources list edits a source's record and sets its grade by hand
// with a reason (the computed grade beside it), Ctrl+M merges the selected sources into the current one; each is one
// step of Undo. Authors alike: Ctrl+Shift+U gives the selected articles an author, F2 and Ctrl+M in the Authors list
// edit and merge. Checked through Project, which reads what is stored.

#include "guitesting.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/authortablemodel.h"
#include "models/sourcetablemodel.h"
#include "project/project.h"
#include "settings/settings.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Credence;

class SourcesViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editAndGradeWithF2();
    void mergeWithCtrlM();
    void assignAuthorToSelectedArticles();
    void authorsEditAndMerge();

private:
    void whenModal(std::function<void(QWidget *)> act, bool *done, QWidget *after = nullptr)
    {
        Credence::Test::whenModal(this, std::move(act), done, after);
    }
    QTableView *sources() const { return m_window->findChild<QTableView *>(QStringLiteral("sourcesView")); }
    QTableView *authors() const { return m_window->findChild<QTableView *>(QStringLiteral("authorsView")); }
    int authorRow(const QString &name) const { return Credence::Test::rowNamed(authors(), name); }
    int rowOf(const QString &name) const { return Credence::Test::rowNamed(sources(), name); }

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void SourcesViewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Core::installTranslations(*QCoreApplication::instance()));
    m_settings = std::make_unique<Core::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_project = std::make_unique<Core::Project>();
    m_window = std::make_unique<Ui::MainWindow>(m_project.get(), m_settings.get());
    QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("sources.credence")), Core::OpenMode::Create));
    const QDir seeds(Credence::Test::seedsDir());
    for (const QString &name : seeds.entryList({QStringLiteral("00?_*.txt")}, QDir::Files, QDir::Name)) {
        QVERIFY(m_project->importBytes(Credence::Test::readAll(seeds.filePath(name)), name).ok());
    }
    m_project->refresh();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(sources()->model()->rowCount(), 2); // Capital Cities, Devdiscourse
}

void SourcesViewTest::editAndGradeWithF2()
{
    const int row = rowOf(QStringLiteral("Capital Cities"));
    QVERIFY(row >= 0);
    const Core::Id id = sources()->model()->index(row, 0).data(Ui::SourceTableModel::SourceIdRole).toLongLong();
    sources()->setFocus();
    sources()->setCurrentIndex(sources()->model()->index(row, 0));
    const int steps = m_project->undoStack()->count();
    bool done = false;
    whenModal(
        [](QWidget *modal) {
            auto *dialog = qobject_cast<QDialog *>(modal);
            QVERIFY(dialog && dialog->objectName() == QStringLiteral("sourceDialog"));
            // The claims' grade beside the user's: nothing decided yet, so it cannot be judged.
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("sourceComputedGrade"))->text().contains(u'F'));
            dialog->findChild<QLineEdit *>(QStringLiteral("sourceName"))
                ->setText(QStringLiteral("Capital Cities Daily"));
            auto *grade = dialog->findChild<QComboBox *>(QStringLiteral("sourceGrade"));
            grade->setCurrentIndex(grade->findData(QStringLiteral("B")));
            dialog->findChild<QLineEdit *>(QStringLiteral("sourceGradeReason"))
                ->setText(QStringLiteral("Corrects errors within a day"));
            // The Criteria page: "Regularly corrects errors" met, with a note; the score follows the answer.
            auto *criteria = dialog->findChild<QTableWidget *>(QStringLiteral("criteriaTable"));
            QVERIFY(criteria);
            QCOMPARE(criteria->rowCount(), 9);
            auto *score = dialog->findChild<QLabel *>(QStringLiteral("criteriaScore"));
            QVERIFY(!score->text().contains(QLatin1String("of 100")));
            auto *answer = qobject_cast<QComboBox *>(criteria->cellWidget(2, 1));
            answer->setCurrentIndex(answer->findData(int(Core::CriterionAnswer::Met)));
            criteria->item(2, 2)->setText(QStringLiteral("Corrections page, updated daily"));
            QVERIFY2(score->text().contains(QLatin1String("100 of 100")), qPrintable(score->text()));
            dialog->accept();
        },
        &done);
    QTest::keyClick(sources(), Qt::Key_F2);
    QTRY_VERIFY(done);
    const auto source = m_project->source(id);
    QVERIFY(source);
    QCOMPARE(source->name, QStringLiteral("Capital Cities Daily"));
    QCOMPARE(source->grade, QStringLiteral("B"));
    QCOMPARE(m_project->sourceGradeHistory(id).size(), 1);
    QCOMPARE(m_project->sourceGradeHistory(id).first().computed, QStringLiteral("F"));
    QCOMPARE(m_project->criteriaOf(id).at(2).answer, Core::CriterionAnswer::Met);
    QCOMPARE(m_project->criteriaOf(id).at(2).note, QStringLiteral("Corrections page, updated daily"));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QTRY_VERIFY(rowOf(QStringLiteral("Capital Cities Daily")) >= 0);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->criteriaOf(id).at(2).answer, Core::CriterionAnswer::Unanswered);
    QCOMPARE(m_project->source(id)->name, QStringLiteral("Capital Cities"));
    QCOMPARE(m_project->source(id)->grade, QString());
    QCOMPARE(m_project->sourceGradeHistory(id).size(), 0);
}

void SourcesViewTest::mergeWithCtrlM()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(sources()->model()->rowCount(), 2);
    const int keep = rowOf(QStringLiteral("Devdiscourse"));
    const int other = rowOf(QStringLiteral("Capital Cities"));
    QVERIFY(keep >= 0 && other >= 0);
    sources()->setFocus();
    sources()->selectionModel()->select(sources()->model()->index(other, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    sources()->selectionModel()->setCurrentIndex(sources()->model()->index(keep, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
    bool done = false;
    whenModal(
        [](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("Capital Cities")));
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                    button->click();
                }
            }
        },
        &done);
    QTest::keyClick(sources(), Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(done);
    const QList<Core::SourceTally> tallies = m_project->sourceTallies();
    QCOMPARE(tallies.size(), 1);
    QCOMPARE(tallies.first().name, QStringLiteral("Devdiscourse"));
    QCOMPARE(tallies.first().articles, 2);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->sourceTallies().size(), 2);
}

void SourcesViewTest::assignAuthorToSelectedArticles()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QList<Core::Id> ids;
    for (const char *byline : {"Ada Stone", "A. Stone", ""}) {
        const QString text = QStringLiteral("Harbour note\n") +
                             (*byline ? QStringLiteral("By ") + QLatin1String(byline) + u'\n' : QString()) +
                             QStringLiteral("\nThe ferry carried %1 passengers on Sunday, the harbour office said.\n")
                                 .arg(ids.size() * 17 + 40);
        const Core::ImportOutcome outcome =
            m_project->importBytes(text.toUtf8(), QStringLiteral("author-%1.txt").arg(ids.size()));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        ids.append(*outcome.articleId);
    }
    m_project->refresh();
    QTRY_VERIFY(authorRow(QStringLiteral("Ada Stone")) >= 0 && authorRow(QStringLiteral("A. Stone")) >= 0);
    // Select the last two articles in the article list and give them an author with Ctrl+Shift+U.
    auto *articles = m_window->findChild<QTableView *>(QStringLiteral("articlesView"));
    articles->setFocus();
    articles->clearSelection();
    for (int row = 0; row < articles->model()->rowCount(); ++row) {
        const QModelIndex index = articles->model()->index(row, 0);
        const Core::Id id = index.data(Ui::ArticleListModel::ArticleIdRole).toLongLong();
        if (id == ids.at(1) || id == ids.at(2)) {
            articles->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    const int steps = m_project->undoStack()->index();
    bool done = false;
    whenModal(
        [](QWidget *modal) {
            auto *dialog = qobject_cast<QInputDialog *>(modal);
            QVERIFY(dialog && dialog->objectName() == QStringLiteral("assignAuthorDialog"));
            QVERIFY(dialog->comboBoxItems().contains(QStringLiteral("Ada Stone")));
            dialog->setTextValue(QStringLiteral("Ben Ash"));
            dialog->accept();
        },
        &done);
    QTest::keyClick(articles, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(done);
    QCOMPARE(m_project->articleSummary(ids.at(1))->author, QStringLiteral("Ben Ash"));
    QCOMPARE(m_project->articleSummary(ids.at(2))->author, QStringLiteral("Ben Ash"));
    QCOMPARE(m_project->articleSummary(ids.at(0))->author, QStringLiteral("Ada Stone"));
    QCOMPARE(m_project->undoStack()->index(), steps + 1);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->articleSummary(ids.at(1))->author, QStringLiteral("A. Stone"));
    QCOMPARE(m_project->articleSummary(ids.at(2))->author, QString());
}

void SourcesViewTest::authorsEditAndMerge()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->findChild<QDockWidget *>(QStringLiteral("authorsDock"))->raise();
    QTRY_VERIFY(authors()->isVisible());
    QTRY_VERIFY(authorRow(QStringLiteral("Ada Stone")) >= 0 && authorRow(QStringLiteral("A. Stone")) >= 0);
    const int keep = authorRow(QStringLiteral("Ada Stone"));
    const Core::Id into = authors()->model()->index(keep, 0).data(Ui::AuthorTableModel::AuthorIdRole).toLongLong();
    authors()->setFocus();
    authors()->setCurrentIndex(authors()->model()->index(keep, 0));
    bool done = false;
    whenModal(
        [](QWidget *modal) {
            auto *dialog = qobject_cast<QDialog *>(modal);
            QVERIFY(dialog && dialog->objectName() == QStringLiteral("authorDialog"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("authorNotes"))
                ->setPlainText(QStringLiteral("Harbour beat since 2019."));
            dialog->accept();
        },
        &done);
    QTest::keyClick(authors(), Qt::Key_F2);
    QTRY_VERIFY(done);
    QCOMPARE(m_project->author(into)->notes, QStringLiteral("Harbour beat since 2019."));
    // Ctrl+M with both selected, Ada Stone current: A. Stone becomes her other name.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    authors()->setFocus();
    const int otherNow = authorRow(QStringLiteral("A. Stone"));
    authors()->selectionModel()->select(authors()->model()->index(otherNow, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    authors()->selectionModel()->setCurrentIndex(authors()->model()->index(authorRow(QStringLiteral("Ada Stone")), 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
    whenModal(
        [](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("A. Stone")));
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                    button->click();
                }
            }
        },
        &done);
    QTest::keyClick(authors(), Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(done);
    QCOMPARE(m_project->author(into)->aliases, QStringList{QStringLiteral("A. Stone")});
    QTRY_COMPARE(authorRow(QStringLiteral("A. Stone")), -1);
    // Her two articles name no source: the list says so instead of leaving "Writes for" empty.
    QCOMPARE(authors()
                 ->model()
                 ->index(authorRow(QStringLiteral("Ada Stone")), Ui::AuthorTableModel::SourcesColumn)
                 .data()
                 .toString(),
             QStringLiteral("2 unassigned"));
    m_project->undoStack()->undo();
    QTRY_VERIFY(authorRow(QStringLiteral("A. Stone")) >= 0);
    // A verdict on one of her articles updates her row's counts.
    const auto cell = [this](const QString &name, int column) {
        return authors()->model()->index(authorRow(name), column).data().toInt();
    };
    QCOMPARE(cell(QStringLiteral("Ada Stone"), Ui::AuthorTableModel::CorroboratedColumn), 0);
    Core::Id adasArticle = 0;
    for (const Core::ArticleSummary &article : m_project->articles()) {
        adasArticle = article.author == QStringLiteral("Ada Stone") ? article.id : adasArticle;
    }
    QVERIFY(adasArticle);
    QVERIFY(m_project->setVerdict({m_project->claims(adasArticle).first().id}, Core::Verdict::Corroborated));
    QCOMPARE(cell(QStringLiteral("Ada Stone"), Ui::AuthorTableModel::CorroboratedColumn), 1);
    QCOMPARE(cell(QStringLiteral("A. Stone"), Ui::AuthorTableModel::CorroboratedColumn), 0);
}

QTEST_MAIN(SourcesViewTest)
#include "sourcesview_test.moc"
