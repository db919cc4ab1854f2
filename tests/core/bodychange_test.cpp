// Re-extraction and body trims keep what the user did: verdicts of surviving claims, corrected fields, cuts.

#include "project/bodychange.h"
#include "project/project.h"
#include "projecttestaccess.h"
#include "storage/claimrepository.h"
#include "storage/database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Credence::Core;

namespace {

const QByteArray Page = QByteArrayLiteral("Ferry service cut after storm damage\n"
                                          "By Ines Marlow\n"
                                          "Source: Bayside Herald\n"
                                          "\n"
                                          "Home | News | Sport |\n"
                                          "\n"
                                          "The island ferry will run twice a day instead of six times until March, "
                                          "the operator said on Monday.\n"
                                          "\n"
                                          "Storm waves damaged the northern pier last week, according to the harbour "
                                          "master.\n"
                                          "\n"
                                          "Repairs are expected to cost about 2.4 million euros.\n"
                                          "\n"
                                          "Islanders said the cut would hurt shops and schools.\n");

} // namespace

class BodyChangeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_project.reset(); }
    void reextractKeepsVerdictsAndCorrections();
    void trimDropsTextAndRemembersCut();
    void trimKeepsJudgedClaimsOrphaned();
    void reextractReappliesCuts();
    void applyBodyCorrections_data();
    void applyBodyCorrections();
    void trimIsUndoneExactly();
    void severalVerdictsAreOneTransaction();

private:
    Claim claimStartingWith(const QString &opening);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Id m_article = 0;
};

void BodyChangeTest::init()
{
    static int round = 0;
    m_project = std::make_unique<Project>();
    QVERIFY2(m_project->open(m_dir.filePath(QStringLiteral("body-%1.credence").arg(++round))),
             qPrintable(m_project->lastError()));
    const ImportOutcome outcome = m_project->importBytes(Page, QStringLiteral("ferry.txt"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    m_article = *outcome.articleId;
    QCOMPARE(m_project->claims(m_article).size(), 4);
}

void BodyChangeTest::trimIsUndoneExactly()
{
    const Claim islanders = claimStartingWith(QStringLiteral("Islanders said"));
    const Claim storm = claimStartingWith(QStringLiteral("Storm waves"));
    QVERIFY(m_project->setVerdict({islanders.id}, Verdict::Contradicted));
    QVERIFY(m_project->setNote(islanders.id, QStringLiteral("Shops say trade is up")));
    QVERIFY(m_project->setVerdict({storm.id}, Verdict::Corroborated));
    const QString body = m_project->article(m_article)->body;
    const QList<Claim> claims = m_project->claims(m_article);
    const qsizetype history = ClaimRepository(ProjectTestAccess::database(*m_project)).history(islanders.id).size();
    QUndoStack *stack = m_project->undoStack();
    const int steps = stack->count();

    // Cutting the last paragraph takes a judged claim's text away: the claim stays, orphaned.
    const int cut = int(body.indexOf(QStringLiteral("Islanders said")));
    QVERIFY(m_project->applyBodyChange(m_project->planTrim(m_article, 0, cut), QStringLiteral("Move body end")));
    QCOMPARE(stack->count(), steps + 1); // one more step; the earlier ones are still there
    QCOMPARE(stack->undoText(), QStringLiteral("Move body end"));
    QVERIFY(m_project->claim(islanders.id)->orphaned);
    const QList<Claim> trimmed = m_project->claims(m_article);

    stack->undo();
    QCOMPARE(m_project->article(m_article)->body, body);
    const QList<Claim> restored = m_project->claims(m_article);
    QCOMPARE(restored.size(), claims.size());
    for (qsizetype i = 0; i < claims.size(); ++i) {
        QCOMPARE(restored.at(i).id, claims.at(i).id);
        QCOMPARE(restored.at(i).text, claims.at(i).text);
        QCOMPARE(restored.at(i).verdict, claims.at(i).verdict);
        QCOMPARE(restored.at(i).note, claims.at(i).note);
    }
    QCOMPARE(ClaimRepository(ProjectTestAccess::database(*m_project)).history(islanders.id).size(), history);

    stack->redo();
    const QList<Claim> again = m_project->claims(m_article);
    QCOMPARE(again.size(), trimmed.size());
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        QCOMPARE(again.at(i).id, trimmed.at(i).id);
    }
    // Back past the trim, the verdict given before it is undone on the claim it was given to.
    stack->undo();
    stack->undo();
    QCOMPARE(m_project->claim(storm.id)->verdict, Verdict::NotChecked);
    QCOMPARE(ProjectTestAccess::database(*m_project).integrityCheck(), QStringLiteral("ok"));
}

void BodyChangeTest::severalVerdictsAreOneTransaction()
{
    const QList<Claim> claims = m_project->claims(m_article);
    QVERIFY(m_project->setVerdict({claims.at(0).id, claims.at(1).id, claims.at(2).id}, Verdict::Corroborated));
    QCOMPARE(m_project->undoStack()->count(), 1);
    // A batch with a claim that is gone stores none of it.
    QVERIFY(!m_project->writeVerdicts({{claims.at(3).id, Verdict::Contradicted}, {999999, Verdict::Contradicted}}));
    QCOMPARE(m_project->claim(claims.at(3).id)->verdict, Verdict::NotChecked);
    m_project->undoStack()->undo();
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_project->claim(claims.at(i).id)->verdict, Verdict::NotChecked);
    }
}

Claim BodyChangeTest::claimStartingWith(const QString &opening)
{
    for (const Claim &c : m_project->claims(m_article)) {
        if (c.text.startsWith(opening)) {
            return c;
        }
    }
    return {};
}

void BodyChangeTest::reextractKeepsVerdictsAndCorrections()
{
    const Claim storm = claimStartingWith(QStringLiteral("Storm waves"));
    QVERIFY(storm.id);
    m_project->setVerdict({storm.id}, Verdict::Contradicted);
    m_project->setNote(storm.id, QStringLiteral("Pier photos show no damage"));
    ArticleMetadata edited = m_project->article(m_article)->metadata;
    edited.title = QStringLiteral("Ferry timetable cut");
    m_project->setMetadata(m_article, edited);
    QCOMPARE(m_project->article(m_article)->corrections.fields, QStringList{QStringLiteral("title")});

    const BodyChange change = m_project->planReextract(m_article);
    QVERIFY2(change.ok(), qPrintable(change.error));
    QVERIFY(change.orphaned.isEmpty());
    QCOMPARE(change.kept, 4);
    QVERIFY(m_project->applyBodyChange(change));

    const auto article = m_project->article(m_article);
    QCOMPARE(article->metadata.title, QStringLiteral("Ferry timetable cut")); // the user's title survives
    QCOMPARE(article->metadata.author, QStringLiteral("Ines Marlow"));
    const Claim after = claimStartingWith(QStringLiteral("Storm waves"));
    QCOMPARE(after.id, storm.id);
    QCOMPARE(after.verdict, Verdict::Contradicted);
    QCOMPARE(after.note, QStringLiteral("Pier photos show no damage"));
    QCOMPARE(ClaimRepository(ProjectTestAccess::database(*m_project)).history(storm.id).size(), 1);
}

void BodyChangeTest::trimDropsTextAndRemembersCut()
{
    const auto before = m_project->article(m_article);
    const int cut = int(before->body.indexOf(QStringLiteral("Islanders said")));
    QVERIFY(cut > 0);
    const BodyChange change = m_project->planTrim(m_article, 0, cut);
    QVERIFY2(change.ok(), qPrintable(change.error));
    QVERIFY(change.orphaned.isEmpty()); // nothing judged yet
    QCOMPARE(change.dropped, 1);
    QVERIFY(m_project->applyBodyChange(change));
    const auto after = m_project->article(m_article);
    QVERIFY(!after->body.contains(QStringLiteral("Islanders")));
    QVERIFY(after->body.endsWith(QStringLiteral("2.4 million euros.")));
    QCOMPARE(m_project->claims(m_article).size(), 3);
    QVERIFY(after->corrections.bodyStart.isEmpty());
    QVERIFY(after->body.endsWith(after->corrections.bodyEnd));
    for (const Claim &c : m_project->claims(m_article)) {
        QCOMPARE(after->body.mid(c.start, c.length()), c.text);
    }
}

void BodyChangeTest::trimKeepsJudgedClaimsOrphaned()
{
    const Claim first = claimStartingWith(QStringLiteral("The island ferry"));
    m_project->setVerdict({first.id}, Verdict::Corroborated);
    const Claim second = claimStartingWith(QStringLiteral("Storm waves"));
    const BodyChange change =
        m_project->planTrim(m_article, second.start, int(m_project->article(m_article)->body.size()));
    QVERIFY(change.ok());
    QCOMPARE(change.orphaned.size(), 1);
    QCOMPARE(change.orphaned.first().id, first.id);
    // Planning changes nothing: the claim is still in place until the change is applied.
    QVERIFY(!m_project->claim(first.id)->orphaned);
    QVERIFY(m_project->applyBodyChange(change));
    // Its text is gone from the body, but the claim, its state and its history stay, marked orphaned.
    const auto kept = m_project->claim(first.id);
    QVERIFY(kept);
    QVERIFY(kept->orphaned);
    QCOMPARE(kept->verdict, Verdict::Corroborated);
    QCOMPARE(kept->text, first.text);
    QVERIFY(!m_project->article(m_article)->body.contains(first.text));
    QCOMPARE(m_project->history(first.id).size(), 1);
    // Undo puts it back in its place.
    m_project->undoStack()->undo();
    QVERIFY(!m_project->claim(first.id)->orphaned);
    QCOMPARE(m_project->claim(first.id)->start, first.start);
}

void BodyChangeTest::reextractReappliesCuts()
{
    const auto body = m_project->article(m_article)->body;
    const Claim second = claimStartingWith(QStringLiteral("Storm waves"));
    QVERIFY(m_project->applyBodyChange(m_project->planTrim(m_article, second.start, int(body.size()))));
    QCOMPARE(m_project->claims(m_article).size(), 3);
    const BodyChange again = m_project->planReextract(m_article);
    QVERIFY(again.ok());
    QVERIFY2(again.body.startsWith(QStringLiteral("Storm waves")), qPrintable(again.body));
    QCOMPARE(again.claims.size(), 3);
    QCOMPARE(again.kept, 3);
}

void BodyChangeTest::applyBodyCorrections_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringLiteral("A. B. C.") << QString() << QString() << QStringLiteral("A. B. C.");
    QTest::newRow("start") << QStringLiteral("Menu\n\nA. B. C.") << QStringLiteral("A. B") << QString()
                           << QStringLiteral("A. B. C.");
    QTest::newRow("end") << QStringLiteral("A. B. C.\n\nFooter") << QString() << QStringLiteral("B. C.")
                         << QStringLiteral("A. B. C.");
    QTest::newRow("both") << QStringLiteral("x A. B. y") << QStringLiteral("A.") << QStringLiteral("B.")
                          << QStringLiteral("A. B.");
    QTest::newRow("marker gone") << QStringLiteral("A. B.") << QStringLiteral("Zed") << QStringLiteral("Q.")
                                 << QStringLiteral("A. B.");
}

void BodyChangeTest::applyBodyCorrections()
{
    QFETCH(QString, body);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, expected);
    Corrections c;
    c.bodyStart = start;
    c.bodyEnd = end;
    QCOMPARE(Credence::Core::applyBodyCorrections(body, c), expected);
}

QTEST_MAIN(BodyChangeTest)
#include "bodychange_test.moc"
