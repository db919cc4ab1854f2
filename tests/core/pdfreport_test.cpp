// The PDF report: rendered for real and read back with pdftotext, so what an editor sees is what is checked.

#include "i18n/translations.h"
#include "pdftools.h"
#include "project/project.h"
#include "report/pdfreport.h"
#include "report/reportjob.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <qpdf/QPDF.hh>

#include <memory>

using namespace Credence::Core;

namespace {

struct SampleClaim
{
    QString text;
    Verdict verdict;
};

} // namespace

class PdfReportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pdfHoldsTheReport();
    void writesIntoBuffer();
    void unwritablePath();
    void refusesProjectsAsTarget_data();
    void refusesProjectsAsTarget();
    void everyCheckedClaimAndEvidence();
    void notCheckedCountedOrListed();
    void coverOutlineAndInformation();
    void userTextVerbatim();
    void rowsNeverSplit();
    void pageNumbersInFooters();
    void selectedSources();
    void paperFromLocale();
    void cancelLeavesNothing();
    void soundForQpdf();
    void jobOnAWorkerThread();

private:
    /// Imports an article of @p source with one claim per line of @p lines; returns its claims.
    QList<Claim> importArticle(const QString &title, const QString &source, const QStringList &lines);
    /// The text of @p pdf as pdftotext reads it. -layout keeps a table row on one line, so a claim's verdict label
    /// sits on the line of its text.
    QString pdfToText(const QString &pdf);

    QString m_pdftotext;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    QStringList m_sources;
    QList<SampleClaim> m_sample;
};

void PdfReportTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English plurals ("1 claim", "2 claims") come from the English translation.
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (m_pdftotext.isEmpty()) {
        QFAIL("pdftotext is not installed (package poppler-utils); the PDF cannot be checked without it.");
    }
    m_sources = {QStringLiteral("Gazeta Łódzka — Życie & Kraj"), QStringLiteral("A&B <News>"),
                 QStringLiteral("Süddeutsche Rundschau")};
}

void PdfReportTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = std::make_unique<Project>();
    QVERIFY2(m_project->open(m_dir->filePath(QStringLiteral("Sahel review 2025.credence"))),
             qPrintable(m_project->lastError()));

    // One article per source; each line of a body is one claim.
    const QList<QStringList> bodies = {
        {QStringLiteral("Fuel trucks were attacked near Kayes."), QStringLiteral("The convoy had no escort."),
         QStringLiteral("Prices in Bamako doubled.")},
        {QStringLiteral("Mining licences were refused in July."), QStringLiteral("The ministry denied the report.")},
        {QStringLiteral("Drones were bought from Turkey."), QStringLiteral("Two helicopters crashed in 2024.")},
    };
    const QList<Verdict> verdicts = {Verdict::Corroborated, Verdict::Contradicted, Verdict::Unverifiable};
    m_sample.clear();
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        const QString text = QStringLiteral("Report %1\nBy Ana Ruiz\nSource: %2\n\n%3\n")
                                 .arg(i + 1)
                                 .arg(m_sources.at(i), bodies.at(i).join(QLatin1Char('\n')));
        const ImportOutcome outcome = m_project->importBytes(text.toUtf8(), QStringLiteral("report-%1.txt").arg(i));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        const QList<Claim> claims = m_project->claims(*outcome.articleId);
        QCOMPARE(claims.size(), bodies.at(i).size());
        for (qsizetype c = 0; c < claims.size(); ++c) {
            const Verdict verdict = verdicts.at((i + c) % verdicts.size());
            QVERIFY(m_project->writeVerdict(claims.at(c).id, verdict));
            m_sample.append({claims.at(c).text, verdict});
        }
    }
    QCOMPARE(m_project->sourceTallies().size(), m_sources.size());
}

void PdfReportTest::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

QString PdfReportTest::pdfToText(const QString &pdf)
{
    QProcess process;
    process.start(m_pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("pdftotext failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void PdfReportTest::pdfHoldsTheReport()
{
    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    PdfReport report(*m_project);
    QVERIFY2(report.write(pdf), qPrintable(report.lastError()));
    QVERIFY(report.lastError().isEmpty());

    // The text is searchable as typed: no "ﬁ" ligature glyph in place of "fi".
    const QString text = pdfToText(pdf);
    QVERIFY2(!text.contains(QChar(0xFB01)), "the PDF text holds a ligature");
    QVERIFY2(!text.isEmpty(), "pdftotext read no text");
    QVERIFY2(text.contains(QStringLiteral("Sahel review 2025")), qPrintable(text));
    for (const QString &source : std::as_const(m_sources)) {
        QVERIFY2(text.contains(source), qPrintable(QStringLiteral("%1 is not in:\n%2").arg(source, text)));
    }
    for (const QString &title : {QStringLiteral("Report 1"), QStringLiteral("Report 2"), QStringLiteral("Report 3")}) {
        QVERIFY2(text.contains(title), qPrintable(title));
    }

    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const SampleClaim &claim : std::as_const(m_sample)) {
        const QStringList found = lines.filter(claim.text);
        QVERIFY2(found.size() == 1,
                 qPrintable(QStringLiteral("%1 is on %2 lines of:\n%3").arg(claim.text).arg(found.size()).arg(text)));
        for (const Verdict verdict : allVerdicts()) {
            QVERIFY2(found.first().contains(verdictLabel(verdict)) == (verdict == claim.verdict),
                     qPrintable(QStringLiteral("%1 should be marked %2: %3")
                                    .arg(claim.text, verdictLabel(claim.verdict), found.first())));
        }
    }
}

void PdfReportTest::writesIntoBuffer()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    PdfReport report(*m_project);
    QVERIFY2(report.write(&buffer), qPrintable(report.lastError()));
    buffer.close();
    QVERIFY2(buffer.data().startsWith("%PDF-"), buffer.data().left(16).constData());
    QVERIFY(buffer.data().trimmed().endsWith("%%EOF"));
}

void PdfReportTest::unwritablePath()
{
    const QString missingFolder = m_dir->filePath(QStringLiteral("no/such/folder"));
    const QString pdf = missingFolder + QStringLiteral("/report.pdf");
    PdfReport report(*m_project);
    QVERIFY(!report.write(pdf));
    QVERIFY2(report.lastError().contains(pdf), qPrintable(report.lastError()));
    QVERIFY(!QFileInfo::exists(pdf));
    QVERIFY(!QFileInfo::exists(missingFolder));
}

void PdfReportTest::refusesProjectsAsTarget_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("the open project") << QString();
    QTest::newRow("its write-ahead log") << QStringLiteral("-wal");
    QTest::newRow("a symbolic link to it") << QStringLiteral("link.pdf");
    QTest::newRow("another project") << QStringLiteral("closed.credence");
    // Open elsewhere, a new project's header does not carry Credence's id yet: SQLite still holds that in the -wal.
    QTest::newRow("another project still open") << QStringLiteral("open.credence");
}

void PdfReportTest::refusesProjectsAsTarget()
{
    QFETCH(QString, target);
    const QString projectPath = m_project->path();
    QVERIFY(QFile::link(projectPath, m_dir->filePath(QStringLiteral("link.pdf"))));
    {
        Project closed;
        QVERIFY2(closed.open(m_dir->filePath(QStringLiteral("closed.credence"))), qPrintable(closed.lastError()));
    }
    Project stillOpen;
    QVERIFY2(stillOpen.open(m_dir->filePath(QStringLiteral("open.credence"))), qPrintable(stillOpen.lastError()));

    const QString path = target.isEmpty()          ? projectPath
                         : target.startsWith(u'-') ? projectPath + target
                                                   : m_dir->filePath(target);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const auto checksum = [](const QString &file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    };
    const QByteArray before = checksum(path);

    PdfReport report(*m_project);
    QVERIFY(!report.write(path));
    QVERIFY2(report.lastError().contains(path), qPrintable(report.lastError()));
    QCOMPARE(checksum(path), before);
    QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("link.pdf"))).isSymLink());
    QVERIFY(!m_project->articles().isEmpty());
}

QList<Claim> PdfReportTest::importArticle(const QString &title, const QString &source, const QStringList &lines)
{
    const QString text = title + QStringLiteral("\nBy Ana Ruiz\nSource: ") + source + QStringLiteral("\n\n") +
                         lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    const ImportOutcome outcome = m_project->importBytes(text.toUtf8(), title + QStringLiteral(".txt"));
    if (!outcome.ok()) {
        qWarning("import failed: %s", qPrintable(outcome.error));
        return {};
    }
    return m_project->claims(*outcome.articleId);
}

void PdfReportTest::everyCheckedClaimAndEvidence()
{
    // Evidence of every kind on the first claims: the web addresses are printed and are links.
    const QList<ArticleSummary> articles = m_project->articles();
    QStringList urls;
    int n = 0;
    for (const ArticleSummary &article : articles) {
        const QList<Claim> claims = m_project->claims(article.id);
        Evidence page;
        page.kind = EvidenceKind::Url;
        page.stance = EvidenceStance::Supporting;
        page.url = QStringLiteral("https://records.example/doc-%1?page=2&lang=en").arg(++n);
        page.title = QStringLiteral("Ministry record %1").arg(n);
        QVERIFY(m_project->addEvidence(claims.first().id, page));
        urls << page.url;
        Evidence note;
        note.kind = EvidenceKind::Note;
        note.stance = EvidenceStance::Refuting;
        note.note = QStringLiteral("Phoned the port authority; see https://port.example/notice-%1.").arg(n);
        QVERIFY(m_project->addEvidence(claims.last().id, note));
        urls << QStringLiteral("https://port.example/notice-%1").arg(n);
    }
    const QString pdf = m_dir->filePath(QStringLiteral("evidence.pdf"));
    PdfReport report(*m_project);
    QVERIFY2(report.write(pdf), qPrintable(report.lastError()));
    const QString text = Credence::Test::pdfText(pdf, false).simplified();
    for (const SampleClaim &claim : std::as_const(m_sample)) {
        QVERIFY2(text.contains(claim.text), qPrintable(claim.text));
    }
    const QString links = Credence::Test::popplerOutput(
        QStringLiteral("pdftohtml"),
        {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-stdout"), pdf});
    for (const QString &url : std::as_const(urls)) {
        QVERIFY2(text.contains(url), qPrintable(url + QStringLiteral(" not in:\n") + text));
        QString escaped = url;
        escaped.replace(QStringLiteral("&"), QStringLiteral("&amp;"));
        QVERIFY2(links.contains(QStringLiteral("<a href=\"") + escaped + u'"'), qPrintable(url));
    }
}

void PdfReportTest::notCheckedCountedOrListed()
{
    const QList<Claim> claims =
        importArticle(QStringLiteral("Harbour report"), m_sources.first(),
                      {QStringLiteral("The pier was closed on Monday."), QStringLiteral("Ferries ran late all week.")});
    QCOMPARE(claims.size(), 2);
    QVERIFY(m_project->writeVerdict(claims.first().id, Verdict::Corroborated));
    const QString counted = m_dir->filePath(QStringLiteral("counted.pdf"));
    PdfReport report(*m_project);
    QVERIFY2(report.write(counted), qPrintable(report.lastError()));
    QString text = Credence::Test::pdfText(counted, false).simplified();
    QVERIFY(text.contains(QStringLiteral("The pier was closed on Monday.")));
    QVERIFY(!text.contains(QStringLiteral("Ferries ran late")));
    QVERIFY2(text.contains(QStringLiteral("1 claim not checked yet, not listed.")), qPrintable(text));

    ReportOptions options;
    options.listNotChecked = true;
    const QString listed = m_dir->filePath(QStringLiteral("listed.pdf"));
    PdfReport all(*m_project, options);
    QVERIFY2(all.write(listed), qPrintable(all.lastError()));
    text = Credence::Test::pdfText(listed).simplified();
    QVERIFY(text.contains(QStringLiteral("Not checked Ferries ran late all week.")));
}

void PdfReportTest::coverOutlineAndInformation()
{
    ProjectDetails details;
    details.title = QStringLiteral("Fuel convoys in western Mali");
    details.author = QStringLiteral("Verification desk, Ana Ruiz");
    details.scope = QStringLiteral("Reports of attacks on fuel convoys, July 2025.");
    QVERIFY(m_project->setDetails(details));
    const QString pdf = m_dir->filePath(QStringLiteral("outline.pdf"));
    PdfReport report(*m_project);
    QVERIFY2(report.write(pdf), qPrintable(report.lastError()));

    QCOMPARE(Credence::Test::pdfInfo(pdf, QStringLiteral("Title")),
             QStringLiteral("Source reliability report: Fuel convoys in western Mali"));
    QCOMPARE(Credence::Test::pdfInfo(pdf, QStringLiteral("Author")), details.author);
    QCOMPARE(Credence::Test::pdfInfo(pdf, QStringLiteral("Pages")).toInt(), report.pageCount());

    // The cover: title, author, scope and today's date; not the file's name.
    const QString cover = Credence::Test::popplerOutput(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-enc"),
         QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    for (const QString &expected : {details.title, details.author, details.scope,
                                    QLocale().toString(QDate::currentDate(), QLocale::LongFormat)}) {
        QVERIFY2(cover.simplified().contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + cover));
    }
    QVERIFY(!cover.contains(QStringLiteral("Sahel review 2025")));

    // The outline lists every source, and each leads to the page that begins its section.
    const QList<std::pair<QString, int>> outline = Credence::Test::pdfOutline(pdf);
    QStringList titles;
    for (const auto &[title, page] : outline) {
        titles << title;
        QVERIFY2(page >= 2 && page <= report.pageCount(), qPrintable(title));
    }
    for (const QString &chapter : {QStringLiteral("Summary"), QStringLiteral("Overview by source"),
                                   QStringLiteral("Method"), QStringLiteral("Sources")}) {
        QVERIFY2(titles.contains(chapter), qPrintable(titles.join(u'|')));
    }
    for (const QString &source : std::as_const(m_sources)) {
        const auto entry = std::find_if(outline.cbegin(), outline.cend(),
                                        [&source](const auto &item) { return item.first == source; });
        QVERIFY2(entry != outline.cend(), qPrintable(source + QStringLiteral(" not in ") + titles.join(u'|')));
        const QString page = Credence::Test::popplerOutput(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QString::number(entry->second), QStringLiteral("-l"), QString::number(entry->second),
             QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY2(page.trimmed().startsWith(source), qPrintable(page.left(200)));
        // The contents (page 2) give the same page number.
        const QString contents = Credence::Test::popplerOutput(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"),
             QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(contents.trimmed().startsWith(QStringLiteral("Contents")));
        const QRegularExpression line(QRegularExpression::escape(source) + QStringLiteral("\\s+(\\d+)\\s*$"),
                                      QRegularExpression::MultilineOption);
        QCOMPARE(line.match(contents).captured(1).toInt(), entry->second);
    }
}

void PdfReportTest::userTextVerbatim()
{
    // Names and text that would be markup, format strings or right-to-left text are printed as they are written.
    const QString rtl = QStringLiteral("صحيفة الأخبار");
    const QStringList names = {QStringLiteral("%1 Daily %2"), QStringLiteral("<b>Bold</b> & <i>Co</i>"), rtl};
    QStringList texts;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString claimText = QStringLiteral("Claim %1 says <script>alert(%2)</script> and %L1.").arg(i);
        const QList<Claim> claims = importArticle(QStringLiteral("Story %1").arg(i), names.at(i), {claimText});
        QCOMPARE(claims.size(), 1);
        QVERIFY(m_project->writeVerdict(claims.first().id, Verdict::Contradicted));
        QVERIFY(m_project->writeNote(claims.first().id, QStringLiteral("Note %1 with %2 and <u>tags</u>").arg(i)));
        texts << claims.first().text << QStringLiteral("Note %1 with %2 and <u>tags</u>").arg(i);
    }
    ProjectDetails details;
    details.title = QStringLiteral("Review of %1 and <h1>%2</h1>");
    QVERIFY(m_project->setDetails(details));
    const QString pdf = m_dir->filePath(QStringLiteral("hostile.pdf"));
    PdfReport report(*m_project);
    QVERIFY2(report.write(pdf), qPrintable(report.lastError()));
    // pdftotext marks a right-to-left run with embedding controls of its own (U+202B ... U+202C): not in the PDF.
    QString text = Credence::Test::pdfText(pdf, false);
    text.remove(QChar(0x202B)).remove(QChar(0x202C));
    for (const QString &expected : names + texts + QStringList{details.title}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    }
    const QList<std::pair<QString, int>> outline = Credence::Test::pdfOutline(pdf);
    for (const QString &name : names) {
        QVERIFY2(
            std::any_of(outline.cbegin(), outline.cend(), [&name](const auto &item) { return item.first == name; }),
            qPrintable(name));
    }
}

void PdfReportTest::rowsNeverSplit()
{
    // Enough claims of two or three lines each to fill several pages: none begins on one page and ends on the next.
    QStringList lines;
    for (int i = 0; i < 150; ++i) {
        lines << QStringLiteral("Claim number %1 begins here, reports that the convoy of fuel trucks from Dakar was "
                                "stopped at the border post of Diboli for several days while customs officers "
                                "checked papers, and ends at marker %1.")
                     .arg(i);
    }
    const QList<Claim> claims = importArticle(QStringLiteral("Long report"), m_sources.first(), lines);
    QCOMPARE(claims.size(), lines.size());
    QList<Id> ids;
    for (const Claim &claim : claims) {
        ids << claim.id;
    }
    QVERIFY(m_project->setVerdict(ids, Verdict::Corroborated));
    const QString pdf = m_dir->filePath(QStringLiteral("rows.pdf"));
    PdfReport report(*m_project);
    QVERIFY2(report.write(pdf), qPrintable(report.lastError()));
    const QStringList pages = Credence::Test::pdfText(pdf, false).split(QChar(u'\f'));
    QVERIFY(pages.size() > 4);
    int continued = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString begins = QStringLiteral("Claim number %1 begins").arg(i);
        const QString ends = QStringLiteral("marker %1.").arg(i);
        const auto page = std::find_if(pages.cbegin(), pages.cend(),
                                       [&](const QString &p) { return p.simplified().contains(begins); });
        QVERIFY2(page != pages.cend(), qPrintable(begins));
        QVERIFY2(page->simplified().contains(ends), qPrintable(QStringLiteral("claim %1 is split").arg(i)));
        continued += page->contains(QStringLiteral("Claim, note and evidence")) ? 1 : 0;
    }
    // The table's heading is repeated on each page it continues on.
    QVERIFY(continued >= 4);
}

void PdfReportTest::pageNumbersInFooters()
{
    const QString pdf = m_dir->filePath(QStringLiteral("numbers.pdf"));
    PdfReport report(*m_project);
    QVERIFY2(report.write(pdf), qPrintable(report.lastError()));
    const QStringList pages = Credence::Test::pdfText(pdf).split(QChar(u'\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), report.pageCount());
    QVERIFY(!pages.first().trimmed().endsWith(QLatin1Char('1'))); // the cover has no number
    for (qsizetype i = 1; i < pages.size(); ++i) {
        const QString last = pages.at(i).trimmed().split(QLatin1Char('\n')).last();
        QVERIFY2(last.endsWith(QStringLiteral(" ") + QString::number(i + 1)), qPrintable(last));
    }
}

void PdfReportTest::selectedSources()
{
    Id chosen = 0;
    for (const Source &source : m_project->sources()) {
        if (source.name == m_sources.at(1)) {
            chosen = source.id;
        }
    }
    QVERIFY(chosen != 0);
    ReportOptions options;
    options.sources = {chosen};
    const QString pdf = m_dir->filePath(QStringLiteral("one.pdf"));
    PdfReport report(*m_project, options);
    QVERIFY2(report.write(pdf), qPrintable(report.lastError()));
    const QString text = Credence::Test::pdfText(pdf, false);
    QVERIFY(text.contains(m_sources.at(1)));
    QVERIFY(text.contains(QStringLiteral("One source: ") + m_sources.at(1)));
    QVERIFY(!text.contains(m_sources.at(0)));
    QVERIFY(!text.contains(m_sources.at(2)));
    QVERIFY(text.contains(QStringLiteral("Mining licences were refused in July.")));
    QVERIFY(!text.contains(QStringLiteral("Fuel trucks were attacked near Kayes.")));
}

void PdfReportTest::paperFromLocale()
{
    QCOMPARE(defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
    QCOMPARE(defaultPageSize(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
    QCOMPARE(defaultPageSize(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
    QCOMPARE(defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)), QPageSize::A4);
    for (const auto &[size, expected] : {std::pair{QPageSize::Letter, QStringLiteral("612 x 792 pts (letter)")},
                                         std::pair{QPageSize::A4, QStringLiteral("595 x 842 pts (A4)")}}) {
        ReportOptions options;
        options.pageSize = size;
        const QString pdf = m_dir->filePath(QStringLiteral("paper.pdf"));
        PdfReport report(*m_project, options);
        QVERIFY2(report.write(pdf), qPrintable(report.lastError()));
        QCOMPARE(Credence::Test::pdfInfo(pdf, QStringLiteral("Page size")), expected);
    }
}

void PdfReportTest::cancelLeavesNothing()
{
    const QString pdf = m_dir->filePath(QStringLiteral("cancelled.pdf"));
    PdfReport report(*m_project);
    QList<qint64> seen;
    report.setProgress([&seen](qint64 done, qint64 total) {
        seen << done << total;
        return false;
    });
    QVERIFY(!report.write(pdf));
    QVERIFY(report.wasCancelled());
    QVERIFY(!report.lastError().isEmpty());
    QCOMPARE(seen, (QList<qint64>{1, 3}));
    QVERIFY(!QFileInfo::exists(pdf));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files), QStringList());
}

void PdfReportTest::soundForQpdf()
{
    // The outline, links and page order are appended as an incremental update: another reader, reading strictly, finds
    // every object where the cross-reference tables say it is, and the pages in reading order.
    const QString pdf = m_dir->filePath(QStringLiteral("strict.pdf"));
    PdfReport report(*m_project);
    QVERIFY2(report.write(pdf), qPrintable(report.lastError()));
    QPDF reader;
    reader.setSuppressWarnings(true);
    reader.setAttemptRecovery(false);
    reader.processFile(QFile::encodeName(pdf).constData());
    for (QPDFObjectHandle object : reader.getAllObjects()) {
        if (object.isStream()) {
            object.getStreamData(qpdf_dl_generalized);
        }
    }
    const std::vector<QPDFObjectHandle> &pages = reader.getAllPages();
    QCOMPARE(int(pages.size()), report.pageCount());
    QVERIFY2(!reader.anyWarnings(), "qpdf warned while reading the report");
    QVERIFY(reader.getRoot().getKey("/Outlines").isDictionary());
}

void PdfReportTest::jobOnAWorkerThread()
{
    // The window's export: a second, read-only connection on a worker thread, the charts handed over ready-made.
    const QString pdf = m_dir->filePath(QStringLiteral("worker.pdf"));
    ReportChart chart;
    chart.caption = QStringLiteral("A caption drawn on the GUI thread");
    chart.size = QSizeF(400, 100);
    {
        QPainter painter(&chart.picture);
        painter.fillRect(QRectF(0, 0, 400, 100), Qt::darkGreen);
    }
    QThread thread;
    auto *job = new ReportJob(m_project->path(), {}, {chart}, pdf);
    job->moveToThread(&thread);
    connect(&thread, &QThread::started, job, &ReportJob::run);
    connect(&thread, &QThread::finished, job, &QObject::deleteLater);
    QSignalSpy progress(job, &ReportJob::progress);
    QSignalSpy finished(job, &ReportJob::finished);
    thread.start();
    QVERIFY(finished.wait(30000));
    thread.quit();
    thread.wait();
    QCOMPARE(finished.first().at(0).toString(), QString());
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(finished.first().at(2).toInt() > 3);
    QCOMPARE(progress.size(), 3); // one per article
    QCOMPARE(progress.last().at(0).toLongLong(), 3);
    const QString text = Credence::Test::pdfText(pdf, false);
    QVERIFY(text.contains(QStringLiteral("A caption drawn on the GUI thread")));
    QVERIFY(text.contains(m_sample.first().text));

    // Cancelled: nothing written.
    const QString cancelled = m_dir->filePath(QStringLiteral("cancelled-job.pdf"));
    ReportJob stopped(m_project->path(), {}, {}, cancelled);
    QSignalSpy stoppedFinished(&stopped, &ReportJob::finished);
    stopped.cancel();
    stopped.run();
    QCOMPARE(stoppedFinished.size(), 1);
    QCOMPARE(stoppedFinished.first().at(1).toBool(), true);
    QVERIFY(!QFileInfo::exists(cancelled));
}

QTEST_MAIN(PdfReportTest)
#include "pdfreport_test.moc"
