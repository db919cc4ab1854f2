// The report from the window, on the seeds: Ctrl+E in the Sources list opens the report's dialog with the sources
// selected there, the cover's title and author typed in it become the project's (one step of Undo), the PDF is
// written on a worker thread and holds only those sources; Preview lays the same report out in reading order; the
// ClaimReview export asks for the publisher once and keeps it in the project.

#include "guitesting.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "models/sourcetablemodel.h"
#include "pdftools.h"
#include "project/project.h"
#include "report/pdfreport.h"
#include "settings/settings.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Credence;

class ReportExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportOfTheSelectedSource();
    void previewInReadingOrder();
    void claimReviewAsksForThePublisher();
    void projectThroughJson();

private:
    void whenModal(std::function<void(QWidget *)> act, bool *done, QWidget *after = nullptr)
    {
        Credence::Test::whenModal(this, std::move(act), done, after);
    }
    QTableView *sources() const { return m_window->findChild<QTableView *>(QStringLiteral("sourcesView")); }
    int rowOf(const QString &name) const { return Credence::Test::rowNamed(sources(), name); }

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void ReportExportTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
    m_settings = std::make_unique<Core::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_project = std::make_unique<Core::Project>();
    m_window = std::make_unique<Ui::MainWindow>(m_project.get(), m_settings.get());
    QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("mali.credence")), Core::OpenMode::Create));
    const QDir seeds(Credence::Test::seedsDir());
    for (const QString &name : seeds.entryList({QStringLiteral("00?_*.txt")}, QDir::Files, QDir::Name)) {
        const Core::ImportOutcome outcome = m_project->importBytes(Credence::Test::readAll(seeds.filePath(name)), name);
        QVERIFY(outcome.ok());
        // The first three claims of each article decided, one way or the other.
        const QList<Core::Claim> claims = m_project->claims(*outcome.articleId);
        for (qsizetype i = 0; i < claims.size() && i < 3; ++i) {
            QVERIFY(m_project->writeVerdict(claims.at(i).id,
                                            i == 1 ? Core::Verdict::Contradicted : Core::Verdict::Corroborated));
        }
    }
    m_project->refresh();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(sources()->model()->rowCount(), 2); // Capital Cities, Devdiscourse
}

void ReportExportTest::reportOfTheSelectedSource()
{
    const int row = rowOf(QStringLiteral("Devdiscourse"));
    QVERIFY(row >= 0);
    sources()->setFocus();
    sources()->setCurrentIndex(sources()->model()->index(row, 0));
    const QString pdf = m_dir.filePath(QStringLiteral("devdiscourse.pdf"));
    const int steps = m_project->undoStack()->count();
    bool done = false;
    bool fileChosen = false;
    whenModal(
        [&](QWidget *modal) {
            auto *dialog = qobject_cast<QDialog *>(modal);
            QVERIFY(dialog && dialog->objectName() == QStringLiteral("reportDialog"));
            // The source selected in the list, and only it.
            QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("reportSomeSources"))->isChecked());
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("reportSources"));
            QCOMPARE(list->count(), 2);
            int checked = 0;
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked) {
                    ++checked;
                    QVERIFY(list->item(i)->text().startsWith(QStringLiteral("Devdiscourse")));
                }
            }
            QCOMPARE(checked, 1);
            // The cover's fields, empty until set; the title shows the file's name in their place.
            auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("detailsTitle"));
            QCOMPARE(title->placeholderText(), QStringLiteral("mali"));
            title->setText(QStringLiteral("Wagner's exit from Mali"));
            dialog->findChild<QLineEdit *>(QStringLiteral("detailsAuthor"))->setText(QStringLiteral("Ana Ruiz"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("detailsScope"))
                ->setPlainText(QStringLiteral("Reports of May and June 2025."));
            auto *paper = dialog->findChild<QComboBox *>(QStringLiteral("reportPaper"));
            paper->setCurrentIndex(paper->findData(int(QPageSize::Letter)));
            whenModal([&](QWidget *files) { Credence::Test::chooseFile(files, pdf); }, &fileChosen, dialog);
            dialog->findChild<QPushButton *>(QStringLiteral("reportExport"))->click();
        },
        &done);
    QTest::keyClick(sources(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(done);
    QTRY_VERIFY(fileChosen);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(pdf), 20000);
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);

    // The details are the project's now, one step of Undo.
    QCOMPARE(m_project->details().title, QStringLiteral("Wagner's exit from Mali"));
    QCOMPARE(m_project->details().author, QStringLiteral("Ana Ruiz"));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);

    QCOMPARE(Credence::Test::pdfInfo(pdf, QStringLiteral("Title")),
             QStringLiteral("Source reliability report: Wagner's exit from Mali"));
    QCOMPARE(Credence::Test::pdfInfo(pdf, QStringLiteral("Author")), QStringLiteral("Ana Ruiz"));
    QVERIFY(Credence::Test::pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));
    const QString text = Credence::Test::pdfText(pdf, false);
    QVERIFY(text.contains(QStringLiteral("One source: Devdiscourse")));
    QVERIFY(text.contains(QStringLiteral("Reports of May and June 2025.")));
    QVERIFY(!text.contains(QStringLiteral("Capital Cities")));

    m_project->undoStack()->undo();
    QCOMPARE(m_project->details().title, QString());
}

void ReportExportTest::previewInReadingOrder()
{
    m_window->activateWindow();
    m_window->setFocus();
    bool done = false;
    bool previewed = false;
    int previewPages = 0;
    whenModal(
        [&](QWidget *modal) {
            auto *dialog = qobject_cast<QDialog *>(modal);
            QVERIFY(dialog && dialog->objectName() == QStringLiteral("reportDialog"));
            QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("reportAllSources"))->isChecked());
            whenModal(
                [&](QWidget *preview) {
                    QVERIFY(qobject_cast<QPrintPreviewDialog *>(preview));
                    auto *pages = preview->findChild<QPrintPreviewWidget *>();
                    QVERIFY(pages);
                    QTRY_VERIFY_WITH_TIMEOUT(pages->pageCount() > 0, 20000);
                    previewPages = pages->pageCount();
                    qobject_cast<QDialog *>(preview)->reject();
                },
                &previewed, dialog);
            dialog->findChild<QPushButton *>(QStringLiteral("reportPreview"))->click();
            QTRY_VERIFY(previewed);
            dialog->reject();
        },
        &done);
    QAction *exportPdf = m_window->findChild<QAction *>(QStringLiteral("exportPdf"));
    QVERIFY(exportPdf);
    exportPdf->trigger();
    QTRY_VERIFY(done);
    // As many pages as the PDF of the same report.
    const QString pdf = m_dir.filePath(QStringLiteral("all.pdf"));
    Core::PdfReport report(*m_project);
    QVERIFY(report.write(pdf));
    QCOMPARE(previewPages, report.pageCount());
}

void ReportExportTest::claimReviewAsksForThePublisher()
{
    QCOMPARE(m_project->details().publisherName, QString());
    const QString json = m_dir.filePath(QStringLiteral("reviews.json"));
    bool done = false;
    bool fileChosen = false;
    whenModal(
        [&](QWidget *modal) {
            auto *dialog = qobject_cast<QDialog *>(modal);
            QVERIFY(dialog && dialog->objectName() == QStringLiteral("projectDetailsDialog"));
            dialog->findChild<QLineEdit *>(QStringLiteral("detailsPublisherName"))
                ->setText(QStringLiteral("Sahel Check"));
            dialog->findChild<QLineEdit *>(QStringLiteral("detailsPublisherUrl"))
                ->setText(QStringLiteral("https://sahelcheck.example/mali"));
            whenModal([&](QWidget *files) { Credence::Test::chooseFile(files, json); }, &fileChosen, dialog);
            dialog->accept();
        },
        &done);
    m_window->findChild<QAction *>(QStringLiteral("exportClaimReview"))->trigger();
    QTRY_VERIFY(done);
    QTRY_VERIFY(fileChosen);
    QTRY_VERIFY(QFileInfo::exists(json));
    QCOMPARE(m_project->details().publisherName, QStringLiteral("Sahel Check"));
    const QJsonArray reviews = QJsonDocument::fromJson(Credence::Test::readAll(json)).array();
    QCOMPARE(reviews.size(), 15); // three decided claims in each of five articles
    QCOMPARE(reviews.first().toObject().value(QStringLiteral("author")).toObject().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("Sahel Check")));
}

void ReportExportTest::projectThroughJson()
{
    // Exported from the window, made into a new project from the window: the new project opens with the same claims.
    const QString json = m_dir.filePath(QStringLiteral("mali.json"));
    bool chosen = false;
    whenModal([&](QWidget *files) { Credence::Test::chooseFile(files, json); }, &chosen);
    m_window->findChild<QAction *>(QStringLiteral("exportJson"))->trigger();
    QTRY_VERIFY(chosen);
    QTRY_VERIFY(QFileInfo::exists(json));
    const int claims = int(m_project->claims(m_project->articles().first().id).size());

    const QString made = m_dir.filePath(QStringLiteral("from-json.credence"));
    bool opened = false;
    bool saved = false;
    whenModal(
        [&](QWidget *files) {
            whenModal([&](QWidget *save) { Credence::Test::chooseFile(save, made); }, &saved, files);
            Credence::Test::chooseFile(files, json);
        },
        &opened);
    m_window->findChild<QAction *>(QStringLiteral("projectFromJson"))->trigger();
    QTRY_VERIFY(opened);
    QTRY_VERIFY(saved);
    QTRY_COMPARE(QFileInfo(m_project->path()).canonicalFilePath(), QFileInfo(made).canonicalFilePath());
    QCOMPARE(int(m_project->claims(m_project->articles().first().id).size()), claims);
    QCOMPARE(m_project->details().publisherName, QStringLiteral("Sahel Check"));
}

QTEST_MAIN(ReportExportTest)
#include "reportexport_test.moc"
