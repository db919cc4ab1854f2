// Opening a schema-2 project, written here by hand as Credence 2 wrote it, upgrades it to schema 3: old "0" becomes
// "unverifiable" only where the history shows it was set on purpose, the history follows, nothing is lost and the
// keys hold. An upgrade that cannot be done leaves the file as it was and says why. A schema-4 project gains
// evidence, credibility grades and history reasons in place (4 -> 5).

#include "project/project.h"
#include "projectfiles.h"
#include "storage/authorrepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence::Core;

namespace {

/// A claim of the old file: its state and the history that led there (each entry old -> new).
struct OldClaim
{
    int verdict = 0;
    QList<std::pair<int, int>> history;
    QString note;
};

/// Runs @p statements on @p path through a plain SQLite connection (not Credence's), as another version would.
bool runOnFile(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    const QString name = QStringLiteral("schema2-writer");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!ok) {
                break;
            }
            ok = q.exec(statement);
            if (!ok && error) {
                *error = statement + QStringLiteral(": ") + q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

/// A schema-2 project: the tables of steps 0->1 and 1->2, in WAL mode with Credence's application id, one article
/// and @p claims with their histories (ids 1, 2, ... in order; history ids in order of the claims).
bool writeSchema2(const QString &path, const QList<OldClaim> &claims, const QStringList &extra = {})
{
    QStringList sql{QStringLiteral("PRAGMA journal_mode = WAL"),
                    QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)};
    sql += schemaMigrations().at(0);
    sql += schemaMigrations().at(1);
    sql += {QStringLiteral("INSERT INTO sources(id, name) VALUES (1, 'Bayside Herald')"),
            QStringLiteral("INSERT INTO authors(id, name) VALUES (1, 'Ines Marlow')"),
            QStringLiteral("INSERT INTO articles(id, source_id, author_id, title, body, raw, raw_format, content_hash,"
                           " imported_at) VALUES (1, 1, 1, 'Ferry cut', 'One. Two. Three.', x'00', 'text', 'h1',"
                           " '2025-01-02T03:04:05.000Z')")};
    int historyId = 0;
    for (int i = 0; i < claims.size(); ++i) {
        const OldClaim &c = claims.at(i);
        sql.append(
            QStringLiteral("INSERT INTO claims(id, article_id, start_offset, end_offset, text, verdict, note,"
                           " updated_at) VALUES (%1, 1, %2, %3, 'claim %1', %4, %5, '2025-02-0%6T10:00:00.000Z')")
                .arg(QString::number(i + 1), QString::number(i * 5), QString::number(i * 5 + 4),
                     QString::number(c.verdict), quoted(c.note), QString::number(i % 9 + 1)));
        for (const auto &[from, to] : c.history) {
            ++historyId;
            sql.append(QStringLiteral("INSERT INTO verdict_history(id, claim_id, old_verdict, new_verdict, changed_at)"
                                      " VALUES (%1, %2, %3, %4, '2025-03-01T00:00:%5.000Z')")
                           .arg(QString::number(historyId), QString::number(i + 1), QString::number(from),
                                QString::number(to), QString::number(10 + historyId % 50)));
        }
    }
    sql += extra;
    sql.append(QStringLiteral("PRAGMA user_version = 2"));
    QString error;
    const bool ok = runOnFile(path, sql, &error);
    if (!ok) {
        qWarning("%s", qPrintable(error));
    }
    return ok;
}

/// The old claims, one of each situation Credence 2 could leave (setting the state a claim has writes nothing, so no
/// history entry ever goes from a state to the same state).
const QList<OldClaim> &oldClaims()
{
    static const QList<OldClaim> claims{
        {0, {}, {}},                                      // 1: never touched
        {1, {{0, 1}}, {}},                                // 2: corroborated
        {0, {{0, 1}, {1, 0}}, QStringLiteral("no data")}, // 3: corroborated, then set back to 0 on purpose
        {2, {{0, 2}}, {}},                                // 4: contradicted
        {1, {{0, 2}, {2, 0}, {0, 1}}, {}},                // 5: through 0 on purpose, now corroborated
        {0, {{0, 1}, {1, 0}, {0, 2}, {2, 0}}, {}},        // 6: set to 0 on purpose twice, 0 now
        {0, {}, QStringLiteral("call the port")},         // 7: a note, never judged: still not checked
        {2, {{0, 1}, {1, 2}}, {}},                        // 8: changed its mind without passing 0
    };
    return claims;
}

QList<std::pair<int, int>> storedHistory(Database &db, Id claimId)
{
    QList<std::pair<int, int>> rows;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT old_verdict, new_verdict FROM verdict_history WHERE claim_id = ? ORDER BY id"),
                {claimId});
    while (db.next(q)) {
        rows.append({q.value(0).toInt(), q.value(1).toInt()});
    }
    return rows;
}

} // namespace

class MigrationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void statesAndHistoryAreMapped();
    void nothingIsLost();
    void keysHoldAfterTheUpgrade();
    void upgradedProjectWorks();
    void readOnlyFileIsNotUpgraded();
    void failedUpgradeLeavesTheFile_data();
    void failedUpgradeLeavesTheFile();
    void schema4GainsEvidenceInPlace();
    void schema5SourcesBecomeRecords();

private:
    QString freshSchema2(const QString &name, const QStringList &extra = {});
    QTemporaryDir m_dir;
};

QString MigrationTest::freshSchema2(const QString &name, const QStringList &extra)
{
    const QString path = m_dir.filePath(name);
    if (!writeSchema2(path, oldClaims(), extra)) {
        return {};
    }
    return path;
}

void MigrationTest::statesAndHistoryAreMapped()
{
    const QString path = freshSchema2(QStringLiteral("mapped.credence"));
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY2(db.open(path, {OpenMode::Existing}), qPrintable(db.lastError()));
    QCOMPARE(db.userVersion(), Database::SchemaVersion);
    // Schema 8: authors are records with other names and notes; the old ones start with none.
    const int errors = db.errorCount();
    const QList<AuthorSummary> authors = AuthorRepository(db).all();
    QCOMPARE(db.errorCount(), errors);
    for (const AuthorSummary &author : authors) {
        QVERIFY(author.author.aliases.isEmpty() && author.author.notes.isEmpty());
    }
    // Schema 9: the summary's counts come from an index; authors' articles are found by one.
    // Schema 10: answers to the source criteria.
    QVERIFY(db.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'source_criteria'"))
                .isValid());
    // Schema 11 (the text key) replaced schema 9's claims_article_verdict with an index that holds the key too.
    for (const QString &index : {QStringLiteral("claims_article_verdict_key"), QStringLiteral("articles_author")}) {
        QVERIFY2(db.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"), {index})
                     .isValid(),
                 qPrintable(index));
    }

    // 0 stays "not checked" unless the claim's last change set it; then it was a decision: unverifiable.
    const QList<int> expected{0, 1, 3, 2, 1, 3, 0, 2};
    ClaimRepository claims(db);
    for (int i = 0; i < expected.size(); ++i) {
        const auto claim = claims.get(i + 1);
        QVERIFY(claim);
        QCOMPARE(int(claim->verdict), expected.at(i));
    }
    // A change to 0 was a decision (3); a change from 0 was from "not checked" unless 0 had been set before.
    using H = QList<std::pair<int, int>>;
    QCOMPARE(storedHistory(db, 1), H{});
    QCOMPARE(storedHistory(db, 2), (H{{0, 1}}));
    QCOMPARE(storedHistory(db, 3), (H{{0, 1}, {1, 3}}));
    QCOMPARE(storedHistory(db, 4), (H{{0, 2}}));
    QCOMPARE(storedHistory(db, 5), (H{{0, 2}, {2, 3}, {3, 1}}));
    QCOMPARE(storedHistory(db, 6), (H{{0, 1}, {1, 3}, {3, 2}, {2, 3}}));
    QCOMPARE(storedHistory(db, 8), (H{{0, 1}, {1, 2}}));
    // Ids count on from the largest each table held, never from a deleted row's: the 3 -> 4 step seeds them.
    for (const QString &table :
         {QStringLiteral("articles"), QStringLiteral("claims"), QStringLiteral("verdict_history")}) {
        const qint64 largest = db.scalar(QStringLiteral("SELECT max(id) FROM %1").arg(table)).toLongLong();
        QVERIFY(largest > 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT last FROM id_sequences WHERE name = ?"), {table}).toLongLong(),
                 largest);
    }
    // Each history is a chain: every entry starts where the one before it ended, and ends at the claim's state.
    for (int i = 0; i < expected.size(); ++i) {
        const H history = storedHistory(db, i + 1);
        int state = 0;
        for (const auto &[from, to] : history) {
            QCOMPARE(from, state);
            state = to;
        }
        QCOMPARE(state, expected.at(i));
    }
}

void MigrationTest::nothingIsLost()
{
    const QString path = freshSchema2(QStringLiteral("counts.credence"));
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY2(db.open(path, {OpenMode::Existing}), qPrintable(db.lastError()));
    int historyRows = 0;
    for (const OldClaim &c : oldClaims()) {
        historyRows += int(c.history.size());
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM claims")).toInt(), int(oldClaims().size()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM verdict_history")).toInt(), historyRows);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM dismissed_units")).toInt(), 0);
    // Every column of the old rows kept; the new ones at their defaults.
    const auto third = ClaimRepository(db).get(3);
    QVERIFY(third);
    QCOMPARE(third->text, QStringLiteral("claim 3"));
    QCOMPARE(third->note, QStringLiteral("no data"));
    QCOMPARE(third->start, 10);
    QCOMPARE(third->end, 14);
    QCOMPARE(third->articleId, Id(1));
    QCOMPARE(third->updated, QDateTime::fromString(QStringLiteral("2025-02-03T10:00:00.000Z"), Qt::ISODateWithMs));
    QCOMPARE(third->kind, UnitKind::Sentence);
    QCOMPARE(third->origin, ClaimOrigin::Found);
    QVERIFY(third->prefix.isEmpty() && third->suffix.isEmpty() && !third->orphaned);
    QCOMPARE(ClaimRepository(db).get(7)->note, QStringLiteral("call the port"));
}

void MigrationTest::keysHoldAfterTheUpgrade()
{
    const QString path = freshSchema2(QStringLiteral("keys.credence"));
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY2(db.open(path, {OpenMode::Existing}), qPrintable(db.lastError()));
    QSqlQuery broken = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(broken.isActive());
    QVERIFY(!db.next(broken));
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    // The rebuilt claims table still cascades from articles, and the history still cascades from it.
    QVERIFY(db.exec(QStringLiteral("DELETE FROM claims WHERE id = 6")).isActive());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM verdict_history WHERE claim_id = 6")).toInt(), 0);
    QVERIFY(db.exec(QStringLiteral("DELETE FROM articles WHERE id = 1")).isActive());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM claims")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM verdict_history")).toInt(), 0);
    // And refuses what its checks forbid.
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO claims(article_id, start_offset, end_offset, text, verdict,"
                                    " updated_at) VALUES (99, 0, 1, 'x', 0, '')"))
                 .isActive());
}

void MigrationTest::upgradedProjectWorks()
{
    const QString path = freshSchema2(QStringLiteral("project.credence"));
    QVERIFY(!path.isEmpty());
    Project project;
    QVERIFY2(project.open(path), qPrintable(project.lastError()));
    QCOMPARE(project.claims(1).size(), oldClaims().size());
    QCOMPARE(project.articleSummary(1)->checked, 6); // all but the two never checked
    QVERIFY(project.setVerdict({1, 7}, Verdict::Unverifiable));
    QCOMPARE(project.claim(1)->verdict, Verdict::Unverifiable);
    project.undoStack()->undo();
    QCOMPARE(project.claim(1)->verdict, Verdict::NotChecked);
    project.close();
    // Opening it again migrates nothing twice.
    const QByteArray checksum = Credence::Test::sha256(path);
    QVERIFY(project.open(path));
    QCOMPARE(project.claim(3)->verdict, Verdict::Unverifiable);
    project.close();
    QCOMPARE(Credence::Test::sha256(path), checksum);
}

void MigrationTest::readOnlyFileIsNotUpgraded()
{
    const QString path = freshSchema2(QStringLiteral("readonly.credence"));
    QVERIFY(!path.isEmpty());
    const QByteArray checksum = Credence::Test::sha256(path);
    Database db;
    QVERIFY(!db.open(path, {OpenMode::Existing, true}));
    QVERIFY2(db.lastError().contains(QStringLiteral("must be upgraded")), qPrintable(db.lastError()));
    QCOMPARE(Credence::Test::sha256(path), checksum);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
}

void MigrationTest::failedUpgradeLeavesTheFile_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("why");
    // Rows a damaged or hand-edited old file may hold, written past its checks and keys.
    QTest::newRow("verdict out of range") << QStringList{QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                                         QStringLiteral("UPDATE claims SET verdict = 7 WHERE id = 4")}
                                          << QStringLiteral("CHECK constraint failed");
    QTest::newRow("history of a claim that is gone")
        << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"),
                       QStringLiteral("INSERT INTO verdict_history(claim_id, old_verdict, new_verdict, changed_at)"
                                      " VALUES (404, 0, 1, '2025-01-01')")}
        << QStringLiteral("verdict_history");
}

void MigrationTest::failedUpgradeLeavesTheFile()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, why);
    const QString path =
        freshSchema2(QStringLiteral("broken-%1.credence")
                         .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))),
                     extra);
    QVERIFY(!path.isEmpty());
    const QByteArray checksum = Credence::Test::sha256(path);
    Project project;
    QVERIFY(!project.open(path));
    QVERIFY2(project.lastError().contains(QStringLiteral("schema 3")), qPrintable(project.lastError()));
    QVERIFY2(project.lastError().contains(why), qPrintable(project.lastError()));
    QVERIFY(!project.isOpen());
    QCOMPARE(Credence::Test::sha256(path), checksum);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    // A second try fails the same way, and still changes nothing.
    Database db;
    QVERIFY(!db.open(path, {OpenMode::Existing}));
    QVERIFY2(db.lastError().contains(why), qPrintable(db.lastError()));
    QCOMPARE(Credence::Test::sha256(path), checksum);
}

void MigrationTest::schema4GainsEvidenceInPlace()
{
    const QString path = m_dir.filePath(QStringLiteral("schema4.credence"));
    QVERIFY(writeSchema2(path, oldClaims()));
    // Steps 2 -> 3 and 3 -> 4 as Credence 4 ran them, through a connection of its own.
    QStringList steps = schemaMigrations().at(2);
    steps += schemaMigrations().at(3);
    steps.append(QStringLiteral("PRAGMA user_version = 4"));
    QString error;
    QVERIFY2(runOnFile(path, steps, &error), qPrintable(error));
    int historyRows = 0;
    for (const OldClaim &c : oldClaims()) {
        historyRows += int(c.history.size());
    }

    Project project;
    QVERIFY2(project.open(path), qPrintable(project.lastError()));
    {
        Database db;
        QVERIFY2(db.open(path, {OpenMode::Existing, false, false}), qPrintable(db.lastError()));
        QCOMPARE(db.userVersion(), Database::SchemaVersion);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM claims WHERE credibility = 0")).toInt(),
                 int(oldClaims().size()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM verdict_history WHERE field = 'verdict'"
                                          " AND reason = ''"))
                     .toInt(),
                 historyRows);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM evidence")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM evidence_files")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT last FROM id_sequences WHERE name = 'evidence'")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    }
    // Old histories read as verdict changes; the claims take evidence, grades and reasons.
    QCOMPARE(project.claimHistory(5).size(), 3);
    QCOMPARE(project.claim(5)->credibility, Credibility::NotGraded);
    Evidence note;
    note.kind = EvidenceKind::Note;
    note.note = QStringLiteral("from the old file");
    const auto id = project.addEvidence(5, note);
    QVERIFY2(id, qPrintable(project.lastError()));
    QCOMPARE(*id, 1);
    QVERIFY(project.setCredibility({5}, Credibility::Doubtful, QStringLiteral("one source")));
    QCOMPARE(project.claimHistory(5).last().reason, QStringLiteral("one source"));
    QCOMPARE(project.claim(5)->evidenceCount, 1);
    project.close();
    // Opening it again migrates nothing twice.
    const QByteArray checksum = Credence::Test::sha256(path);
    QVERIFY(project.open(path));
    project.close();
    QCOMPARE(Credence::Test::sha256(path), checksum);
}

void MigrationTest::schema5SourcesBecomeRecords()
{
    const QString path = m_dir.filePath(QStringLiteral("schema5.credence"));
    // Credence 5 pooled every article without a publication under "Unknown source"; original_source was text.
    QVERIFY(writeSchema2(
        path, oldClaims(),
        {QStringLiteral("INSERT INTO sources(id, name) VALUES (2, 'Unknown source')"),
         QStringLiteral("INSERT INTO articles(id, source_id, title, body, raw, raw_format, content_hash, imported_at,"
                        " original_source) VALUES (2, 2, 'Reprint', 'Body.', x'00', 'text', 'h2',"
                        " '2025-01-02T03:04:05.000Z', 'www.Messenger-Inquirer.com')"),
         QStringLiteral("INSERT INTO articles(id, source_id, title, body, raw, raw_format, content_hash, imported_at,"
                        " original_source) VALUES (3, 2, 'Other', 'Body.', x'00', 'text', 'h3',"
                        " '2025-01-02T03:04:05.000Z', 'France 24')"),
         QStringLiteral("INSERT INTO articles(id, source_id, title, body, raw, raw_format, content_hash, imported_at,"
                        " original_source) VALUES (4, 1, 'Own', 'Body.', x'00', 'text', 'h4',"
                        " '2025-01-02T03:04:05.000Z', 'Bayside Herald')")}));
    QStringList steps = schemaMigrations().at(2);
    steps += schemaMigrations().at(3);
    steps += schemaMigrations().at(4);
    steps.append(QStringLiteral("PRAGMA user_version = 5"));
    QString error;
    QVERIFY2(runOnFile(path, steps, &error), qPrintable(error));

    Project project;
    QVERIFY2(project.open(path), qPrintable(project.lastError()));
    QStringList sources;
    for (const SourceTally &tally : project.sourceTallies()) {
        sources.append(tally.name + u'=' + QString::number(tally.articles));
    }
    // No pooled row: the two articles without a publication are unassigned and count in no score; the sources they
    // credit are records of their own, without articles of their own, so without a score either.
    QCOMPARE(sources, QStringList{QStringLiteral("Bayside Herald=2")});
    QCOMPARE(project.articleSummary(2)->publication, QString());
    QCOMPARE(project.articleSummary(2)->originSource, QStringLiteral("messenger-inquirer.com"));
    QCOMPARE(project.articleSummary(3)->originSource, QStringLiteral("France 24"));
    QCOMPARE(project.articleSummary(4)->originSource, QString()); // credits its own outlet: no copy
    Database db;
    QVERIFY2(db.open(path, {OpenMode::Existing, true}), qPrintable(db.lastError()));
    QCOMPARE(db.userVersion(), Database::SchemaVersion);
    QCOMPARE(db.scalar(QStringLiteral("SELECT domains FROM sources WHERE name = 'messenger-inquirer.com'")).toString(),
             QStringLiteral("messenger-inquirer.com"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM claims")).toInt(), int(oldClaims().size()));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    // The search index was rebuilt for the new articles table: its triggers are there again.
    QCOMPARE(project.search(QStringLiteral("reprint ")).size(), 1);
}

QTEST_GUILESS_MAIN(MigrationTest)
#include "migration_test.moc"
