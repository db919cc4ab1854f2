// Text-quality signals kept per article (storage/signalindex.h): measured as the seeds are imported into a project
// file, the same after closing and opening it, measured again after a body, detail or claim change and gone with the
// article, measured at open for a project without the table (its captions extracted again), absent from a read-only
// project without it; republished without credit; and added up per source and per author.

#include "import/importer.h"
#include "project/project.h"
#include "projecttestaccess.h"
#include "storage/database.h"
#include "storage/signalindex.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Credence::Core;
using Credence::Test::seedsDir;

namespace {

/// Everything stored of an article's signals in one line, so that two readings compare at once and a difference
/// shows in the failure message.
QString fingerprint(const std::optional<StoredSignals> &stored)
{
    if (!stored) {
        return QStringLiteral("none");
    }
    const ArticleSignals &m = stored->measured;
    QStringList parts = {QString::number(m.claimsCounted),
                         QString::number(m.hedgedClaims),
                         QString::number(m.unattributedClaims),
                         m.noByline ? QStringLiteral("no byline") : QStringLiteral("byline"),
                         m.noDate ? QStringLiteral("no date") : QStringLiteral("date"),
                         QString::number(int(m.spunText.judgement)),
                         QString::number(m.spunText.score, 'f', 6),
                         QString::number(m.spunText.improbable) + u'/' + QString::number(m.spunText.articles),
                         m.spunText.spun ? QStringLiteral("spun") : QStringLiteral("not spun"),
                         stored->republishedWithoutCredit ? QStringLiteral("uncredited") : QStringLiteral("credited")};
    for (const FlaggedCaption &caption : m.flaggedCaptions) {
        parts.append(captionIssueKey(caption.issue) + u':' + caption.text);
    }
    return parts.join(QStringLiteral(" | "));
}

/// The flood story of origins_test, five sentences: long enough to be signed for near-duplicates.
QString story()
{
    return QStringLiteral(
        "The Halden river burst its banks on Tuesday night after three days of rain, flooding the lower town and "
        "forcing 2,400 residents from their homes. Fire crews worked through the night to move elderly people from "
        "the care home on Mill Street to the school gymnasium on the hill. The water board said the northern "
        "reservoir was holding, but that it had opened two sluice gates to relieve pressure on the dam. Mayor Ilse "
        "Brandt told reporters that the town had not seen water this high since the floods of 1987, when the old "
        "bridge was swept away. Shopkeepers on the market square spent Wednesday morning carrying stock to upper "
        "floors as the water rose by another forty centimetres.");
}

} // namespace

class SignalIndexTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_project.reset(); }
    void seedsAreMeasuredAtImport();
    void tallies();
    void survivesReopening();
    void bodyChangeMeasuresAgain();
    void detailsAndClaimsMeasureAgain();
    void removedWithArticle();
    void olderProjectIsMeasuredAtOpen();
    void readOnlyProjectMeasuresNothing();
    void republishedWithoutCredit();

private:
    Database &db() { return ProjectTestAccess::database(*m_project); }
    int rows() { return db().scalar(QStringLiteral("SELECT count(*) FROM article_signals")).toInt(); }
    StoredSignals signalsOf(const char *seed);
    void reopen(const OpenOptions &options = {});

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    QHash<QString, Id> m_seeds; ///< "000" -> article id
};

void SignalIndexTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void SignalIndexTest::init()
{
    // A project file of the five seeds for each test: the tests change and remove articles.
    static int round = 0;
    m_path = m_dir.filePath(QStringLiteral("seeds-%1.credence").arg(++round));
    m_project = std::make_unique<Project>();
    QVERIFY2(m_project->open(m_path), qPrintable(m_project->lastError()));
    const QDir seeds(seedsDir());
    QStringList files;
    for (const QString &name : seeds.entryList({QStringLiteral("00?_*.txt")}, QDir::Files, QDir::Name)) {
        files.append(seeds.filePath(name));
    }
    QCOMPARE(files.size(), 5);
    m_seeds.clear();
    for (const ImportOutcome &outcome : m_project->importFiles(files)) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        m_seeds.insert(outcome.file.left(3), *outcome.articleId);
    }
}

void SignalIndexTest::reopen(const OpenOptions &options)
{
    m_project->close();
    QVERIFY2(m_project->open(m_path, options), qPrintable(m_project->lastError()));
}

StoredSignals SignalIndexTest::signalsOf(const char *seed)
{
    const auto stored = m_project->articleSignals(m_seeds.value(QLatin1String(seed)));
    if (!stored) {
        qWarning("seed %s has no stored signals", seed);
        return {};
    }
    return *stored;
}

void SignalIndexTest::seedsAreMeasuredAtImport()
{
    QCOMPARE(rows(), 5);
    // 003 is the synonym-spun rewrite (expected.json's quality note); the others were written by people.
    const StoredSignals spun = signalsOf("003");
    QCOMPARE(spun.articleId, m_seeds.value(QStringLiteral("003")));
    QCOMPARE(spun.measured.spunText.judgement, SpinJudgement::Judged);
    QVERIFY2(spun.measured.spunText.spun, qPrintable(fingerprint(spun)));
    QVERIFY(spun.measured.spunText.score > SpunTextThreshold);
    QCOMPARE(spun.measured.spunText.threshold, SpunTextThreshold);
    for (const char *seed : {"000", "001", "004"}) {
        QCOMPARE(signalsOf(seed).measured.spunText.judgement, SpinJudgement::Judged);
        QVERIFY2(!signalsOf(seed).measured.spunText.spun, seed);
    }
    QCOMPARE(signalsOf("002").measured.spunText.judgement, SpinJudgement::TooShort);

    // The captions the readers kept out of the bodies: 002's discloses a generated image, 004's shows a landscape.
    const QList<FlaggedCaption> generated = signalsOf("002").measured.flaggedCaptions;
    QCOMPARE(generated.size(), 1);
    QCOMPARE(generated.first().issue, CaptionIssue::AiGenerated);
    QVERIFY2(generated.first().text.startsWith(QLatin1String("This image is AI-generated")),
             qPrintable(generated.first().text));
    const QList<FlaggedCaption> unrelated = signalsOf("004").measured.flaggedCaptions;
    QCOMPARE(unrelated.size(), 1);
    QCOMPARE(unrelated.first().issue, CaptionIssue::Unrelated);
    QVERIFY2(unrelated.first().text.startsWith(QLatin1String("A serene landscape")),
             qPrintable(unrelated.first().text));
    for (const char *seed : {"000", "001", "003"}) {
        QVERIFY2(signalsOf(seed).measured.flaggedCaptions.isEmpty(), qPrintable(fingerprint(signalsOf(seed))));
    }

    // Bylines and dates as expected.json has them: 003 names no author; 001, 003 and 004 give no date.
    for (const char *seed : {"000", "001", "002", "003", "004"}) {
        const StoredSignals s = signalsOf(seed);
        const QByteArray name(seed);
        QCOMPARE(s.measured.noByline, name == "003");
        QCOMPARE(s.measured.noDate, name == "001" || name == "003" || name == "004");
        QVERIFY(!s.republishedWithoutCredit);
        // Every claim is counted (all English); the hedged and unattributed among them as the signals count them.
        ArticleText text;
        for (const Claim &claim : m_project->claims(s.articleId)) {
            text.claims.append(claim.text);
        }
        const ArticleSignals counted = articleSignals(text);
        QCOMPARE(s.measured.claimsCounted, int(text.claims.size()));
        QVERIFY(s.measured.claimsCounted > 0);
        QCOMPARE(s.measured.hedgedClaims, counted.hedgedClaims);
        QCOMPARE(s.measured.unattributedClaims, counted.unattributedClaims);
    }
    QCOMPARE(m_project->articleSignals(987654), std::nullopt);
}

void SignalIndexTest::tallies()
{
    const QHash<Id, SignalTally> bySource = m_project->sourceSignals();
    // 001, 003 and 004 name no publication: key 0.
    const SignalTally unassigned = bySource.value(0);
    QCOMPARE(unassigned.articles, 3);
    QCOMPARE(unassigned.spinJudged, 3);
    QCOMPARE(unassigned.spun, 1);
    QCOMPARE(unassigned.withoutByline, 1);
    QCOMPARE(unassigned.withoutDate, 3);
    QCOMPARE(unassigned.unrelatedCaptions, 1);
    QCOMPARE(unassigned.aiGeneratedCaptions, 0);
    int claims = 0, hedged = 0, unattributed = 0;
    for (const char *seed : {"001", "003", "004"}) {
        claims += signalsOf(seed).measured.claimsCounted;
        hedged += signalsOf(seed).measured.hedgedClaims;
        unattributed += signalsOf(seed).measured.unattributedClaims;
    }
    QCOMPARE(unassigned.claimsCounted, claims);
    QCOMPARE(unassigned.hedgedClaims, hedged);
    QCOMPARE(unassigned.unattributedClaims, unattributed);
    QCOMPARE(unassigned.hedgedShare(), std::optional<double>(double(hedged) / claims));

    const Id devdiscourse = m_project->article(m_seeds.value(QStringLiteral("002")))->sourceId;
    QVERIFY(devdiscourse != 0);
    const SignalTally generated = bySource.value(devdiscourse);
    QCOMPARE(generated.articles, 1);
    QCOMPARE(generated.aiGeneratedCaptions, 1);
    QCOMPARE(generated.flaggedCaptions(), 1);
    QCOMPARE(generated.spinJudged, 0); // too short to judge
    QCOMPARE(bySource.size(), 3);      // Capital Cities, Devdiscourse and the unassigned

    // By author: 003 alone has none; each of the others has its own.
    const QHash<Id, SignalTally> byAuthor = m_project->authorSignals();
    QCOMPARE(byAuthor.size(), 5);
    const SignalTally anonymous = byAuthor.value(0);
    QCOMPARE(anonymous.articles, 1);
    QCOMPARE(anonymous.spun, 1);
    QCOMPARE(anonymous.withoutByline, 1);
    QCOMPARE(anonymous.claimsCounted, signalsOf("003").measured.claimsCounted);
    const auto author = m_project->authorOfArticle(m_seeds.value(QStringLiteral("004")));
    QVERIFY(author);
    QCOMPARE(byAuthor.value(author->author.id).unrelatedCaptions, 1);
    QCOMPARE(byAuthor.value(author->author.id).withoutDate, 1);
}

void SignalIndexTest::survivesReopening()
{
    QHash<QString, QString> before;
    for (auto it = m_seeds.cbegin(); it != m_seeds.cend(); ++it) {
        before.insert(it.key(), fingerprint(m_project->articleSignals(it.value())));
    }
    const QHash<Id, SignalTally> sources = m_project->sourceSignals();
    reopen();
    QCOMPARE(rows(), 5);
    for (auto it = m_seeds.cbegin(); it != m_seeds.cend(); ++it) {
        QCOMPARE(fingerprint(m_project->articleSignals(it.value())), before.value(it.key()));
    }
    QCOMPARE(m_project->sourceSignals(), sources);
}

void SignalIndexTest::bodyChangeMeasuresAgain()
{
    const Id spun = m_seeds.value(QStringLiteral("003"));
    const QString before = fingerprint(m_project->articleSignals(spun));
    // The spun seed cut to its first paragraph: too few articles ("the", "a") left to judge, fewer claims.
    const QString body = m_project->article(spun)->body;
    const int end = int(body.indexOf(u'\n'));
    QVERIFY(end > 0);
    const BodyChange trim = m_project->planTrim(spun, 0, end);
    QVERIFY2(trim.ok(), qPrintable(trim.error));
    QVERIFY(m_project->applyBodyChange(trim));
    // Measured again by the change itself, not at the next open.
    QCOMPARE(rows(), 5);
    const StoredSignals cut = *m_project->articleSignals(spun);
    QCOMPARE(cut.measured.spunText.judgement, SpinJudgement::TooShort);
    QVERIFY(!cut.measured.spunText.spun);
    QCOMPARE(cut.measured.claimsCounted, int(m_project->claims(spun).size()));
    QVERIFY2(cut.measured.claimsCounted < signalsOf("000").measured.claimsCounted, qPrintable(fingerprint(cut)));

    m_project->undoStack()->undo();
    QCOMPARE(fingerprint(m_project->articleSignals(spun)), before);

    // Re-extraction of a page with captions finds them again.
    const Id generated = m_seeds.value(QStringLiteral("002"));
    const QString captioned = fingerprint(m_project->articleSignals(generated));
    const BodyChange again = m_project->planReextract(generated);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(m_project->applyBodyChange(again));
    QCOMPARE(fingerprint(m_project->articleSignals(generated)), captioned);
}

void SignalIndexTest::detailsAndClaimsMeasureAgain()
{
    const Id id = m_seeds.value(QStringLiteral("000"));
    const StoredSignals before = *m_project->articleSignals(id);
    QVERIFY(!before.measured.noByline && !before.measured.noDate);
    ArticleMetadata metadata = m_project->article(id)->metadata;
    metadata.author.clear();
    metadata.published = QDate();
    QVERIFY(m_project->setMetadata(id, metadata));
    const StoredSignals changed = *m_project->articleSignals(id);
    QVERIFY(changed.measured.noByline);
    QVERIFY(changed.measured.noDate);
    QCOMPARE(m_project->authorSignals().value(0).articles, 2);
    m_project->undoStack()->undo();
    QCOMPARE(fingerprint(m_project->articleSignals(id)), fingerprint(before));

    // A claim the user says is none is no longer counted; undo counts it again.
    const QList<Claim> claims = m_project->claims(id);
    QVERIFY(m_project->removeClaims({claims.first().id}));
    QCOMPARE(m_project->articleSignals(id)->measured.claimsCounted, before.measured.claimsCounted - 1);
    m_project->undoStack()->undo();
    QCOMPARE(fingerprint(m_project->articleSignals(id)), fingerprint(before));
}

void SignalIndexTest::removedWithArticle()
{
    const Id id = m_seeds.value(QStringLiteral("002"));
    const QString before = fingerprint(m_project->articleSignals(id));
    QVERIFY(m_project->removeArticle(id));
    QCOMPARE(rows(), 4);
    QCOMPARE(m_project->articleSignals(id), std::nullopt);
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM article_signals WHERE article_id = ?"), {id}).toInt(), 0);
    QCOMPARE(
        m_project->sourceSignals().value(m_project->article(m_seeds.value(QStringLiteral("000")))->sourceId).articles,
        1);
    // Undo puts it back, its caption extracted again from the raw page.
    m_project->undoStack()->undo();
    QCOMPARE(rows(), 5);
    QCOMPARE(fingerprint(m_project->articleSignals(id)), before);
}

void SignalIndexTest::olderProjectIsMeasuredAtOpen()
{
    QHash<QString, QString> before;
    for (auto it = m_seeds.cbegin(); it != m_seeds.cend(); ++it) {
        before.insert(it.key(), fingerprint(m_project->articleSignals(it.value())));
    }
    // As an older Credence left it: no table, no triggers.
    QVERIFY(SignalIndex(db()).remove());
    QCOMPARE(m_project->articleSignals(m_seeds.value(QStringLiteral("003"))), std::nullopt);
    QVERIFY(m_project->sourceSignals().isEmpty());
    reopen();
    QCOMPARE(rows(), 5);
    // Every article measured at open, the captions extracted again from the stored pages.
    for (auto it = m_seeds.cbegin(); it != m_seeds.cend(); ++it) {
        QCOMPARE(fingerprint(m_project->articleSignals(it.value())), before.value(it.key()));
    }

    // A table of another version is made anew.
    QVERIFY(db().exec(QStringLiteral("UPDATE signal_meta SET value = '0' WHERE key = 'version'")).isActive());
    QVERIFY(db().exec(QStringLiteral("UPDATE article_signals SET spun = 0, captions = '[]'")).isActive());
    reopen();
    QCOMPARE(db().scalar(QStringLiteral("SELECT value FROM signal_meta WHERE key = 'version'")).toInt(),
             SignalIndex::Version);
    QCOMPARE(fingerprint(m_project->articleSignals(m_seeds.value(QStringLiteral("003")))),
             before.value(QStringLiteral("003")));
    QCOMPARE(fingerprint(m_project->articleSignals(m_seeds.value(QStringLiteral("004")))),
             before.value(QStringLiteral("004")));
}

void SignalIndexTest::readOnlyProjectMeasuresNothing()
{
    QVERIFY(SignalIndex(db()).remove());
    reopen({OpenMode::Existing, true});
    QVERIFY(m_project->isReadOnly());
    const int errors = m_project->errorCount();
    QCOMPARE(m_project->articleSignals(m_seeds.value(QStringLiteral("003"))), std::nullopt);
    QVERIFY(m_project->sourceSignals().isEmpty());
    QVERIFY(m_project->authorSignals().isEmpty());
    QCOMPARE(m_project->errorCount(), errors);
    QVERIFY(!db().scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'article_signals'")).isValid());
}

void SignalIndexTest::republishedWithoutCredit()
{
    const auto import = [&](const QString &name, const QString &header, const QString &footer = {}) -> Id {
        const ImportOutcome outcome =
            m_project->importBytes((header + QStringLiteral("\n\n") + story() + footer + u'\n').toUtf8(), name);
        if (!outcome.ok()) {
            qWarning("%s: %s", qPrintable(name), qPrintable(outcome.error));
        }
        return outcome.articleId.value_or(0);
    };
    const Id original = import(QStringLiteral("original.txt"),
                               QStringLiteral("Title: Halden floods\nPublication: Valley Post\nBy Jane Roe"));
    const Id copied = import(QStringLiteral("copied.txt"),
                             QStringLiteral("Title: River floods lower town\nPublication: Coast Daily"));
    const Id credited =
        import(QStringLiteral("credited.txt"), QStringLiteral("Title: Floods in Halden\nPublication: Hill Times"),
               QStringLiteral("\n\nOriginally published by Valley Post."));
    const Id ownUpdate =
        import(QStringLiteral("update.txt"), QStringLiteral("Title: Halden floods (updated)\nPublication: Valley Post"),
               QStringLiteral("\n\nThis story was updated on Wednesday."));
    QVERIFY(original && copied && credited && ownUpdate);
    QVERIFY2(m_project->nearDuplicates().size() >= 6, qPrintable(QString::number(m_project->nearDuplicates().size())));
    QCOMPARE(m_project->article(credited)->originSource, QStringLiteral("Valley Post"));

    QVERIFY(!m_project->articleSignals(original)->republishedWithoutCredit); // the first
    QVERIFY(m_project->articleSignals(copied)->republishedWithoutCredit);    // another source, no credit
    QVERIFY(!m_project->articleSignals(credited)->republishedWithoutCredit); // credits the original
    // The outlet's own update came after Coast Daily's copy, but after its own first article too: its own story.
    QVERIFY(!m_project->articleSignals(ownUpdate)->republishedWithoutCredit);

    const QHash<Id, SignalTally> bySource = m_project->sourceSignals();
    QCOMPARE(bySource.value(m_project->article(copied)->sourceId).republishedWithoutCredit, 1);
    QCOMPARE(bySource.value(m_project->article(credited)->sourceId).republishedWithoutCredit, 0);
    QCOMPARE(bySource.value(m_project->article(original)->sourceId).republishedWithoutCredit, 0);
    QCOMPARE(bySource.value(m_project->article(original)->sourceId).articles, 2);

    // Earlier by date where both give one: of two copies of another story, the one stored first but dated later
    // is the copy.
    const QString bridge = QStringLiteral(
        "The council met on Tuesday to discuss the future of the old harbour bridge, which was built in 1931 and "
        "carries more than ten thousand cars a day. Engineers told the council that the steel in the main span is "
        "rusting faster than expected, and that a full repair would take at least two years. The mayor said the town "
        "could not afford to close the bridge for that long, because the only other road to the coast runs through "
        "the hills. A local business group asked for a temporary crossing to be built beside the old one, and the "
        "council agreed to pay for a study of the idea.");
    const auto importBridge = [&](const QString &name, const QString &publication, const QString &date) -> Id {
        const QString text = QStringLiteral("Title: Bridge repairs\nPublication: ") + publication +
                             QStringLiteral("\nDate: ") + date + QStringLiteral("\n\n") + bridge + u'\n';
        return m_project->importBytes(text.toUtf8(), name).articleId.value_or(0);
    };
    const Id later =
        importBridge(QStringLiteral("later.txt"), QStringLiteral("Oster Herald"), QStringLiteral("2024-05-10"));
    const Id earlier =
        importBridge(QStringLiteral("earlier.txt"), QStringLiteral("Fjord Times"), QStringLiteral("2024-05-01"));
    QVERIFY(later && earlier);
    QCOMPARE(m_project->article(later)->metadata.published, QDate(2024, 5, 10));
    QVERIFY(m_project->articleSignals(later)->republishedWithoutCredit);
    QVERIFY(!m_project->articleSignals(earlier)->republishedWithoutCredit);
    QCOMPARE(m_project->sourceSignals().value(m_project->article(later)->sourceId).republishedWithoutCredit, 1);
}

QTEST_GUILESS_MAIN(SignalIndexTest)
#include "signalindex_test.moc"
