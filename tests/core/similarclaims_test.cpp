// The same claim elsewhere: figures however they are written, the closer comparison of two claims, and
// Project::similarClaims() on a project, the seeds included (001 and 003 both report that Wagner left Mali and the
// Africa Corps took its place; 002 and 004 both report France's criticism of Mali's turn to Russia).

#include "project/project.h"
#include "similar/claimsimilarity.h"
#include "similar/figures.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence::Core;
using Credence::Test::seedsDir;

class SimilarClaimsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void figures_data();
    void figures();
    void paraphraseRanksAboveSameTopic();
    void figuresAgreeHoweverWritten_data();
    void figuresAgreeHoweverWritten();
    void differentFiguresArePointedOut();
    void spellingsAndCountryAdjectivesCompareEqual();
    void projectListsOtherArticlesOnly();
    void clustersFollowTheLinks();
    void seedsFindEachOther_data();
    void seedsFindEachOther();

private:
    /// A project with one article per body, each body's sentences its claims; the ids of the articles.
    QList<Id> projectWith(Project &project, const QString &name, const QStringList &bodies);
    QTemporaryDir m_dir;
};

void SimilarClaimsTest::figures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QStringList>("counted");
    QTest::newRow("comma groups") << QStringLiteral("Some 12,000 people fled.") << QList<double>{12000}
                                  << QStringList{QStringLiteral("people")};
    QTest::newRow("space groups") << QStringLiteral("Some 12 000 people fled.") << QList<double>{12000}
                                  << QStringList{QStringLiteral("people")};
    QTest::newRow("no-break space") << QStringLiteral("Some 12\u202F000 people fled.") << QList<double>{12000}
                                    << QStringList{QStringLiteral("people")};
    QTest::newRow("full stop groups") << QStringLiteral("1.200.000 Menschen") << QList<double>{1200000}
                                      << QStringList{QStringLiteral("menschen")};
    QTest::newRow("words") << QStringLiteral("twelve thousand people fled") << QList<double>{12000}
                           << QStringList{QStringLiteral("people")};
    QTest::newRow("words with and") << QStringLiteral("two hundred and fifty troops") << QList<double>{250}
                                    << QStringList{QStringLiteral("troop")};
    QTest::newRow("hyphenated words") << QStringLiteral("twenty-one soldiers") << QList<double>{21}
                                      << QStringList{QStringLiteral("soldier")};
    QTest::newRow("decimal and million") << QStringLiteral("2.5 million euros") << QList<double>{2500000}
                                         << QStringList{QStringLiteral("euro")};
    QTest::newRow("German decimal") << QStringLiteral("2,5 Millionen Euro") << QList<double>{2500000}
                                    << QStringList{QStringLiteral("euro")};
    QTest::newRow("k suffix") << QStringLiteral("a 12k crowd") << QList<double>{12000}
                              << QStringList{QStringLiteral("crowd")};
    QTest::newRow("percent sign") << QStringLiteral("up 40% on last year") << QList<double>{40}
                                  << QStringList{QStringLiteral("%")};
    QTest::newRow("per cent") << QStringLiteral("up 40 per cent") << QList<double>{40}
                              << QStringList{QStringLiteral("%")};
    QTest::newRow("year and count") << QStringLiteral("In 2024, 300 troops left.") << QList<double>{2024, 300}
                                    << QStringList{QString(), QStringLiteral("troop")};
    QTest::newRow("count before") << QStringLiteral("killed 2,500") << QList<double>{2500}
                                  << QStringList{QStringLiteral("killed")};
    QTest::newRow("ordinal is none") << QStringLiteral("the 1st battalion") << QList<double>{} << QStringList{};
    QTest::newRow("code is none") << QStringLiteral("an F-16 and a G7 summit") << QList<double>{} << QStringList{};
    QTest::newRow("lone one is none") << QStringLiteral("one of the towns") << QList<double>{} << QStringList{};
    QTest::newRow("hostile") << QStringLiteral("%1 %n <b>9</b>") << QList<double>{1, 9} << QStringList{};
}

void SimilarClaimsTest::figures()
{
    QFETCH(QString, text);
    QFETCH(QList<double>, values);
    QFETCH(QStringList, counted);
    const QList<Figure> found = figuresIn(text);
    QList<double> foundValues;
    QStringList foundCounted;
    for (const Figure &figure : found) {
        foundValues.append(figure.value);
        foundCounted.append(figure.counted);
    }
    QCOMPARE(foundValues, values);
    if (!counted.isEmpty()) {
        QCOMPARE(foundCounted, counted);
    }
}

void SimilarClaimsTest::paraphraseRanksAboveSameTopic()
{
    const ClaimFeatures claim = claimFeatures(
        QStringLiteral("The river authority said the northern reservoir leaked for three days before anyone noticed."));
    const ClaimFeatures paraphrase = claimFeatures(
        QStringLiteral("For three days the northern reservoir was leaking before it was noticed, the river authority "
                       "admitted."));
    const ClaimFeatures sameTopic =
        claimFeatures(QStringLiteral("The river authority plans to rebuild the northern reservoir's dam next spring."));
    const ClaimFeatures unrelated =
        claimFeatures(QStringLiteral("The city council voted to extend the opening hours of public libraries."));
    const double close = compareClaims(claim, paraphrase).score;
    const double topic = compareClaims(claim, sameTopic).score;
    const double far = compareClaims(claim, unrelated).score;
    QVERIFY2(close > topic + 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(close).arg(topic)));
    QVERIFY2(topic > far, qPrintable(QStringLiteral("%1 vs %2").arg(topic).arg(far)));
    QVERIFY(far < 0.3);
    // Alike both ways round.
    QCOMPARE(compareClaims(paraphrase, claim).score > topic, true);
}

void SimilarClaimsTest::figuresAgreeHoweverWritten_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("comma and space") << QStringLiteral("About 12,000 people were evacuated from the valley.")
                                     << QStringLiteral("Some 12 000 people were evacuated from the valley.");
    QTest::newRow("digits and words") << QStringLiteral("About 12,000 people were evacuated from the valley.")
                                      << QStringLiteral("Twelve thousand people had to leave the valley.");
    QTest::newRow("million") << QStringLiteral("The repairs cost 2.5 million euros.")
                             << QStringLiteral("Repairs came to €2,500,000, officials said.");
}

void SimilarClaimsTest::figuresAgreeHoweverWritten()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const ClaimSimilarity similarity = compareClaims(claimFeatures(first), claimFeatures(second));
    QCOMPARE(similarity.agreeing.size(), 1);
    QVERIFY(similarity.differing.isEmpty());
    // The same figure makes the claims closer than the same words with another number.
    QString other = second;
    other.replace(QRegularExpression(QStringLiteral("12 000|Twelve thousand|2,500,000")), QStringLiteral("7"));
    QVERIFY(similarity.score > compareClaims(claimFeatures(first), claimFeatures(other)).score);
}

void SimilarClaimsTest::differentFiguresArePointedOut()
{
    const ClaimSimilarity similarity =
        compareClaims(claimFeatures(QStringLiteral("In 2023 floods forced 2,500 people from their homes.")),
                      claimFeatures(QStringLiteral("Floods in 2023 forced 2,100 people from their homes.")));
    QCOMPARE(similarity.differing, (QList<FigurePair>{{QStringLiteral("2,500"), QStringLiteral("2,100")}}));
    QCOMPARE(similarity.agreeing, (QList<FigurePair>{{QStringLiteral("2023"), QStringLiteral("2023")}}));
    QVERIFY(similarity.score > 0.5);
    // Counts of different things are not set against each other.
    const ClaimSimilarity apart =
        compareClaims(claimFeatures(QStringLiteral("Floods forced 2,500 people from their homes.")),
                      claimFeatures(QStringLiteral("Floods destroyed 300 bridges.")));
    QVERIFY(apart.differing.isEmpty());
}

void SimilarClaimsTest::spellingsAndCountryAdjectivesCompareEqual()
{
    const ClaimSimilarity similarity =
        compareClaims(claimFeatures(QStringLiteral("The French ministry criticised Mali's turn to Afrikakorps.")),
                      claimFeatures(QStringLiteral("France criticized Malian reliance on the Africa Korps.")));
    QCOMPARE(similarity.sharedNames,
             (QStringList{QStringLiteral("afrikakorp"), QStringLiteral("france"), QStringLiteral("mali")}));
    QVERIFY(similarity.words > 0.6);
}

QList<Id> SimilarClaimsTest::projectWith(Project &project, const QString &name, const QStringList &bodies)
{
    QList<Id> ids;
    if (!project.open(m_dir.filePath(name))) {
        return ids;
    }
    int n = 0;
    for (const QString &body : bodies) {
        ++n;
        const ImportOutcome outcome = project.importBytes((QStringLiteral("Article %1\n\n").arg(n) + body).toUtf8(),
                                                          QStringLiteral("article-%1.txt").arg(n));
        if (!outcome.ok()) {
            return {};
        }
        ids.append(*outcome.articleId);
    }
    return ids;
}

void SimilarClaimsTest::projectListsOtherArticlesOnly()
{
    Project project;
    const QList<Id> ids = projectWith(
        project, QStringLiteral("own.credence"),
        {QStringLiteral("The harbour bridge was closed on Monday after inspectors found cracks in two of its piers. "
                        "Inspectors found cracks in two piers of the harbour bridge, which was closed on Monday."),
         QStringLiteral("Engineers closed the harbour bridge on Monday once cracks were found in two piers. The "
                        "mayor opened a new library in the old customs house."),
         QStringLiteral("The city's football team won its third match in a row on Saturday.")});
    QCOMPARE(ids.size(), 3);
    const QList<Claim> first = project.claims(ids.at(0));
    QVERIFY(first.size() >= 2);
    const QList<SimilarClaim> similar = project.similarClaims(first.at(0).id, 20);
    QVERIFY(!similar.isEmpty());
    // The article's own second sentence says the same but is not "elsewhere"; the library and football are not alike.
    for (const SimilarClaim &item : similar) {
        QVERIFY(item.claim.articleId != ids.at(0));
    }
    QCOMPARE(similar.first().claim.articleId, ids.at(1));
    QVERIFY(similar.first().claim.text.contains(QStringLiteral("Engineers closed")));
    QCOMPARE(similar.size(), 1);
    QCOMPARE(project.similarClaims(first.at(0).id, 0).size(), 0);
    QCOMPARE(project.similarClaims(999999, 5).size(), 0);
}

void SimilarClaimsTest::clustersFollowTheLinks()
{
    Project project;
    const QList<Id> ids = projectWith(
        project, QStringLiteral("clusters.credence"),
        {QStringLiteral("The harbour bridge was closed on Monday after inspectors found cracks in two piers."),
         QStringLiteral("Engineers closed the harbour bridge on Monday once cracks were found in two piers."),
         QStringLiteral("The harbour bridge stayed open on Monday; no cracks were found, the city said."),
         QStringLiteral("The city's football team won its third match in a row on Saturday.")});
    QCOMPARE(ids.size(), 4);
    const auto first = [&](int article) { return project.claims(ids.at(article)).first().id; };
    QVERIFY(project.claimClusters().isEmpty());
    // 0 supported by 1; 1 refuted by 2: one cluster of three, 2 saying the opposite of 0.
    QVERIFY(project.linkSimilarClaim(first(0), first(1), EvidenceStance::Supporting));
    QVERIFY(project.linkSimilarClaim(first(1), first(2), EvidenceStance::Refuting));
    const QList<ClaimCluster> clusters = project.claimClusters();
    QCOMPARE(clusters.size(), 1);
    const ClaimCluster &cluster = clusters.first();
    QCOMPARE(cluster.members.size(), 3);
    QCOMPARE(cluster.members.at(0).claim.claimId, first(0));
    QCOMPARE(cluster.members.at(0).stance, EvidenceStance::Supporting);
    QCOMPARE(cluster.members.at(1).stance, EvidenceStance::Supporting);
    QCOMPARE(cluster.members.at(2).stance, EvidenceStance::Refuting);
    QVERIFY(cluster.disagreement);
    QCOMPARE(cluster.count.sources, 3); // three unassigned articles, each its own
    // Undo the refuting link: two claims that agree, no disagreement until their states differ.
    project.undoStack()->undo();
    QCOMPARE(project.claimClusters().first().members.size(), 2);
    QVERIFY(!project.claimClusters().first().disagreement);
    QVERIFY(project.setVerdict({first(0)}, Verdict::Corroborated));
    QVERIFY(project.setVerdict({first(1)}, Verdict::Contradicted));
    QVERIFY(project.claimClusters().first().disagreement);
}

void SimilarClaimsTest::seedsFindEachOther_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("otherSeed");
    QTest::addColumn<QString>("otherClaim");
    const QString wagner001 = QStringLiteral("With the Wagner Group officially leaving Mali in June");
    const QString wagner003 = QStringLiteral("After leaving PMC");
    const QString france002 = QStringLiteral("The French foreign ministry has criticized Mali");
    const QString france004 = QStringLiteral("Countries like France, which previously had");
    QTest::newRow("001 finds 003") << QStringLiteral("001") << wagner001 << QStringLiteral("003") << wagner003;
    QTest::newRow("003 finds 001") << QStringLiteral("003") << wagner003 << QStringLiteral("001") << wagner001;
    QTest::newRow("002 finds 004") << QStringLiteral("002") << france002 << QStringLiteral("004") << france004;
    QTest::newRow("004 finds 002") << QStringLiteral("004") << france004 << QStringLiteral("002")
                                   << QStringLiteral("The French foreign ministry");
}

void SimilarClaimsTest::seedsFindEachOther()
{
    QFETCH(QString, seed);
    QFETCH(QString, claim);
    QFETCH(QString, otherSeed);
    QFETCH(QString, otherClaim);
    Project project;
    const QString path = m_dir.filePath(QStringLiteral("seeds-%1.credence").arg(seed));
    QVERIFY2(project.open(path), qPrintable(project.lastError()));
    QHash<QString, Id> ids;
    const QDir seeds(seedsDir());
    for (const QString &name : seeds.entryList({QStringLiteral("00?_*.txt")}, QDir::Files, QDir::Name)) {
        const ImportOutcome outcome = project.importBytes(Credence::Test::readAll(seeds.filePath(name)), name);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        ids.insert(name.left(3), *outcome.articleId);
    }
    QCOMPARE(ids.size(), 5);
    Id claimId = 0;
    for (const Claim &c : project.claims(ids.value(seed))) {
        if (c.text.startsWith(claim)) {
            claimId = c.id;
        }
    }
    QVERIFY2(claimId != 0, qPrintable(claim));
    const QList<SimilarClaim> similar = project.similarClaims(claimId, 3);
    QStringList top;
    bool found = false;
    for (const SimilarClaim &item : similar) {
        top.append(item.claim.text.left(60));
        found = found || (item.claim.articleId == ids.value(otherSeed) && item.claim.text.startsWith(otherClaim));
    }
    QVERIFY2(found, qPrintable(top.join(QStringLiteral(" | "))));
}

QTEST_GUILESS_MAIN(SimilarClaimsTest)
#include "similarclaims_test.moc"
