// Source criteria: the score from the answers with known answers, answers stored and undone, carried by a merge,
// suggestions from the project's own data, and the score in the reliability summary beside (never in) the estimate.

#include "domain/criteria.h"
#include "i18n/translations.h"
#include "project/project.h"
#include "signals/correctionnotice.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Credence::Core;

namespace {

CriterionEntry entry(const char *key, CriterionAnswer answer, const QString &note = {})
{
    return {QString::fromLatin1(key), answer, note};
}

} // namespace

class CriteriaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // English plurals ("1 page", "2 pages") come from the English translation.
        QVERIFY(installTranslations(*QCoreApplication::instance()));
    }
    void scoreCountsAnsweredPoints();
    void answersAreStoredUndoneAndMerged();
    void suggestionsComeFromTheProject();
    void correctionsAreNoticed();
    void correctionNotices_data();
    void correctionNotices();

private:
    QTemporaryDir m_dir;
};

void CriteriaTest::scoreCountsAnsweredPoints()
{
    double total = 0;
    for (const Criterion &criterion : sourceCriteria()) {
        total += criterion.points;
    }
    QCOMPARE(total, 100.0);
    QCOMPARE(sourceCriteria().size(), 9);
    QVERIFY(criteriaScore({}).isEmpty());
    // False content not met (22), creators met (5): 5 of 27 points.
    const CriteriaScore some = criteriaScore(
        {entry("false-content", CriterionAnswer::NotMet), entry("creators", CriterionAnswer::Met),
         entry("ownership", CriterionAnswer::NotApplicable), entry("headlines", CriterionAnswer::Unanswered)});
    QCOMPARE(some.points, 5.0);
    QCOMPARE(some.possible, 27.0);
    QCOMPARE(some.answered, 3);
    QVERIFY(qAbs(some.percent() - 100.0 * 5 / 27) < 1e-9);
    QList<CriterionEntry> all;
    for (const Criterion &criterion : sourceCriteria()) {
        all.append({criterion.key, CriterionAnswer::Met, {}});
    }
    QCOMPARE(criteriaScore(all).percent(), 100.0);
    // Only not applicable: nothing to score.
    QVERIFY(criteriaScore({entry("ownership", CriterionAnswer::NotApplicable)}).isEmpty());
    // An unknown key (a later Credence's criterion) counts neither way.
    QVERIFY(criteriaScore({{QStringLiteral("later"), CriterionAnswer::Met, {}}}).isEmpty());
}

void CriteriaTest::answersAreStoredUndoneAndMerged()
{
    Project project;
    QVERIFY(project.open(m_dir.filePath(QStringLiteral("criteria.credence"))));
    const auto first = project.importBytes(QByteArrayLiteral("Harbour opens\n\nBy Ann Lee\n\nThe new harbour opened "
                                                             "on Monday, the council said. It cost 4 million."),
                                           QStringLiteral("a.txt"));
    const auto second = project.importBytes(QByteArrayLiteral("Bridge closes\n\nThe old bridge closed on Tuesday "
                                                              "after engineers found cracks, officials said."),
                                            QStringLiteral("b.txt"));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(project.assignSource({*first.articleId}, QStringLiteral("Valley Post")));
    QVERIFY(project.assignSource({*second.articleId}, QStringLiteral("Valley Post Online")));
    Id valley = 0;
    Id online = 0;
    for (const Source &source : project.sources()) {
        (source.name == u"Valley Post" ? valley : online) = source.id;
    }
    QVERIFY(valley && online);
    QCOMPARE(project.criteriaOf(valley).size(), 9);
    QCOMPARE(project.criteriaOf(valley).first().answer, CriterionAnswer::Unanswered);

    const int steps = project.undoStack()->index();
    const QString note = QStringLiteral("Corrections page: <b>%1</b> https://valley.example/corrections");
    QVERIFY(project.setSourceCriteria(
        valley, {entry("corrects", CriterionAnswer::Met, note), entry("ownership", CriterionAnswer::NotMet)}));
    QCOMPARE(project.undoStack()->index(), steps + 1);
    QList<CriterionEntry> stored = project.criteriaOf(valley);
    QCOMPARE(stored.at(2), entry("corrects", CriterionAnswer::Met, note));
    QCOMPARE(stored.at(5).answer, CriterionAnswer::NotMet);
    // The summary carries the score beside the estimate, which it leaves alone.
    ReliabilitySummary summary = project.reliabilitySummary();
    const auto rowOf = [&](Id id) {
        return *std::find_if(summary.sources.cbegin(), summary.sources.cend(),
                             [id](const ScoreRow &r) { return r.id == id; });
    };
    QCOMPARE(rowOf(valley).criteria.points, 12.5);
    QCOMPARE(rowOf(valley).criteria.possible, 20.0);
    QCOMPARE(rowOf(valley).reliability.score, 0.5);
    // The same answers again: no step.
    QVERIFY(project.setSourceCriteria(valley, {entry("corrects", CriterionAnswer::Met, note)}));
    QCOMPARE(project.undoStack()->index(), steps + 1);
    project.undoStack()->undo();
    QCOMPARE(project.criteriaOf(valley).at(2).answer, CriterionAnswer::Unanswered);
    project.undoStack()->redo();
    QCOMPARE(project.criteriaOf(valley).at(2).note, note);

    // Merge: the kept source's answers stay, the other's fill what it left open; undo gives both back.
    QVERIFY(project.setSourceCriteria(online, {entry("corrects", CriterionAnswer::NotMet),
                                               entry("creators", CriterionAnswer::Met, QStringLiteral("bylines"))}));
    QVERIFY(project.mergeSources(valley, {online}));
    stored = project.criteriaOf(valley);
    QCOMPARE(stored.at(2).answer, CriterionAnswer::Met);
    QCOMPARE(stored.at(8), entry("creators", CriterionAnswer::Met, QStringLiteral("bylines")));
    project.undoStack()->undo();
    QCOMPARE(project.criteriaOf(valley).at(8).answer, CriterionAnswer::Unanswered);
    QCOMPARE(project.criteriaOf(online).at(2).answer, CriterionAnswer::NotMet);
    // Refused: an unknown criterion, a missing source.
    QVERIFY(!project.setSourceCriteria(valley, {entry("nonsense", CriterionAnswer::Met)}));
    QVERIFY(!project.setSourceCriteria(99999, {entry("corrects", CriterionAnswer::Met)}));

    // Close and reopen: the answers are in the file.
    const QString path = project.path();
    project.close();
    QVERIFY(project.open(path, {OpenMode::Existing}));
    QCOMPARE(project.criteriaOf(valley).at(2).note, note);
}

void CriteriaTest::suggestionsComeFromTheProject()
{
    Project project;
    QVERIFY(project.open(m_dir.filePath(QStringLiteral("suggest.credence"))));
    QList<Id> articles;
    const QStringList bodies = {
        QStringLiteral("Dam holds\n\nBy Ann Lee\n\nThe dam held overnight, the water board said. Levels fell by "
                       "a metre on Tuesday. Engineers will inspect it again on Friday."),
        QStringLiteral("Ferry returns\n\nBy Bo Park\n\nThe ferry resumed sailing on Monday, the operator said. Two "
                       "crossings a day will run until May. Fares stay the same, the company added."),
    };
    for (int i = 0; i < bodies.size(); ++i) {
        const auto outcome = project.importBytes(bodies.at(i).toUtf8(), QStringLiteral("s%1.txt").arg(i));
        QVERIFY(outcome.ok());
        articles.append(*outcome.articleId);
    }
    QVERIFY(project.assignSource(articles, QStringLiteral("Valley Post")));
    const Id valley = project.sources().first().id;
    // Both articles name their author: "names its content creators" suggested met; nothing on false content yet.
    QList<CriterionProposal> proposals = project.proposedCriteria(valley);
    const auto find = [&](const char *key) {
        for (const CriterionProposal &p : std::as_const(proposals)) {
            if (p.key == QLatin1String(key)) {
                return p;
            }
        }
        return CriterionProposal{};
    };
    QCOMPARE(find("creators").answer, CriterionAnswer::Met);
    QVERIFY(find("creators").reason.contains(QLatin1String("2 of 2")));
    QCOMPARE(find("false-content").answer, CriterionAnswer::Unanswered);
    QCOMPARE(find("headlines").answer, CriterionAnswer::Unanswered);
    // Every claim contradicted, the lead claims first: false content and deceptive headlines suggested not met.
    QList<Id> claims;
    for (const Id article : articles) {
        for (const Claim &claim : project.claims(article)) {
            claims.append(claim.id);
        }
    }
    QVERIFY(claims.size() >= 4);
    QVERIFY(project.setVerdict(claims, Verdict::Contradicted));
    proposals = project.proposedCriteria(valley);
    QCOMPARE(find("false-content").answer, CriterionAnswer::NotMet);
    QCOMPARE(find("headlines").answer, CriterionAnswer::NotMet);
    QVERIFY(find("headlines").reason.contains(QLatin1String("2 article")));
    // Suggestions are never answers: nothing is stored, the score stays empty.
    QVERIFY(project.reliabilitySummary().sources.first().criteria.isEmpty());
}

void CriteriaTest::correctionsAreNoticed()
{
    Project project;
    QVERIFY(project.open(m_dir.filePath(QStringLiteral("corrections.credence"))));
    const auto proposalFor = [&project](Id source) {
        for (const CriterionProposal &p : project.proposedCriteria(source)) {
            if (p.key == QLatin1String("corrects")) {
                return std::optional<CriterionProposal>(p);
            }
        }
        return std::optional<CriterionProposal>();
    };
    const QString page =
        QStringLiteral("Dam holds\nBy Ann Lee\nSource: Valley Post\nURL: https://valley.example/dam\n\n"
                       "The dam held overnight, the water board said. Levels fell by %1 on Tuesday.\n%2");
    // The page as first saved: nothing to say about corrections.
    QVERIFY(
        project.importBytes(page.arg(QStringLiteral("two metres"), QString()).toUtf8(), QStringLiteral("v1.txt")).ok());
    const Id valley = project.sources().first().id;
    QVERIFY(!proposalFor(valley));
    // Saved again a day later with other figures and no notice: worth comparing, no answer proposed.
    QVERIFY(
        project.importBytes(page.arg(QStringLiteral("a metre"), QString()).toUtf8(), QStringLiteral("v2.txt")).ok());
    std::optional<CriterionProposal> proposal = proposalFor(valley);
    QVERIFY(proposal);
    QCOMPARE(proposal->answer, CriterionAnswer::Unanswered);
    QVERIFY2(proposal->reason.contains(QLatin1String("1 page changed")), qPrintable(proposal->reason));
    // A third time with the outlet's correction: corrects its errors, met, the notice quoted.
    const QString notice =
        QStringLiteral("Correction: An earlier version of this article misstated how far the levels fell.");
    QVERIFY(project.importBytes(page.arg(QStringLiteral("a metre"), notice).toUtf8(), QStringLiteral("v3.txt")).ok());
    proposal = proposalFor(valley);
    QVERIFY(proposal);
    QCOMPARE(proposal->answer, CriterionAnswer::Met);
    QVERIFY2(proposal->reason.contains(QLatin1String("1 article prints a correction")), qPrintable(proposal->reason));
    QVERIFY2(proposal->reason.contains(QLatin1String("Correction: An earlier version")), qPrintable(proposal->reason));
    // A suggestion, never an answer.
    QVERIFY(project.reliabilitySummary().sources.first().criteria.isEmpty());
}

void CriteriaTest::correctionNotices_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("notice");
    QTest::newRow("correction line") << QStringLiteral("Rates rose.\nCorrection: The rate is 4%, not 5%.\nMore.")
                                     << QStringLiteral("Correction: The rate is 4%, not 5%.");
    QTest::newRow("first line") << QStringLiteral("CLARIFICATION — The mayor spoke on Monday.\nRates rose.")
                                << QStringLiteral("CLARIFICATION — The mayor spoke on Monday.");
    QTest::newRow("earlier version")
        << QStringLiteral("Rates rose. An earlier version of this story gave the wrong date.")
        << QStringLiteral("Rates rose. An earlier version of this story gave the wrong date.");
    QTest::newRow("has been corrected") << QStringLiteral("Text.\n\nThis article has been corrected to give the "
                                                          "mayor's full name.")
                                        << QStringLiteral("This article has been corrected to give the mayor's full "
                                                          "name.");
    QTest::newRow("updated to correct") << QStringLiteral("Text.\n(Updated to correct the spelling of a name.)")
                                        << QStringLiteral("(Updated to correct the spelling of a name.)");
    // Not corrections.
    QTest::newRow("market correction") << QStringLiteral("The market correction deepened on Friday.") << QString();
    QTest::newRow("editor's note, an update")
        << QStringLiteral("Editor's note: This story was updated at 5:45 p.m. to include details.") << QString();
    QTest::newRow("corrections officers") << QStringLiteral("Corrections officers went on strike.") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void CriteriaTest::correctionNotices()
{
    QFETCH(QString, body);
    QFETCH(QString, notice);
    QCOMPARE(correctionNotice(body), notice);
}

QTEST_GUILESS_MAIN(CriteriaTest)
#include "criteria_test.moc"
