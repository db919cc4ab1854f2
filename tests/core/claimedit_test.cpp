// Every undoable change of claims, down to the database: each is checked through a second connection after it is
// made, undone (every table exactly as before: ids, states, notes, history, dismissed units, anchors) and redone
// (exactly as after, same ids), twice; refusals change nothing and push nothing; a long random chain of edits undoes
// back to the start and redoes to the end.

#include "claims/anchor.h"
#include "project/project.h"
#include "projectdump.h"
#include "projectfiles.h"
#include "projecttestaccess.h"
#include "storage/claimrepository.h"
#include "storage/database.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Credence::Core;
using Credence::Test::dumpTables;
using Credence::Test::firstDifference;

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

/// A claim read through a connection of its own.
std::optional<Claim> storedClaim(const QString &path, Id claimId)
{
    Database db;
    return db.open(path, {OpenMode::Existing, false, false}) ? ClaimRepository(db).get(claimId) : std::nullopt;
}

QList<VerdictChange> storedHistory(const QString &path, Id claimId)
{
    Database db;
    return db.open(path, {OpenMode::Existing, false, false}) ? ClaimRepository(db).history(claimId)
                                                             : QList<VerdictChange>();
}

QStringList storedDismissed(const QString &path, Id articleId)
{
    Database db;
    return db.open(path, {OpenMode::Existing, false, false}) ? ClaimRepository(db).dismissed(articleId) : QStringList();
}

int storedCount(const QString &path, const QString &sql)
{
    Database db;
    return db.open(path, {OpenMode::Existing, false, false}) ? db.scalar(sql).toInt() : -1;
}

/// Runs @p sql on the file through a connection of its own (a trigger that makes writes fail, for instance).
bool execOnFile(const QString &path, const QString &sql)
{
    Database db;
    return db.open(path, {OpenMode::Existing, false, false}) && db.exec(sql).isActive();
}

enum class Edit
{
    Add,
    Split,
    Merge,
    Adjust,
    Remove,
    RemoveArticle,
    SetVerdict,
    SetNote,
};

} // namespace

Q_DECLARE_METATYPE(Edit)

class ClaimEditTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void addClaim();
    void splitClaim();
    void mergeRules_data();
    void mergeRules();
    void adjustClaim();
    void removeClaims();
    void removeArticle();
    void setVerdictOnSeveralClaims();
    void setNote();
    void refusals_data();
    void refusals();
    void orphanedClaimsAreRefused();
    void readOnlyProjectRefusesEverything();
    void failedWriteChangesNothing_data();
    void failedWriteChangesNothing();
    void longChainUndoesToTheStart();
    void idsAreNeverGivenTwice();

private:
    Claim claimStartingWith(const QString &opening, Id articleId = 0);
    /// After one successful edit: the database changed, and undo/redo twice give exactly @p before and the state
    /// right after the edit.
    void verifyUndoRedo(const QStringList &before, int stackBefore);
    QStringList dump() const { return dumpTables(m_path); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    Id m_ferry = 0;
    Id m_bridge = 0;
};

void ClaimEditTest::init()
{
    static int round = 0;
    m_path = m_dir.filePath(QStringLiteral("edit-%1.credence").arg(++round));
    m_project = std::make_unique<Project>();
    QVERIFY2(m_project->open(m_path), qPrintable(m_project->lastError()));
    const ImportOutcome ferry = m_project->importBytes(Ferry, QStringLiteral("ferry.txt"));
    QVERIFY2(ferry.ok(), qPrintable(ferry.error));
    const ImportOutcome bridge = m_project->importBytes(Bridge, QStringLiteral("bridge.txt"));
    QVERIFY2(bridge.ok(), qPrintable(bridge.error));
    m_ferry = *ferry.articleId;
    m_bridge = *bridge.articleId;
    QCOMPARE(m_project->claims(m_ferry).size(), 6);
    QCOMPARE(m_project->claims(m_bridge).size(), 3);
}

void ClaimEditTest::cleanup()
{
    m_project.reset();
}

Claim ClaimEditTest::claimStartingWith(const QString &opening, Id articleId)
{
    for (const Claim &c : m_project->claims(articleId ? articleId : m_ferry)) {
        if (c.text.startsWith(opening)) {
            return c;
        }
    }
    return {};
}

void ClaimEditTest::verifyUndoRedo(const QStringList &before, int stackBefore)
{
    QUndoStack *stack = m_project->undoStack();
    QCOMPARE(stack->count(), stackBefore + 1);
    const QStringList after = dump();
    QVERIFY(after != before);
    for (int round = 0; round < 2; ++round) {
        stack->undo();
        const QStringList undone = dump();
        QVERIFY2(undone == before, qPrintable(QStringLiteral("undo: ") + firstDifference(undone, before)));
        stack->redo();
        const QStringList redone = dump();
        QVERIFY2(redone == after, qPrintable(QStringLiteral("redo: ") + firstDifference(redone, after)));
    }
    QCOMPARE(stack->count(), stackBefore + 1);
}

void ClaimEditTest::addClaim()
{
    const Claim islanders = claimStartingWith(QStringLiteral("Islanders said"));
    QVERIFY(m_project->removeClaims({islanders.id}));
    QCOMPARE(storedDismissed(m_path, m_ferry), QStringList{islanders.text});
    const QString body = m_project->article(m_ferry)->body;
    // A selection with the white space around the sentence: the claim is the sentence alone.
    int from = islanders.start;
    while (from > 0 && body.at(from - 1).isSpace()) {
        --from;
    }
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY(m_project->addClaim(m_ferry, from, islanders.end + 1));

    QList<Claim> added;
    for (const Claim &c : m_project->claims(m_ferry)) {
        if (c.origin == ClaimOrigin::User) {
            added.append(c);
        }
    }
    QCOMPARE(added.size(), 1);
    const auto stored = storedClaim(m_path, added.first().id);
    QVERIFY(stored);
    QCOMPARE(stored->text, islanders.text);
    QCOMPARE(stored->start, islanders.start);
    QCOMPARE(stored->end, islanders.end);
    QCOMPARE(stored->prefix, islanders.prefix);
    QCOMPARE(stored->suffix, islanders.suffix);
    QCOMPARE(stored->verdict, Verdict::NotChecked);
    QCOMPARE(stored->origin, ClaimOrigin::User);
    QVERIFY(!stored->orphaned);
    // Adding a unit the user had removed takes it off the list of removed units.
    QVERIFY(storedDismissed(m_path, m_ferry).isEmpty());
    verifyUndoRedo(before, count);
    QCOMPARE(storedClaim(m_path, added.first().id)->text, islanders.text); // redone under the same id
}

void ClaimEditTest::splitClaim()
{
    const Claim ferry = claimStartingWith(QStringLiteral("The island ferry"));
    QVERIFY(m_project->setVerdict({ferry.id}, Verdict::Corroborated));
    QVERIFY(m_project->setNote(ferry.id, QStringLiteral("Timetable on the operator's site")));
    const int at = ferry.start + int(ferry.text.indexOf(QStringLiteral("the operator")));
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY(m_project->splitClaim(ferry.id, at));

    const QString body = m_project->article(m_ferry)->body;
    const auto first = storedClaim(m_path, ferry.id);
    QVERIFY(first);
    QCOMPARE(first->text, QStringLiteral("The island ferry will run twice a day instead of six times until March,"));
    QCOMPARE(first->verdict, Verdict::Corroborated);
    QCOMPARE(first->note, QStringLiteral("Timetable on the operator's site"));
    QCOMPARE(first->origin, ClaimOrigin::User);
    QCOMPARE(storedHistory(m_path, ferry.id).size(), 1);
    const Claim second = claimStartingWith(QStringLiteral("the operator said"));
    QVERIFY(second.id != 0 && second.id != ferry.id);
    const auto secondStored = storedClaim(m_path, second.id);
    QCOMPARE(secondStored->text, QStringLiteral("the operator said on Monday."));
    QCOMPARE(secondStored->start, at);
    QCOMPARE(secondStored->verdict, Verdict::NotChecked);
    QVERIFY(secondStored->note.isEmpty());
    QVERIFY(storedHistory(m_path, second.id).isEmpty());
    // Both parts anchored afresh: their quotes are what the body holds around them.
    for (const Claim &part : {*first, *secondStored}) {
        Claim expected = part;
        anchorClaim(expected, body);
        QCOMPARE(part.text, expected.text);
        QCOMPARE(part.prefix, expected.prefix);
        QCOMPARE(part.suffix, expected.suffix);
    }
    verifyUndoRedo(before, count);
}

void ClaimEditTest::mergeRules_data()
{
    QTest::addColumn<Verdict>("first");
    QTest::addColumn<QString>("firstNote");
    QTest::addColumn<Verdict>("second");
    QTest::addColumn<QString>("secondNote");
    QTest::addColumn<Verdict>("merged");
    QTest::addColumn<QString>("mergedNote");

    constexpr auto U = Verdict::NotChecked;
    constexpr auto C = Verdict::Corroborated;
    constexpr auto X = Verdict::Contradicted;
    constexpr auto V = Verdict::Unverifiable;
    const QString a = QStringLiteral("pier photos");
    const QString b = QStringLiteral("council budget");
    const QString none;
    QTest::newRow("both not checked") << U << none << U << none << U << none;
    QTest::newRow("equal states stay") << C << a << C << none << C << a;
    QTest::newRow("equal unverifiable") << V << none << V << b << V << b;
    QTest::newRow("first not checked gives the second") << U << none << X << b << X << b;
    QTest::newRow("second not checked gives the first") << V << a << U << none << V << a;
    QTest::newRow("conflict gives not checked") << C << a << X << b << U << (a + QLatin1Char('\n') + b);
    QTest::newRow("unverifiable against corroborated") << V << none << C << none << U << none;
}

void ClaimEditTest::mergeRules()
{
    QFETCH(Verdict, first);
    QFETCH(QString, firstNote);
    QFETCH(Verdict, second);
    QFETCH(QString, secondNote);
    QFETCH(Verdict, merged);
    QFETCH(QString, mergedNote);

    const Claim storm = claimStartingWith(QStringLiteral("Storm waves"));
    const Claim repairs = claimStartingWith(QStringLiteral("Repairs are"));
    QVERIFY(m_project->setVerdict({storm.id}, first));
    QVERIFY(m_project->setNote(storm.id, firstNote));
    // The claim merged away always has a history, which must go with it and come back on undo.
    QVERIFY(m_project->setVerdict({repairs.id},
                                  second == Verdict::Contradicted ? Verdict::Corroborated : Verdict::Contradicted));
    QVERIFY(m_project->setVerdict({repairs.id}, second));
    QVERIFY(m_project->setNote(repairs.id, secondNote));
    const qsizetype absorbedHistory = storedHistory(m_path, repairs.id).size();
    QVERIFY(absorbedHistory >= 1);
    const qsizetype keptHistory = storedHistory(m_path, storm.id).size();

    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY(m_project->mergeWithNext(storm.id));

    const QString body = m_project->article(m_ferry)->body;
    const auto stored = storedClaim(m_path, storm.id);
    QVERIFY(stored);
    QCOMPARE(stored->verdict, merged);
    QCOMPARE(stored->note, mergedNote);
    QCOMPARE(stored->start, storm.start);
    QCOMPARE(stored->end, repairs.end);
    QCOMPARE(stored->text, body.mid(storm.start, repairs.end - storm.start));
    QCOMPARE(stored->origin, ClaimOrigin::User);
    QVERIFY(!storedClaim(m_path, repairs.id));
    QCOMPARE(storedHistory(m_path, storm.id).size(), keptHistory);
    QCOMPARE(
        storedCount(m_path, QStringLiteral("SELECT count(*) FROM verdict_history WHERE claim_id = %1").arg(repairs.id)),
        0);
    QCOMPARE(m_project->claims(m_ferry).size(), 5);

    verifyUndoRedo(before, count);
    m_project->undoStack()->undo();
    QCOMPARE(storedHistory(m_path, repairs.id).size(), absorbedHistory);
    QCOMPARE(storedClaim(m_path, repairs.id)->verdict, second);
}

void ClaimEditTest::adjustClaim()
{
    const Claim islanders = claimStartingWith(QStringLiteral("Islanders said"));
    QVERIFY(m_project->setVerdict({islanders.id}, Verdict::Contradicted));
    const int from = islanders.start + int(islanders.text.indexOf(QStringLiteral("the cut")));
    const int to = islanders.start + int(islanders.text.indexOf(QStringLiteral(" and schools")));
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY(m_project->adjustClaim(islanders.id, from - 1, to + 1)); // white space at both ends is left out

    const auto stored = storedClaim(m_path, islanders.id);
    QVERIFY(stored);
    QCOMPARE(stored->text, QStringLiteral("the cut would hurt shops"));
    QCOMPARE(stored->start, from);
    QCOMPARE(stored->end, to);
    QCOMPARE(stored->verdict, Verdict::Contradicted);
    QCOMPARE(stored->origin, ClaimOrigin::User);
    const QString body = m_project->article(m_ferry)->body;
    QCOMPARE(stored->prefix, body.mid(from - QuoteContext, QuoteContext));
    QCOMPARE(stored->suffix, body.mid(to, QuoteContext));
    verifyUndoRedo(before, count);
}

void ClaimEditTest::removeClaims()
{
    const Claim storm = claimStartingWith(QStringLiteral("Storm waves"));
    const Claim islanders = claimStartingWith(QStringLiteral("Islanders said"));
    QVERIFY(m_project->setVerdict({storm.id, islanders.id}, Verdict::Corroborated));
    QVERIFY(m_project->setNote(islanders.id, QStringLiteral("two shop owners")));
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY(m_project->removeClaims({storm.id, islanders.id}));

    QVERIFY(!storedClaim(m_path, storm.id));
    QVERIFY(!storedClaim(m_path, islanders.id));
    QCOMPARE(storedCount(m_path, QStringLiteral("SELECT count(*) FROM verdict_history")), 0);
    QCOMPARE(storedDismissed(m_path, m_ferry), (QStringList{storm.text, islanders.text}));
    QCOMPARE(m_project->claims(m_ferry).size(), 4);
    verifyUndoRedo(before, count);

    // Removed units stay removed: re-extraction does not bring them back.
    const BodyChange plan = m_project->planReextract(m_ferry);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    for (const Claim &c : plan.claims) {
        QVERIFY2(c.text != storm.text && c.text != islanders.text, qPrintable(c.text));
    }
    QVERIFY(m_project->applyBodyChange(plan));
    QCOMPARE(m_project->claims(m_ferry).size(), 4);
}

void ClaimEditTest::removeArticle()
{
    // The ferry's source was stored first: it is not the last row of its table.
    const Claim storm = claimStartingWith(QStringLiteral("Storm waves"));
    QVERIFY(m_project->setVerdict({storm.id}, Verdict::Contradicted));
    QVERIFY(m_project->setNote(storm.id, QStringLiteral("the harbour master denies it")));
    QVERIFY(m_project->removeClaims({claimStartingWith(QStringLiteral("Islanders said")).id}));
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY(m_project->removeArticle(m_ferry));

    QVERIFY(!m_project->article(m_ferry));
    QCOMPARE(storedCount(m_path, QStringLiteral("SELECT count(*) FROM articles")), 1);
    QCOMPARE(storedCount(m_path, QStringLiteral("SELECT count(*) FROM claims")), 3);
    QCOMPARE(storedCount(m_path, QStringLiteral("SELECT count(*) FROM verdict_history")), 0);
    QCOMPARE(storedCount(m_path, QStringLiteral("SELECT count(*) FROM dismissed_units")), 0);
    QCOMPARE(storedCount(m_path, QStringLiteral("SELECT count(*) FROM sources")), 1);
    verifyUndoRedo(before, count);
    m_project->undoStack()->undo();
    QCOMPARE(storedClaim(m_path, storm.id)->note, QStringLiteral("the harbour master denies it"));
}

void ClaimEditTest::setVerdictOnSeveralClaims()
{
    const QList<Claim> claims = m_project->claims(m_ferry);
    QVERIFY(m_project->setVerdict({claims.at(1).id}, Verdict::Corroborated));
    QVERIFY(m_project->setVerdict({claims.at(2).id}, Verdict::Contradicted));
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    const QList<Id> ids{claims.at(0).id, claims.at(1).id, claims.at(2).id, claims.at(3).id};
    QVERIFY(m_project->setVerdict(ids, Verdict::Corroborated));
    for (const Id id : ids) {
        QCOMPARE(storedClaim(m_path, id)->verdict, Verdict::Corroborated);
    }
    // One history entry for each claim that changed; none for the one that already was corroborated.
    QCOMPARE(storedHistory(m_path, claims.at(0).id).size(), 1);
    QCOMPARE(storedHistory(m_path, claims.at(1).id).size(), 1);
    QCOMPARE(storedHistory(m_path, claims.at(2).id).size(), 2);
    verifyUndoRedo(before, count);
    // Claims of two articles in one step.
    const Claim bridge = m_project->claims(m_bridge).first();
    const QStringList beforeBoth = dump();
    QVERIFY(m_project->setVerdict({claims.at(5).id, bridge.id}, Verdict::Unverifiable));
    QCOMPARE(storedClaim(m_path, bridge.id)->verdict, Verdict::Unverifiable);
    verifyUndoRedo(beforeBoth, count + 1);
}

void ClaimEditTest::setNote()
{
    const Claim repairs = claimStartingWith(QStringLiteral("Repairs are"));
    QVERIFY(m_project->setNote(repairs.id, QStringLiteral("first")));
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY(m_project->setNote(repairs.id, QStringLiteral("Budget line 14 says 2.1 million")));
    QCOMPARE(storedClaim(m_path, repairs.id)->note, QStringLiteral("Budget line 14 says 2.1 million"));
    verifyUndoRedo(before, count);
    // Clearing a note is a change like any other.
    const QStringList beforeClear = dump();
    QVERIFY(m_project->setNote(repairs.id, QString()));
    QVERIFY(storedClaim(m_path, repairs.id)->note.isEmpty());
    verifyUndoRedo(beforeClear, count + 1);
}

void ClaimEditTest::refusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("add overlapping a claim") << QStringLiteral("add-overlap");
    QTest::newRow("add an empty selection") << QStringLiteral("add-empty");
    QTest::newRow("add white space only") << QStringLiteral("add-space");
    QTest::newRow("add to a missing article") << QStringLiteral("add-no-article");
    QTest::newRow("split at the claim's start") << QStringLiteral("split-start");
    QTest::newRow("split at the claim's end") << QStringLiteral("split-end");
    QTest::newRow("split outside the claim") << QStringLiteral("split-outside");
    QTest::newRow("split leaving only a full stop") << QStringLiteral("split-stop");
    QTest::newRow("split a missing claim") << QStringLiteral("split-missing");
    QTest::newRow("merge the last claim") << QStringLiteral("merge-last");
    QTest::newRow("merge a missing claim") << QStringLiteral("merge-missing");
    QTest::newRow("adjust over the next claim") << QStringLiteral("adjust-overlap");
    QTest::newRow("adjust to white space") << QStringLiteral("adjust-space");
    QTest::newRow("remove nothing") << QStringLiteral("remove-empty");
    QTest::newRow("remove a missing claim") << QStringLiteral("remove-missing");
    QTest::newRow("remove a missing article") << QStringLiteral("remove-article-missing");
    QTest::newRow("verdict for no claim") << QStringLiteral("verdict-empty");
    QTest::newRow("verdict with a missing claim") << QStringLiteral("verdict-missing");
    QTest::newRow("note of a missing claim") << QStringLiteral("note-missing");
}

void ClaimEditTest::refusals()
{
    QFETCH(QString, what);
    const QList<Claim> claims = m_project->claims(m_ferry);
    const Claim storm = claimStartingWith(QStringLiteral("Storm waves"));
    const Claim last = claims.last();
    QVERIFY(m_project->setVerdict({storm.id}, Verdict::Corroborated));
    const QString body = m_project->article(m_ferry)->body;
    const int gap = storm.end + 1; // the white space after it
    QVERIFY(body.at(gap).isSpace());
    constexpr Id Missing = 999999;

    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    const std::map<QString, std::function<bool()>> edits{
        {QStringLiteral("add-overlap"), [&] { return m_project->addClaim(m_ferry, storm.start + 3, storm.end + 5); }},
        {QStringLiteral("add-empty"), [&] { return m_project->addClaim(m_ferry, storm.start, storm.start); }},
        {QStringLiteral("add-space"), [&] { return m_project->addClaim(m_ferry, storm.end, storm.end + 2); }},
        {QStringLiteral("add-no-article"), [&] { return m_project->addClaim(Missing, 0, 10); }},
        {QStringLiteral("split-start"), [&] { return m_project->splitClaim(storm.id, storm.start); }},
        {QStringLiteral("split-end"), [&] { return m_project->splitClaim(storm.id, storm.end); }},
        {QStringLiteral("split-outside"), [&] { return m_project->splitClaim(storm.id, storm.end + 10); }},
        {QStringLiteral("split-stop"), [&] { return m_project->splitClaim(storm.id, storm.end - 1); }},
        {QStringLiteral("split-missing"), [&] { return m_project->splitClaim(Missing, 3); }},
        {QStringLiteral("merge-last"), [&] { return m_project->mergeWithNext(last.id); }},
        {QStringLiteral("merge-missing"), [&] { return m_project->mergeWithNext(Missing); }},
        {QStringLiteral("adjust-overlap"),
         [&] { return m_project->adjustClaim(storm.id, storm.start, storm.end + 8); }},
        {QStringLiteral("adjust-space"), [&] { return m_project->adjustClaim(storm.id, storm.end, gap + 1); }},
        {QStringLiteral("remove-empty"), [&] { return m_project->removeClaims({}); }},
        {QStringLiteral("remove-missing"), [&] { return m_project->removeClaims({Missing}); }},
        {QStringLiteral("remove-article-missing"), [&] { return m_project->removeArticle(Missing); }},
        {QStringLiteral("verdict-empty"), [&] { return m_project->setVerdict({}, Verdict::Contradicted); }},
        {QStringLiteral("verdict-missing"),
         [&] { return m_project->setVerdict({storm.id, Missing}, Verdict::Contradicted); }},
        {QStringLiteral("note-missing"), [&] { return m_project->setNote(Missing, QStringLiteral("x")); }},
    };
    QVERIFY(edits.count(what) == 1);
    QVERIFY(!edits.at(what)());
    QCOMPARE(m_project->undoStack()->count(), count);
    const QStringList after = dump();
    QVERIFY2(after == before, qPrintable(firstDifference(after, before)));
    if (what != QLatin1String("remove-empty") && what != QLatin1String("verdict-empty")) {
        QVERIFY(!m_project->lastError().isEmpty());
    }
}

void ClaimEditTest::orphanedClaimsAreRefused()
{
    // The last claim is judged, then cut away with its paragraph: it stays, orphaned, after every placed claim.
    const Claim second = claimStartingWith(QStringLiteral("A second ferry"));
    QVERIFY(m_project->setVerdict({second.id}, Verdict::Corroborated));
    const Claim islanders = claimStartingWith(QStringLiteral("Islanders said"));
    const BodyChange trim = m_project->planTrim(m_ferry, 0, islanders.end);
    QVERIFY(trim.ok());
    QVERIFY(m_project->applyBodyChange(trim));
    QVERIFY(storedClaim(m_path, second.id)->orphaned);

    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY(!m_project->splitClaim(second.id, second.start + 5));
    QVERIFY(!m_project->mergeWithNext(second.id));
    // The last claim in the text is not merged with the orphan after it: the orphan is not in the text.
    QVERIFY(!m_project->mergeWithNext(claimStartingWith(QStringLiteral("Islanders said")).id));
    QCOMPARE(m_project->undoStack()->count(), count);
    QVERIFY2(dump() == before, qPrintable(firstDifference(dump(), before)));

    // An orphan can be put back into the text by giving it a place, and that is undoable too.
    const Claim repairs = claimStartingWith(QStringLiteral("Repairs are"));
    QVERIFY(m_project->removeClaims({repairs.id}));
    const QStringList beforePlace = dump();
    QVERIFY(m_project->adjustClaim(second.id, repairs.start, repairs.end));
    const auto placed = storedClaim(m_path, second.id);
    QVERIFY(!placed->orphaned);
    QCOMPARE(placed->text, repairs.text);
    QCOMPARE(placed->verdict, Verdict::Corroborated);
    verifyUndoRedo(beforePlace, count + 1);
}

void ClaimEditTest::readOnlyProjectRefusesEverything()
{
    const Claim storm = claimStartingWith(QStringLiteral("Storm waves"));
    QVERIFY(m_project->setVerdict({storm.id}, Verdict::Corroborated));
    m_project->close();
    const QByteArray checksum = Credence::Test::sha256(m_path);
    const QStringList before = dump();
    QVERIFY(m_project->open(m_path, {OpenMode::Existing, true}));
    QVERIFY(m_project->isReadOnly());

    QVERIFY(!m_project->addClaim(m_ferry, 0, 5));
    QVERIFY(!m_project->splitClaim(storm.id, storm.start + 6));
    QVERIFY(!m_project->mergeWithNext(storm.id));
    QVERIFY(!m_project->adjustClaim(storm.id, storm.start, storm.end - 6));
    QVERIFY(!m_project->removeClaims({storm.id}));
    QVERIFY(!m_project->removeArticle(m_ferry));
    QVERIFY(!m_project->setVerdict({storm.id}, Verdict::Contradicted));
    QVERIFY(!m_project->setNote(storm.id, QStringLiteral("no")));
    QVERIFY(!m_project->applyBodyChange(m_project->planTrim(m_ferry, storm.start, storm.end)));
    QVERIFY(m_project->lastError().contains(QStringLiteral("read-only")));
    QCOMPARE(m_project->undoStack()->count(), 0);
    m_project->close();
    QCOMPARE(Credence::Test::sha256(m_path), checksum);
    QCOMPARE(dump(), before);
}

void ClaimEditTest::failedWriteChangesNothing_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("add") << Edit::Add;
    QTest::newRow("split") << Edit::Split;
    QTest::newRow("merge") << Edit::Merge;
    QTest::newRow("adjust") << Edit::Adjust;
    QTest::newRow("remove") << Edit::Remove;
    QTest::newRow("remove article") << Edit::RemoveArticle;
    QTest::newRow("verdict of several claims") << Edit::SetVerdict;
    QTest::newRow("note") << Edit::SetNote;
}

void ClaimEditTest::failedWriteChangesNothing()
{
    QFETCH(Edit, edit);
    const QList<Claim> claims = m_project->claims(m_ferry);
    // Every change touches the ferry's last claim, or its article, last: a trigger refuses that write, so the whole
    // change must be rolled back, not stored in part.
    QVERIFY(m_project->setVerdict({claims.at(1).id}, Verdict::Corroborated));
    if (edit == Edit::Add) {
        QVERIFY(m_project->removeClaims({claims.at(1).id}));
        m_project->undoStack()->clear();
    }
    const Id victim = claims.at(5).id;
    for (const QString &sql :
         {QStringLiteral("CREATE TRIGGER fail_update BEFORE UPDATE ON claims WHEN OLD.id = %1 OR NEW.note = 'note'"
                         " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
              .arg(victim),
          QStringLiteral("CREATE TRIGGER fail_insert BEFORE INSERT ON claims WHEN NEW.id = %1 OR NEW.origin = 1"
                         " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
              .arg(victim),
          QStringLiteral("CREATE TRIGGER fail_delete BEFORE DELETE ON articles"
                         " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")}) {
        QVERIFY(execOnFile(m_path, sql));
    }
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    const Claim c = m_project->claims(m_ferry).at(1);
    bool ok = false;
    switch (edit) {
    case Edit::Add:
        ok = m_project->addClaim(m_ferry, claims.at(1).start, claims.at(1).end);
        break;
    case Edit::Split:
        ok = m_project->splitClaim(c.id, c.start + int(c.text.indexOf(QLatin1Char(' '))) + 1);
        break;
    case Edit::Merge:
        ok = m_project->mergeWithNext(c.id);
        break;
    case Edit::Adjust:
        ok = m_project->adjustClaim(c.id, c.start, c.end - 6);
        break;
    case Edit::Remove:
        ok = m_project->removeClaims({c.id, m_project->claims(m_ferry).at(3).id});
        break;
    case Edit::RemoveArticle:
        ok = m_project->removeArticle(m_ferry);
        break;
    case Edit::SetVerdict:
        ok = m_project->setVerdict({claims.at(0).id, c.id, victim}, Verdict::Contradicted);
        break;
    case Edit::SetNote:
        ok = m_project->setNote(c.id, QStringLiteral("note"));
        break;
    }
    QVERIFY(!ok);
    QVERIFY2(m_project->lastError().contains(QStringLiteral("refused by the test")),
             qPrintable(m_project->lastError()));
    QCOMPARE(m_project->undoStack()->count(), count);
    const QStringList after = dump();
    QVERIFY2(after == before, qPrintable(firstDifference(after, before)));
}

void ClaimEditTest::longChainUndoesToTheStart()
{
    QRandomGenerator random(20260417);
    QUndoStack *stack = m_project->undoStack();
    QList<QStringList> states{dump()};
    QStringList done;
    int attempts = 0;
    while (stack->count() < 30 && ++attempts < 1000) {
        const QList<ArticleSummary> articles = m_project->articles();
        const Id article = articles.at(random.bounded(int(articles.size()))).id;
        const QList<Claim> claims = m_project->claims(article);
        QList<Claim> placed;
        for (const Claim &c : claims) {
            if (!c.orphaned) {
                placed.append(c);
            }
        }
        if (placed.isEmpty()) {
            continue;
        }
        const Claim c = placed.at(random.bounded(int(placed.size())));
        const QString body = m_project->article(article)->body;
        const int count = stack->count();
        const QStringList before = states.last();
        QString name;
        bool ok = false;
        switch (random.bounded(11)) {
        case 0: {
            QList<Id> ids{c.id};
            if (placed.size() > 1) {
                ids.append(placed.at(random.bounded(int(placed.size()))).id);
            }
            name = QStringLiteral("verdict");
            ok = m_project->setVerdict(ids, allVerdicts().at(random.bounded(int(allVerdicts().size()))));
            break;
        }
        case 1:
            name = QStringLiteral("note");
            ok = m_project->setNote(c.id, random.bounded(3) ? QStringLiteral("note %1").arg(attempts) : QString());
            break;
        case 2:
        case 3: {
            const qsizetype space = c.text.indexOf(QLatin1Char(' '), c.text.size() / 2);
            name = QStringLiteral("split");
            ok = space > 0 && m_project->splitClaim(c.id, c.start + int(space) + 1);
            break;
        }
        case 4:
            name = QStringLiteral("merge");
            ok = m_project->mergeWithNext(c.id);
            break;
        case 5: {
            const qsizetype space = c.text.lastIndexOf(QLatin1Char(' '));
            name = QStringLiteral("adjust");
            ok = space > 0 && m_project->adjustClaim(c.id, c.start, c.start + int(space));
            break;
        }
        case 6:
            name = QStringLiteral("remove");
            ok = m_project->removeClaims({c.id});
            break;
        case 7: {
            // A claim over the first stretch of words no claim covers.
            int from = 0;
            int to = -1;
            for (const Claim &p : placed) {
                if (p.start > from && QStringView(body).mid(from, p.start - from).trimmed().size() > 3) {
                    to = p.start;
                    break;
                }
                from = std::max(from, p.end);
            }
            if (to < 0 && QStringView(body).mid(from).trimmed().size() > 3) {
                to = int(body.size());
            }
            name = QStringLiteral("add");
            ok = to > from && m_project->addClaim(article, from, to);
            break;
        }
        case 8: {
            name = QStringLiteral("trim");
            const qsizetype cut = body.lastIndexOf(QLatin1Char('\n'));
            ok = cut > 0 && m_project->applyBodyChange(m_project->planTrim(article, 0, int(cut)));
            break;
        }
        case 9:
            name = QStringLiteral("re-extract");
            ok = m_project->applyBodyChange(m_project->planReextract(article));
            break;
        case 10:
            name = QStringLiteral("remove article");
            ok = articles.size() > 1 && random.bounded(3) == 0 && m_project->removeArticle(article);
            break;
        }
        const QStringList after = dump();
        if (stack->count() == count) {
            // Refused, or nothing to change: then nothing changed.
            QVERIFY2(after == before, qPrintable(name + QStringLiteral(": ") + firstDifference(after, before)));
            continue;
        }
        QVERIFY2(ok, qPrintable(name));
        QCOMPARE(stack->count(), count + 1);
        states.append(after);
        done.append(name);
    }
    QCOMPARE(stack->count(), 30);
    for (int i = 30; i > 0; --i) {
        stack->undo();
        const QStringList now = dump();
        QVERIFY2(now == states.at(i - 1),
                 qPrintable(QStringLiteral("undoing %1 (step %2): ").arg(done.at(i - 1)).arg(i) +
                            firstDifference(now, states.at(i - 1))));
    }
    for (int i = 1; i <= 30; ++i) {
        stack->redo();
        const QStringList now = dump();
        QVERIFY2(now == states.at(i), qPrintable(QStringLiteral("redoing %1 (step %2): ").arg(done.at(i - 1)).arg(i) +
                                                 firstDifference(now, states.at(i))));
    }
    qInfo("edits: %s", qPrintable(done.join(QStringLiteral(", "))));
}

void ClaimEditTest::idsAreNeverGivenTwice()
{
    // The bridge was imported last: its article and claims hold the largest ids. Splitting its first claim puts
    // every claim of the article back, the new part among them.
    const QList<Claim> bridge = m_project->claims(m_bridge);
    const Claim first = bridge.first();
    const int at = first.start + int(first.text.indexOf(QStringLiteral("the city said")));
    QVERIFY2(m_project->splitClaim(first.id, at), qPrintable(m_project->lastError()));
    const QList<Claim> split = m_project->claims(m_bridge);
    QCOMPARE(split.size(), bridge.size() + 1);
    Id largest = 0;
    for (const Claim &c : split) {
        largest = std::max(largest, c.id);
    }
    QVERIFY(largest > bridge.last().id);

    // Removing the bridge frees the largest ids; an article imported next must not take them, or undoing the
    // removal would have no ids to put the bridge back under.
    QVERIFY(m_project->removeArticle(m_bridge));
    const ImportOutcome later = m_project->importBytes(
        QByteArrayLiteral("Library opens on Sundays\nSource: Bayside Herald\n\nThe town library will open on Sundays "
                          "from June, the mayor said.\n"),
        QStringLiteral("library.txt"));
    QVERIFY2(later.ok(), qPrintable(later.error));
    QVERIFY(*later.articleId > m_bridge);
    for (const Claim &c : m_project->claims(*later.articleId)) {
        QVERIFY2(c.id > largest, qPrintable(QStringLiteral("claim id %1 given again").arg(c.id)));
    }
    m_project->undoStack()->undo();
    QVERIFY2(m_project->article(m_bridge), qPrintable(m_project->lastError()));
    const auto idsAndTexts = [](const QList<Claim> &claims) {
        QStringList rows;
        for (const Claim &c : claims) {
            rows.append(QStringLiteral("%1 %2").arg(c.id).arg(c.text));
        }
        return rows;
    };
    QCOMPARE(idsAndTexts(m_project->claims(m_bridge)), idsAndTexts(split));
    // Undoing the split too gives back exactly what the import left of the bridge.
    m_project->undoStack()->undo();
    QCOMPARE(m_project->claims(m_bridge).size(), bridge.size());
    QCOMPARE(storedClaim(m_path, first.id)->text, first.text);
}

QTEST_GUILESS_MAIN(ClaimEditTest)
#include "claimedit_test.moc"
