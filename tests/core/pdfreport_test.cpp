// The PDF report: rendered for real and read back with pdftotext, so what an editor sees is what is checked.

#include "project/project.h"
#include "report/pdfreport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    void htmlEscapes();

private:
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

void PdfReportTest::htmlEscapes()
{
    const QString html = PdfReport(*m_project).html();
    QVERIFY(html.contains(QStringLiteral("A&amp;B &lt;News&gt;")));
    QVERIFY(!html.contains(QStringLiteral("A&B")));
    QVERIFY(!html.contains(QStringLiteral("<News>")));
    QVERIFY(html.contains(QStringLiteral("Gazeta Łódzka — Życie &amp; Kraj")));
    QVERIFY(html.contains(QStringLiteral("Süddeutsche Rundschau")));
}

QTEST_MAIN(PdfReportTest)
#include "pdfreport_test.moc"
