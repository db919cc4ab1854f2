// Sources in the workbench, on the seeds: F2 in the Sources list edits a source's record and sets its grade by hand
// with a reason (the computed grade beside it), Ctrl+M merges the selected sources into the current one; each is one
// step of Undo. Checked through Project, which reads what is stored.

#include "i18n/translations.h"
#include "mainwindow.h"
#include "models/sourcetablemodel.h"
#include "project/project.h"
#include "settings/settings.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
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

private:
    /// Runs @p act on the next modal window once it is up.
    void whenModal(std::function<void(QWidget *)> act, bool *done)
    {
        *done = false;
        QTimer::singleShot(0, this, [act = std::move(act), done] {
            QWidget *modal = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((modal = QApplication::activeModalWidget()) != nullptr, 5000);
            act(modal);
            *done = true;
        });
    }
    QTableView *sources() const { return m_window->findChild<QTableView *>(QStringLiteral("sourcesView")); }
    int rowOf(const QString &name) const
    {
        for (int row = 0; row < sources()->model()->rowCount(); ++row) {
            if (sources()->model()->index(row, 0).data().toString() == name) {
                return row;
            }
        }
        return -1;
    }

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
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QTRY_VERIFY(rowOf(QStringLiteral("Capital Cities Daily")) >= 0);
    m_project->undoStack()->undo();
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

QTEST_MAIN(SourcesViewTest)
#include "sourcesview_test.moc"
