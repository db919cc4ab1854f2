// Database, migrations and ArticleRepository against real project files: what is written is what a new connection
// reads back, and files that are not ours are refused without being touched.

#include "import/importer.h"
#include "storage/articlerepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sourcerepository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Credence::Core;

namespace {

/// A plain QSQLITE connection beside Database, so the tests see what is on disk rather than what Database reports,
/// and can prepare files that Database would never write.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
        : m_name(QStringLiteral("raw-sqlite-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawSqlite()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool isOpen() const { return m_open; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// The claims of @p body at each of @p sentences, which must occur in it.
QList<Claim> claimsAt(const QString &body, const QStringList &sentences)
{
    QList<Claim> claims;
    for (const QString &sentence : sentences) {
        Claim claim;
        claim.start = int(body.indexOf(sentence));
        claim.end = claim.start + int(sentence.size());
        claim.text = sentence;
        claims.append(claim);
    }
    return claims;
}

Article makeArticle(const QString &title, const QString &publication, const QString &hash)
{
    Article article;
    article.metadata.title = title;
    article.metadata.publication = publication;
    article.body = QStringLiteral("The bridge reopened on Monday. Traffic was light.");
    article.raw = article.body.toUtf8();
    article.rawFormat = QStringLiteral("text");
    article.contentHash = hash;
    return article;
}

QString schemaSnapshot(Database &db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY name"));
    QStringList rows;
    while (q.next()) {
        rows << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ') +
                    q.value(2).toString();
    }
    return rows.join(QLatin1Char('\n'));
}

} // namespace

class StorageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void freshFileIsMigrated();
    void reopeningIsIdempotent();
    void keptStatementsRunAgain();
    void newerSchemaIsRefused();
    void foreignSqliteIsRefused_data();
    void foreignSqliteIsRefused();
    void garbageIsRefusedUntouched_data();
    void garbageIsRefusedUntouched();
    void folderIsRefused();
    void duplicateContentIsRefused_data();
    void duplicateContentIsRefused();
    void updateMetadataMovesSource_data();
    void updateMetadataMovesSource();
    void walAndForeignKeys();
    void versionOneFileIsUpgraded();
    void nestedTransactionsRollBackTheirOwnPart();

private:
    QString seedPath(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void StorageTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QDir seeds(QStringLiteral(CREDENCE_SEEDS_DIR));
    if (!seeds.exists(QStringLiteral("expected.json"))) {
        QFAIL(
            qPrintable(QStringLiteral("The seed articles are missing: %1 has no expected.json (set CREDENCE_SEEDS_DIR)")
                           .arg(seeds.absolutePath())));
    }
}

void StorageTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("project.credence"));
}

void StorageTest::cleanup()
{
    m_dir.reset();
}

QString StorageTest::seedPath(const QString &name) const
{
    const QStringList matches =
        QDir(QStringLiteral(CREDENCE_SEEDS_DIR)).entryList({name + QStringLiteral("_*.txt")}, QDir::Files);
    return matches.size() == 1 ? QDir(QStringLiteral(CREDENCE_SEEDS_DIR)).filePath(matches.first()) : QString();
}

void StorageTest::roundTrip_data()
{
    QTest::addColumn<ArticleMetadata>("metadata");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QStringList>("sentences");

    const QString plain = QStringLiteral("The harbour bridge will close for six weeks. Repairs will cost 3.5 million "
                                         "euros.\n\nBuses will use a temporary route.");
    const QStringList plainSentences = {QStringLiteral("The harbour bridge will close for six weeks."),
                                        QStringLiteral("Repairs will cost 3.5 million euros."),
                                        QStringLiteral("Buses will use a temporary route.")};
    QTest::newRow("all fields") << ArticleMetadata{QStringLiteral("Harbour bridge to close"),
                                                   QStringLiteral("Westport Evening Post"),
                                                   QStringLiteral("Lena Fischer"),
                                                   QDate(2026, 4, 2),
                                                   QStringLiteral("https://example.org/bridge"),
                                                   QStringLiteral("The bridge shuts for six weeks."),
                                                   QStringLiteral("Northgate Wire"),
                                                   QStringLiteral("en")}
                                << plain << plain.toUtf8() << plainSentences;
    QTest::newRow("no author, no date, no url") << ArticleMetadata{QStringLiteral("Untitled wire copy"),
                                                                   QStringLiteral("Wire"),
                                                                   QString(),
                                                                   QDate(),
                                                                   QString(),
                                                                   QString(),
                                                                   QString(),
                                                                   QString()}
                                                << plain << plain.toUtf8() << plainSentences;

    // Characters outside the BMP take two UTF-16 units: offsets after them must still point at the same text.
    const QString unicode = QStringLiteral("🌉 Zoë’s report: “the bridge is safe”. 🚌 Buses run — every 10 min.");
    QTest::newRow("non-BMP text, raw with NUL and invalid UTF-8")
        << ArticleMetadata{QStringLiteral("Brücke „sicher“ 🌉"),
                           QStringLiteral("Le Monde diplomatique"),
                           QStringLiteral("Zoë Ångström"),
                           QDate(1999, 12, 31),
                           QStringLiteral("https://example.org/ü"),
                           QStringLiteral("Ein Bericht über die Brücke."),
                           QString(),
                           QStringLiteral("de")}
        << unicode << QByteArray("\x00\xff\xfe raw \r\n\x80\x00 end", 16)
        << QStringList{QStringLiteral("Zoë’s report: “the bridge is safe”."),
                       QStringLiteral("Buses run — every 10 min.")};
}

void StorageTest::roundTrip()
{
    QFETCH(ArticleMetadata, metadata);
    QFETCH(QString, body);
    QFETCH(QByteArray, raw);
    QFETCH(QStringList, sentences);

    Article article;
    article.metadata = metadata;
    article.body = body;
    article.raw = raw;
    article.rawFormat = QStringLiteral("text");
    article.fileName = QStringLiteral("bridge.txt");
    article.contentHash = QStringLiteral("hash-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    QList<Claim> claims = claimsAt(body, sentences);
    QVERIFY(claims.size() >= 2);
    claims[0].verdict = Verdict::Corroborated;
    claims[0].note = QStringLiteral("Council press release, 2 April.");
    claims[1].verdict = Verdict::Contradicted;

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Id id = 0;
    {
        Database db;
        QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
        const auto inserted = ArticleRepository(db).insert(article, claims);
        QVERIFY2(inserted, qPrintable(db.lastError()));
        id = *inserted;
    }

    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    ArticleRepository articles(db);
    const auto read = articles.get(id);
    QVERIFY(read);
    QCOMPARE(read->id, id);
    QVERIFY(read->sourceId != 0);
    QCOMPARE(read->metadata.title, metadata.title);
    QCOMPARE(read->metadata.publication, metadata.publication);
    QCOMPARE(read->metadata.author, metadata.author);
    QCOMPARE(read->metadata.published, metadata.published);
    QCOMPARE(read->metadata, metadata);
    QCOMPARE(read->body, body);
    QCOMPARE(read->raw, raw);
    QCOMPARE(read->rawFormat, article.rawFormat);
    QCOMPARE(read->fileName, article.fileName);
    QCOMPARE(read->contentHash, article.contentHash);
    QVERIFY(read->imported.isValid());
    QVERIFY(read->imported >= before);
    QVERIFY(read->imported <= QDateTime::currentDateTimeUtc());

    const QList<Claim> readClaims = ClaimRepository(db).forArticle(id);
    QCOMPARE(readClaims.size(), claims.size());
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const Claim &c = readClaims.at(i);
        QVERIFY(c.id != 0);
        QCOMPARE(c.articleId, id);
        QCOMPARE(c.start, claims.at(i).start);
        QCOMPARE(c.end, claims.at(i).end);
        QCOMPARE(c.text, claims.at(i).text);
        QCOMPARE(read->body.mid(c.start, c.length()), c.text);
        QCOMPARE(c.verdict, claims.at(i).verdict);
        QCOMPARE(c.note, claims.at(i).note);
        QVERIFY(c.updated.isValid());
    }

    const auto summary = articles.summary(id);
    QVERIFY(summary);
    QCOMPARE(summary->title, metadata.title);
    QCOMPARE(summary->publication, metadata.publication);
    QCOMPARE(summary->author, metadata.author);
    QCOMPARE(summary->published, metadata.published);
    QCOMPARE(summary->claims, int(claims.size()));
    QCOMPARE(summary->checked, 2);
    QCOMPARE(articles.findByHash(article.contentHash).value_or(0), id);
    QCOMPARE(articles.count(), 1);
}

void StorageTest::freshFileIsMigrated()
{
    {
        Database db;
        QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
        QCOMPARE(db.userVersion(), Database::SchemaVersion);
    }
    QVERIFY(QFile::exists(m_path));
    RawSqlite raw(m_path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    for (const QString &table : {QStringLiteral("sources"), QStringLiteral("authors"), QStringLiteral("articles"),
                                 QStringLiteral("claims"), QStringLiteral("verdict_history")}) {
        QVERIFY2(
            raw.scalar(
                   QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table))
                    .toInt() == 1,
            qPrintable(table));
    }
}

void StorageTest::keptStatementsRunAgain()
{
    Database db;
    QVERIFY(db.open(m_path));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE kept (x INTEGER UNIQUE)")).isActive());
    const QString insert = QStringLiteral("INSERT INTO kept(x) VALUES (?)");
    for (int x = 1; x <= 3; ++x) {
        QVERIFY2(db.run(insert, {x}), qPrintable(db.lastError()));
    }
    // A failure is counted and said, and the statement runs again afterwards.
    const int errors = db.errorCount();
    QVERIFY(!db.run(insert, {2}));
    QCOMPARE(db.errorCount(), errors + 1);
    QVERIFY(db.lastError().contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive));
    QVERIFY(db.run(insert, {4}));
    QCOMPARE(db.runValue(QStringLiteral("SELECT count(*) FROM kept WHERE x > ?"), {1}).toInt(), 3);
    QList<int> rows;
    const QString select = QStringLiteral("SELECT x FROM kept ORDER BY x");
    QVERIFY(db.runEach(select, {}, [&rows](const QSqlQuery &row) { rows.append(row.value(0).toInt()); }));
    QCOMPARE(rows, (QList<int>{1, 2, 3, 4}));
    // A schema change under a kept statement: SQLite compiles it again, with the trigger made or dropped since (as
    // an import's batch drops and makes the search index's triggers).
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE seen (x INTEGER)")).isActive());
    QVERIFY(db.exec(QStringLiteral("CREATE TRIGGER kept_seen AFTER INSERT ON kept BEGIN"
                                   " INSERT INTO seen(x) VALUES (new.x); END"))
                .isActive());
    QVERIFY(db.run(insert, {10}));
    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER kept_seen")).isActive());
    QVERIFY(db.run(insert, {11}));
    QCOMPARE(db.runValue(QStringLiteral("SELECT group_concat(x) FROM seen")).toString(), QStringLiteral("10"));
    QVERIFY(db.exec(QStringLiteral("DELETE FROM kept WHERE x > 4")).isActive());
    // A kept statement read part way (runValue() takes the first row of four) holds no read lock afterwards: the
    // write-ahead log can be emptied, and another connection can write.
    QCOMPARE(db.runValue(select).toInt(), 1);
    QVERIFY2(db.checkpoint(), qPrintable(db.lastError()));
    {
        Database other;
        QVERIFY(other.open(m_path, {OpenMode::Existing, false, false}));
        QVERIFY(other.run(insert, {5}));
    }
    QCOMPARE(db.runValue(QStringLiteral("SELECT max(x) FROM kept")).toInt(), 5);
    // Closing finalizes the kept statements: the connection goes without complaint and opens again.
    db.close();
    QVERIFY(db.open(m_path, {OpenMode::Existing}));
    QCOMPARE(db.runValue(QStringLiteral("SELECT count(*) FROM kept")).toInt(), 5);
}

void StorageTest::reopeningIsIdempotent()
{
    QString schema;
    {
        Database db;
        QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
        QVERIFY(ArticleRepository(db).insert(
            makeArticle(QStringLiteral("One"), QStringLiteral("Post"), QStringLiteral("h1")),
            claimsAt(QStringLiteral("The bridge reopened on Monday."),
                     {QStringLiteral("The bridge reopened on Monday.")})));
        schema = schemaSnapshot(db);
    }
    QVERIFY(!schema.isEmpty());
    for (int round = 0; round < 3; ++round) {
        Database db;
        QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
        QCOMPARE(db.userVersion(), Database::SchemaVersion);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
        QCOMPARE(schemaSnapshot(db), schema);
        QCOMPARE(ArticleRepository(db).count(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM claims")).toInt(), 1);
    }
}

void StorageTest::newerSchemaIsRefused()
{
    {
        Database db;
        QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    }
    {
        RawSqlite raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
    }
    const QByteArray before = fileBytes(m_path);

    Database db;
    QVERIFY(!db.open(m_path));
    QVERIFY(!db.isOpen());
    QVERIFY2(db.lastError().contains(QLatin1String("newer")), qPrintable(db.lastError()));
    QCOMPARE(fileBytes(m_path), before);
    RawSqlite raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion + 1);
}

void StorageTest::foreignSqliteIsRefused_data()
{
    QTest::addColumn<QStringList>("setup");

    QTest::newRow("other tables, application_id 0")
        << QStringList{QStringLiteral("CREATE TABLE recipes(name TEXT NOT NULL)"),
                       QStringLiteral("INSERT INTO recipes VALUES ('bread')")};
    QTest::newRow("other application_id, no tables") << QStringList{QStringLiteral("PRAGMA application_id = 1234")};
}

void StorageTest::foreignSqliteIsRefused()
{
    QFETCH(QStringList, setup);
    {
        RawSqlite raw(m_path);
        QVERIFY(raw.isOpen());
        for (const QString &statement : setup) {
            QVERIFY2(raw.exec(statement), qPrintable(statement));
        }
    }
    const QByteArray before = fileBytes(m_path);
    QVERIFY(!before.isEmpty());

    Database db;
    QVERIFY(!db.open(m_path));
    QVERIFY(!db.isOpen());
    QVERIFY2(db.lastError().contains(QLatin1String("not a Credence project")), qPrintable(db.lastError()));
    // Someone else's file: not converted to WAL, not given our tables.
    QCOMPARE(fileBytes(m_path), before);
    RawSqlite raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'claims'")).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
}

void StorageTest::garbageIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("plain text") << QByteArray("This is a shopping list, not a project.\nbread\nmilk\n").repeated(100);
    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : noise) {
        c = char(generator.bounded(256));
    }
    QTest::newRow("binary noise") << noise;
    QTest::newRow("SQLite header, garbage after") << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, char(0xab));
}

void StorageTest::garbageIsRefusedUntouched()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(writeFile(m_path, bytes));

    Database db;
    QVERIFY(!db.open(m_path));
    QVERIFY(!db.isOpen());
    QVERIFY(!db.lastError().isEmpty());
    QCOMPARE(fileBytes(m_path), bytes);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
}

void StorageTest::folderIsRefused()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.credence")));
    Database db;
    QVERIFY(!db.open(m_dir->filePath(QStringLiteral("folder.credence"))));
    QVERIFY(!db.isOpen());
    QVERIFY2(db.lastError().contains(QLatin1String("not a file")), qPrintable(db.lastError()));
}

void StorageTest::duplicateContentIsRefused_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("nameHint");

    QTest::newRow("same bytes") << QStringLiteral("001") << QString() << QString() << QStringLiteral("again.txt");
    QTest::newRow("CRLF line ends") << QStringLiteral("002") << QStringLiteral("\n") << QStringLiteral("\r\n")
                                    << QStringLiteral("windows.txt");
    QTest::newRow("blank lines doubled") << QStringLiteral("003") << QStringLiteral("\n\n")
                                         << QStringLiteral("\n\n\n\n") << QStringLiteral("spaced.txt");
}

void StorageTest::duplicateContentIsRefused()
{
    QFETCH(QString, seed);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, nameHint);

    const QString path = seedPath(seed);
    QVERIFY2(!path.isEmpty(),
             qPrintable(QStringLiteral("no seed %1_*.txt in %2").arg(seed, QStringLiteral(CREDENCE_SEEDS_DIR))));
    QByteArray variant = fileBytes(path);
    QVERIFY(!variant.isEmpty());
    if (!from.isEmpty()) {
        QVERIFY(variant.contains(from.toUtf8()));
        variant.replace(from.toUtf8(), to.toUtf8());
    }

    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    Importer importer(db);
    const ImportOutcome first = importer.importFile(path);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(!first.duplicate);
    // A different article is not mistaken for a duplicate.
    const ImportOutcome other = importer.importFile(seedPath(QStringLiteral("004")));
    QVERIFY2(other.ok(), qPrintable(other.error));
    const int claimsBefore = db.scalar(QStringLiteral("SELECT count(*) FROM claims")).toInt();

    const ImportOutcome second = importer.importBytes(variant, nameHint);
    QVERIFY(!second.ok());
    QVERIFY(second.duplicate);
    QVERIFY2(second.error.contains(nameHint), qPrintable(second.error));
    QCOMPARE(ArticleRepository(db).count(), 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM claims")).toInt(), claimsBefore);
}

void StorageTest::updateMetadataMovesSource_data()
{
    QTest::addColumn<QString>("publication");
    QTest::addColumn<bool>("oldSourceShared");
    QTest::addColumn<QString>("expectedPublication");
    QTest::addColumn<bool>("sameSource");

    QTest::newRow("moved, old source left empty")
        << QStringLiteral("New Herald") << false << QStringLiteral("New Herald") << false;
    QTest::newRow("moved, old source still used")
        << QStringLiteral("New Herald") << true << QStringLiteral("New Herald") << false;
    QTest::newRow("same source in other case")
        << QStringLiteral("old gazette") << false << QStringLiteral("Old Gazette") << true;
    // No publication: the address names the source (its domain).
    QTest::newRow("blank publication") << QStringLiteral("  ") << false << QStringLiteral("example.org") << false;
}

void StorageTest::updateMetadataMovesSource()
{
    QFETCH(QString, publication);
    QFETCH(bool, oldSourceShared);
    QFETCH(QString, expectedPublication);
    QFETCH(bool, sameSource);

    const QString oldName = QStringLiteral("Old Gazette");
    ArticleMetadata changed{QStringLiteral("Bridge reopens early"),
                            publication,
                            QStringLiteral("Jonas Weber"),
                            QDate(2026, 5, 1),
                            QStringLiteral("https://example.org/early"),
                            QStringLiteral("Works finished a week ahead."),
                            QStringLiteral("Harbour Wire"),
                            QStringLiteral("en")};
    Id id = 0;
    Id oldSourceId = 0;
    {
        Database db;
        QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
        ArticleRepository articles(db);
        const auto inserted = articles.insert(makeArticle(QStringLiteral("Bridge"), oldName, QStringLiteral("a")), {});
        QVERIFY2(inserted, qPrintable(db.lastError()));
        id = *inserted;
        QVERIFY(articles.insert(
            makeArticle(QStringLiteral("Elsewhere"), QStringLiteral("Shared Times"), QStringLiteral("b")), {}));
        if (oldSourceShared) {
            QVERIFY(articles.insert(makeArticle(QStringLiteral("Ferry"), oldName, QStringLiteral("c")), {}));
        }
        oldSourceId = articles.get(id)->sourceId;
        QVERIFY2(articles.updateMetadata(id, changed), qPrintable(db.lastError()));
    }

    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    const auto read = ArticleRepository(db).get(id);
    QVERIFY(read);
    QCOMPARE(read->metadata.title, changed.title);
    QCOMPARE(read->metadata.publication, expectedPublication);
    QCOMPARE(read->metadata.author, changed.author);
    QCOMPARE(read->metadata.published, changed.published);
    QCOMPARE(read->metadata.url, changed.url);
    QCOMPARE(read->metadata.standfirst, changed.standfirst);
    QCOMPARE(read->metadata.originalSource, changed.originalSource);
    QCOMPARE(read->metadata.language, changed.language);
    QCOMPARE(read->sourceId == oldSourceId, sameSource);

    QStringList names;
    for (const SourceTally &tally : SourceRepository(db).tallies()) {
        QVERIFY2(tally.articles > 0, qPrintable(tally.name));
        names << tally.name;
    }
    QVERIFY(names.contains(expectedPublication));
    QVERIFY(names.contains(QStringLiteral("Shared Times")));
    QCOMPARE(names.contains(oldName), sameSource || oldSourceShared);
    // Every source with articles is listed; the only other one is the outlet the article credits (its origin).
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT count(*) FROM sources WHERE id IN (SELECT source_id FROM articles)")).toInt(),
        int(names.size()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sources")).toInt(), int(names.size()) + 1);
    QCOMPARE(read->originSource, changed.originalSource);
}

void StorageTest::walAndForeignKeys()
{
    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);

    // Enforced, not merely switched on: a claim of no article is rejected, and removing an article takes its claims.
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO claims(article_id, start_offset, end_offset, text, updated_at)"
                                    " VALUES (?,?,?,?,?)"),
                     {Id(4242), 0, 1, QStringLiteral("x"), QStringLiteral("2026-01-01T00:00:00.000Z")})
                 .isActive());
    ArticleRepository articles(db);
    const QString body = QStringLiteral("The bridge reopened on Monday.");
    const auto id = articles.insert(makeArticle(QStringLiteral("One"), QStringLiteral("Post"), QStringLiteral("h")),
                                    claimsAt(body, {body}));
    QVERIFY2(id, qPrintable(db.lastError()));
    const Id claimId = ClaimRepository(db).forArticle(*id).value(0).id;
    QVERIFY(ClaimRepository(db).setVerdict(claimId, Verdict::Corroborated));
    QVERIFY(articles.remove(*id));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM claims")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM verdict_history")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sources")).toInt(), 0);

    // WAL is a property of the file, so a connection that never asked for it sees it too.
    RawSqlite raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void StorageTest::versionOneFileIsUpgraded()
{
    // A project written by the first release: schema 1 only, one article with a judged claim.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        for (const QString &statement : schemaMigrations().at(0)) {
            QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sources(id, name) VALUES (1, 'Old Gazette')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO articles(id, source_id, title, body, raw, raw_format, content_hash,"
                                      " imported_at) VALUES (1, 1, 'Old piece', 'It rained.', 'It rained.', 'text',"
                                      " 'h1', '2026-01-01T00:00:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO claims(article_id, start_offset, end_offset, text, verdict,"
                                      " updated_at) VALUES (1, 0, 10, 'It rained.', 2, '2026-01-01T00:00:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    QCOMPARE(db.userVersion(), Database::SchemaVersion);
    const auto article = ArticleRepository(db).get(1);
    QVERIFY(article);
    QCOMPARE(article->metadata.title, QStringLiteral("Old piece"));
    QCOMPARE(article->metadata.standfirst, QString());
    QVERIFY(article->corrections.isEmpty());
    QCOMPARE(ClaimRepository(db).forArticle(1).first().verdict, Verdict::Contradicted);
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

void StorageTest::nestedTransactionsRollBackTheirOwnPart()
{
    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
    {
        Transaction outer(db);
        QVERIFY(outer.isActive());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO sources(name) VALUES ('Kept')")).isActive());
        {
            Transaction inner(db);
            QVERIFY(inner.isActive());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO sources(name) VALUES ('Dropped')")).isActive());
            // no commit: the savepoint rolls back, the outer transaction goes on
        }
        QVERIFY(outer.commit());
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(name) FROM sources")).toString(), QStringLiteral("Kept"));
}

QTEST_MAIN(StorageTest)
#include "storage_test.moc"
