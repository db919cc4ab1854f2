// Verdicts and notes as the fact-checker sets them: saved at once, kept across reopening, recorded in the history,
// and undone or redone through the Project's undo stack (the commands of app/commands) down to the database.

#include "project/project.h"
#include "storage/articlerepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Credence::Core;

using Change = QPair<Verdict, Verdict>;

namespace Credence::Core {
// Found by QCOMPARE through ADL, so that a failure names the verdicts.
char *toString(const Verdict &verdict)
{
    return QTest::toString(verdictKey(verdict));
}
} // namespace Credence::Core

namespace {

constexpr auto U = Verdict::NotChecked;
constexpr auto V = Verdict::Unverifiable;
constexpr auto C = Verdict::Corroborated;
constexpr auto X = Verdict::Contradicted;

const ArticleMetadata OriginalMetadata{QStringLiteral("Harbour bridge to close"),
                                       QStringLiteral("Westport Evening Post"), QStringLiteral("Lena Fischer"),
                                       QDate(2026, 4, 2), QStringLiteral("https://example.org/bridge")};

/// Reads one claim through a connection of its own, so only what was committed to the file is seen.
std::optional<Claim> storedClaim(const QString &path, Id claimId)
{
    Database db;
    return db.open(path) ? ClaimRepository(db).get(claimId) : std::nullopt;
}

std::optional<Article> storedArticle(const QString &path, Id articleId)
{
    Database db;
    return db.open(path) ? ArticleRepository(db).get(articleId) : std::nullopt;
}

QList<Change> storedHistory(const QString &path, Id claimId)
{
    Database db;
    QList<Change> changes;
    if (db.open(path)) {
        for (const VerdictChange &change : ClaimRepository(db).history(claimId)) {
            changes.append({change.from, change.to});
        }
    }
    return changes;
}

QStringList storedSources(const QString &path)
{
    Database db;
    QStringList names;
    if (db.open(path)) {
        for (const SourceTally &tally : SourceRepository(db).tallies()) {
            names << tally.name;
        }
    }
    return names;
}

} // namespace

class VerdictTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void setVerdictPersists_data();
    void setVerdictPersists();
    void historyRecordsEachChange_data();
    void historyRecordsEachChange();
    void sameVerdictWritesNothing();
    void setNotePersists_data();
    void setNotePersists();
    void missingClaimIsAnError();
    void undoRedoVerdict();
    void multiClaimVerdictIsOneUndoStep();
    void projectEmitsClaimChanged();
    void undoRedoNote();
    void undoRedoMetadata();
    void unchangedEditsAreNotUndoSteps();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    Id m_articleId = 0;
    QList<Id> m_claimIds;
};

void VerdictTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void VerdictTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("verdicts.credence"));

    const QStringList sentences{
        QStringLiteral("The bridge will close for six weeks."), QStringLiteral("Repairs will cost 3.5 million euros."),
        QStringLiteral("Buses will use a temporary route."), QStringLiteral("The council meets on Thursday.")};
    Article article;
    article.metadata = OriginalMetadata;
    article.body = sentences.join(QLatin1Char(' '));
    article.raw = article.body.toUtf8();
    article.rawFormat = QStringLiteral("text");
    article.contentHash = QStringLiteral("bridge");
    QList<Claim> claims;
    for (const QString &sentence : sentences) {
        Claim claim;
        claim.start = int(article.body.indexOf(sentence));
        claim.end = claim.start + int(sentence.size());
        claim.text = sentence;
        claims.append(claim);
    }
    QCOMPARE(claims.size(), 4);

    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    const auto id = ArticleRepository(db).insert(article, claims);
    QVERIFY2(id, qPrintable(db.lastError()));
    m_articleId = *id;
    m_claimIds.clear();
    for (const Claim &claim : ClaimRepository(db).forArticle(m_articleId)) {
        QCOMPARE(claim.verdict, U);
        m_claimIds.append(claim.id);
    }
    QCOMPARE(m_claimIds.size(), 4);
}

void VerdictTest::cleanup()
{
    m_dir.reset();
}

void VerdictTest::setVerdictPersists_data()
{
    QTest::addColumn<Verdict>("first");
    QTest::addColumn<Verdict>("second");

    QTest::newRow("corroborated") << C << C;
    QTest::newRow("contradicted") << X << X;
    QTest::newRow("corroborated, then contradicted") << C << X;
    QTest::newRow("contradicted, then unverifiable") << X << V;
    QTest::newRow("unverifiable, then back to not checked") << V << U;
}

void VerdictTest::setVerdictPersists()
{
    QFETCH(Verdict, first);
    QFETCH(Verdict, second);
    const Id claimId = m_claimIds.at(1);
    {
        Database db;
        QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
        ClaimRepository claims(db);
        QVERIFY2(claims.setVerdict(claimId, first), qPrintable(db.lastError()));
        db.close();
        QVERIFY(!db.isOpen());

        // A new Database on the same file, as after restarting the application.
        QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
        QCOMPARE(claims.get(claimId)->verdict, first);
        QVERIFY2(claims.setVerdict(claimId, second), qPrintable(db.lastError()));
    }
    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    ClaimRepository claims(db);
    QCOMPARE(claims.get(claimId)->verdict, second);
    for (const Id other : {m_claimIds.at(0), m_claimIds.at(2), m_claimIds.at(3)}) {
        QCOMPARE(claims.get(other)->verdict, U);
    }
}

void VerdictTest::historyRecordsEachChange_data()
{
    QTest::addColumn<QList<Verdict>>("verdicts");
    QTest::addColumn<QList<Change>>("history");

    QTest::newRow("one change") << QList<Verdict>{C} << QList<Change>{{U, C}};
    QTest::newRow("not checked again") << QList<Verdict>{U} << QList<Change>{};
    QTest::newRow("same twice") << QList<Verdict>{C, C} << QList<Change>{{U, C}};
    QTest::newRow("full cycle") << QList<Verdict>{C, X, V, U} << QList<Change>{{U, C}, {C, X}, {X, V}, {V, U}};
    QTest::newRow("repeats between changes")
        << QList<Verdict>{X, X, C, C, C, X} << QList<Change>{{U, X}, {X, C}, {C, X}};
}

void VerdictTest::historyRecordsEachChange()
{
    QFETCH(QList<Verdict>, verdicts);
    QFETCH(QList<Change>, history);
    const Id claimId = m_claimIds.at(2);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        Database db;
        QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
        ClaimRepository claims(db);
        for (const Verdict verdict : verdicts) {
            QVERIFY2(claims.setVerdict(claimId, verdict), qPrintable(db.lastError()));
        }
    }
    QCOMPARE(storedHistory(m_path, claimId), history);
    QCOMPARE(storedClaim(m_path, claimId)->verdict, verdicts.last());

    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    for (const VerdictChange &change : ClaimRepository(db).history(claimId)) {
        QVERIFY(change.at >= before);
        QVERIFY(change.at <= QDateTime::currentDateTimeUtc());
    }
    // Only this claim's changes were recorded.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM verdict_history")).toInt(), int(history.size()));
}

void VerdictTest::sameVerdictWritesNothing()
{
    const Id claimId = m_claimIds.at(0);
    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    ClaimRepository claims(db);
    QVERIFY(claims.setVerdict(claimId, X));
    const QDateTime updated = claims.get(claimId)->updated;
    QVERIFY(updated.isValid());
    QTest::qWait(5); // updated_at has millisecond precision: a rewrite would show

    QVERIFY(claims.setVerdict(claimId, X));
    QCOMPARE(claims.get(claimId)->updated, updated);
    QCOMPARE(claims.history(claimId).size(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM verdict_history")).toInt(), 1);
}

void VerdictTest::setNotePersists_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");

    QTest::newRow("plain") << QStringLiteral("Council press release, 2 April.") << QString();
    QTest::newRow("unicode and lines") << QStringLiteral("Zoë said “no”.\nSee 🌉 photo;\n\tsecond line") << QString();
    QTest::newRow("replaced") << QStringLiteral("first thought") << QStringLiteral("checked: the port authority");
    QTest::newRow("cleared") << QStringLiteral("to be removed") << QStringLiteral("");
}

void VerdictTest::setNotePersists()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const Id claimId = m_claimIds.at(3);
    {
        Database db;
        QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
        ClaimRepository claims(db);
        QVERIFY(claims.setVerdict(claimId, C));
        QVERIFY2(claims.setNote(claimId, first), qPrintable(db.lastError()));
        if (!second.isNull()) {
            QVERIFY2(claims.setNote(claimId, second), qPrintable(db.lastError()));
        }
    }
    const auto claim = storedClaim(m_path, claimId);
    QVERIFY(claim);
    QCOMPARE(claim->note, second.isNull() ? first : second);
    // A note is not a verdict change.
    QCOMPARE(claim->verdict, C);
    QCOMPARE(storedHistory(m_path, claimId).size(), 1);
    QCOMPARE(storedClaim(m_path, m_claimIds.at(0))->note, QString());
}

void VerdictTest::missingClaimIsAnError()
{
    const Id missing = m_claimIds.last() + 1000;
    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    ClaimRepository claims(db);
    QVERIFY(!claims.setVerdict(missing, C));
    QVERIFY(!db.lastError().isEmpty());
    QVERIFY(!claims.setNote(missing, QStringLiteral("lost")));
    QVERIFY(!db.lastError().isEmpty());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM verdict_history")).toInt(), 0);
    db.close();

    Project project;
    QVERIFY2(project.open(m_path), qPrintable(project.lastError()));
    QSignalSpy errors(&project, &Project::storageError);
    QSignalSpy changed(&project, &Project::claimChanged);
    QVERIFY(!project.writeVerdict(missing, C));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.first().first().toString().isEmpty());
    QCOMPARE(changed.size(), 0);
    // A command for a claim that is gone does nothing and leaves nothing to undo.
    project.setVerdict({missing}, C);
    QCOMPARE(project.undoStack()->count(), 0);
}

void VerdictTest::undoRedoVerdict()
{
    const Id claimId = m_claimIds.at(1);
    Project project;
    QVERIFY2(project.open(m_path), qPrintable(project.lastError()));
    QUndoStack *stack = project.undoStack();

    project.setVerdict({claimId}, C);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(storedClaim(m_path, claimId)->verdict, C);
    project.setVerdict({claimId}, X);
    QCOMPARE(stack->count(), 2);
    QCOMPARE(storedClaim(m_path, claimId)->verdict, X);

    stack->undo();
    QCOMPARE(storedClaim(m_path, claimId)->verdict, C);
    stack->undo();
    QCOMPARE(storedClaim(m_path, claimId)->verdict, U);
    QVERIFY(!stack->canUndo());
    stack->redo();
    QCOMPARE(storedClaim(m_path, claimId)->verdict, C);
    stack->redo();
    QCOMPARE(storedClaim(m_path, claimId)->verdict, X);
    QVERIFY(!stack->canRedo());
    stack->undo();
    QCOMPARE(project.claim(claimId)->verdict, C);

    // Undo takes a change back with its history entry; redo brings back the same entry. What stays is the history
    // of the standing decisions, which a later undo of a claim edit (putting its snapshot back) cannot contradict.
    QCOMPARE(storedHistory(m_path, claimId), (QList<Change>{{U, C}}));
    project.close();
    QCOMPARE(storedClaim(m_path, claimId)->verdict, C);
}

void VerdictTest::multiClaimVerdictIsOneUndoStep()
{
    Project project;
    QVERIFY2(project.open(m_path), qPrintable(project.lastError()));
    QUndoStack *stack = project.undoStack();
    project.setVerdict({m_claimIds.at(1)}, C);
    project.setVerdict({m_claimIds.at(3)}, X);
    QCOMPARE(stack->count(), 2);

    // The last claim already has the verdict: its part is a no-op, in redo and in undo.
    project.setVerdict(m_claimIds, X);
    QCOMPARE(stack->count(), 3);
    for (const Id id : std::as_const(m_claimIds)) {
        QCOMPARE(storedClaim(m_path, id)->verdict, X);
    }

    stack->undo();
    QCOMPARE(stack->index(), 2);
    const QList<Verdict> before{U, C, U, X};
    for (qsizetype i = 0; i < m_claimIds.size(); ++i) {
        QCOMPARE(storedClaim(m_path, m_claimIds.at(i))->verdict, before.at(i));
    }
    stack->redo();
    QCOMPARE(stack->index(), 3);
    for (const Id id : std::as_const(m_claimIds)) {
        QCOMPARE(storedClaim(m_path, id)->verdict, X);
    }
    QCOMPARE(storedHistory(m_path, m_claimIds.at(3)), (QList<Change>{{U, X}}));
}

void VerdictTest::projectEmitsClaimChanged()
{
    Project project;
    QVERIFY2(project.open(m_path), qPrintable(project.lastError()));
    QSignalSpy spy(&project, &Project::claimChanged);
    QVERIFY(spy.isValid());

    project.setVerdict({m_claimIds.at(0)}, C);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Id>(), m_articleId);
    QCOMPARE(spy.at(0).at(1).value<Id>(), m_claimIds.at(0));

    project.undoStack()->undo();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(1).value<Id>(), m_claimIds.at(0));

    // Nothing changes, nothing is announced.
    project.setVerdict({m_claimIds.at(0)}, U);
    QCOMPARE(spy.size(), 2);

    spy.clear();
    project.setVerdict({m_claimIds.at(1), m_claimIds.at(2), m_claimIds.at(3)}, X);
    QCOMPARE(spy.size(), 3);
    QList<Id> announced;
    for (const QList<QVariant> &arguments : std::as_const(spy)) {
        QCOMPARE(arguments.at(0).value<Id>(), m_articleId);
        announced << arguments.at(1).value<Id>();
    }
    QCOMPARE(announced, m_claimIds.mid(1));

    spy.clear();
    project.setNote(m_claimIds.at(2), QStringLiteral("see the minutes"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(1).value<Id>(), m_claimIds.at(2));
}

void VerdictTest::undoRedoNote()
{
    const Id claimId = m_claimIds.at(2);
    const QString note = QStringLiteral("Checked against the port authority’s statement.");
    Project project;
    QVERIFY2(project.open(m_path), qPrintable(project.lastError()));
    project.setNote(claimId, note);
    QCOMPARE(storedClaim(m_path, claimId)->note, note);
    project.setNote(claimId, QStringLiteral("second thoughts"));
    QCOMPARE(storedClaim(m_path, claimId)->note, QStringLiteral("second thoughts"));

    project.undoStack()->undo();
    QCOMPARE(storedClaim(m_path, claimId)->note, note);
    project.undoStack()->undo();
    QCOMPARE(storedClaim(m_path, claimId)->note, QString());
    project.undoStack()->redo();
    QCOMPARE(storedClaim(m_path, claimId)->note, note);
    QCOMPARE(storedClaim(m_path, claimId)->verdict, U);
}

void VerdictTest::undoRedoMetadata()
{
    const ArticleMetadata changed{QStringLiteral("Bridge reopens early"), QStringLiteral("Coastal Herald"),
                                  QStringLiteral("Jonas Weber"), QDate(2026, 5, 1),
                                  QStringLiteral("https://example.org/early")};
    Project project;
    QVERIFY2(project.open(m_path), qPrintable(project.lastError()));
    QSignalSpy articleChanged(&project, &Project::articleChanged);
    QSignalSpy articlesChanged(&project, &Project::articlesChanged);

    project.setMetadata(m_articleId, changed);
    QCOMPARE(project.undoStack()->count(), 1);
    QCOMPARE(storedArticle(m_path, m_articleId)->metadata, changed);
    QCOMPARE(storedSources(m_path), QStringList{QStringLiteral("Coastal Herald")});
    QCOMPARE(articleChanged.size(), 1);
    QCOMPARE(articleChanged.first().first().value<Id>(), m_articleId);
    QCOMPARE(articlesChanged.size(), 1);

    project.undoStack()->undo();
    const auto restored = storedArticle(m_path, m_articleId);
    QVERIFY(restored);
    QCOMPARE(restored->metadata.title, OriginalMetadata.title);
    QCOMPARE(restored->metadata.publication, OriginalMetadata.publication);
    QCOMPARE(restored->metadata.author, OriginalMetadata.author);
    QCOMPARE(restored->metadata.published, OriginalMetadata.published);
    QCOMPARE(restored->metadata.url, OriginalMetadata.url);
    QCOMPARE(storedSources(m_path), QStringList{OriginalMetadata.publication});
    QCOMPARE(articleChanged.size(), 2);
    // The article's claims and body are not part of its metadata.
    QCOMPARE(project.claims(m_articleId).size(), m_claimIds.size());

    project.undoStack()->redo();
    QCOMPARE(storedArticle(m_path, m_articleId)->metadata, changed);
    project.close();
    QCOMPARE(storedArticle(m_path, m_articleId)->metadata, changed);
}

void VerdictTest::unchangedEditsAreNotUndoSteps()
{
    Project project;
    QVERIFY2(project.open(m_path), qPrintable(project.lastError()));
    QSignalSpy changed(&project, &Project::claimChanged);
    project.setVerdict({m_claimIds.at(0)}, U);
    project.setNote(m_claimIds.at(0), QString());
    project.setMetadata(m_articleId, OriginalMetadata);
    QCOMPARE(project.undoStack()->count(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(storedHistory(m_path, m_claimIds.at(0)), QList<Change>{});
}

QTEST_MAIN(VerdictTest)
#include "verdict_test.moc"
