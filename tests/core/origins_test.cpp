// Independent origins: reprints under another masthead and rewrites of one story are found as near-duplicates (MinHash
// of word shingles, kept as articles are stored), separate reports of the same event are not, and the claims linked
// to a claim count their sources and their independent origins apart.

#include "origins/minhash.h"
#include "origins/origins.h"
#include "project/project.h"
#include "projecttestaccess.h"
#include "storage/database.h"
#include "storage/originindex.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence::Core;

namespace {

// A story of ours, sentence by sentence, so variants can change some of them.
const QStringList Story = {
    QStringLiteral("The Halden river burst its banks on Tuesday night after three days of rain, flooding the lower "
                   "town and forcing 2,400 residents from their homes."),
    QStringLiteral("Fire crews worked through the night to move elderly people from the care home on Mill Street to "
                   "the school gymnasium on the hill."),
    QStringLiteral("The water board said the northern reservoir was holding, but that it had opened two sluice gates "
                   "to relieve pressure on the dam."),
    QStringLiteral("Mayor Ilse Brandt told reporters that the town had not seen water this high since the floods of "
                   "1987, when the old bridge was swept away."),
    QStringLiteral("Shopkeepers on the market square spent Wednesday morning carrying stock to upper floors as the "
                   "water rose by another forty centimetres."),
    QStringLiteral("The regional weather service expects the rain to ease by Thursday, though another band of storms "
                   "could reach the valley at the weekend."),
    QStringLiteral("Insurers said it was too early to estimate the damage, but that claims from the lower town alone "
                   "could run into tens of millions of euros."),
    QStringLiteral("The railway line to the coast remains closed between Halden and Oster because a section of "
                   "embankment has been washed out."),
    QStringLiteral("Volunteers filled sandbags at the fire station through the night and the army sent two lorries "
                   "of supplies from the barracks at Vell."),
    QStringLiteral("Residents who had to leave their homes can call the council's emergency line for help with "
                   "shelter, food and medicine."),
};

QString story(const QStringList &sentences)
{
    return sentences.join(u' ');
}

/// The same story with a third of its sentences written anew and two of them swapped.
QString rewrite()
{
    QStringList sentences = Story;
    sentences[1] = QStringLiteral("Overnight, firefighters evacuated residents of the Mill Street care home to the "
                                  "gymnasium of the school on the hill.");
    sentences[4] = QStringLiteral("By Wednesday morning the water had risen a further forty centimetres and "
                                  "traders on the market square were moving their goods upstairs.");
    sentences[6] = QStringLiteral("According to insurers, damage claims from the lower town could reach tens of "
                                  "millions of euros, though any estimate is premature.");
    sentences.swapItemsAt(7, 8);
    return story(sentences);
}

/// The same flood reported apart: the same town, names and figures, written by someone else.
QString separateReport()
{
    return QStringLiteral(
        "Floodwater from the Halden river has driven about 2,400 people out of the lower town, officials said on "
        "Wednesday. The river rose quickly on Tuesday evening after a wet week, and by midnight the streets around "
        "the market square were under water. Mayor Ilse Brandt called it the worst flooding since 1987. Soldiers "
        "from the Vell barracks delivered food and blankets, and the school on the hill now shelters those who could "
        "not stay with relatives. Rail services to Oster are suspended until engineers can inspect the embankment. "
        "Forecasters say drier weather should arrive on Thursday, but warn that more storms may follow. The water "
        "board insists that the dam of the northern reservoir is safe.");
}

/// Another story of the same place and season: what a news search for the town also finds.
QString otherStory()
{
    return QStringLiteral(
        "The Halden town council has approved a new budget for the market square, including repairs to the old "
        "fountain and more benches for the summer. Mayor Ilse Brandt said the work would begin in spring and take "
        "about four months. Traders welcomed the plan but asked for the square to stay open on market days. The "
        "council also agreed to study a footbridge across the river near Mill Street, which residents have asked "
        "for since the old bridge was lost in 1987. A public meeting on the designs will be held at the school in "
        "March.");
}

} // namespace

class OriginsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void signaturesEstimateOverlap();
    void reprintsAndRewritesAreOneOrigin();
    void originsJoinBySourceAndCredit();
    void supportCountsSourcesAndOrigins();
    void pairsFollowRemovalAndBodyChanges();

private:
    QTemporaryDir m_dir;
};

void OriginsTest::signaturesEstimateOverlap()
{
    const MinHash original = MinHash::of(story(Story));
    QCOMPARE(original.estimate(MinHash::of(story(Story))), 1.0);
    QVERIFY(MinHash::of(QStringLiteral("two words")).isEmpty());
    QCOMPARE(MinHash::fromBytes(original.toBytes()).estimate(original), 1.0);
    QVERIFY(MinHash::fromBytes(QByteArray("short")).isEmpty());
    const double rewritten = original.estimate(MinHash::of(rewrite()));
    const double separate = original.estimate(MinHash::of(separateReport()));
    const double other = original.estimate(MinHash::of(otherStory()));
    QVERIFY2(rewritten >= OriginIndex::SameOrigin + 0.1, qPrintable(QString::number(rewritten)));
    QVERIFY2(separate < OriginIndex::SameOrigin / 2, qPrintable(QString::number(separate)));
    QVERIFY2(other < OriginIndex::SameOrigin / 2, qPrintable(QString::number(other)));
    // Band keys: the same text the same keys, in every run (stored in projects).
    QCOMPARE(original.bandKeys(), MinHash::of(story(Story)).bandKeys());
    QCOMPARE(original.bandKeys().size(), MinHash::Bands);
}

void OriginsTest::reprintsAndRewritesAreOneOrigin()
{
    Project project;
    QVERIFY(project.open(m_dir.filePath(QStringLiteral("reprints.credence"))));
    const auto import = [&](const QString &name, const QString &text) -> Id {
        const ImportOutcome outcome = project.importBytes(text.toUtf8(), name);
        return outcome.articleId.value_or(0);
    };
    const Id original =
        import(QStringLiteral("original.txt"), QStringLiteral("Floods force 2,400 from Halden\n\n") + story(Story));
    // A reprint: the outlet's own title, its masthead lines and a footer around the same body.
    const Id reprint =
        import(QStringLiteral("reprint.txt"),
               QStringLiteral("HALDEN COURIER | Local news you can trust\n\nRiver floods lower town\n\n") +
                   story(Story) + QStringLiteral("\n\nSubscribe to the Courier for daily updates from the valley."));
    const Id rewritten = import(QStringLiteral("rewrite.txt"), QStringLiteral("Halden flood update\n\n") + rewrite());
    const Id separate = import(QStringLiteral("separate.txt"),
                               QStringLiteral("Thousands leave Halden as river floods\n\n") + separateReport());
    const Id other =
        import(QStringLiteral("other.txt"), QStringLiteral("Council backs square repairs\n\n") + otherStory());
    QVERIFY(original && reprint && rewritten && separate && other);

    const QList<NearDuplicate> pairs = project.nearDuplicates();
    QList<std::pair<Id, Id>> found;
    for (const NearDuplicate &pair : pairs) {
        found.append({pair.first, pair.second});
        QVERIFY(pair.similarity >= OriginIndex::SameOrigin && pair.similarity <= 1.0);
    }
    std::sort(found.begin(), found.end());
    QList<std::pair<Id, Id>> expected = {{original, reprint}, {original, rewritten}, {reprint, rewritten}};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(found, expected);

    QList<OriginMember> members;
    for (const Id id : {original, reprint, rewritten, separate, other}) {
        members.append({id, 0, 0});
    }
    const QHash<Id, Id> origins = independentOrigins(members, pairs);
    QCOMPARE(origins.value(reprint), original);
    QCOMPARE(origins.value(rewritten), original);
    QCOMPARE(origins.value(separate), separate);
    QCOMPARE(origins.value(other), other);
}

void OriginsTest::originsJoinBySourceAndCredit()
{
    // 1 and 2: two articles of one outlet. 3 and 4: two outlets' reprints crediting one agency (source 9). 5: the
    // agency's own article. 6: its own. 7 and 8: unassigned, near-duplicates through 10, which is not a member.
    const QList<OriginMember> members = {{1, 20, 0}, {2, 20, 0}, {3, 21, 9}, {4, 22, 9},
                                         {5, 9, 0},  {6, 23, 0}, {7, 0, 0},  {8, 0, 0}};
    const QList<NearDuplicate> pairs = {{7, 10, 0.5}, {8, 10, 0.6}};
    const QHash<Id, Id> origins = independentOrigins(members, pairs);
    QCOMPARE(origins.value(2), Id(1));
    QCOMPARE(origins.value(4), Id(3));
    QCOMPARE(origins.value(5), Id(3));
    QCOMPARE(origins.value(6), Id(6));
    QCOMPARE(origins.value(7), origins.value(8));
    const OriginCount count = countOrigins(members, pairs);
    QCOMPARE(count.sources, 7); // 20, 21, 22, 9, 23, and the two unassigned articles each
    QCOMPARE(count.origins, 4); // {1, 2}, {3, 4, 5}, {6}, {7, 8}
    QCOMPARE(countOrigins({}, pairs).origins, 0);
}

void OriginsTest::supportCountsSourcesAndOrigins()
{
    Project project;
    QVERIFY(project.open(m_dir.filePath(QStringLiteral("support.credence"))));
    const auto import = [&](const QString &name, const QString &publication, const QString &body) -> Id {
        const QString text =
            QStringLiteral("Title: Halden floods\nPublication: ") + publication + QStringLiteral("\n\n") + body;
        const ImportOutcome outcome = project.importBytes(text.toUtf8(), name);
        return outcome.articleId.value_or(0);
    };
    // Three outlets print one wire story (with their own first lines), a fourth reports apart; a fifth article,
    // under review, makes the claim.
    const Id a = import(QStringLiteral("a.txt"), QStringLiteral("Valley Post"), story(Story));
    const Id b = import(QStringLiteral("b.txt"), QStringLiteral("Oster Herald"),
                        QStringLiteral("From our wires.\n\n") + story(Story));
    const Id c = import(QStringLiteral("c.txt"), QStringLiteral("Coast Daily"), rewrite());
    const Id d = import(QStringLiteral("d.txt"), QStringLiteral("Vell Gazette"), separateReport());
    const Id checked = import(QStringLiteral("checked.txt"), QStringLiteral("Riverside Blog"),
                              QStringLiteral("Some 2,400 residents had to leave their homes in Halden. The river "
                                             "burst its banks on Tuesday night."));
    QVERIFY(a && b && c && d && checked);
    const Id claim = project.claims(checked).first().id;
    const auto firstClaim = [&](Id article) { return project.claims(article).first().id; };
    for (const Id article : {a, b, c, d}) {
        Evidence link;
        link.kind = EvidenceKind::ClaimLink;
        link.stance = EvidenceStance::Supporting;
        link.linkedClaimId = firstClaim(article);
        QVERIFY(project.addEvidence(claim, link));
    }
    const ClaimSupport support = project.support(claim);
    QCOMPARE(support.supporting.sources, 4);
    QCOMPARE(support.supporting.origins, 2);
    QCOMPARE(support.refuting.sources, 0);
    QCOMPARE(support.refuting.origins, 0);
    // The similar-claims list says which of them repeat the article's own origin: none here, all of a, b, c one.
    for (const SimilarClaim &item : project.similarClaims(firstClaim(a), 20)) {
        QCOMPARE(item.sameOrigin, item.claim.articleId == b || item.claim.articleId == c);
    }
}

void OriginsTest::pairsFollowRemovalAndBodyChanges()
{
    const QString path = m_dir.filePath(QStringLiteral("removal.credence"));
    Id first = 0;
    Id second = 0;
    {
        Project project;
        QVERIFY(project.open(path));
        first = project.importBytes(story(Story).toUtf8(), QStringLiteral("one.txt")).articleId.value_or(0);
        second = project.importBytes((QStringLiteral("Reprint\n\n") + story(Story)).toUtf8(), QStringLiteral("two.txt"))
                     .articleId.value_or(0);
        QVERIFY(first && second);
        QCOMPARE(project.nearDuplicates().size(), 1);
        Database &db = ProjectTestAccess::database(project);
        // An article's rows of origin_bands are found by its keys (no index by article): none may be left behind.
        const auto rowsOf = [&db](Id article) {
            return db
                .scalar(QStringLiteral("SELECT (SELECT count(*) FROM origin_bands WHERE article_id = ?) +"
                                       " (SELECT count(*) FROM origin_signatures WHERE article_id = ?)"),
                        {article, article})
                .toInt();
        };
        const int signed_ = rowsOf(second);
        QCOMPARE(signed_, MinHash::Bands + 1);
        QVERIFY(project.removeArticle(second));
        QCOMPARE(project.nearDuplicates().size(), 0);
        QCOMPARE(rowsOf(second), 0);
        // Undo puts the article back, and with it the pair.
        project.undoStack()->undo();
        QCOMPARE(project.nearDuplicates().size(), 1);
        QCOMPARE(rowsOf(second), signed_);
        // A body cut to its first words: signed anew, its old band rows gone (none but the new signature's keys
        // left), and its pair with them.
        QVERIFY(project.applyBodyChange(project.planTrim(second, 0, 40)));
        QCOMPARE(project.nearDuplicates().size(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM origin_bands WHERE article_id = ? AND key NOT IN"
                                          " (SELECT value FROM json_each((SELECT bands FROM origin_signatures"
                                          " WHERE article_id = ?)))"),
                           {second, second})
                     .toInt(),
                 0);
        QVERIFY(rowsOf(second) <= signed_);
        project.undoStack()->undo();
        QCOMPARE(project.nearDuplicates().size(), 1);
        QCOMPARE(rowsOf(second), signed_);
        // As an older Credence left it: no origin tables.
        for (const char *table : {"origin_signatures", "origin_bands", "origin_pairs", "origin_meta"}) {
            QVERIFY(db.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table)).isActive());
        }
        QCOMPARE(project.nearDuplicates().size(), 0);
    }
    // A project whose origin tables are gone (an older Credence's) gets them back at open, every article signed.
    {
        Project project;
        QVERIFY(project.open(path));
        QCOMPARE(project.nearDuplicates().size(), 1);
    }
}

QTEST_GUILESS_MAIN(OriginsTest)
#include "origins_test.moc"
