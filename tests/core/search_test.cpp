// Project-wide search on real project files: the index follows every write path (import on any connection, notes,
// claim edits, article removal, body cuts and re-extraction, each undone and redone), survives reopening, is built
// when a project has none or an old one, works read-only; typed text never makes a query fail; snippets are plain
// text with the ranges of the matches.

#include "import/importer.h"
#include "import/importjob.h"
#include "project/project.h"
#include "projecttestaccess.h"
#include "search/searchquery.h"
#include "storage/database.h"
#include "storage/searchindex.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Credence::Core;

namespace {

const QByteArray Ferry = QByteArrayLiteral(
    "Ferry service cut after storm damage\n"
    "By Ines Marlow\n"
    "Source: Bayside Herald\n"
    "\n"
    "The island ferry will run twice a day instead of six times until March, the operator said on Monday.\n"
    "\n"
    "Storm waves damaged the northern pier last week, according to the harbour master.\n"
    "\n"
    "Repairs are expected to cost about 2.4 million euros. The council will pay half of the bill.\n"
    "\n"
    "Islanders said the cut would hurt shops and schools.\n"
    "\n"
    "A second ferry could be leased from the mainland by April, officials said.\n");

const QByteArray Bridge = QByteArrayLiteral("Harbour bridge to close for repairs\n"
                                            "By Lena Fischer\n"
                                            "Source: Westport Evening Post\n"
                                            "\n"
                                            "The harbour bridge will close for six weeks from May, the city said.\n"
                                            "\n"
                                            "Traffic will be diverted through the old town, police said.\n"
                                            "\n"
                                            "Shop owners fear a loss of trade during the closure.\n");

/// Hostile page text: markup, format strings, a right-to-left override, control characters.
const QByteArray Hostile = QByteArrayLiteral("Markup test page\n"
                                             "Source: Hostile Times\n"
                                             "\n"
                                             "Officials wrote <b>%1</b> and %s in the zeppelin report\x01 today"
                                             " \xe2\x80\xae backwards text.\n");

} // namespace

class SearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_project.reset(); }

    void fts5IsInTheSqliteQtUses();
    void parse_data();
    void parse();
    void prefixAsWords_data();
    void prefixAsWords();
    void longPrefixesFindWhatFts5PrefixesFind();
    void hostileQueriesDoNotError_data();
    void hostileQueriesDoNotError();
    void findsArticlesClaimsAndNotes();
    void prefixAndPhrase();
    void snippetsArePlainTextWithRanges();
    void noteChangeFollowsUndoRedo();
    void evidenceFollowsUndoRedo();
    void claimEditsFollowUndoRedo();
    void articleRemovalAndUndo();
    void bodyTrimAndReextract();
    void importOnAnotherConnection();
    void importJobIndexesEachBatchInBulk();
    void bulkInsertRolledBackKeepsTheTriggers();
    void reopenedIndexIsIntact();
    void missingOrOldIndexIsBuiltAtOpen_data();
    void missingOrOldIndexIsBuiltAtOpen();
    void readOnlyProjectWithoutIndexSearches();

private:
    Database &db() { return ProjectTestAccess::database(*m_project); }
    /// The index holds exactly one row per article, claim and non-empty note, and each claim and note is found by
    /// its own text as a phrase: nothing missing, nothing stale.
    void verifyIndexFollowsTables();
    QList<SearchHit> hitsOf(const QString &text, SearchHitKind kind);
    bool finds(const QString &text, SearchHitKind kind, Id id);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    Id m_ferry = 0;
    Id m_bridge = 0;
};

void SearchTest::init()
{
    static int round = 0;
    m_path = m_dir.filePath(QStringLiteral("search-%1.credence").arg(++round));
    m_project = std::make_unique<Project>();
    QVERIFY2(m_project->open(m_path), qPrintable(m_project->lastError()));
    const ImportOutcome ferry = m_project->importBytes(Ferry, QStringLiteral("ferry.txt"));
    const ImportOutcome bridge = m_project->importBytes(Bridge, QStringLiteral("bridge.txt"));
    QVERIFY2(ferry.ok() && bridge.ok(), qPrintable(ferry.error + bridge.error));
    m_ferry = *ferry.articleId;
    m_bridge = *bridge.articleId;
}

QList<SearchHit> SearchTest::hitsOf(const QString &text, SearchHitKind kind)
{
    QList<SearchHit> hits = m_project->search(text, 1000);
    hits.removeIf([kind](const SearchHit &hit) { return hit.kind != kind; });
    return hits;
}

bool SearchTest::finds(const QString &text, SearchHitKind kind, Id id)
{
    const QList<SearchHit> hits = hitsOf(text, kind);
    return std::any_of(hits.begin(), hits.end(), [&](const SearchHit &hit) {
        return (kind == SearchHitKind::Article ? hit.articleId : hit.claimId) == id;
    });
}

void SearchTest::verifyIndexFollowsTables()
{
    QList<qint64> expected;
    QSqlQuery q = db().exec(QStringLiteral("SELECT id * 8 FROM articles UNION ALL SELECT id * 8 + 1 FROM claims"
                                           " UNION ALL SELECT id * 8 + 2 FROM claims WHERE note <> ''"
                                           " UNION ALL SELECT id * 8 + 3 FROM evidence ORDER BY 1"));
    while (db().next(q)) {
        expected.append(q.value(0).toLongLong());
    }
    QList<qint64> indexed;
    q = db().exec(QStringLiteral("SELECT rowid FROM search_index ORDER BY rowid"));
    while (db().next(q)) {
        indexed.append(q.value(0).toLongLong());
    }
    QCOMPARE(indexed, expected);
    for (const ArticleSummary &article : m_project->articles()) {
        for (const Claim &claim : m_project->claims(article.id)) {
            QVERIFY2(finds(QLatin1Char('"') + claim.text + QLatin1Char('"'), SearchHitKind::Claim, claim.id),
                     qPrintable(claim.text));
            if (!claim.note.isEmpty()) {
                QVERIFY2(finds(QLatin1Char('"') + claim.note + QLatin1Char('"'), SearchHitKind::Note, claim.id),
                         qPrintable(claim.note));
            }
        }
    }
}

void SearchTest::fts5IsInTheSqliteQtUses()
{
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(SearchIndex(db()).isCurrent());
}

void SearchTest::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("fts");
    QTest::newRow("words, last a prefix") << QStringLiteral("Harbour bri") << QStringLiteral("\"harbour\" \"bri\"*");
    QTest::newRow("trailing space: whole word") << QStringLiteral("harbour ") << QStringLiteral("\"harbour\"");
    QTest::newRow("one letter is no prefix") << QStringLiteral("harbour b") << QStringLiteral("\"harbour\" \"b\"");
    QTest::newRow("phrase") << QStringLiteral("\"Northern Pier\"") << QStringLiteral("\"northern pier\"");
    QTest::newRow("unclosed phrase") << QStringLiteral("\"northern pi") << QStringLiteral("\"northern pi\"*");
    QTest::newRow("operators are words") << QStringLiteral("ferry AND NOT bridge OR")
                                         << QStringLiteral("\"ferry\" \"and\" \"not\" \"bridge\" \"or\"*");
    QTest::newRow("syntax is separators")
        << QStringLiteral("NEAR(ferry* -pier ^col:x)") << QStringLiteral("\"near\" \"ferry\" \"pier\" \"col\" \"x\"");
    QTest::newRow("accents and case folded") << QStringLiteral("CAFÉ ") << QStringLiteral("\"cafe\"");
    QTest::newRow("nothing but syntax") << QStringLiteral("\"*-(^)\"") << QString();
}

void SearchTest::parse()
{
    QFETCH(QString, typed);
    QFETCH(QString, fts);
    QCOMPARE(SearchIndex::ftsQuery(SearchQuery::parse(typed)), fts);
}

void SearchTest::prefixAsWords_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("fts");
    QTest::newRow("one word") << QStringLiteral("bridg") << QStringList{QStringLiteral("bridge")}
                              << QStringLiteral("(\"bridge\")");
    QTest::newRow("after a word: an explicit AND")
        << QStringLiteral("Harbour brid") << QStringList{QStringLiteral("bridge"), QStringLiteral("bridges")}
        << QStringLiteral("\"harbour\" AND (\"bridge\" OR \"bridges\")");
    QTest::newRow("a phrase's last word")
        << QStringLiteral("\"northern pie") << QStringList{QStringLiteral("pier"), QStringLiteral("pieces")}
        << QStringLiteral("(\"northern pier\" OR \"northern pieces\")");
    QTest::newRow("no prefix: words unused")
        << QStringLiteral("harbour ") << QStringList{QStringLiteral("harbours")} << QStringLiteral("\"harbour\"");
}

void SearchTest::prefixAsWords()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, words);
    QFETCH(QString, fts);
    QCOMPARE(SearchIndex::ftsQuery(SearchQuery::parse(typed), words), fts);
}

void SearchTest::longPrefixesFindWhatFts5PrefixesFind()
{
    // Forty words that begin "quokk" (more than the index looks up one by one), a few that begin "zebr".
    QString text =
        QStringLiteral("Animal survey\nSource: Zoo Gazette\n\nThe zebra and the zebras met a zebrafish.\n\n");
    for (int i = 0; i < 40; ++i) {
        text += QStringLiteral("The quokk%1 count rose.\n\n").arg(QChar(u'a' + i % 26) + QString(QChar(u'a' + i / 26)));
    }
    const ImportOutcome survey = m_project->importBytes(text.toUtf8(), QStringLiteral("survey.txt"));
    QVERIFY2(survey.ok(), qPrintable(survey.error));
    QVERIFY(m_project->setNote(m_project->claims(m_ferry).first().id, QStringLiteral("Asked the zebra keeper.")));
    QCOMPARE(SearchIndex(db()).expandPrefix(QStringLiteral("zebr"), 32),
             (QStringList{QStringLiteral("zebra"), QStringLiteral("zebrafish"), QStringLiteral("zebras")}));
    QVERIFY(SearchIndex(db()).expandPrefix(QStringLiteral("quokk"), 32).isEmpty()); // too many: FTS5's own prefix
    QVERIFY(SearchIndex(db()).expandPrefix(QStringLiteral("zzzz"), 32).isEmpty());
    const auto sameAsFts5 = [this](const QString &typed, const QString &fts5) {
        QSet<qint64> expected;
        QSqlQuery q = db().exec(QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ?"), {fts5});
        while (db().next(q)) {
            expected.insert(q.value(0).toLongLong());
        }
        QSet<qint64> found;
        for (const SearchHit &hit : m_project->search(typed, 1000)) {
            found.insert((hit.kind == SearchHitKind::Article ? hit.articleId : hit.claimId) * 8 + int(hit.kind));
        }
        if (found != expected || expected.isEmpty()) {
            qWarning("%s: %lld found, %lld expected", qPrintable(typed), qlonglong(found.size()),
                     qlonglong(expected.size()));
            return false;
        }
        return true;
    };
    QVERIFY(sameAsFts5(QStringLiteral("zebr"), QStringLiteral("\"zebr\"*")));
    QVERIFY(sameAsFts5(QStringLiteral("ZEBRA"), QStringLiteral("\"zebra\"*")));
    QVERIFY(sameAsFts5(QStringLiteral("quokk"), QStringLiteral("\"quokk\"*")));
    QVERIFY(sameAsFts5(QStringLiteral("count quokk"), QStringLiteral("\"count\" \"quokk\"*")));
    QVERIFY(sameAsFts5(QStringLiteral("\"the zebr"), QStringLiteral("\"the zebr\"*")));
    QVERIFY(sameAsFts5(QStringLiteral("harbour mast"), QStringLiteral("\"harbour\" \"mast\"*")));
    QVERIFY(m_project->search(QStringLiteral("zebraz")).isEmpty());
    QCOMPARE(m_project->errorCount(), 0);
}

void SearchTest::hostileQueriesDoNotError_data()
{
    QTest::addColumn<QString>("typed");
    for (const char *text :
         {"\"",       "\"\"",        "*",        "**",        "AND",           "OR",
          "NOT",      "NEAR(",       "NEAR(a b", "-",         "-ferry",        "^",
          "ferry:",   "title:ferry", "(",        ")",         "{text}: ferry", "'; DROP TABLE claims; --",
          "%1 %s",    "\\",          "+",        "ferry AND", "a\"b\"c\"",     "\xe2\x80\xae",
          "\x01\x02", "   "}) {
        QTest::newRow(text) << QString::fromUtf8(text);
    }
    QTest::newRow("a thousand words") << QStringLiteral("ferry ").repeated(1000);
    QTest::newRow("a long word") << QStringLiteral("x").repeated(5000);
}

void SearchTest::hostileQueriesDoNotError()
{
    QFETCH(QString, typed);
    QSignalSpy errors(m_project.get(), &Project::storageError);
    const int before = m_project->errorCount();
    m_project->search(typed);
    QCOMPARE(m_project->errorCount(), before);
    QCOMPARE(errors.count(), 0);
    QVERIFY(m_project->articles().size() == 2); // and the claims table is still there
}

void SearchTest::findsArticlesClaimsAndNotes()
{
    QVERIFY(finds(QStringLiteral("ferry "), SearchHitKind::Article, m_ferry));
    QVERIFY(!finds(QStringLiteral("ferry "), SearchHitKind::Article, m_bridge));
    // A word of the title only: the snippet is the title, with no place in the body.
    const QList<SearchHit> title = hitsOf(QStringLiteral("service "), SearchHitKind::Article);
    QCOMPARE(title.size(), 1);
    QCOMPARE(title.first().snippet, QStringLiteral("Ferry service cut after storm damage"));
    QCOMPARE(title.first().ranges, (QList<TextRange>{{6, 7}}));
    QCOMPARE(title.first().bodyOffset, -1);
    // A claim: its article, and the body offset of the match.
    const QList<SearchHit> pier = hitsOf(QStringLiteral("pier "), SearchHitKind::Claim);
    QCOMPARE(pier.size(), 1);
    QCOMPARE(pier.first().articleId, m_ferry);
    QCOMPARE(pier.first().articleTitle, QStringLiteral("Ferry service cut after storm damage"));
    const QString body = m_project->article(m_ferry)->body;
    QCOMPARE(body.mid(pier.first().bodyOffset, 4), QStringLiteral("pier"));
    // Ranked: the article whose title says "harbour" comes before the one that mentions it once.
    const QList<SearchHit> harbour = hitsOf(QStringLiteral("harbour "), SearchHitKind::Article);
    QCOMPARE(harbour.size(), 2);
    QCOMPARE(harbour.first().articleId, m_bridge);
    QVERIFY(harbour.first().score <= harbour.last().score);
    QVERIFY(m_project->search(QStringLiteral("harbour"), 1).size() == 1);
    // One kind only: the claims that say "harbour", not the articles (claim links search so).
    const QList<SearchHit> onlyClaims = m_project->search(QStringLiteral("harbour "), 50, SearchHitKind::Claim);
    QCOMPARE(onlyClaims.size(), hitsOf(QStringLiteral("harbour "), SearchHitKind::Claim).size());
    QVERIFY(!onlyClaims.isEmpty());
    QVERIFY(std::all_of(onlyClaims.cbegin(), onlyClaims.cend(),
                        [](const SearchHit &hit) { return hit.kind == SearchHitKind::Claim; }));
}

void SearchTest::prefixAndPhrase()
{
    QVERIFY(finds(QStringLiteral("harb"), SearchHitKind::Article, m_bridge));
    QVERIFY(!finds(QStringLiteral("harb "), SearchHitKind::Article, m_bridge));
    QVERIFY(finds(QStringLiteral("\"northern pier\""), SearchHitKind::Article, m_ferry));
    QVERIFY(!finds(QStringLiteral("\"pier northern\""), SearchHitKind::Article, m_ferry));
    QVERIFY(finds(QStringLiteral("HARBOUR Bridge"), SearchHitKind::Article, m_bridge));
    QVERIFY(m_project->search(QStringLiteral("harbour zzzz ")).isEmpty()); // every term must match
}

void SearchTest::snippetsArePlainTextWithRanges()
{
    const ImportOutcome hostile = m_project->importBytes(Hostile, QStringLiteral("hostile.txt"));
    QVERIFY2(hostile.ok(), qPrintable(hostile.error));
    const QList<SearchHit> hits = hitsOf(QStringLiteral("zeppelin report"), SearchHitKind::Claim);
    QCOMPARE(hits.size(), 1);
    const SearchHit &hit = hits.first();
    QVERIFY2(hit.snippet.contains(QStringLiteral("<b>%1</b> and %s")), qPrintable(hit.snippet));
    QCOMPARE(hit.ranges.size(), 2);
    QCOMPARE(hit.snippet.mid(hit.ranges.at(0).start, hit.ranges.at(0).length), QStringLiteral("zeppelin"));
    QCOMPARE(hit.snippet.mid(hit.ranges.at(1).start, hit.ranges.at(1).length), QStringLiteral("report"));
    for (const QChar c : hit.snippet) {
        QVERIFY2(c.category() != QChar::Other_Control && c.unicode() != 0x202e, "a control character in a snippet");
    }
    // A long body: the snippet is cut around the match, with "…" where text was left out and ranges that follow.
    const QString text =
        QStringLiteral("word ").repeated(100) + QStringLiteral("Zéppelin ") + QStringLiteral("word ").repeated(100);
    const Snippet snippet = makeSnippet(text, findMatches(text, SearchQuery::parse(QStringLiteral("zeppelin "))));
    QVERIFY(snippet.text.startsWith(QChar(0x2026)) && snippet.text.endsWith(QChar(0x2026)));
    QVERIFY(snippet.text.size() <= 170);
    QCOMPARE(snippet.ranges.size(), 1);
    QCOMPARE(snippet.text.mid(snippet.ranges.first().start, snippet.ranges.first().length), QStringLiteral("Zéppelin"));
}

void SearchTest::noteChangeFollowsUndoRedo()
{
    const QList<SearchHit> hits = hitsOf(QStringLiteral("pier "), SearchHitKind::Claim);
    QCOMPARE(hits.size(), 1);
    const Claim pier = *m_project->claim(hits.first().claimId);
    QVERIFY(m_project->setNote(pier.id, QStringLiteral("Harbour master confirmed by phone: quaywall cracked")));
    QVERIFY(finds(QStringLiteral("quaywall"), SearchHitKind::Note, pier.id));
    verifyIndexFollowsTables();
    QVERIFY(m_project->setNote(pier.id, QStringLiteral("Checked again: seawall")));
    QVERIFY(!finds(QStringLiteral("quaywall"), SearchHitKind::Note, pier.id));
    QVERIFY(finds(QStringLiteral("seawall"), SearchHitKind::Note, pier.id));
    m_project->undoStack()->undo();
    QVERIFY(finds(QStringLiteral("quaywall"), SearchHitKind::Note, pier.id));
    QVERIFY(!finds(QStringLiteral("seawall"), SearchHitKind::Note, pier.id));
    m_project->undoStack()->undo();
    QVERIFY(hitsOf(QStringLiteral("quaywall"), SearchHitKind::Note).isEmpty());
    verifyIndexFollowsTables();
    m_project->undoStack()->redo();
    m_project->undoStack()->redo();
    QVERIFY(finds(QStringLiteral("seawall"), SearchHitKind::Note, pier.id));
    verifyIndexFollowsTables();
}

void SearchTest::evidenceFollowsUndoRedo()
{
    const QList<SearchHit> hits = hitsOf(QStringLiteral("pier "), SearchHitKind::Claim);
    QCOMPARE(hits.size(), 1);
    const Id pier = hits.first().claimId;
    Evidence page;
    page.kind = EvidenceKind::Url;
    page.stance = EvidenceStance::Refuting;
    page.url = QStringLiteral("https://harbour.example/notices/quaywall-survey");
    page.title = QStringLiteral("Harbour notice 14");
    page.note = QStringLiteral("says the breakwater held");
    const auto id = m_project->addEvidence(pier, page);
    QVERIFY2(id, qPrintable(m_project->lastError()));
    // Found by its title, its address and its comment; the hit leads to the claim.
    QVERIFY(finds(QStringLiteral("notice 14"), SearchHitKind::Evidence, pier));
    QVERIFY(finds(QStringLiteral("quaywall"), SearchHitKind::Evidence, pier));
    QVERIFY(finds(QStringLiteral("breakwater"), SearchHitKind::Evidence, pier));
    const SearchHit hit = hitsOf(QStringLiteral("breakwater"), SearchHitKind::Evidence).first();
    QCOMPARE(hit.articleId, m_project->claim(pier)->articleId);
    QCOMPARE(hit.bodyOffset, m_project->claim(pier)->start);
    verifyIndexFollowsTables();
    Evidence changed = *m_project->evidenceItem(*id);
    changed.note = QStringLiteral("the survey found the seawall cracked");
    QVERIFY(m_project->updateEvidence(changed));
    QVERIFY(!finds(QStringLiteral("breakwater"), SearchHitKind::Evidence, pier));
    QVERIFY(finds(QStringLiteral("seawall"), SearchHitKind::Evidence, pier));
    m_project->undoStack()->undo();
    QVERIFY(finds(QStringLiteral("breakwater"), SearchHitKind::Evidence, pier));
    m_project->undoStack()->undo();
    QVERIFY(hitsOf(QStringLiteral("breakwater"), SearchHitKind::Evidence).isEmpty());
    verifyIndexFollowsTables();
    m_project->undoStack()->redo();
    m_project->undoStack()->redo();
    QVERIFY(finds(QStringLiteral("seawall"), SearchHitKind::Evidence, pier));
    // Removing the claim takes its evidence out of the index (a foreign-key cascade); undo puts it back.
    QVERIFY(m_project->removeClaims({pier}));
    QVERIFY(hitsOf(QStringLiteral("seawall"), SearchHitKind::Evidence).isEmpty());
    verifyIndexFollowsTables();
    m_project->undoStack()->undo();
    QVERIFY(finds(QStringLiteral("seawall"), SearchHitKind::Evidence, pier));
    verifyIndexFollowsTables();
}

void SearchTest::claimEditsFollowUndoRedo()
{
    const auto claimWith = [this](const QString &opening) {
        for (const Claim &c : m_project->claims(m_ferry)) {
            if (c.text.startsWith(opening)) {
                return c;
            }
        }
        return Claim();
    };
    QUndoStack *stack = m_project->undoStack();
    // Split: both parts are found by their own text; the whole sentence is no longer one claim.
    const Claim repairs = claimWith(QStringLiteral("Repairs are"));
    QVERIFY(m_project->setNote(repairs.id, QStringLiteral("budget line 14")));
    const Claim council = claimWith(QStringLiteral("The council"));
    QVERIFY(repairs.id && council.id);
    QVERIFY(m_project->mergeWithNext(repairs.id));
    QVERIFY(finds(QStringLiteral("\"million euros. The council\""), SearchHitKind::Claim, repairs.id));
    QVERIFY(!finds(QStringLiteral("council "), SearchHitKind::Claim, council.id));
    verifyIndexFollowsTables();
    const int at = int(m_project->article(m_ferry)->body.indexOf(QStringLiteral("The council")));
    QVERIFY(m_project->splitClaim(repairs.id, at));
    QVERIFY(!finds(QStringLiteral("\"million euros. The council\""), SearchHitKind::Claim, repairs.id));
    verifyIndexFollowsTables();
    // Remove, add back from the text, adjust.
    const Claim islanders = claimWith(QStringLiteral("Islanders"));
    QVERIFY(m_project->removeClaims({islanders.id}));
    QVERIFY(!finds(QStringLiteral("islanders"), SearchHitKind::Claim, islanders.id));
    verifyIndexFollowsTables();
    const QString body = m_project->article(m_ferry)->body;
    const int start = int(body.indexOf(QStringLiteral("Islanders")));
    QVERIFY(m_project->addClaim(m_ferry, start, start + int(QStringLiteral("Islanders said").size())));
    QCOMPARE(hitsOf(QStringLiteral("islanders"), SearchHitKind::Claim).size(), 1);
    verifyIndexFollowsTables();
    // Every step undone, then redone: the index follows each time.
    const int steps = stack->count();
    for (int i = 0; i < steps; ++i) {
        stack->undo();
        verifyIndexFollowsTables();
    }
    QVERIFY(finds(QStringLiteral("islanders"), SearchHitKind::Claim, islanders.id));
    QVERIFY(finds(QStringLiteral("council "), SearchHitKind::Claim, council.id));
    QVERIFY(hitsOf(QStringLiteral("budget"), SearchHitKind::Note).isEmpty());
    for (int i = 0; i < steps; ++i) {
        stack->redo();
        verifyIndexFollowsTables();
    }
    QVERIFY(!finds(QStringLiteral("islanders"), SearchHitKind::Claim, islanders.id));
}

void SearchTest::articleRemovalAndUndo()
{
    QVERIFY(m_project->setNote(m_project->claims(m_ferry).first().id, QStringLiteral("lighthouse")));
    QVERIFY(m_project->removeArticle(m_ferry));
    QVERIFY(hitsOf(QStringLiteral("ferry "), SearchHitKind::Article).isEmpty());
    QVERIFY(hitsOf(QStringLiteral("ferry "), SearchHitKind::Claim).isEmpty());
    QVERIFY(hitsOf(QStringLiteral("lighthouse"), SearchHitKind::Note).isEmpty());
    verifyIndexFollowsTables();
    m_project->undoStack()->undo();
    QVERIFY(finds(QStringLiteral("ferry "), SearchHitKind::Article, m_ferry));
    QCOMPARE(hitsOf(QStringLiteral("lighthouse"), SearchHitKind::Note).size(), 1);
    verifyIndexFollowsTables();
    m_project->undoStack()->redo();
    QVERIFY(hitsOf(QStringLiteral("ferry "), SearchHitKind::Article).isEmpty());
    verifyIndexFollowsTables();
}

void SearchTest::bodyTrimAndReextract()
{
    const QString body = m_project->article(m_ferry)->body;
    const int cut = int(body.indexOf(QStringLiteral("Islanders")));
    QVERIFY(cut > 0);
    QVERIFY(m_project->applyBodyChange(m_project->planTrim(m_ferry, 0, cut)));
    QVERIFY(!finds(QStringLiteral("mainland"), SearchHitKind::Article, m_ferry));
    QVERIFY(finds(QStringLiteral("pier "), SearchHitKind::Article, m_ferry));
    verifyIndexFollowsTables();
    m_project->undoStack()->undo();
    QVERIFY(finds(QStringLiteral("mainland"), SearchHitKind::Article, m_ferry));
    verifyIndexFollowsTables();
    m_project->undoStack()->redo();
    QVERIFY(!finds(QStringLiteral("mainland"), SearchHitKind::Article, m_ferry));
    const BodyChange reextract = m_project->planReextract(m_ferry);
    QVERIFY2(reextract.ok(), qPrintable(reextract.error));
    QVERIFY(m_project->applyBodyChange(reextract));
    verifyIndexFollowsTables();
    m_project->undoStack()->undo();
    verifyIndexFollowsTables();
}

void SearchTest::importOnAnotherConnection()
{
    // The import thread writes through a connection of its own: the triggers are the file's, so they fire there too.
    {
        Database other;
        QVERIFY(other.open(m_path, {OpenMode::Existing, false, false}));
        const ImportOutcome hostile = Importer(other).importBytes(Hostile, QStringLiteral("hostile.txt"));
        QVERIFY2(hostile.ok(), qPrintable(hostile.error));
    }
    QCOMPARE(hitsOf(QStringLiteral("zeppelin"), SearchHitKind::Article).size(), 1);
    verifyIndexFollowsTables();
}

void SearchTest::importJobIndexesEachBatchInBulk()
{
    // The window's import writes a batch's index in one statement per kind (SearchIndex::beginBulkInsert()): every
    // article and claim stored is in the index afterwards, a file that fails within the batch leaves nothing, and
    // the triggers are back for what comes next.
    QStringList files;
    for (int i = 0; i < 6; ++i) {
        const QString file = m_dir.filePath(QStringLiteral("bulk-%1.txt").arg(i));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("Quarry report %1\n\nThe quarry at Elmsworth shipped %1 tonnes of granite in May."
                                 " Inspectors counted %1 lorries on the causeway.\n")
                      .arg(i * 7 + 11)
                      .toUtf8());
        files.append(file);
    }
    files.insert(3, m_dir.filePath(QStringLiteral("missing.txt"))); // cannot be read
    files.insert(4, files.at(1));                                   // a duplicate of an earlier file
    ImportJob job(m_path, files);
    QList<ImportOutcome> outcomes;
    connect(&job, &ImportJob::finished, this, [&outcomes](const QList<ImportOutcome> &done) { outcomes = done; });
    job.run();
    QCOMPARE(outcomes.size(), 8);
    int stored = 0;
    for (const ImportOutcome &outcome : std::as_const(outcomes)) {
        stored += outcome.ok() ? 1 : 0;
    }
    QCOMPARE(stored, 6);
    QCOMPARE(hitsOf(QStringLiteral("granite"), SearchHitKind::Article).size(), 6);
    QCOMPARE(hitsOf(QStringLiteral("causeway"), SearchHitKind::Claim).size(), 6);
    QVERIFY(SearchIndex(db()).isCurrent());
    verifyIndexFollowsTables();
    // The triggers index what comes after the import.
    const Claim claim = m_project->claims(outcomes.first().articleId.value()).first();
    QVERIFY(m_project->setNote(claim.id, QStringLiteral("weighbridge")));
    QCOMPARE(hitsOf(QStringLiteral("weighbridge"), SearchHitKind::Note).size(), 1);
    verifyIndexFollowsTables();
}

void SearchTest::bulkInsertRolledBackKeepsTheTriggers()
{
    {
        Transaction tx(db());
        QVERIFY(tx.isActive());
        SearchIndex index(db());
        const auto bulk = index.beginBulkInsert();
        QVERIFY(bulk.has_value());
        QVERIFY(!index.isCurrent()); // inside the transaction, the insert triggers are gone
        const ImportOutcome inside = Importer(db()).importBytes(Hostile, QStringLiteral("hostile.txt"));
        QVERIFY2(inside.ok(), qPrintable(inside.error));
        // Not committed: the transaction rolls back, the article with it, and the triggers come back.
    }
    QVERIFY(SearchIndex(db()).isCurrent());
    QCOMPARE(hitsOf(QStringLiteral("zeppelin"), SearchHitKind::Article).size(), 0);
    const ImportOutcome after = Importer(db()).importBytes(Hostile, QStringLiteral("hostile.txt"));
    QVERIFY2(after.ok(), qPrintable(after.error));
    QCOMPARE(hitsOf(QStringLiteral("zeppelin"), SearchHitKind::Article).size(), 1);
    verifyIndexFollowsTables();
}

void SearchTest::reopenedIndexIsIntact()
{
    QVERIFY(m_project->setNote(m_project->claims(m_bridge).first().id, QStringLiteral("lighthouse")));
    m_project->close();
    m_project = std::make_unique<Project>();
    QVERIFY(m_project->open(m_path, {OpenMode::Existing}));
    QVERIFY(SearchIndex(db()).isCurrent());
    QVERIFY(db().scalar(QStringLiteral("SELECT count(*) FROM search_meta")).toInt() == 1); // not rebuilt twice
    QVERIFY(finds(QStringLiteral("harbour"), SearchHitKind::Article, m_bridge));
    QCOMPARE(hitsOf(QStringLiteral("lighthouse"), SearchHitKind::Note).size(), 1);
    verifyIndexFollowsTables();
    QCOMPARE(db().integrityCheck(), QStringLiteral("ok"));
}

void SearchTest::missingOrOldIndexIsBuiltAtOpen_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("no index (an older Credence)") << QString();
    QTest::newRow("an older index version") << QStringLiteral("UPDATE search_meta SET value = '0'");
    QTest::newRow("a trigger gone (a table rebuilt by a migration)")
        << QStringLiteral("DROP TRIGGER search_claims_update");
}

void SearchTest::missingOrOldIndexIsBuiltAtOpen()
{
    QFETCH(QString, damage);
    if (damage.isEmpty()) {
        QVERIFY(SearchIndex(db()).remove());
    } else {
        QVERIFY(db().exec(damage).isActive());
    }
    QVERIFY(!SearchIndex(db()).isCurrent());
    // Written while the index is incomplete: a rebuild must pick it up.
    const Claim first = m_project->claims(m_bridge).first();
    QVERIFY(m_project->writeNote(first.id, QStringLiteral("lighthouse")));
    m_project->close();
    m_project = std::make_unique<Project>();
    QVERIFY(m_project->open(m_path, {OpenMode::Existing}));
    QVERIFY(SearchIndex(db()).isCurrent());
    QVERIFY(finds(QStringLiteral("lighthouse"), SearchHitKind::Note, first.id));
    verifyIndexFollowsTables();
}

void SearchTest::readOnlyProjectWithoutIndexSearches()
{
    QVERIFY(SearchIndex(db()).remove());
    m_project->close();
    m_project = std::make_unique<Project>();
    QVERIFY(m_project->open(m_path, {OpenMode::Existing, true}));
    QVERIFY(m_project->isReadOnly());
    QVERIFY(!SearchIndex(db()).isCurrent()); // nothing was written to the file
    QVERIFY(finds(QStringLiteral("harbour"), SearchHitKind::Article, m_bridge));
    QCOMPARE(hitsOf(QStringLiteral("pier"), SearchHitKind::Claim).size(), 1);
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM main.sqlite_master WHERE name LIKE 'search%'")).toInt(),
             0);
}

QTEST_GUILESS_MAIN(SearchTest)
#include "search_test.moc"
