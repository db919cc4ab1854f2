// Quote anchors: a claim is found again by its exact text, its prefix and its suffix, even where the same sentence
// stands twice, where text was inserted before it, or where the body was cut or re-extracted; a claim whose text is
// gone is not placed anywhere.

#include "claims/anchor.h"
#include "project/project.h"
#include "projectdump.h"
#include "storage/database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Credence::Core;

namespace {

// The same sentence three times, in different company.
const QString Twice = QStringLiteral("Alpha said the bridge will close. The bridge will close. Beta said no. "
                                     "The bridge will close. Gamma agreed. The bridge will close.");
const QString Sentence = QStringLiteral("The bridge will close.");

QList<int> occurrences(const QString &body, const QString &text)
{
    QList<int> at;
    for (qsizetype i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) {
        at.append(int(i));
    }
    return at;
}

Claim anchoredAt(const QString &body, int start, int length)
{
    Claim claim;
    claim.start = start;
    claim.end = start + length;
    anchorClaim(claim, body);
    return claim;
}

std::optional<int> found(const QString &body, const Claim &claim, int near, const QList<TextSpan> &taken = {})
{
    const auto span = findQuote(body, claim.text, claim.prefix, claim.suffix, near, taken);
    if (!span) {
        return std::nullopt;
    }
    if (span->end - span->start != claim.text.size()) {
        return -2; // a place of the wrong length: never right
    }
    return span->start;
}

// An article whose body holds one sentence twice; the seconds are what is judged.
const QByteArray Leak = QByteArrayLiteral("Leak at the chemical plant\n"
                                          "By Ines Marlow\n"
                                          "Source: Bayside Herald\n"
                                          "\n"
                                          "Officials declined to comment. The mayor said the plant was safe.\n"
                                          "\n"
                                          "Workers reported a leak on Tuesday.\n"
                                          "\n"
                                          "Officials declined to comment. Residents were told to stay inside.\n"
                                          "\n"
                                          "The plant reopened on Friday.\n");

} // namespace

class AnchorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void anchorAtTheEdges();
    void duplicatesFindTheirOwnPlace();
    void textMovedByAnInsertEarlier();
    void contextChangedOnOneSide();
    void textGoneIsNotFound();
    void takenSpansArePassedOver();
    void trimmedSpan_data();
    void trimmedSpan();
    void trimReanchorsDuplicates();
    void reextractReanchors();

private:
    QTemporaryDir m_dir;
};

void AnchorTest::anchorAtTheEdges()
{
    const Claim first = anchoredAt(Twice, 0, 10);
    QCOMPARE(first.text, QStringLiteral("Alpha said"));
    QVERIFY(first.prefix.isEmpty());
    QCOMPARE(first.suffix, Twice.mid(10, QuoteContext));
    const int last = occurrences(Twice, Sentence).last();
    const Claim end = anchoredAt(Twice, last, int(Sentence.size()));
    QCOMPARE(end.text, Sentence);
    QCOMPARE(end.prefix, Twice.mid(last - QuoteContext, QuoteContext));
    QVERIFY(end.suffix.isEmpty());
    // Offsets past the body are clamped, never read beyond it.
    const Claim beyond = anchoredAt(Twice, int(Twice.size()) - 3, 50);
    QCOMPARE(beyond.text, Twice.right(3));
    QVERIFY(beyond.suffix.isEmpty());
}

void AnchorTest::duplicatesFindTheirOwnPlace()
{
    const QList<int> at = occurrences(Twice, Sentence);
    QCOMPARE(at.size(), 3);
    for (const int start : at) {
        const Claim claim = anchoredAt(Twice, start, int(Sentence.size()));
        // Wherever the search is told to look first, the prefix and suffix pick this claim's own place.
        for (const int near : {0, int(Twice.size()), at.at(0), at.at(1), at.at(2)}) {
            QCOMPARE(found(Twice, claim, near), start);
        }
    }
}

void AnchorTest::textMovedByAnInsertEarlier()
{
    const QString insert = QStringLiteral("Update: this story was corrected on Friday. ");
    const QString moved = insert + Twice;
    for (const int start : occurrences(Twice, Sentence)) {
        const Claim claim = anchoredAt(Twice, start, int(Sentence.size()));
        QCOMPARE(found(moved, claim, claim.start), start + int(insert.size()));
    }
    // The same with text inserted between the sentences: each still finds its own.
    QString between = Twice;
    between.insert(Twice.indexOf(QStringLiteral("Beta")), QStringLiteral("A long aside about the ferry timetable. "));
    const QList<int> before = occurrences(Twice, Sentence);
    const QList<int> after = occurrences(between, Sentence);
    for (int i = 0; i < before.size(); ++i) {
        const Claim claim = anchoredAt(Twice, before.at(i), int(Sentence.size()));
        QCOMPARE(found(between, claim, claim.start), after.at(i));
    }
}

void AnchorTest::contextChangedOnOneSide()
{
    // The second sentence loses its prefix (the text before it is rewritten); its suffix still tells it apart from
    // the others, which keep theirs.
    const QList<int> at = occurrences(Twice, Sentence);
    const Claim second = anchoredAt(Twice, at.at(1), int(Sentence.size()));
    QString edited = Twice;
    edited.replace(QStringLiteral("Beta said no."), QStringLiteral("Beta, the union's spokeswoman, disagreed."));
    const QList<int> now = occurrences(edited, Sentence);
    QCOMPARE(found(edited, second, 0), now.at(1));
}

void AnchorTest::textGoneIsNotFound()
{
    const Claim claim = anchoredAt(Twice, occurrences(Twice, Sentence).at(1), int(Sentence.size()));
    QString gone = Twice;
    gone.replace(Sentence, QStringLiteral("The bridge stays open."));
    QVERIFY(!found(gone, claim, claim.start));
    // Case and spacing count: a quote is the exact text.
    QVERIFY(!found(QString(Twice).replace(Sentence, QStringLiteral("The Bridge will close.")), claim, 0));
    QVERIFY(!found(QString(Twice).replace(Sentence, QStringLiteral("The bridge  will close.")), claim, 0));
    QVERIFY(!findQuote(Twice, QString(), QString(), QString(), 0));
    QVERIFY(!findQuote(QString(), Sentence, QString(), QString(), 0));
}

void AnchorTest::takenSpansArePassedOver()
{
    const QList<int> at = occurrences(Twice, Sentence);
    const int length = int(Sentence.size());
    const Claim second = anchoredAt(Twice, at.at(1), length);
    // Its own place is taken (another claim was placed there first): the best free one is used instead.
    const auto elsewhere = found(Twice, second, at.at(1), {{at.at(1), at.at(1) + length}});
    QVERIFY(elsewhere);
    QVERIFY(*elsewhere == at.at(0) || *elsewhere == at.at(2));
    // A span that only overlaps a place takes it too.
    QCOMPARE(found(Twice, second, at.at(1), {{at.at(0), at.at(0) + length}, {at.at(1) + 5, at.at(1) + 6}}), at.at(2));
    // Every place taken: nowhere.
    QVERIFY(!found(Twice, second, at.at(1),
                   {{at.at(0), at.at(0) + length}, {at.at(1), at.at(1) + length}, {at.at(2), at.at(2) + length}}));
    // Spans that touch a place without overlapping it leave it free.
    QCOMPARE(found(Twice, second, 0, {{0, at.at(1)}, {at.at(1) + length, int(Twice.size())}}), at.at(1));
}

void AnchorTest::trimmedSpan_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("trimmedStart");
    QTest::addColumn<int>("trimmedEnd");
    const QString body = QStringLiteral("  One.\n\n Two. ");
    QTest::newRow("white space both ends") << body << 0 << 8 << 2 << 6;
    QTest::newRow("already tight") << body << 2 << 6 << 2 << 6;
    QTest::newRow("only white space") << body << 6 << 9 << 9 << 9;
    QTest::newRow("reversed") << body << 9 << 3 << 9 << 9;
    QTest::newRow("clamped") << body << -5 << 500 << 2 << 13;
    QTest::newRow("empty body") << QString() << 0 << 3 << 0 << 0;
}

void AnchorTest::trimmedSpan()
{
    QFETCH(QString, body);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, trimmedStart);
    QFETCH(int, trimmedEnd);
    const TextSpan span = Credence::Core::trimmedSpan(body, start, end);
    QCOMPARE(span.start, trimmedStart);
    QCOMPARE(span.end, trimmedEnd);
}

void AnchorTest::trimReanchorsDuplicates()
{
    Project project;
    QVERIFY(project.open(m_dir.filePath(QStringLiteral("trim.credence"))));
    const ImportOutcome outcome = project.importBytes(Leak, QStringLiteral("leak.txt"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    const Id article = *outcome.articleId;
    const QString officials = QStringLiteral("Officials declined to comment.");
    QList<Claim> twins;
    Claim workers;
    for (const Claim &c : project.claims(article)) {
        if (c.text == officials) {
            twins.append(c);
        } else if (c.text.startsWith(QStringLiteral("Workers"))) {
            workers = c;
        }
    }
    QCOMPARE(twins.size(), 2);
    QVERIFY(project.setVerdict({twins.at(0).id}, Verdict::Contradicted));
    QVERIFY(project.setVerdict({twins.at(1).id}, Verdict::Corroborated));
    QVERIFY(project.setNote(twins.at(1).id, QStringLiteral("the second one")));

    // Cut the first paragraph: the first "Officials declined" is gone, the second stays and moves.
    const QStringList before = Credence::Test::dumpTables(project.path());
    const BodyChange change = project.planTrim(article, workers.start, int(project.article(article)->body.size()));
    QVERIFY(change.ok());
    QCOMPARE(change.dropped, 1); // the mayor's sentence: untouched, so it goes with its text
    QCOMPARE(change.orphaned.size(), 1);
    QCOMPARE(change.orphaned.first().id, twins.at(0).id);
    QVERIFY(project.applyBodyChange(change));

    const QString body = project.article(article)->body;
    const auto second = project.claim(twins.at(1).id);
    QVERIFY(second);
    QVERIFY(!second->orphaned);
    QCOMPARE(second->verdict, Verdict::Corroborated);
    QCOMPARE(second->note, QStringLiteral("the second one"));
    QCOMPARE(second->start, int(body.indexOf(officials)));
    QCOMPARE(body.mid(second->start, second->length()), officials);
    QCOMPARE(second->prefix,
             body.mid(std::max(0, second->start - QuoteContext), std::min(second->start, QuoteContext)));
    const auto first = project.claim(twins.at(0).id);
    QVERIFY(first);
    QVERIFY(first->orphaned);
    QCOMPARE(first->verdict, Verdict::Contradicted);
    // Undo puts every claim back in its place.
    project.undoStack()->undo();
    QCOMPARE(Credence::Test::dumpTables(project.path()), before);
}

void AnchorTest::reextractReanchors()
{
    Project project;
    const QString path = m_dir.filePath(QStringLiteral("reextract.credence"));
    QVERIFY(project.open(path));
    const ImportOutcome outcome = project.importBytes(Leak, QStringLiteral("leak.txt"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    const Id article = *outcome.articleId;
    auto byText = [&](const QString &opening) {
        for (const Claim &c : project.claims(article)) {
            if (c.text.startsWith(opening)) {
                return c;
            }
        }
        return Claim();
    };
    const Claim mayor = byText(QStringLiteral("The mayor"));
    const Claim workers = byText(QStringLiteral("Workers"));
    const Claim residents = byText(QStringLiteral("Residents"));
    const Claim plant = byText(QStringLiteral("The plant reopened"));
    QVERIFY(project.setVerdict({mayor.id}, Verdict::Contradicted));
    QVERIFY(project.setVerdict({residents.id}, Verdict::Corroborated));
    QVERIFY(project.removeClaims({plant.id}));

    // A newer copy of the page: a paragraph before everything, the workers' sentence and the mayor's gone.
    const QByteArray newer = QByteArrayLiteral("Leak at the chemical plant\n"
                                               "By Ines Marlow\n"
                                               "Source: Bayside Herald\n"
                                               "\n"
                                               "Update: the company has since confirmed the leak.\n"
                                               "\n"
                                               "Officials declined to comment.\n"
                                               "\n"
                                               "Officials declined to comment. Residents were told to stay inside.\n"
                                               "\n"
                                               "The plant reopened on Friday.\n");
    {
        Database db;
        QVERIFY(db.open(path, {OpenMode::Existing, false, false}));
        QVERIFY(db.exec(QStringLiteral("UPDATE articles SET raw = ? WHERE id = ?"), {newer, article}).isActive());
    }
    const BodyChange change = project.planReextract(article);
    QVERIFY2(change.ok(), qPrintable(change.error));
    QCOMPARE(change.dropped, 1); // the workers' sentence, never judged
    QCOMPARE(change.orphaned.size(), 1);
    QCOMPARE(change.orphaned.first().id, mayor.id);
    QVERIFY(project.applyBodyChange(change));

    const QString body = project.article(article)->body;
    QVERIFY(body.startsWith(QStringLiteral("Update: the company")));
    const QList<Claim> claims = project.claims(article);
    for (const Claim &c : claims) {
        if (c.orphaned) {
            continue;
        }
        // Every placed claim stands where its quote says, with anchors taken from the new body.
        QCOMPARE(body.mid(c.start, c.length()), c.text);
        QCOMPARE(c.prefix, body.mid(std::max(0, c.start - QuoteContext), std::min(c.start, QuoteContext)));
        QCOMPARE(c.suffix, body.mid(c.end, QuoteContext));
    }
    const auto kept = project.claim(residents.id);
    QVERIFY(kept && !kept->orphaned);
    QCOMPARE(kept->verdict, Verdict::Corroborated);
    QCOMPARE(kept->start, int(body.indexOf(QStringLiteral("Residents were told"))));
    QVERIFY(project.claim(mayor.id)->orphaned);
    QCOMPARE(project.claim(mayor.id)->verdict, Verdict::Contradicted);
    QVERIFY(!project.claim(workers.id));
    // The removed unit stays removed; the new sentence is a new claim, and so is each "Officials declined".
    int officials = 0;
    for (const Claim &c : claims) {
        QVERIFY(c.text != plant.text);
        officials += c.text == QStringLiteral("Officials declined to comment.") ? 1 : 0;
    }
    QCOMPARE(officials, 2);
    QVERIFY(std::any_of(claims.cbegin(), claims.cend(), [](const Claim &c) {
        return c.text == QStringLiteral("Update: the company has since confirmed the leak.");
    }));
}

QTEST_GUILESS_MAIN(AnchorTest)
#include "anchor_test.moc"
