// The Summary view on the seeds, in the real window: Ctrl+2 shows it, its table lists sources and authors with
// counts and grades from Project::reliabilitySummary(), a verdict shows in it without a reload by hand, selecting a
// row lists that record's articles only (Show All lists all again), Enter goes to the workbench with them, and both
// charts draw what the table says, also after a palette change. A hostile source name is shown as text.

#include "i18n/translations.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/summarytablemodel.h"
#include "project/project.h"
#include "settings/settings.h"
#include "style/palettes.h"
#include "testsupport.h"
#include "widgets/summaryview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence;

class SummaryViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ctrl2ShowsSourcesWithTheirScores();
    void signalsBesideTheScores();
    void headerShowsTheArticlesSignals();
    void verdictsReachTheSummary();
    void selectingARowFiltersTheArticles();
    void authorsAndCharts();

private:
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("summaryTable")); }
    QTableView *articles() const { return m_window->findChild<QTableView *>(QStringLiteral("articlesView")); }
    Ui::SummaryView *view() const { return m_window->findChild<Ui::SummaryView *>(QStringLiteral("summaryView")); }
    int rowOf(const QString &name) const
    {
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            if (table()->model()->index(row, Ui::SummaryTableModel::NameColumn).data().toString() == name) {
                return row;
            }
        }
        return -1;
    }
    QString cell(const QString &name, int column) const
    {
        const int row = rowOf(name);
        return row < 0 ? QStringLiteral("(no row)") : table()->model()->index(row, column).data().toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Ui::MainWindow> m_window;
    Core::Id m_devdiscourseArticle = 0;
};

void SummaryViewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Core::installTranslations(*QCoreApplication::instance()));
    m_settings = std::make_unique<Core::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_project = std::make_unique<Core::Project>();
    m_window = std::make_unique<Ui::MainWindow>(m_project.get(), m_settings.get());
    QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("summary.credence")), Core::OpenMode::Create));
    const QDir seeds(Credence::Test::seedsDir());
    for (const QString &name : seeds.entryList({QStringLiteral("00?_*.txt")}, QDir::Files, QDir::Name)) {
        const Core::ImportOutcome outcome = m_project->importBytes(Credence::Test::readAll(seeds.filePath(name)), name);
        QVERIFY(outcome.ok());
        if (name.startsWith(QLatin1String("002"))) {
            m_devdiscourseArticle = *outcome.articleId;
        }
    }
    // A source named as a hostile page would name it: shown as text, never markup or a format string.
    const QString hostile = QStringLiteral("<b>Bold</b> %1 Times");
    const QList<Core::ArticleSummary> all = m_project->articles();
    for (const Core::ArticleSummary &article : all) {
        if (article.publication.isEmpty() && article.title.contains(QLatin1String("Alliance"))) {
            QVERIFY(m_project->assignSource({article.id}, hostile));
        }
    }
    m_project->refresh();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void SummaryViewTest::ctrl2ShowsSourcesWithTheirScores()
{
    auto *centre = m_window->findChild<QStackedWidget *>();
    QVERIFY(centre);
    QVERIFY(!view()->isVisible());
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(view()->isVisible());
    QCOMPARE(centre->currentWidget(), view());
    QTRY_COMPARE(table()->model()->rowCount(), 3); // Capital Cities, Devdiscourse, the hostile one
    QCOMPARE(cell(QStringLiteral("Devdiscourse"), Ui::SummaryTableModel::ArticlesColumn), QStringLiteral("1"));
    QCOMPARE(cell(QStringLiteral("Devdiscourse"), Ui::SummaryTableModel::ComputedGradeColumn), QStringLiteral("F"));
    QCOMPARE(cell(QStringLiteral("Devdiscourse"), Ui::SummaryTableModel::EstimateColumn),
             QStringLiteral("cannot be judged"));
    QCOMPARE(cell(QStringLiteral("<b>Bold</b> %1 Times"), Ui::SummaryTableModel::ArticlesColumn), QStringLiteral("1"));
    // Two articles without a source are counted apart, in the line above the table.
    auto *overview = view()->findChild<QLabel *>(QStringLiteral("summaryOverview"));
    QVERIFY(overview && overview->textFormat() == Qt::PlainText);
    QVERIFY2(overview->text().contains(QLatin1String("2 articles without a source")), qPrintable(overview->text()));
    // Ctrl+1 goes back to the workbench.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(!view()->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(view()->isVisible());
}

void SummaryViewTest::signalsBesideTheScores()
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(view()->isVisible());
    QTRY_VERIFY(rowOf(QStringLiteral("Devdiscourse")) >= 0);
    // 002's caption says its image was generated: one flagged caption, named in the tooltip.
    const int row = rowOf(QStringLiteral("Devdiscourse"));
    QCOMPARE(cell(QStringLiteral("Devdiscourse"), Ui::SummaryTableModel::CaptionsColumn), QStringLiteral("1"));
    const QString captionTip =
        table()->model()->index(row, Ui::SummaryTableModel::CaptionsColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(captionTip.contains(QLatin1String("generated image: 1")), qPrintable(captionTip));
    QCOMPARE(cell(QStringLiteral("Capital Cities"), Ui::SummaryTableModel::CaptionsColumn), QString());
    // The shares are the project's own tallies, as a percentage.
    const Core::SignalTally devdiscourse =
        m_project->sourceSignals().value(m_project->article(m_devdiscourseArticle)->sourceId);
    QVERIFY(devdiscourse.claimsCounted > 0);
    QCOMPARE(cell(QStringLiteral("Devdiscourse"), Ui::SummaryTableModel::HedgedColumn),
             QString(QLocale().toString(qRound(*devdiscourse.hedgedShare() * 100)) + QStringLiteral(" %")));
    QCOMPARE(cell(QStringLiteral("Devdiscourse"), Ui::SummaryTableModel::UnattributedColumn),
             QString(QLocale().toString(qRound(*devdiscourse.unattributedShare() * 100)) + QStringLiteral(" %")));
    QVERIFY(!table()->isColumnHidden(Ui::SummaryTableModel::NoBylineColumn));
    // 004 (the hostile name's) shows a landscape its text never mentions.
    QCOMPARE(cell(QStringLiteral("<b>Bold</b> %1 Times"), Ui::SummaryTableModel::CaptionsColumn), QStringLiteral("1"));
    // Sorting by a signal sorts by its count, an empty cell being none.
    table()->sortByColumn(Ui::SummaryTableModel::CaptionsColumn, Qt::AscendingOrder);
    QCOMPARE(table()->model()->index(0, Ui::SummaryTableModel::NameColumn).data().toString(),
             QStringLiteral("Capital Cities"));
    table()->sortByColumn(Ui::SummaryTableModel::CaptionsColumn, Qt::DescendingOrder);
    QCOMPARE(table()->model()->index(2, Ui::SummaryTableModel::NameColumn).data().toString(),
             QStringLiteral("Capital Cities"));
    table()->sortByColumn(Ui::SummaryTableModel::NameColumn, Qt::AscendingOrder);
    // An author's articles all have a byline: no such column among the authors.
    auto *tabs = view()->findChild<QTabBar *>(QStringLiteral("summaryRecords"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    QVERIFY(table()->isColumnHidden(Ui::SummaryTableModel::NoBylineColumn));
    QTRY_VERIFY(rowOf(QStringLiteral("Devdiscourse News Desk")) >= 0);
    QCOMPARE(cell(QStringLiteral("Devdiscourse News Desk"), Ui::SummaryTableModel::CaptionsColumn),
             QStringLiteral("1"));
    tabs->setCurrentIndex(0);
}

void SummaryViewTest::headerShowsTheArticlesSignals()
{
    auto *header = m_window->findChild<QLabel *>(QStringLiteral("articleHeader"));
    QVERIFY(header);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(header->isVisible());
    QHash<QString, Core::Id> bySeed;
    for (const Core::ArticleSummary &article : m_project->articles()) {
        bySeed.insert(m_project->article(article.id)->fileName.left(3), article.id);
    }
    QCOMPARE(bySeed.size(), 5);
    // 003, the spun seed, gives neither byline nor date.
    m_window->selectArticle(bySeed.value(QStringLiteral("003")));
    QVERIFY2(header->text().contains(QLatin1String("Signals: ")), qPrintable(header->text()));
    QVERIFY2(header->text().contains(QLatin1String("reads as machine-spun text")), qPrintable(header->text()));
    QVERIFY2(header->text().contains(QLatin1String("no byline")), qPrintable(header->text()));
    // 000 is neither spun nor without a byline.
    m_window->selectArticle(bySeed.value(QStringLiteral("000")));
    QVERIFY2(!header->text().contains(QLatin1String("machine-spun")), qPrintable(header->text()));
    QVERIFY2(!header->text().contains(QLatin1String("no byline")), qPrintable(header->text()));
    QVERIFY(header->toolTip().isEmpty());
    // 002's caption: counted on the line, its words in the tooltip as plain text.
    m_window->selectArticle(bySeed.value(QStringLiteral("002")));
    QVERIFY2(header->text().contains(QLatin1String("1 flagged caption")), qPrintable(header->text()));
    const Core::StoredSignals stored = *m_project->articleSignals(bySeed.value(QStringLiteral("002")));
    QCOMPARE(stored.measured.flaggedCaptions.size(), 1);
    QVERIFY2(header->toolTip().contains(QLatin1String("discloses a generated image")), qPrintable(header->toolTip()));
    QVERIFY2(header->toolTip().contains(stored.measured.flaggedCaptions.first().text.toHtmlEscaped()),
             qPrintable(header->toolTip()));
    // The tests after this one read the Summary.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(view()->isVisible());
}

void SummaryViewTest::verdictsReachTheSummary()
{
    QList<Core::Id> claims;
    for (const Core::Claim &claim : m_project->claims(m_devdiscourseArticle)) {
        claims.append(claim.id);
    }
    QVERIFY(claims.size() >= 4);
    QVERIFY(m_project->setVerdict(claims.mid(0, 3), Core::Verdict::Corroborated));
    QVERIFY(m_project->setVerdict(claims.mid(3, 1), Core::Verdict::Contradicted));
    QTRY_COMPARE(cell(QStringLiteral("Devdiscourse"), Ui::SummaryTableModel::CorroboratedColumn), QStringLiteral("3"));
    QCOMPARE(cell(QStringLiteral("Devdiscourse"), Ui::SummaryTableModel::ContradictedColumn), QStringLiteral("1"));
    const Core::Reliability expected = Core::assessReliability(3, 1);
    QCOMPARE(cell(QStringLiteral("Devdiscourse"), Ui::SummaryTableModel::EstimateColumn),
             QLocale().toString(expected.score, 'f', 2));
    QCOMPARE(cell(QStringLiteral("Devdiscourse"), Ui::SummaryTableModel::ComputedGradeColumn),
             Core::computedGrade(expected));
    // Undo takes it back out of the summary too.
    m_project->undoStack()->undo();
    QTRY_COMPARE(cell(QStringLiteral("Devdiscourse"), Ui::SummaryTableModel::ContradictedColumn), QStringLiteral("0"));
}

void SummaryViewTest::selectingARowFiltersTheArticles()
{
    const int all = articles()->model()->rowCount();
    QCOMPARE(all, 5);
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("articleFilterBar"));
    QVERIFY(bar && !bar->isVisible());
    table()->setFocus();
    table()->selectRow(rowOf(QStringLiteral("Devdiscourse")));
    QTRY_COMPARE(articles()->model()->rowCount(), 1);
    QCOMPARE(articles()->model()->index(0, 0).data(Ui::ArticleListModel::ArticleIdRole).toLongLong(),
             m_devdiscourseArticle);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->findChild<QLabel *>()->text(), QStringLiteral("Articles of Devdiscourse"));
    // The hostile name is shown as it is.
    table()->selectRow(rowOf(QStringLiteral("<b>Bold</b> %1 Times")));
    QTRY_COMPARE(bar->findChild<QLabel *>()->text(), QStringLiteral("Articles of <b>Bold</b> %1 Times"));
    QCOMPARE(bar->findChild<QLabel *>()->textFormat(), Qt::PlainText);
    // Show All lists every article again.
    bar->findChild<QAbstractButton *>(QStringLiteral("showAllArticles"))->click();
    QCOMPARE(articles()->model()->rowCount(), all);
    QVERIFY(!bar->isVisible());
    // Enter on a row: the workbench, with that source's article shown.
    table()->selectRow(rowOf(QStringLiteral("Devdiscourse")));
    QTest::keyClick(table(), Qt::Key_Return);
    QTRY_VERIFY(!view()->isVisible());
    QCOMPARE(articles()->currentIndex().data(Ui::ArticleListModel::ArticleIdRole).toLongLong(), m_devdiscourseArticle);
    bar->findChild<QAbstractButton *>(QStringLiteral("showAllArticles"))->click();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(view()->isVisible());
}

void SummaryViewTest::authorsAndCharts()
{
    auto *tabs = view()->findChild<QTabBar *>(QStringLiteral("summaryRecords"));
    QVERIFY(tabs);
    // The verdict chart: one bar set per state, one bar per source, the counts the table has.
    auto *verdicts = view()->findChild<QChartView *>(QStringLiteral("verdictChart"));
    QVERIFY(verdicts && verdicts->chart());
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(verdicts->chart()->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 4);
    QCOMPARE(bars->barSets().at(0)->count(), 3);
    int corroborated = 0;
    for (int i = 0; i < bars->barSets().at(0)->count(); ++i) {
        corroborated += int(bars->barSets().at(0)->at(i));
    }
    QCOMPARE(corroborated, 3);
    // The estimate chart: only judged sources (Devdiscourse, 3 decided), each box the interval.
    auto *estimates = view()->findChild<QChartView *>(QStringLiteral("estimateChart"));
    auto *boxes = qobject_cast<QBoxPlotSeries *>(estimates->chart()->series().value(0));
    QVERIFY(boxes);
    QCOMPARE(boxes->count(), 1);
    const Core::Reliability r = Core::assessReliability(3, 0);
    QVERIFY(qAbs(boxes->boxSets().at(0)->at(QBoxSet::Median) - r.score) < 1e-9);
    QVERIFY(qAbs(boxes->boxSets().at(0)->at(QBoxSet::LowerQuartile) - r.low) < 1e-9);
    QVERIFY(qAbs(boxes->boxSets().at(0)->at(QBoxSet::UpperQuartile) - r.high) < 1e-9);
    // A dark palette redraws the charts in its colours.
    const QColor lightBase = verdicts->chart()->backgroundBrush().color();
    view()->setPalette(Ui::darkPalette());
    QTRY_VERIFY(verdicts->chart()->backgroundBrush().color() != lightBase);
    QCOMPARE(verdicts->chart()->backgroundBrush().color(), Ui::darkPalette().color(QPalette::Base));
    view()->setPalette(QPalette());

    // Authors: every byline of the seeds with articles.
    tabs->setCurrentIndex(1);
    QCOMPARE(view()->records(), Ui::SummaryTableModel::Records::Authors);
    QTRY_VERIFY(rowOf(QStringLiteral("Devdiscourse News Desk")) >= 0);
    QCOMPARE(cell(QStringLiteral("Devdiscourse News Desk"), Ui::SummaryTableModel::CorroboratedColumn),
             QStringLiteral("3"));
    QVERIFY(rowOf(QStringLiteral("Charlotte Adams")) >= 0);
    QCOMPARE(table()->model()->headerData(Ui::SummaryTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Author"));
    // Selecting an author lists that author's articles.
    table()->selectRow(rowOf(QStringLiteral("Devdiscourse News Desk")));
    QTRY_COMPARE(articles()->model()->rowCount(), 1);
    tabs->setCurrentIndex(0);
    QTRY_COMPARE(articles()->model()->rowCount(), 5); // another table, nothing selected: every article
}

QTEST_MAIN(SummaryViewTest)
#include "summaryview_test.moc"
