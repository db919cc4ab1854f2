// The reliability summary: estimates and intervals with known answers, the computed grade, and claims that
// near-duplicate articles of one source or author repeat counted once, on hand-made input and on a real project file.

#include "pdftools.h"
#include "project/project.h"
#include "projecttestaccess.h"
#include "report/pdfreport.h"
#include "scoring/summary.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Credence::Core;

class SummaryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void estimatesHaveKnownAnswers_data();
    void estimatesHaveKnownAnswers();
    void gradesNeedEvidence_data();
    void gradesNeedEvidence();
    void claimKeysIgnoreTypesetting();
    void repeatsCountOncePerRecordAndOrigin();
    void projectSummaryOnAFile();

private:
    QTemporaryDir m_dir;
};

void SummaryTest::estimatesHaveKnownAnswers_data()
{
    QTest::addColumn<int>("corroborated");
    QTest::addColumn<int>("contradicted");
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<bool>("judged");
    // Beta(n + 1, 1) has the closed form I_x = x^(n+1), so its quantiles are p^(1/(n+1)); Beta(1, m + 1) mirrors it.
    QTest::newRow("all corroborated") << 9 << 0 << 10.0 / 11 << std::pow(0.025, 1.0 / 10) << std::pow(0.975, 1.0 / 10)
                                      << true;
    QTest::newRow("all contradicted") << 0 << 4 << 1.0 / 6 << 1 - std::pow(0.975, 1.0 / 5)
                                      << 1 - std::pow(0.025, 1.0 / 5) << true;
    // Nothing decided: the uniform prior, its interval 2.5 % to 97.5 %; too little to judge.
    QTest::newRow("nothing decided") << 0 << 0 << 0.5 << 0.025 << 0.975 << false;
    QTest::newRow("thin evidence") << 2 << 0 << 0.75 << std::pow(0.025, 1.0 / 3) << std::pow(0.975, 1.0 / 3) << false;
    // A tie is centred: the interval is symmetric about one half (its ends checked below).
    QTest::newRow("tie") << 6 << 6 << 0.5 << -1.0 << -1.0 << true;
}

void SummaryTest::estimatesHaveKnownAnswers()
{
    QFETCH(int, corroborated);
    QFETCH(int, contradicted);
    QFETCH(double, score);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(bool, judged);
    const Reliability r = assessReliability(corroborated, contradicted);
    QVERIFY(std::abs(r.score - score) < 1e-12);
    QCOMPARE(r.judged, judged);
    if (low < 0) {
        QVERIFY2(std::abs(r.low + r.high - 1.0) < 1e-9, qPrintable(r.display()));
        QVERIFY(r.low > 0.2 && r.low < 0.5);
        return;
    }
    QVERIFY2(std::abs(r.low - low) < 1e-9, qPrintable(QString::number(r.low, 'g', 12)));
    QVERIFY2(std::abs(r.high - high) < 1e-9, qPrintable(QString::number(r.high, 'g', 12)));
}

void SummaryTest::gradesNeedEvidence_data()
{
    QTest::addColumn<int>("corroborated");
    QTest::addColumn<int>("contradicted");
    QTest::addColumn<QString>("grade");
    // The lower end of the interval of n corroborated and none contradicted is 0.025^(1/(n+1)).
    QTest::newRow("2-0 too few") << 2 << 0 << QStringLiteral("F");
    QTest::newRow("3-0 low 0.40") << 3 << 0 << QStringLiteral("D");
    QTest::newRow("5-0 low 0.54") << 5 << 0 << QStringLiteral("C");
    QTest::newRow("8-0 low 0.66") << 8 << 0 << QStringLiteral("B");
    QTest::newRow("16-0 low 0.80") << 16 << 0 << QStringLiteral("A");
    QTest::newRow("15-0 low 0.79") << 15 << 0 << QStringLiteral("B");
    QTest::newRow("40-0") << 40 << 0 << QStringLiteral("A");
    QTest::newRow("40-10") << 40 << 10 << QStringLiteral("B");
    QTest::newRow("6-6 tie") << 6 << 6 << QStringLiteral("E");
    QTest::newRow("5-20") << 5 << 20 << QStringLiteral("E");
}

void SummaryTest::gradesNeedEvidence()
{
    QFETCH(int, corroborated);
    QFETCH(int, contradicted);
    QFETCH(QString, grade);
    QCOMPARE(computedGrade(assessReliability(corroborated, contradicted)), grade);
}

void SummaryTest::claimKeysIgnoreTypesetting()
{
    QCOMPARE(claimKey(QStringLiteral("“About 2,400 people” fled — officials said.")),
             claimKey(QStringLiteral("About 2 400 people fled, officials said")));
    QVERIFY(claimKey(QStringLiteral("2,400 fled")) != claimKey(QStringLiteral("2,100 fled")));
    QCOMPARE(claimKey(QStringLiteral("  Ça VA  ")), QStringLiteral("ça va"));
    // The stored key hashes the same text; it never changes (stored keys must keep matching new ones).
    QCOMPARE(claimTextKey(QStringLiteral("“About 2,400 people” fled — officials said.")),
             claimTextKey(QStringLiteral("about 2 400 PEOPLE fled officials said")));
    QVERIFY(claimTextKey(QStringLiteral("2,400 fled")) != claimTextKey(QStringLiteral("2,100 fled")));
    QCOMPARE(claimTextKey(QString()), qint64(0xcbf29ce484222325ULL));
    QCOMPARE(claimTextKey(QStringLiteral("A")), claimTextKey(QStringLiteral("a")));
}

void SummaryTest::repeatsCountOncePerRecordAndOrigin()
{
    // Source 10 publishes story A twice (articles 1 and 2, near-duplicates) and story B (3); source 20 reprints A
    // (4); article 5 has no source. Author 7 wrote 1 and 4, author 8 wrote 2.
    SummaryInput input;
    input.sources = {{10, QStringLiteral("Valley Post"), QStringLiteral("B"), QStringLiteral("long record")},
                     {20, QStringLiteral("Coast Daily"), {}, {}},
                     {30, QStringLiteral("Merged away"), {}, {}}};
    input.authors = {{7, QStringLiteral("Ann Lee"), {}, {}}, {8, QStringLiteral("Bo Park"), {}, {}}};
    input.articles = {{1, 10, 7, {1, 3, 1, 0}},
                      {2, 10, 8, {0, 3, 1, 1}},
                      {3, 10, 0, {2, 2, 0, 0}},
                      {4, 20, 7, {0, 3, 1, 0}},
                      {5, 0, 0, {4, 1, 1, 2}}};
    input.nearDuplicates = {{1, 2, 0.9}, {1, 4, 0.8}};
    const auto claims = [](Id article, const QString &last) {
        return QList<DecidedClaim>{{article, 1, claimTextKey(QStringLiteral("The river rose 2,400 mm."))},
                                   {article, 1, claimTextKey(QStringLiteral("The mayor spoke."))},
                                   {article, 1, claimTextKey(last)},
                                   {article, 2, claimTextKey(QStringLiteral("The dam broke."))}};
    };
    input.repeatableClaims = claims(1, QStringLiteral("Schools closed."));
    // Article 2 repeats every claim of 1 but one, typeset differently.
    input.repeatableClaims += claims(2, QStringLiteral("Roads reopened."));
    input.repeatableClaims[4].textKey = claimTextKey(QStringLiteral("The river rose 2 400 mm"));
    input.repeatableClaims += claims(4, QStringLiteral("Schools closed."));

    // Only articles that are one origin with another of their source or author are read for repeats.
    QCOMPARE(articlesThatMayRepeat(input), (QList<Id>{1, 2, 4}));
    SummaryInput apart = input;
    apart.nearDuplicates = {{3, 5, 0.9}}; // another source and no author in common
    QVERIFY(articlesThatMayRepeat(apart).isEmpty());

    const ReliabilitySummary summary = summarize(input);
    QCOMPARE(summary.sources.size(), 2); // no articles, no row
    const ScoreRow &coast = summary.sources.at(0);
    const ScoreRow &valley = summary.sources.at(1);
    QCOMPARE(coast.name, QStringLiteral("Coast Daily"));
    QCOMPARE(valley.name, QStringLiteral("Valley Post"));
    QCOMPARE(valley.articles, 3);
    QCOMPARE(valley.corroborated(), 8);
    QCOMPARE(valley.contradicted(), 2);
    QCOMPARE(valley.unverifiable(), 1);
    QCOMPARE(valley.notChecked(), 3);
    // 2's river, mayor and dam repeat 1's: 8 - 2 corroborated and 2 - 1 contradicted are counted.
    QCOMPARE(valley.countedCorroborated, 6);
    QCOMPARE(valley.countedContradicted, 1);
    QCOMPARE(valley.repeats(), 3);
    QCOMPARE(valley.reliability.corroborated, 6);
    QCOMPARE(valley.manualGrade, QStringLiteral("B"));
    QCOMPARE(valley.computedGrade, computedGrade(assessReliability(6, 1)));
    // Another source's reprint counts in full for that source.
    QCOMPARE(coast.countedCorroborated, 3);
    QCOMPARE(coast.countedContradicted, 1);
    QCOMPARE(coast.computedGrade, QStringLiteral("E"));
    // Authors: Ann Lee's 1 and 4 are one origin, so 4 repeats all of 1; Bo Park's only article counts in full.
    QCOMPARE(summary.authors.size(), 2);
    QCOMPARE(summary.authors.at(0).name, QStringLiteral("Ann Lee"));
    QCOMPARE(summary.authors.at(0).corroborated(), 6);
    QCOMPARE(summary.authors.at(0).countedCorroborated, 3);
    QCOMPARE(summary.authors.at(0).countedContradicted, 1);
    QCOMPARE(summary.authors.at(1).countedCorroborated, 3);
    QCOMPARE(summary.unassignedArticles, 1);
    QCOMPARE(summary.articlesWithoutAuthor, 2);
    QCOMPARE(summary.unassignedClaims, (VerdictCounts{4, 1, 1, 2}));
    QCOMPARE(summary.withoutAuthorClaims, (VerdictCounts{6, 3, 1, 2})); // articles 3 and 5
    QCOMPARE(summary.articles, 5);
}

void SummaryTest::projectSummaryOnAFile()
{
    Project project;
    QVERIFY(project.open(m_dir.filePath(QStringLiteral("summary.credence"))));
    const QString body = QStringLiteral(
        "The Halden river burst its banks on Tuesday night after three days of rain, flooding the lower town and "
        "forcing 2,400 residents from their homes. Fire crews worked through the night to move elderly people from "
        "the care home on Mill Street to the school gymnasium on the hill. The water board said the northern "
        "reservoir was holding, but that it had opened two sluice gates to relieve pressure on the dam. Mayor Ilse "
        "Brandt told reporters that the town had not seen water this high since the floods of 1987, when the old "
        "bridge was swept away.");
    const Id first = project
                         .importBytes((QStringLiteral("Floods force 2,400 from Halden\n\n") + body).toUtf8(),
                                      QStringLiteral("a.txt"))
                         .articleId.value_or(0);
    const Id again = project
                         .importBytes((QStringLiteral("River floods lower town\n\n") + body +
                                       QStringLiteral("\n\nSubscribe for daily updates from the valley."))
                                          .toUtf8(),
                                      QStringLiteral("b.txt"))
                         .articleId.value_or(0);
    const Id other = project
                         .importBytes(QStringLiteral("Council backs square repairs\n\nThe Halden town council has "
                                                     "approved a new budget for the market square. Mayor Ilse Brandt "
                                                     "said the work would begin in spring and take four months.")
                                          .toUtf8(),
                                      QStringLiteral("c.txt"))
                         .articleId.value_or(0);
    QVERIFY(first && again && other);
    QVERIFY(project.assignSource({first, again}, QStringLiteral("Valley Post")));
    QVERIFY(project.assignAuthor({first, again, other}, QStringLiteral("Ann Lee")));
    QList<Id> decided;
    for (const Id article : {first, again}) {
        for (const Claim &claim : project.claims(article)) {
            decided.append(claim.id);
        }
    }
    QVERIFY(decided.size() >= 8);
    QVERIFY(project.setVerdict(decided, Verdict::Corroborated));

    const ReliabilitySummary summary = project.reliabilitySummary();
    QCOMPARE(summary.articles, 3);
    QCOMPARE(summary.unassignedArticles, 1);
    QCOMPARE(summary.sources.size(), 1);
    const ScoreRow &valley = summary.sources.first();
    QCOMPARE(valley.name, QStringLiteral("Valley Post"));
    QCOMPARE(valley.articles, 2);
    QCOMPARE(valley.corroborated(), int(decided.size()));
    // The second article is a reprint of the first: its claims count once.
    QCOMPARE(valley.countedCorroborated, int(project.claims(first).size()));
    QCOMPARE(valley.repeats(), int(project.claims(again).size()));
    QCOMPARE(project.computedSourceGrade(valley.id), valley.computedGrade);
    // The report scores as the summary does: the reprint's claims once.
    PdfReport pdf(project);
    const QString reportPath = project.path() + QStringLiteral(".pdf");
    QVERIFY2(pdf.write(reportPath), qPrintable(pdf.lastError()));
    const QString report = Credence::Test::pdfText(reportPath);
    QVERIFY2(report.contains(valley.reliability.display()), qPrintable(valley.reliability.display()));
    QVERIFY(valley.reliability.display() != assessReliability(valley.corroborated(), 0).display());
    QCOMPARE(summary.authors.size(), 1);
    QCOMPARE(summary.authors.first().articles, 3);
    QCOMPARE(summary.authors.first().countedCorroborated, valley.countedCorroborated);
    QCOMPARE(summary.authors.first().notChecked(), int(project.claims(other).size()));

    // Undo the verdicts: nothing decided, nothing judged.
    project.undoStack()->undo();
    const ReliabilitySummary undone = project.reliabilitySummary();
    QCOMPARE(undone.sources.first().countedCorroborated, 0);
    QVERIFY(!undone.sources.first().reliability.judged);
    QCOMPARE(undone.sources.first().computedGrade, QStringLiteral("F"));

    QVERIFY(project.setVerdict(decided, Verdict::Corroborated));
    // Claims without a text key (stored before schema 11): the summary keys them from their text, and opening the
    // project for writing gives them keys.
    Database &db = ProjectTestAccess::database(project);
    QVERIFY(db.exec(QStringLiteral("UPDATE claims SET text_key = NULL")).isActive());
    const ReliabilitySummary unkeyed = project.reliabilitySummary();
    QCOMPARE(unkeyed.sources.first().countedCorroborated, valley.countedCorroborated);
    const QString path = project.path();
    project.close();
    QVERIFY(project.open(path, {OpenMode::Existing}));
    Database &reopened = ProjectTestAccess::database(project);
    QCOMPARE(reopened.scalar(QStringLiteral("SELECT count(*) FROM claims WHERE text_key IS NULL")).toInt(), 0);
    QCOMPARE(reopened.scalar(QStringLiteral("SELECT text_key FROM claims ORDER BY id LIMIT 1")).toLongLong(),
             claimTextKey(project.claims(first).first().text));
    QCOMPARE(project.reliabilitySummary().sources.first().countedCorroborated, valley.countedCorroborated);
}

QTEST_MAIN(SummaryTest)
#include "summary_test.moc"
