// User text is never a format string: names any page can give itself (og:site_name) are imported with the real
// credence binary and must come out verbatim in the summary JSON, safely shown in the terminal table and the PDF,
// with every figure in its own column. The helpers that make them safe are checked on their own first.

#include "cli/terminaltext.h"
#include "credenceprocess.h"
#include "project/project.h"
#include "report/usertext.h"
#include "scoring/reliability.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence::Core;
using CredenceTest::Run;

namespace {

/// A source name a page sets, and how each output must show it.
struct HostileName
{
    QString name;            ///< as the page means it, and as the JSON must give it back
    QString tableCell;       ///< the Source cell of the terminal table, without its padding
    int tableCellWidth = 32; ///< that cell's length in UTF-16 units, padding included (wide characters take two cells)
    QString pdfStart;        ///< how the name's row starts in the PDF's text; empty: not looked for
};

QList<HostileName> hostileNames()
{
    const QString endless = QStringLiteral("Endless") + QString(9993, u'w');
    return {
        {QStringLiteral("Rate%1 News"), QStringLiteral("Rate%1 News"), 32, QStringLiteral("Rate%1 News")},
        {QStringLiteral("%2%3"), QStringLiteral("%2%3"), 32, QStringLiteral("%2%3")},
        {QStringLiteral("<b>bold</b>"), QStringLiteral("<b>bold</b>"), 32, QStringLiteral("<b>bold</b>")},
        {QStringLiteral("\u202EReversed Post"), QStringLiteral("<U+202E>Reversed Post"), 32,
         QStringLiteral("<U+202E>Reversed Post")},
        {endless, QStringLiteral("Endless") + QString(24, u'w') + u'…', 32, QStringLiteral("Endlesswwww")},
        // Not looked for in the PDF: its glyphs come from whatever CJK font the system has, if any.
        {QStringLiteral("東京新聞"), QStringLiteral("東京新聞"), 28, QString()},
    };
}

/// A small news page whose og:site_name is @p name and whose body is nine sentences, so nine claims.
QByteArray pageNamed(const QString &name, int number)
{
    const QString sentences = QStringLiteral(
        "The river rose sharply after the storm. Officials closed the northern bridge. Residents were told to leave "
        "their homes. The mayor visited the flooded district. Schools in the valley stayed shut. Engineers inspected "
        "the old dam. Farmers lost most of their crops. Volunteers filled sandbags all night. The army sent trucks "
        "with drinking water.");
    const QString title = QStringLiteral("Flood report ") + QString::number(number);
    return (QStringLiteral("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>") + title +
            QStringLiteral("</title><meta property='og:site_name' content='") + name.toHtmlEscaped() +
            QStringLiteral("'><meta property='og:type' content='article'></head><body><article><h1>") + title +
            QStringLiteral("</h1><p>") + sentences + QStringLiteral("</p></article></body></html>"))
        .toUtf8();
}

bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

} // namespace

class UserTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void visibleControls_data();
    void visibleControls();
    void shortenedText_data();
    void shortenedText();
    void fitted_data();
    void fitted();
    void hostileNamesInEveryOutput();

private:
    QString pdfToText(const QStringList &arguments);

    QTemporaryDir m_home;
    QString m_pdftotext;
};

void UserTextTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    if (!QFileInfo(QStringLiteral(CREDENCE_BINARY)).isExecutable()) {
        QFAIL("The credence binary is not built: " CREDENCE_BINARY);
    }
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (m_pdftotext.isEmpty()) {
        QFAIL("pdftotext is not installed (package poppler-utils); the PDF cannot be checked without it.");
    }
}

void UserTextTest::visibleControls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("Rate%1 News") << QStringLiteral("Rate%1 News");
    QTest::newRow("right-to-left override") << QStringLiteral("a\u202Eb") << QStringLiteral("a<U+202E>b");
    QTest::newRow("embedding and pop") << QStringLiteral("\u202Bx\u202C") << QStringLiteral("<U+202B>x<U+202C>");
    QTest::newRow("isolates") << QStringLiteral("\u2067x\u2069") << QStringLiteral("<U+2067>x<U+2069>");
    QTest::newRow("escape sequence") << QStringLiteral("a\x1B[2Jb") << QStringLiteral("a<U+001B>[2Jb");
    QTest::newRow("new line and tab") << QStringLiteral("a\nb\tc") << QStringLiteral("a<U+000A>b<U+0009>c");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a<U+2028>b");
    QTest::newRow("right-to-left mark stays") << QStringLiteral("a\u200Fb") << QStringLiteral("a\u200Fb");
    QTest::newRow("Arabic stays") << QStringLiteral("الجزيرة") << QStringLiteral("الجزيرة");
    QTest::newRow("outside the BMP") << QStringLiteral("😀 News") << QStringLiteral("😀 News");
}

void UserTextTest::visibleControls()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(withVisibleControls(text), shown);
}

void UserTextTest::shortenedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fits") << QStringLiteral("abc") << 3 << QStringLiteral("abc");
    QTest::newRow("cut") << QStringLiteral("abcdef") << 4 << QStringLiteral("abc…");
    QTest::newRow("not inside a surrogate pair") << QStringLiteral("ab😀cd") << 4 << QStringLiteral("ab…");
    QTest::newRow("not before a combining mark") << QStringLiteral("abe\u0301cd") << 4 << QStringLiteral("ab…");
    QTest::newRow("long") << QString(10000, u'x') << 160 << QString(159, u'x') + u'…';
}

void UserTextTest::shortenedText()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    const QString result = shortened(text, maxLength);
    QCOMPARE(result, expected);
    QVERIFY(result.size() <= maxLength);
}

void UserTextTest::fitted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("right");
    QTest::addColumn<QString>("expected");
    QTest::newRow("padded") << QStringLiteral("ab") << 5 << false << QStringLiteral("ab   ");
    QTest::newRow("right-aligned") << QStringLiteral("12") << 5 << true << QStringLiteral("   12");
    QTest::newRow("exact") << QStringLiteral("abcde") << 5 << false << QStringLiteral("abcde");
    QTest::newRow("shortened") << QStringLiteral("abcdefg") << 5 << false << QStringLiteral("abcd…");
    // Wide characters take two terminal cells each.
    QTest::newRow("wide, padded") << QStringLiteral("東京") << 6 << false << QStringLiteral("東京  ");
    QTest::newRow("wide, shortened") << QStringLiteral("東京新聞") << 6 << false << QStringLiteral("東京… ");
    QTest::newRow("combining mark takes none")
        << QStringLiteral("e\u0301") << 3 << false << QStringLiteral("e\u0301  ");
}

void UserTextTest::fitted()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(bool, right);
    QFETCH(QString, expected);
    const QString result = fittedToWidth(text, width, right ? Qt::AlignRight : Qt::AlignLeft);
    QCOMPARE(result, expected);
    QCOMPARE(terminalWidth(result), width);
}

QString UserTextTest::pdfToText(const QStringList &arguments)
{
    QProcess process;
    process.start(m_pdftotext, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("pdftotext failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void UserTextTest::hostileNamesInEveryOutput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<HostileName> names = hostileNames();
    QStringList pages;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString page = dir.filePath(QStringLiteral("page-%1.html").arg(i));
        QFile file(page);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pageNamed(names.at(i).name, int(i)));
        pages.append(page);
    }
    const QString db = dir.filePath(QStringLiteral("Names.credence"));
    const Run imported = CredenceTest::runCredence(
        QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + pages, m_home.path());
    QVERIFY(imported.finished);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    // Every source: 1 article, 2 corroborated, 3 contradicted, 4 unverifiable claims and 0 not checked, so a figure in
    // the wrong column shows.
    {
        Project project;
        QVERIFY2(project.open(db), qPrintable(project.lastError()));
        const QList<ArticleSummary> articles = project.articles();
        QCOMPARE(articles.size(), names.size());
        for (const ArticleSummary &article : articles) {
            const QList<Claim> claims = project.claims(article.id);
            QVERIFY2(claims.size() == 9, qPrintable(QString::number(claims.size())));
            for (qsizetype c = 0; c < claims.size(); ++c) {
                const Verdict verdict = c < 2   ? Verdict::Corroborated
                                        : c < 5 ? Verdict::Contradicted
                                                : Verdict::Unverifiable;
                QVERIFY(project.writeVerdict(claims.at(c).id, verdict));
            }
        }
    }
    const QString reliability = assessReliability(2, 3).display();

    // JSON: verbatim.
    const Run json = CredenceTest::runCredence(
        {QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--json")}, m_home.path());
    QVERIFY(json.finished);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QJsonParseError error;
    const QJsonArray sources =
        QJsonDocument::fromJson(json.out.toUtf8(), &error).object().value(QStringLiteral("sources")).toArray();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(sources.size(), names.size());
    for (const HostileName &hostile : names) {
        const auto found = std::find_if(sources.begin(), sources.end(), [&](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("name")).toString() == hostile.name;
        });
        QVERIFY2(found != sources.end(), qPrintable(hostile.name.left(40) + u'\n' + json.out.left(2000)));
        const QJsonObject o = found->toObject();
        QCOMPARE(o.value(QStringLiteral("articles")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("corroborated")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("contradicted")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("unverifiable")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("not_checked")).toInt(), 0);
    }

    // The terminal table: names shortened and their controls spelled out, figures in fixed columns.
    const Run table = CredenceTest::runCredence({QStringLiteral("summary"), QStringLiteral("--db"), db}, m_home.path());
    QVERIFY(table.finished);
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(std::none_of(table.out.begin(), table.out.end(), isBidiControl), qPrintable(table.out));
    // The sources' table comes first, up to the first empty line (the authors' table follows).
    const QStringList lines = table.out.section(QStringLiteral("\n\n"), 0, 0).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), names.size() + 1);
    QCOMPARE(lines.first(), QStringLiteral("Source").leftJustified(32) + QStringLiteral("  ") +
                                QStringLiteral("Articles").rightJustified(8) + QStringLiteral("  ") +
                                QStringLiteral("Corr.").rightJustified(6) + QStringLiteral("  ") +
                                QStringLiteral("Contr.").rightJustified(6) + QStringLiteral("  ") +
                                QStringLiteral("Unverif.").rightJustified(8) + QStringLiteral("  ") +
                                QStringLiteral("Not checked").rightJustified(11) + QStringLiteral("  ") +
                                QStringLiteral("Counted").rightJustified(7) + QStringLiteral("  ") +
                                QStringLiteral("Grade").leftJustified(5) + QStringLiteral("  ") +
                                QStringLiteral("Manual").leftJustified(6) + QStringLiteral("  ") +
                                QStringLiteral("Criteria").rightJustified(8) + QStringLiteral("  ") +
                                QStringLiteral("Hedged").rightJustified(6) + QStringLiteral("  ") +
                                QStringLiteral("Unattr.").rightJustified(7) + QStringLiteral("  ") +
                                QStringLiteral("Spun").rightJustified(5) + QStringLiteral("  ") +
                                QStringLiteral("Captions").rightJustified(8) + QStringLiteral("  ") +
                                QStringLiteral("Uncredited").rightJustified(10) + QStringLiteral("  ") +
                                QStringLiteral("Reliability (95% interval)"));
    // The figures up to the criteria score (none answered): the signal columns differ between the pages (each but the
    // first is a copy of another source's), the reliability ends every line.
    const QString figures =
        QStringLiteral("  ") + QStringLiteral("1").rightJustified(8) + QStringLiteral("  ") +
        QStringLiteral("2").rightJustified(6) + QStringLiteral("  ") + QStringLiteral("3").rightJustified(6) +
        QStringLiteral("  ") + QStringLiteral("4").rightJustified(8) + QStringLiteral("  ") +
        QStringLiteral("0").rightJustified(11) + QStringLiteral("  ") + QStringLiteral("5").rightJustified(7) +
        QStringLiteral("  ") + computedGrade(assessReliability(2, 3)).leftJustified(5) + QStringLiteral("  ") +
        QString().leftJustified(6) + QStringLiteral("  ") + QStringLiteral("–").rightJustified(8) +
        QStringLiteral("  ");
    for (const HostileName &hostile : names) {
        const QString expected = hostile.tableCell.leftJustified(hostile.tableCellWidth) + figures;
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [&](const QString &line) {
                                 return line.startsWith(expected) && line.endsWith(QStringLiteral("  ") + reliability);
                             }),
                 qPrintable(QStringLiteral("no line starts '%1' in:\n%2").arg(expected, table.out)));
    }

    // The PDF: the same figures on each name's row, long names cut and wrapped inside the page.
    const QString pdf = dir.filePath(QStringLiteral("names.pdf"));
    const Run exported =
        CredenceTest::runCredence({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, pdf}, m_home.path());
    QVERIFY(exported.finished);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString text = pdfToText(
        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY2(!text.isEmpty(), "pdftotext read no text");
    QVERIFY2(std::none_of(text.begin(), text.end(), isBidiControl), "the PDF holds a bidi control");
    for (const HostileName &hostile : names) {
        if (hostile.pdfStart.isEmpty()) {
            continue;
        }
        const QRegularExpression row(QRegularExpression::escape(hostile.pdfStart) +
                                     QStringLiteral("\\S*\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s"));
        const QRegularExpressionMatch m = row.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("no summary row for %1 in:\n%2").arg(hostile.pdfStart, text)));
        // Corroborated, contradicted, unverifiable, not checked (the table does not count articles).
        QCOMPARE(m.capturedTexts().mid(1),
                 (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("0")}));
    }
    // The 10,000-character name is shortened (in the table and in its heading), not printed over pages.
    QVERIFY2(text.count(u'w') < 1000, qPrintable(QString::number(text.count(u'w'))));
    QVERIFY(text.contains(QStringLiteral("w…")));

    // Every word lies inside the page's margins (20 mm left and right): nothing runs off the edge.
    const QString boxes =
        pdfToText({QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    static const QRegularExpression pageBox(QStringLiteral("<page width=\"([\\d.]+)\""));
    static const QRegularExpression wordBox(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">([^<]*)</word>"));
    const QRegularExpressionMatch page = pageBox.match(boxes);
    QVERIFY2(page.hasMatch(), qPrintable(boxes.left(400)));
    const double margin = 20 / 25.4 * 72 - 2; // points, less a little for the glyphs' side bearings
    const double right = page.captured(1).toDouble() - margin;
    int words = 0;
    for (auto it = wordBox.globalMatch(boxes); it.hasNext(); ++words) {
        const QRegularExpressionMatch word = it.next();
        QVERIFY2(word.captured(1).toDouble() >= margin && word.captured(2).toDouble() <= right,
                 qPrintable(QStringLiteral("'%1' runs from %2 to %3 pt; the text area is %4 to %5 pt")
                                .arg(word.captured(3).left(40), word.captured(1), word.captured(2),
                                     QString::number(margin), QString::number(right))));
    }
    QVERIFY(words > 50);
}

QTEST_MAIN(UserTextTest)
#include "usertext_test.moc"
