// The PDF report's charts: drawn by the Summary view's own Qt Charts code, replayed into the PDF as vector graphics
// with searchable text, inside the page, in print colours; from the window's export and from `credence export-pdf`.

#include "../core/credenceprocess.h"
#include "project/project.h"
#include "report/pdfreport.h"
#include "style/verdictstyle.h"
#include "widgets/summarycharts.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence;

class ReportChartsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chartsAreDrawnOnTheSummaryPage();
    void recordedInPrintColours();
    void noChartsWithoutSources();
    void commandLineDrawsThemToo();

private:
    /// Page @p page of @p pdf as pdftotext reads it.
    QString pageText(const QString &pdf, int page);
    /// Page @p page of @p pdf rendered at 50 dots per inch.
    QImage pageImage(const QString &pdf, int page);
    /// The page that begins "Overview by source" (after the cover, the contents and the summary), or 0.
    int overviewPage(const QString &pdf);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Project> m_project;
};

void ReportChartsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *tool : {"pdftotext", "pdftoppm"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            QFAIL("poppler-utils is not installed: the PDF cannot be read back without it.");
        }
    }
}

void ReportChartsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = std::make_unique<Core::Project>();
    QVERIFY(m_project->open(m_dir->filePath(QStringLiteral("charts.credence"))));
    // Two sources: one with six corroborated claims and one contradicted, one with three not checked.
    const QList<std::pair<QString, int>> sources = {{QStringLiteral("Harbour Gazette"), 7},
                                                    {QStringLiteral("Valley Post"), 3}};
    for (const auto &[name, claims] : sources) {
        QString body;
        for (int i = 0; i < claims; ++i) {
            body += QStringLiteral("Councillor %1 said the ferry ran %2 times in March.\n").arg(name).arg(i + 3);
        }
        const Core::ImportOutcome outcome = m_project->importBytes(
            QStringLiteral("Ferry report\nSource: %1\n\n%2").arg(name, body).toUtf8(), name + QStringLiteral(".txt"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        if (name == QLatin1String("Harbour Gazette")) {
            const QList<Core::Claim> stored = m_project->claims(*outcome.articleId);
            QCOMPARE(stored.size(), claims);
            for (qsizetype i = 0; i < stored.size(); ++i) {
                QVERIFY(m_project->writeVerdict(stored.at(i).id,
                                                i < 6 ? Core::Verdict::Corroborated : Core::Verdict::Contradicted));
            }
        }
    }
}

void ReportChartsTest::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

QString ReportChartsTest::pageText(const QString &pdf, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                   QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int ReportChartsTest::overviewPage(const QString &pdf)
{
    for (int page = 2; page < 10; ++page) {
        if (pageText(pdf, page).trimmed().startsWith(QStringLiteral("Overview by source"))) {
            return page;
        }
    }
    return 0;
}

QImage ReportChartsTest::pageImage(const QString &pdf, int page)
{
    const QString prefix = m_dir->filePath(QStringLiteral("page"));
    QProcess process;
    process.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                   QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
                   prefix});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {};
    }
    return QImage(prefix + QStringLiteral(".png"));
}

void ReportChartsTest::chartsAreDrawnOnTheSummaryPage()
{
    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    Core::PdfReport report(*m_project);
    report.setChartPainter(&Ui::SummaryCharts::reportCharts);
    QVERIFY2(report.write(pdf), qPrintable(report.lastError()));

    // The overview page: both charts' titles, their legends and names as text, and the captions under them.
    const int overview = overviewPage(pdf);
    QCOMPARE(overview, 4);
    const QString text = pageText(pdf, overview);
    for (const QString &expected :
         {QStringLiteral("Claims by state"), QStringLiteral("Claims by state per source, as marked."),
          QStringLiteral("Reliability estimate; 1 cannot be judged yet"), QStringLiteral("Unverifiable"),
          QStringLiteral("Not checked")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    }
    // "Harbour Gazette" in the table, on the bars' axis and under the estimate's box.
    QCOMPARE(text.count(QStringLiteral("Harbour Gazette")), 3);
    QVERIFY2(!text.contains(QChar(0xFB01)), "the chart's text holds a ligature");

    // The bars are drawn, in the colours of the states, within the page's margins (20 mm at 50 dpi: 39 px).
    const QImage page = pageImage(pdf, overview);
    QVERIFY(!page.isNull());
    const QColor corroborated = Ui::VerdictStyle::color(Core::Verdict::Corroborated, QPalette(Qt::white));
    int inside = 0;
    int outside = 0;
    const auto near = [](QColor a, QColor b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 30;
    };
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (near(page.pixelColor(x, y), corroborated)) {
                (x > 35 && x < page.width() - 35 ? inside : outside)++;
            }
        }
    }
    QVERIFY2(inside > 200, qPrintable(QString::number(inside)));
    QCOMPARE(outside, 0);
    // Without the painter (the core library alone) the same report has no chart.
    const QString plain = m_dir->filePath(QStringLiteral("plain.pdf"));
    Core::PdfReport withoutCharts(*m_project);
    QVERIFY(withoutCharts.write(plain));
    QVERIFY(overviewPage(plain) > 0);
    QVERIFY(!pageText(plain, overviewPage(plain)).contains(QStringLiteral("Claims by state per source")));
}

void ReportChartsTest::recordedInPrintColours()
{
    // Whatever the window's palette, the printed chart is dark on white.
    const QList<Core::ReportChart> charts = Ui::SummaryCharts::reportCharts(m_project->reliabilitySummary());
    QCOMPARE(charts.size(), 2);
    for (const Core::ReportChart &chart : charts) {
        QVERIFY(!chart.size.isEmpty());
        QImage image(chart.size.toSize(), QImage::Format_RGB32);
        image.fill(Qt::red);
        QPainter painter(&image);
        painter.drawPicture(0, 0, chart.picture);
        painter.end();
        // The chart keeps a margin of 9 pixels round its background.
        QCOMPARE(image.pixelColor(12, 12), QColor(Qt::white));
        QVERIFY(!chart.caption.isEmpty());
    }
}

void ReportChartsTest::noChartsWithoutSources()
{
    Core::Project empty;
    QVERIFY(empty.open(m_dir->filePath(QStringLiteral("empty.credence"))));
    const QString pdf = m_dir->filePath(QStringLiteral("empty.pdf"));
    Core::PdfReport report(empty);
    int calls = 0;
    report.setChartPainter([&calls](const Core::ReliabilitySummary &summary) {
        ++calls;
        return Ui::SummaryCharts::reportCharts(summary);
    });
    QVERIFY2(report.write(pdf), qPrintable(report.lastError()));
    QCOMPARE(calls, 0); // no source, no chart of nothing
}

void ReportChartsTest::commandLineDrawsThemToo()
{
    m_project->close();
    const QString pdf = m_dir->filePath(QStringLiteral("cli.pdf"));
    const CredenceTest::Run run = CredenceTest::runCredence(
        {QStringLiteral("export-pdf"), QStringLiteral("--db"), m_dir->filePath(QStringLiteral("charts.credence")), pdf},
        m_dir->path());
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = pageText(pdf, overviewPage(pdf));
    QVERIFY2(text.contains(QStringLiteral("Claims by state per source, as marked.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reliability estimate")), qPrintable(text));
}

QTEST_MAIN(ReportChartsTest)
#include "reportcharts_test.moc"
