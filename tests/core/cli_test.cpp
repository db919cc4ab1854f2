// The batch commands, run as a user runs them: the built credence binary in a child process, with its own
// XDG folders so it never touches the real user's settings or data.

#include "claims/checkworthiness.h"
#include "credenceprocess.h"
#include "import/importer.h"
#include "pdftools.h"
#include "project/project.h"
#include "projectfiles.h"
#include "scoring/reliability.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace Credence::Core;
using Credence::Test::dataFile;
using Credence::Test::seedsDir;
using Credence::Test::sha256;
using CredenceTest::Run;

namespace {} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help();
    void importSummaryExport();
    void summaryOfMissingProject();
    void summaryGradesAndSignals();
    void importOfMissingFile();
    void exportToUnwritablePath();
    void exportOntoProjectIsRefused_data();
    void exportOntoProjectIsRefused();
    void extractJson();
    void claimsJsonIsTheProject();
    void claimsOfOneArticle();
    void claimsShowPageTextAsWritten();
    void exitCodes_data();
    void exitCodes();
    void importReportsEachFileOnceStored();
    void systemErrorsAsThemselves_data();
    void systemErrorsAsThemselves();

private:
    Run run(const QStringList &arguments);
    /// A project of the seed articles in @p dir with some states and notes set; empty on failure.
    QString judgedSeedProject(const QTemporaryDir &dir);

    QTemporaryDir m_home;
    QStringList m_seeds;
};

void CliTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    if (!QFileInfo(QStringLiteral(CREDENCE_BINARY)).isExecutable()) {
        QFAIL("The credence binary is not built: " CREDENCE_BINARY);
    }
    const QDir seeds(seedsDir());
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        m_seeds.append(seeds.filePath(name));
    }
    if (m_seeds.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("No seed articles in %1 (set CREDENCE_SEEDS_DIR).").arg(seedsDir())));
    }
}

Run CliTest::run(const QStringList &arguments)
{
    return CredenceTest::runCredence(arguments, m_home.path());
}

void CliTest::version()
{
    const Run r = run({QStringLiteral("--version")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("credence " CREDENCE_VERSION));
}

void CliTest::help()
{
    const Run r = run({QStringLiteral("--help")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    for (const QString &command :
         {QStringLiteral("import --db"), QStringLiteral("summary --db"), QStringLiteral("claims --db"),
          QStringLiteral("export-pdf --db"), QStringLiteral("extract")}) {
        QVERIFY2(r.out.contains(command), qPrintable(r.out));
    }

    // Each command has its own help.
    const Run importHelp = run({QStringLiteral("import"), QStringLiteral("--help")});
    QVERIFY(importHelp.finished);
    QCOMPARE(importHelp.exitCode, 0);
    QVERIFY2(importHelp.out.contains(QStringLiteral("--db")), qPrintable(importHelp.out));
}

void CliTest::importSummaryExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("Seeds.credence"));
    const QStringList files = m_seeds + QStringList{dataFile(QStringLiteral("import-headers.txt")),
                                                    dataFile(QStringLiteral("import-written-by.txt"))};

    // Import creates the project and says what became of each file.
    const Run imported = run(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + files);
    QVERIFY(imported.finished);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    static const QRegularExpression importedLine(QStringLiteral("^imported (.+): (\\d+) claims$"),
                                                 QRegularExpression::MultilineOption);
    QHash<QString, int> reportedClaims;
    for (auto it = importedLine.globalMatch(imported.out); it.hasNext();) {
        const auto m = it.next();
        reportedClaims.insert(m.captured(1), m.captured(2).toInt());
    }
    QCOMPARE(reportedClaims.size(), files.size());

    // A second import of a file already there is skipped, not an error.
    const Run again = run({QStringLiteral("import"), QStringLiteral("--db"), db, m_seeds.first()});
    QVERIFY(again.finished);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.err.contains(QStringLiteral("skipped")), qPrintable(again.err));
    QVERIFY2(again.err.contains(QFileInfo(m_seeds.first()).fileName()), qPrintable(again.err));
    QVERIFY2(!again.out.contains(QStringLiteral("imported")), qPrintable(again.out));

    // What the project holds, read in process; some verdicts set so the summary has more than zeros to report.
    struct Counts
    {
        int articles = 0;
        int corroborated = 0;
        int contradicted = 0;
        int unverifiable = 0;
        int notChecked = 0;
    };
    QHash<QString, Counts> expected;
    int unassigned = 0;
    {
        Project project;
        QVERIFY2(project.open(db), qPrintable(project.lastError()));
        const QList<ArticleSummary> articles = project.articles();
        QCOMPARE(articles.size(), files.size());
        int n = 0;
        for (const ArticleSummary &article : articles) {
            const auto stored = project.article(article.id);
            QVERIFY(stored);
            const QList<Claim> claims = project.claims(article.id);
            QCOMPARE(reportedClaims.value(stored->fileName, -1), claims.size());
            for (const Claim &claim : claims) {
                const Verdict verdict = n % 3 == 0   ? Verdict::Corroborated
                                        : n % 5 == 0 ? Verdict::Contradicted
                                        : n % 7 == 0 ? Verdict::Unverifiable
                                                     : Verdict::NotChecked;
                ++n;
                QVERIFY(project.writeVerdict(claim.id, verdict));
            }
        }
        for (const ArticleSummary &article : project.articles()) {
            if (article.publication.isEmpty()) {
                ++unassigned; // in no source's row
                continue;
            }
            Counts &c = expected[article.publication];
            ++c.articles;
            for (const Claim &claim : project.claims(article.id)) {
                switch (claim.verdict) {
                case Verdict::Corroborated:
                    ++c.corroborated;
                    break;
                case Verdict::Contradicted:
                    ++c.contradicted;
                    break;
                case Verdict::Unverifiable:
                    ++c.unverifiable;
                    break;
                case Verdict::NotChecked:
                    ++c.notChecked;
                    break;
                }
            }
        }
        QVERIFY(expected.contains(QStringLiteral("The Riverside Gazette")));
        QVERIFY(expected.contains(QStringLiteral("Northgate Herald")));
    }

    const Run summary = run({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY(summary.finished);
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(summary.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + summary.out));
    QCOMPARE(json.object().value(QStringLiteral("project")).toString(), QStringLiteral("Seeds"));
    // The seeds 001, 003 and 004 name no publication: counted apart, in no source.
    QCOMPARE(unassigned, 3);
    QCOMPARE(json.object().value(QStringLiteral("unassigned_articles")).toInt(-1), unassigned);
    const QJsonArray sources = json.object().value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), expected.size());
    for (const QJsonValue &value : sources) {
        const QJsonObject o = value.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        QVERIFY2(expected.contains(name), qPrintable(name));
        const Counts c = expected.value(name);
        QCOMPARE(o.value(QStringLiteral("articles")).toInt(-1), c.articles);
        QCOMPARE(o.value(QStringLiteral("corroborated")).toInt(-1), c.corroborated);
        QCOMPARE(o.value(QStringLiteral("contradicted")).toInt(-1), c.contradicted);
        QCOMPARE(o.value(QStringLiteral("unverifiable")).toInt(-1), c.unverifiable);
        QCOMPARE(o.value(QStringLiteral("not_checked")).toInt(-1), c.notChecked);
        const Reliability r = assessReliability(c.corroborated, c.contradicted);
        QCOMPARE(o.value(QStringLiteral("judged")).toBool(!r.judged), r.judged);
        if (r.judged) {
            QCOMPARE(o.value(QStringLiteral("score")).toDouble(-1), r.score);
        }
    }

    // The plain summary names every source too.
    const Run table = run({QStringLiteral("summary"), QStringLiteral("--db"), db});
    QVERIFY(table.finished);
    QCOMPARE(table.exitCode, 0);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(table.out.contains(it.key().left(32)), qPrintable(table.out));
    }

    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const Run exported = run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, pdf});
    QVERIFY(exported.finished);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(pdf);
    QVERIFY2(file.open(QIODevice::ReadOnly), "export-pdf wrote no file");
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY2(exported.out.contains(QLatin1String("Wrote ")), qPrintable(exported.out));

    // One source, on Letter, with its claims not checked listed; a source that does not exist is refused.
    const QString one = dir.filePath(QStringLiteral("one.pdf"));
    const QString chosen = QStringLiteral("Northgate Herald");
    const Run single =
        run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--source"), chosen.toUpper(),
             QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("--list-not-checked"), one});
    QVERIFY2(single.exitCode == 0, qPrintable(single.err));
    QVERIFY(Credence::Test::pdfInfo(one, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));
    const QString text = Credence::Test::pdfText(one, false);
    QVERIFY(text.contains(QStringLiteral("One source: ") + chosen));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (it.key() != chosen) {
            QVERIFY2(!text.contains(it.key()), qPrintable(it.key()));
        }
    }
    QVERIFY(text.contains(QStringLiteral("Claims not checked yet are listed with their article.")));
    const Run unknown = run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--source"),
                             QStringLiteral("No Such Outlet"), dir.filePath(QStringLiteral("none.pdf"))});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("No source is called No Such Outlet.")), qPrintable(unknown.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.pdf"))));
    const Run badPaper = run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, QStringLiteral("--paper"),
                              QStringLiteral("a5"), dir.filePath(QStringLiteral("none.pdf"))});
    QCOMPARE(badPaper.exitCode, 2);
}

void CliTest::summaryOfMissingProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("missing.credence"));
    const Run r = run({QStringLiteral("summary"), QStringLiteral("--db"), db});
    QVERIFY(r.finished);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(db), qPrintable(r.err));
    QVERIFY2(!QFileInfo::exists(db), "summary created the project it was asked to read");

    const Run noDb = run({QStringLiteral("summary")});
    QVERIFY(noDb.finished);
    QVERIFY(noDb.exitCode != 0);
    QVERIFY2(noDb.err.contains(QStringLiteral("--db")), qPrintable(noDb.err));
}

void CliTest::summaryGradesAndSignals()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("Graded.credence"));
    const Run imported = run(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + m_seeds);
    QVERIFY(imported.finished);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // 000 (Capital Cities, by Charlotte Adams): eight claims corroborated, one contradicted. 002 (Devdiscourse): a
    // grade set by hand.
    const QString reason = QStringLiteral("Reprints wire copy %1 without saying so");
    int capitalClaims = 0;
    {
        Project project;
        QVERIFY2(project.open(db), qPrintable(project.lastError()));
        Id capital = 0, devdiscourse = 0;
        for (const ArticleSummary &article : project.articles()) {
            capital = article.publication == QLatin1String("Capital Cities") ? article.id : capital;
            devdiscourse = article.publication == QLatin1String("Devdiscourse") ? article.id : devdiscourse;
        }
        QVERIFY(capital && devdiscourse);
        const QList<Claim> claims = project.claims(capital);
        QVERIFY(claims.size() > 9);
        capitalClaims = int(claims.size());
        for (qsizetype i = 0; i < 9; ++i) {
            QVERIFY(project.writeVerdict(claims.at(i).id, i < 8 ? Verdict::Corroborated : Verdict::Contradicted));
        }
        QVERIFY(project.setSourceGrade(project.article(devdiscourse)->sourceId, QStringLiteral("D"), reason));
        // Capital Cities' criteria: one met (22 points) and one not met (5), its note page text with a placeholder.
        QVERIFY(project.setSourceCriteria(
            project.article(capital)->sourceId,
            {{QStringLiteral("false-content"), CriterionAnswer::Met, QStringLiteral("Checked %1 of its claims")},
             {QStringLiteral("creators"), CriterionAnswer::NotMet, QString()}}));
    }

    const Run summary = run({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY(summary.finished);
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(summary.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + summary.out));
    QCOMPARE(root.value(QStringLiteral("articles")).toInt(-1), 5);
    QCOMPARE(root.value(QStringLiteral("unassigned_articles")).toInt(-1), 3);
    QCOMPARE(root.value(QStringLiteral("articles_without_author")).toInt(-1), 1);
    const auto named = [](const QJsonArray &rows, const QString &name) {
        for (const QJsonValue &row : rows) {
            if (row.toObject().value(QStringLiteral("name")).toString() == name) {
                return row.toObject();
            }
        }
        return QJsonObject();
    };
    const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    const QJsonArray authors = root.value(QStringLiteral("authors")).toArray();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(authors.size(), 4);

    // 8 of 9: the lower end of the interval is 0.57, grade C; nothing repeated, so all are counted.
    const Reliability eightOfNine = assessReliability(8, 1);
    QCOMPARE(computedGrade(eightOfNine), QStringLiteral("C"));
    for (const QJsonObject &row :
         {named(sources, QStringLiteral("Capital Cities")), named(authors, QStringLiteral("Charlotte Adams"))}) {
        QVERIFY2(!row.isEmpty(), qPrintable(summary.out));
        QCOMPARE(row.value(QStringLiteral("articles")).toInt(-1), 1);
        QCOMPARE(row.value(QStringLiteral("corroborated")).toInt(-1), 8);
        QCOMPARE(row.value(QStringLiteral("contradicted")).toInt(-1), 1);
        QCOMPARE(row.value(QStringLiteral("counted_corroborated")).toInt(-1), 8);
        QCOMPARE(row.value(QStringLiteral("counted_contradicted")).toInt(-1), 1);
        QCOMPARE(row.value(QStringLiteral("judged")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("score")).toDouble(-1), eightOfNine.score);
        QCOMPARE(row.value(QStringLiteral("interval")).toArray(), (QJsonArray{eightOfNine.low, eightOfNine.high}));
        QCOMPARE(row.value(QStringLiteral("computed_grade")).toString(), QStringLiteral("C"));
        QVERIFY(row.value(QStringLiteral("manual_grade")).isNull());
        QVERIFY(row.value(QStringLiteral("manual_reason")).isNull());
        const QJsonObject signalsOf = row.value(QStringLiteral("signals")).toObject();
        QCOMPARE(signalsOf.value(QStringLiteral("articles")).toInt(-1), 1);
        QCOMPARE(signalsOf.value(QStringLiteral("spin_judged")).toInt(-1), 1);
        QCOMPARE(signalsOf.value(QStringLiteral("spun_articles")).toInt(-1), 0);
        QCOMPARE(signalsOf.value(QStringLiteral("without_date")).toInt(-1), 0);
    }
    const QJsonObject devdiscourse = named(sources, QStringLiteral("Devdiscourse"));
    QCOMPARE(devdiscourse.value(QStringLiteral("manual_grade")).toString(), QStringLiteral("D"));
    QCOMPARE(devdiscourse.value(QStringLiteral("manual_reason")).toString(), reason);
    QCOMPARE(devdiscourse.value(QStringLiteral("computed_grade")).toString(), QStringLiteral("F"));
    QCOMPARE(devdiscourse.value(QStringLiteral("judged")).toBool(true), false);
    QVERIFY(!devdiscourse.contains(QStringLiteral("score")));
    const QJsonObject generated = devdiscourse.value(QStringLiteral("signals")).toObject();
    QCOMPARE(generated.value(QStringLiteral("ai_generated_captions")).toInt(-1), 1);
    QCOMPARE(generated.value(QStringLiteral("flagged_captions")).toInt(-1), 1);
    QCOMPARE(generated.value(QStringLiteral("spin_judged")).toInt(-1), 0);
    QVERIFY(named(authors, QStringLiteral("Devdiscourse News Desk")).value(QStringLiteral("manual_grade")).isNull());

    // Criteria, for sources only: the score from the answers and every criterion with its answer and note.
    const QJsonObject criteria =
        named(sources, QStringLiteral("Capital Cities")).value(QStringLiteral("criteria")).toObject();
    QCOMPARE(criteria.value(QStringLiteral("score")).toDouble(-1), 100.0 * 22 / 27);
    QCOMPARE(criteria.value(QStringLiteral("points")).toDouble(-1), 22.0);
    QCOMPARE(criteria.value(QStringLiteral("possible")).toDouble(-1), 27.0);
    QCOMPARE(criteria.value(QStringLiteral("answered")).toInt(-1), 2);
    const QJsonArray answers = criteria.value(QStringLiteral("answers")).toArray();
    QCOMPARE(answers.size(), 9);
    QCOMPARE(answers.at(0).toObject(),
             (QJsonObject{{QStringLiteral("key"), QStringLiteral("false-content")},
                          {QStringLiteral("points"), 22.0},
                          {QStringLiteral("answer"), QStringLiteral("met")},
                          {QStringLiteral("note"), QStringLiteral("Checked %1 of its claims")}}));
    QCOMPARE(answers.at(8).toObject().value(QStringLiteral("answer")).toString(), QStringLiteral("not_met"));
    QCOMPARE(answers.at(2).toObject().value(QStringLiteral("answer")).toString(), QStringLiteral("unanswered"));
    QVERIFY(named(sources, QStringLiteral("Devdiscourse"))
                .value(QStringLiteral("criteria"))
                .toObject()
                .value(QStringLiteral("score"))
                .isNull());
    QVERIFY(!named(authors, QStringLiteral("Charlotte Adams")).contains(QStringLiteral("criteria")));

    // 003, the spun seed, names neither source nor author: its signals are those of the unassigned articles (with
    // 001 and 004) and of the articles without an author (alone).
    const QJsonObject unassigned = root.value(QStringLiteral("unassigned_signals")).toObject();
    QCOMPARE(unassigned.value(QStringLiteral("articles")).toInt(-1), 3);
    QCOMPARE(unassigned.value(QStringLiteral("spin_judged")).toInt(-1), 3);
    QCOMPARE(unassigned.value(QStringLiteral("spun_articles")).toInt(-1), 1);
    QCOMPARE(unassigned.value(QStringLiteral("unrelated_captions")).toInt(-1), 1); // 004's landscape
    QCOMPARE(unassigned.value(QStringLiteral("without_date")).toInt(-1), 3);
    const QJsonObject anonymous = root.value(QStringLiteral("without_author_signals")).toObject();
    QCOMPARE(anonymous.value(QStringLiteral("articles")).toInt(-1), 1);
    QCOMPARE(anonymous.value(QStringLiteral("spin_judged")).toInt(-1), 1);
    QCOMPARE(anonymous.value(QStringLiteral("spun_articles")).toInt(-1), 1);
    QCOMPARE(anonymous.value(QStringLiteral("without_byline")).toInt(-1), 1);
    QCOMPARE(anonymous.value(QStringLiteral("without_date")).toInt(-1), 1);
    QCOMPARE(anonymous.value(QStringLiteral("flagged_captions")).toInt(-1), 0);
    const int counted = anonymous.value(QStringLiteral("claims_counted")).toInt(-1);
    QVERIFY(counted > 0);
    QCOMPARE(anonymous.value(QStringLiteral("hedged_share")).toDouble(-1),
             anonymous.value(QStringLiteral("hedged_claims")).toInt() / double(counted));

    // The table: the sources with both grades, then the authors.
    const Run table = run({QStringLiteral("summary"), QStringLiteral("--db"), db});
    QVERIFY(table.finished);
    QCOMPARE(table.exitCode, 0);
    const QStringList parts = table.out.split(QStringLiteral("\n\n"));
    QVERIFY2(parts.size() >= 3, qPrintable(table.out));
    const QStringList sourceLines = parts.at(0).split(u'\n', Qt::SkipEmptyParts);
    const QStringList authorLines = parts.at(1).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(sourceLines.first().startsWith(QLatin1String("Source ")), qPrintable(table.out));
    QVERIFY2(sourceLines.first().contains(QLatin1String(" Manual ")), qPrintable(table.out));
    QVERIFY2(authorLines.first().startsWith(QLatin1String("Author ")), qPrintable(table.out));
    QVERIFY2(!authorLines.first().contains(QLatin1String("Manual")), qPrintable(table.out));
    QCOMPARE(sourceLines.size(), 4); // heading, two sources, the unassigned articles
    QCOMPARE(authorLines.size(), 6); // heading, four authors, the articles without one
    static const QRegularExpression spaces(QStringLiteral("\\s{2,}"));
    const auto cellsOf = [](const QStringList &lines, const QString &start) {
        for (const QString &line : lines) {
            if (line.startsWith(start)) {
                return line.split(spaces);
            }
        }
        return QStringList();
    };
    // Name, articles, the four states, counted, grade, (manual, criteria,) hedged, unattributed, spun, captions,
    // uncredited, reliability.
    const QStringList capital = cellsOf(sourceLines, QStringLiteral("Capital Cities"));
    // An empty cell (no grade set by hand) is a run of spaces like the gaps between cells: 15 cells here.
    QCOMPARE(capital.size(), 15);
    QCOMPARE(capital.mid(0, 9),
             (QStringList{QStringLiteral("Capital Cities"), QStringLiteral("1"), QStringLiteral("8"),
                          QStringLiteral("1"), QStringLiteral("0"), QString::number(capitalClaims - 9),
                          QStringLiteral("9"), QStringLiteral("C"), QStringLiteral("81")}));
    QCOMPARE(capital.last(), eightOfNine.display());
    const QStringList graded = cellsOf(sourceLines, QStringLiteral("Devdiscourse"));
    QCOMPARE(graded.mid(7, 3), (QStringList{QStringLiteral("F"), QStringLiteral("D"), QStringLiteral("–")}));
    QCOMPARE(graded.size(), 16);
    QCOMPARE(graded.at(12), QStringLiteral("–")); // too short to judge for spinning
    QCOMPARE(graded.at(13), QStringLiteral("1")); // the AI-generated caption
    const QStringList noAuthor = cellsOf(authorLines, QStringLiteral("(no author)"));
    QCOMPARE(noAuthor.at(1), QStringLiteral("1"));
    QCOMPARE(noAuthor.at(10), QStringLiteral("1/1")); // 003 spun, of one judged
    QVERIFY2(cellsOf(authorLines, QStringLiteral("Charlotte Adams")).size() == 14, qPrintable(table.out));
}

void CliTest::importOfMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("p.credence"));
    const QString missing = dir.filePath(QStringLiteral("nowhere.txt"));
    const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), db, missing, m_seeds.first()});
    QVERIFY(r.finished);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(missing), qPrintable(r.err));
    // The good file is imported all the same.
    QVERIFY2(r.out.contains(QFileInfo(m_seeds.first()).fileName()), qPrintable(r.out));
}

void CliTest::exportToUnwritablePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("p.credence"));
    const Run imported = run({QStringLiteral("import"), QStringLiteral("--db"), db, m_seeds.first()});
    QVERIFY(imported.finished);
    QCOMPARE(imported.exitCode, 0);

    const QString pdf = dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
    const Run r = run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, pdf});
    QVERIFY(r.finished);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(pdf), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(pdf));
}

void CliTest::exportOntoProjectIsRefused_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("the project itself") << QStringLiteral("p.credence");
    QTest::newRow("the project by another path") << QStringLiteral("sub/../p.credence");
    QTest::newRow("a symbolic link to the project") << QStringLiteral("symlink.pdf");
    QTest::newRow("a hard link to the project") << QStringLiteral("hardlink.pdf");
    QTest::newRow("another project") << QStringLiteral("other.credence");
    QTest::newRow("another project without the suffix") << QStringLiteral("other-copy.pdf");
}

void CliTest::exportOntoProjectIsRefused()
{
    QFETCH(QString, target);
    // Inside the home folder, so that the child's working directory can resolve the relative spellings.
    QTemporaryDir dir(m_home.filePath(QStringLiteral("export-XXXXXX")));
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    const QString db = dir.filePath(QStringLiteral("p.credence"));
    const QString other = dir.filePath(QStringLiteral("other.credence"));
    for (const QString &project : {db, other}) {
        const Run imported = run({QStringLiteral("import"), QStringLiteral("--db"), project, m_seeds.first()});
        QVERIFY(imported.finished);
        QCOMPARE(imported.exitCode, 0);
    }
    QVERIFY(QFile::link(db, dir.filePath(QStringLiteral("symlink.pdf"))));
    QCOMPARE(::link(QFile::encodeName(db).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hardlink.pdf")))),
             0);
    QVERIFY(QFile::copy(other, dir.filePath(QStringLiteral("other-copy.pdf"))));
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
    const QByteArray projectSum = sha256(db);
    const QByteArray otherSum = sha256(other);
    QVERIFY(!projectSum.isEmpty());

    // As a shell passes it: relative to the working directory.
    const QString argument = QDir(m_home.path()).relativeFilePath(dir.filePath(target));
    const Run r = run({QStringLiteral("export-pdf"), QStringLiteral("--db"), db, argument});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(argument) && r.err.contains(QStringLiteral("project")), qPrintable(r.err));
    QCOMPARE(sha256(db), projectSum);
    QCOMPARE(sha256(other), otherSum);
    QCOMPARE(sha256(dir.filePath(QStringLiteral("other-copy.pdf"))), otherSum);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("symlink.pdf"))).isSymLink());
    // No PDF written aside and left behind either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name), filesBefore);

    // The project still opens and holds its article.
    Project project;
    QVERIFY2(project.open(db), qPrintable(project.lastError()));
    QCOMPARE(project.articles().size(), 1);
}

void CliTest::extractJson()
{
    const QString seed = m_seeds.last();
    const Run r = run({QStringLiteral("extract"), QStringLiteral("--json"), seed});
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + r.out));
    QVERIFY(json.isArray());
    QCOMPARE(json.array().size(), 1);
    const QJsonObject o = json.array().first().toObject();
    QVERIFY(o.value(QStringLiteral("title")).isString());
    QVERIFY(o.value(QStringLiteral("body")).isString());

    // The same as the library extracts: the CLI adds nothing and loses nothing.
    const ExtractResult extracted = extractFile(seed);
    QVERIFY2(extracted.article, qPrintable(extracted.error));
    QCOMPARE(o.value(QStringLiteral("file")).toString(), seed);
    QCOMPARE(o.value(QStringLiteral("title")).toString(), extracted.article->metadata.title);
    QCOMPARE(o.value(QStringLiteral("body")).toString(), extracted.article->body);
    QVERIFY(!o.value(QStringLiteral("body")).toString().isEmpty());
}

QString CliTest::judgedSeedProject(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("Claims.credence"));
    const Run imported = run(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + m_seeds);
    if (!imported.finished || imported.exitCode != 0) {
        qWarning("import failed: %s", qPrintable(imported.err));
        return {};
    }
    Project project;
    if (!project.open(db)) {
        return {};
    }
    int n = 0;
    Id previous = 0;
    const QString archived = dir.filePath(QStringLiteral("minutes.txt"));
    QFile minutes(archived);
    if (!minutes.open(QIODevice::WriteOnly) || minutes.write("Council minutes, 3 March\n") < 0) {
        return {};
    }
    minutes.close();
    for (const ArticleSummary &article : project.articles()) {
        for (const Claim &claim : project.claims(article.id)) {
            const Verdict verdict = n % 4 == 1   ? Verdict::Corroborated
                                    : n % 4 == 2 ? Verdict::Contradicted
                                    : n % 4 == 3 ? Verdict::Unverifiable
                                                 : Verdict::NotChecked;
            if (!project.writeVerdict(claim.id, verdict) ||
                (n % 3 == 0 && !project.writeNote(claim.id, QStringLiteral("Checked against source %1").arg(n))) ||
                !project.writeCredibility({claim.id}, Credibility(n % 7))) {
                return {};
            }
            // Every kind of evidence on some claims, some claims with two items.
            Evidence item;
            item.stance = EvidenceStance(n % 3);
            bool added = true;
            if (n % 5 == 0) {
                item.kind = EvidenceKind::Url;
                item.url = QStringLiteral("https://records.example/%1").arg(n);
                item.title = QStringLiteral("Record %1").arg(n);
                added = project.addEvidence(claim.id, item).has_value();
            } else if (n % 5 == 1) {
                added = project.addFileEvidence(claim.id, archived, item.stance).has_value();
            } else if (n % 5 == 2 && previous) {
                item.kind = EvidenceKind::ClaimLink;
                item.linkedClaimId = previous;
                added = project.addEvidence(claim.id, item).has_value();
            }
            if (n % 4 == 0) {
                item = {};
                item.note = QStringLiteral("Phoned the press office.\nNo answer.");
                added = added && project.addEvidence(claim.id, item).has_value();
            }
            if (!added) {
                qWarning("evidence not added: %s", qPrintable(project.lastError()));
                return {};
            }
            previous = claim.id;
            ++n;
        }
    }
    return db;
}

void CliTest::claimsJsonIsTheProject()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = judgedSeedProject(dir);
    QVERIFY(!db.isEmpty());

    const Run r = run({QStringLiteral("claims"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + r.out.left(2000)));
    QCOMPARE(root.value(QStringLiteral("project")).toString(), QStringLiteral("Claims"));
    const QJsonArray claims = root.value(QStringLiteral("claims")).toArray();

    // Every claim of the project, read in process, in article order and then in text order, with every field.
    Project project;
    QVERIFY2(project.open(db), qPrintable(project.lastError()));
    qsizetype i = 0;
    QSet<QString> states;
    QSet<int> grades;
    QSet<QString> kinds;
    int notes = 0;
    for (const ArticleSummary &article : project.articles()) {
        const auto stored = project.article(article.id);
        QVERIFY(stored);
        for (const Claim &claim : project.claims(article.id)) {
            QVERIFY2(i < claims.size(), "fewer claims in the JSON than in the project");
            const QJsonObject o = claims.at(i++).toObject();
            QCOMPARE(o.keys().size(), 16);
            QCOMPARE(o.value(QStringLiteral("article_id")).toInteger(), article.id);
            QCOMPARE(o.value(QStringLiteral("article_title")).toString(), stored->metadata.title);
            QCOMPARE(o.value(QStringLiteral("source")).toString(), stored->metadata.publication);
            QCOMPARE(o.value(QStringLiteral("author")).toString(), stored->metadata.author);
            QCOMPARE(o.value(QStringLiteral("claim_id")).toInteger(), claim.id);
            QCOMPARE(o.value(QStringLiteral("start")).toInt(-1), claim.start);
            QCOMPARE(o.value(QStringLiteral("end")).toInt(-1), claim.end);
            QCOMPARE(o.value(QStringLiteral("text")).toString(), claim.text);
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), unitKindKey(claim.kind));
            QCOMPARE(o.value(QStringLiteral("state")).toString(), verdictKey(claim.verdict));
            QCOMPARE(o.value(QStringLiteral("note")).toString(), claim.note);
            QCOMPARE(o.value(QStringLiteral("orphaned")).toBool(!claim.orphaned), claim.orphaned);
            const CheckHints hints = checkHints(
                claim.text, stored->metadata.language.isEmpty() ? QStringLiteral("en") : stored->metadata.language);
            QStringList hintKeys;
            for (const QJsonValue &hint : o.value(QStringLiteral("hints")).toArray()) {
                hintKeys.append(hint.toString());
            }
            QCOMPARE(hintKeys.join(u','), checkHintKeys(hints));
            QCOMPARE(o.value(QStringLiteral("worthiness")).toInt(-1), checkWorthiness(hints));
            const QJsonObject credibility = o.value(QStringLiteral("credibility")).toObject();
            QCOMPARE(credibility.value(QStringLiteral("key")).toString(), credibilityKey(claim.credibility));
            QCOMPARE(credibility.value(QStringLiteral("grade")).toInt(-1), int(claim.credibility));
            grades.insert(int(claim.credibility));
            const QJsonArray evidence = o.value(QStringLiteral("evidence")).toArray();
            const QList<Evidence> items = project.evidence(claim.id);
            QCOMPARE(evidence.size(), items.size());
            QCOMPARE(claim.evidenceCount, int(items.size()));
            for (qsizetype k = 0; k < items.size(); ++k) {
                const Evidence &item = items.at(k);
                const QJsonObject e = evidence.at(k).toObject();
                QCOMPARE(e.keys().size(), 10);
                QCOMPARE(e.value(QStringLiteral("id")).toInteger(), item.id);
                QCOMPARE(e.value(QStringLiteral("kind")).toString(), evidenceKindKey(item.kind));
                QCOMPARE(e.value(QStringLiteral("stance")).toString(), evidenceStanceKey(item.stance));
                QCOMPARE(e.value(QStringLiteral("title")).toString(), item.title);
                QCOMPARE(e.value(QStringLiteral("url")).toString(), item.url);
                QCOMPARE(e.value(QStringLiteral("note")).toString(), item.note);
                QCOMPARE(e.value(QStringLiteral("accessed")).toString(),
                         item.accessed.isValid() ? item.accessed.toString(Qt::ISODate) : QString());
                QCOMPARE(e.value(QStringLiteral("linked_claim_id")).toInteger(), item.linkedClaimId);
                QCOMPARE(e.value(QStringLiteral("file")).isNull(), item.kind != EvidenceKind::File);
                if (item.kind == EvidenceKind::File) {
                    const QJsonObject file = e.value(QStringLiteral("file")).toObject();
                    QCOMPARE(file.value(QStringLiteral("name")).toString(), QStringLiteral("minutes.txt"));
                    QCOMPARE(file.value(QStringLiteral("size")).toInteger(), item.file.size);
                    QCOMPARE(file.value(QStringLiteral("sha256")).toString(),
                             QString::fromLatin1(
                                 QCryptographicHash::hash("Council minutes, 3 March\n", QCryptographicHash::Sha256)
                                     .toHex()));
                    QVERIFY(!file.value(QStringLiteral("archived_at")).toString().isEmpty());
                }
                kinds.insert(e.value(QStringLiteral("kind")).toString());
            }
            states.insert(verdictKey(claim.verdict));
            notes += claim.note.isEmpty() ? 0 : 1;
        }
    }
    QCOMPARE(i, claims.size());
    // The project really holds what the comparison is about: all four states, notes and some hints.
    QCOMPARE(states.size(), 4);
    QCOMPARE(grades.size(), 7);
    QCOMPARE(kinds.size(), 4);
    QVERIFY(notes > 0);
    QVERIFY(std::any_of(claims.begin(), claims.end(), [](const QJsonValue &v) {
        return !v.toObject().value(QStringLiteral("hints")).toArray().isEmpty();
    }));
}

void CliTest::claimsOfOneArticle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = judgedSeedProject(dir);
    QVERIFY(!db.isEmpty());
    QList<ArticleSummary> articles;
    {
        Project project;
        QVERIFY2(project.open(db), qPrintable(project.lastError()));
        articles = project.articles();
    }
    QVERIFY(articles.size() >= 2);
    const ArticleSummary &chosen = articles.at(1);

    const Run r = run({QStringLiteral("claims"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                       QStringLiteral("--article"), QString::number(chosen.id)});
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray claims =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("claims")).toArray();
    QCOMPARE(claims.size(), chosen.claims);
    QVERIFY(chosen.claims > 0);
    for (const QJsonValue &claim : claims) {
        QCOMPARE(claim.toObject().value(QStringLiteral("article_id")).toInteger(), chosen.id);
    }

    // The table: one article heading, one row per claim under the heading row.
    const Run table = run({QStringLiteral("claims"), QStringLiteral("--db"), db, QStringLiteral("--article"),
                           QString::number(chosen.id)});
    QVERIFY(table.finished);
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    const QStringList lines = table.out.split(u'\n');
    QCOMPARE(std::count_if(lines.cbegin(), lines.cend(),
                           [](const QString &line) { return line.startsWith(QStringLiteral("Article ")); }),
             1);
    QVERIFY2(table.out.contains(QStringLiteral("Article %1: ").arg(chosen.id) + chosen.title), qPrintable(table.out));
    for (const QJsonValue &claim : claims) {
        const QString id = QString::number(claim.toObject().value(QStringLiteral("claim_id")).toInteger());
        QVERIFY2(table.out.contains(u'\n' + id.rightJustified(7) + u"  "), qPrintable(table.out));
    }

    // An article that is not there: said, exit 1. Not a number: wrong arguments, exit 2.
    const Id missing =
        std::max_element(articles.cbegin(), articles.cend(), [](const auto &a, const auto &b) { return a.id < b.id; })
            ->id +
        1000;
    const Run unknown = run(
        {QStringLiteral("claims"), QStringLiteral("--db"), db, QStringLiteral("--article"), QString::number(missing)});
    QVERIFY(unknown.finished);
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("There is no article %1 in ").arg(missing)), qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());
    for (const QString &word :
         {QStringLiteral("abc"), QStringLiteral("12x"), QStringLiteral("-3"), QStringLiteral("")}) {
        const Run bad = run({QStringLiteral("claims"), QStringLiteral("--db"), db, QStringLiteral("--article"), word});
        QVERIFY(bad.finished);
        QVERIFY2(bad.exitCode == 2, qPrintable(word + u' ' + bad.err));
        QVERIFY2(bad.err.contains(QStringLiteral("--article")), qPrintable(bad.err));
        QVERIFY(bad.out.isEmpty());
    }
}

void CliTest::claimsShowPageTextAsWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = judgedSeedProject(dir);
    QVERIFY(!db.isEmpty());
    // Page text that would misbehave if it were a format string, markup or obeyed on a terminal.
    const QString title = QStringLiteral("Spill %1 <b>cover-up</b> \u202Ereversed");
    const QString source = QStringLiteral("Rate%1 <i>News</i>");
    const QString author = QStringLiteral("\u202Eevil %2 author");
    const QString note = QStringLiteral("%1 checked <script>x()</script>\nsecond line \u202Eflipped");
    Id articleId = 0;
    Id claimId = 0;
    {
        Project project;
        QVERIFY2(project.open(db), qPrintable(project.lastError()));
        articleId = project.articles().first().id;
        auto metadata = project.article(articleId)->metadata;
        metadata.title = title;
        metadata.publication = source;
        metadata.author = author;
        QVERIFY(project.writeMetadata(articleId, metadata));
        claimId = project.claims(articleId).first().id;
        QVERIFY(project.writeNote(claimId, note));
    }

    const Run json = run({QStringLiteral("claims"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                          QStringLiteral("--article"), QString::number(articleId)});
    QVERIFY(json.finished);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonArray claims =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("claims")).toArray();
    QVERIFY(!claims.isEmpty());
    for (const QJsonValue &value : claims) {
        const QJsonObject o = value.toObject();
        QCOMPARE(o.value(QStringLiteral("article_title")).toString(), title);
        QCOMPARE(o.value(QStringLiteral("source")).toString(), source);
        QCOMPARE(o.value(QStringLiteral("author")).toString(), author);
    }
    QCOMPARE(claims.first().toObject().value(QStringLiteral("claim_id")).toInteger(), claimId);
    QCOMPARE(claims.first().toObject().value(QStringLiteral("note")).toString(), note);

    // The table shows all of it, controls written out so none acts on the terminal.
    const Run table = run({QStringLiteral("claims"), QStringLiteral("--db"), db, QStringLiteral("--article"),
                           QString::number(articleId)});
    QVERIFY(table.finished);
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(!table.out.contains(QChar(0x202E)), qPrintable(table.out));
    const QStringList lines = table.out.split(u'\n');
    // Built by concatenation: arg() would also fill the "%1" of the page text.
    const QString heading = QStringLiteral("Article ") + QString::number(articleId) +
                            QStringLiteral(": Spill %1 <b>cover-up</b> <U+202E>reversed — Rate%1 <i>News</i>, "
                                           "<U+202E>evil %2 author");
    QVERIFY2(lines.contains(heading), qPrintable(table.out));
    const auto noteLine = [&lines](const QString &text) {
        return std::any_of(lines.cbegin(), lines.cend(), [&text](const QString &line) {
            return line.startsWith(u' ') && line.trimmed() == QStringLiteral("Note: ") + text;
        });
    };
    QVERIFY2(noteLine(QStringLiteral("%1 checked <script>x()</script>")), qPrintable(table.out));
    QVERIFY2(noteLine(QStringLiteral("second line <U+202E>flipped")), qPrintable(table.out));
}

void CliTest::exitCodes_data()
{
    // In the arguments, DB stands for a project that exists and MISSING for one that does not.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const auto words = [](const char *line) { return QString::fromUtf8(line).split(u' '); };
    QTest::newRow("summary without --db") << words("summary") << 2 << QStringLiteral("--db");
    QTest::newRow("summary --json without --db") << words("summary --json") << 2 << QStringLiteral("--db");
    QTest::newRow("export-pdf without --db") << words("export-pdf out.pdf") << 2 << QStringLiteral("--db");
    QTest::newRow("summary with a stray argument") << words("summary --db DB extra") << 2 << QStringLiteral("usage");
    QTest::newRow("import without files") << words("import --db DB") << 2 << QStringLiteral("usage");
    QTest::newRow("an unknown option") << words("summary --db DB --bogus") << 2 << QStringLiteral("bogus");
    QTest::newRow("summary of a missing project") << words("summary --db MISSING") << 1 << QStringLiteral("No project");
    QTest::newRow("export of a missing project")
        << words("export-pdf --db MISSING out.pdf") << 1 << QStringLiteral("No project");
    QTest::newRow("an unknown command") << words("frobnicate") << 2
                                        << QStringLiteral("Unknown command 'frobnicate'. See credence --help");
    QTest::newRow("an unknown command with options")
        << words("frobnicate --db DB") << 2 << QStringLiteral("Unknown command 'frobnicate'");
    QTest::newRow("import misspelt") << words("improt --db DB") << 2
                                     << QStringLiteral(
                                            "Unknown command 'improt'. Did you mean 'import'? See credence --help");
    QTest::newRow("summary misspelt") << words("sumary --db DB") << 2 << QStringLiteral("Did you mean 'summary'?");
    QTest::newRow("claims misspelt") << words("claim --db DB") << 2 << QStringLiteral("Did you mean 'claims'?");
    QTest::newRow("claims without --db") << words("claims --json") << 2 << QStringLiteral("--db");
    QTest::newRow("claims with a stray argument") << words("claims --db DB extra") << 2 << QStringLiteral("usage");
    QTest::newRow("claims of a missing project") << words("claims --db MISSING") << 1 << QStringLiteral("No project");
    QTest::newRow("claims of an article that is no number")
        << words("claims --db DB --article twelve") << 2 << QStringLiteral("'twelve' is not one");
    QTest::newRow("claims of an article not there")
        << words("claims --db DB --article 99999") << 1 << QStringLiteral("There is no article 99999");
    QTest::newRow("export-pdf shortened")
        << words("export --db DB") << 2 << QStringLiteral("Did you mean 'export-pdf'?");
}

void CliTest::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("p.credence"));
    const QString missing = dir.filePath(QStringLiteral("missing.credence"));
    const Run imported = run({QStringLiteral("import"), QStringLiteral("--db"), db, m_seeds.first()});
    QCOMPARE(imported.exitCode, 0);
    const QByteArray before = sha256(db);
    const QStringList homeBefore = QDir(m_home.path()).entryList(QDir::Files, QDir::Name);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), db);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^MISSING$")), missing);

    const Run r = run(arguments);
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit code %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // Nothing was made of the mistake: no project named after a mistyped word, no change to the one given.
    QCOMPARE(QDir(m_home.path()).entryList(QDir::Files, QDir::Name), homeBefore);
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(sha256(db), before);
}

void CliTest::importReportsEachFileOnceStored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("p.credence"));
    // A named pipe holds the import up at the second file for as long as nobody writes to it, so what the first
    // file's line says can be checked while the import is still running.
    const QString pipe = dir.filePath(QStringLiteral("pipe.txt"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    QVERIFY(m_seeds.size() >= 2);
    const QString first = m_seeds.at(0);

    QProcess process;
    process.setProcessEnvironment(CredenceTest::credenceEnvironment(m_home.path()));
    process.start(QStringLiteral(CREDENCE_BINARY),
                  {QStringLiteral("import"), QStringLiteral("--db"), db, first, pipe, m_seeds.at(1)});
    QVERIFY(process.waitForStarted());
    // The wait is a guard against hanging, not a measurement: the line is due before the pipe is ever opened.
    while (!process.canReadLine() && process.state() == QProcess::Running) {
        if (!process.waitForReadyRead(60000)) {
            break;
        }
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const bool stillRunning = process.state() == QProcess::Running;
    process.kill();
    process.waitForFinished();
    QVERIFY2(stillRunning, "the import ended before the pipe was written to");
    QVERIFY2(line.startsWith(QStringLiteral("imported ") + QFileInfo(first).fileName() + u':'),
             qPrintable(QStringLiteral("first line: '%1'; stderr: %2")
                            .arg(line, QString::fromUtf8(process.readAllStandardError()))));

    // What was reported is in the project, and stays there although the import was killed right after.
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(db);
        reader.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY2(reader.open(), qPrintable(reader.lastError().text()));
        QSqlQuery query(QStringLiteral("SELECT file_name FROM articles"), reader);
        QStringList stored;
        while (query.next()) {
            stored.append(query.value(0).toString());
        }
        QCOMPARE(stored, QStringList{QFileInfo(first).fileName()});
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
}

void CliTest::systemErrorsAsThemselves_data()
{
    // In the arguments, DB is a project that exists, SEED an article, PATH the troublesome path.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("error");
    const auto words = [](const char *line) { return QString::fromUtf8(line).split(u' '); };
    const QString longName = QString(300, u'n') + QStringLiteral(".txt");
    const QString deepPath = QStringLiteral("deep/").repeated(900) + QStringLiteral("a.txt");
    QTest::newRow("import: a name over 255 bytes") << words("import --db DB PATH") << longName << ENAMETOOLONG;
    QTest::newRow("import: a path over PATH_MAX") << words("import --db DB PATH") << deepPath << ENAMETOOLONG;
    QTest::newRow("import: a path through a file")
        << words("import --db DB PATH") << QStringLiteral("p.credence/a.txt") << ENOTDIR;
    QTest::newRow("extract: a name over 255 bytes") << words("extract PATH") << longName << ENAMETOOLONG;
    QTest::newRow("summary: a project name over 255 bytes")
        << words("summary --db PATH") << QString(300, u'p') + QStringLiteral(".credence") << ENAMETOOLONG;
    QTest::newRow("import into a project name over 255 bytes")
        << words("import --db PATH SEED") << QString(300, u'p') + QStringLiteral(".credence") << ENAMETOOLONG;
    QTest::newRow("import into a project under a file")
        << words("import --db PATH SEED") << QStringLiteral("p.credence/q.credence") << ENOTDIR;
}

void CliTest::systemErrorsAsThemselves()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, path);
    QFETCH(int, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("p.credence"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, m_seeds.first()}).exitCode, 0);
    path = dir.filePath(path);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), db);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^SEED$")), m_seeds.at(1));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^PATH$")), path);

    const Run r = run(arguments);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    const QString reason = QString::fromLocal8Bit(std::strerror(error));
    QVERIFY2(r.err.contains(reason), qPrintable(QStringLiteral("'%1' is not in: %2").arg(reason, r.err.left(400))));
    QVERIFY2(!r.err.contains(QStringLiteral("does not exist")) && !r.err.contains(QStringLiteral("No project")),
             qPrintable(r.err.left(400)));
}

QTEST_MAIN(CliTest)
#include "cli_test.moc"
