// The whole project as JSON: exported, made into a new project, exported again, the two files are the same byte for
// byte and the two projects hold the same rows, table by table (every user table and what is derived from them).
// A file that is no export, from a newer Credence, or aimed at an existing file is refused and leaves nothing behind.

#include "../core/credenceprocess.h"
#include "project/project.h"
#include "projectdump.h"
#include "storage/projectjson.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence::Core;

class ProjectJsonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripIsIdentical();
    void commandLine();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void ProjectJsonTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("full.credence"));
    Project project;
    QVERIFY2(project.open(m_db), qPrintable(project.lastError()));
    // The seeds (HTML and text), so articles keep saved pages, metadata and bylines.
    const QDir seeds(Credence::Test::seedsDir());
    QList<Id> articles;
    for (const QString &name : seeds.entryList({QStringLiteral("00?_*")}, QDir::Files, QDir::Name)) {
        const ImportOutcome outcome = project.importBytes(Credence::Test::readAll(seeds.filePath(name)), name);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        articles.append(*outcome.articleId);
    }
    // A page with text that is hard to carry: quotes, backslashes, line breaks, a NUL-free control, RTL, emoji.
    const QString hostile = QStringLiteral("Tricky \"quoted\" \\ back\\slash\n") +
                            QStringLiteral("Source: Ḿedia «Ünïcode» 🗞 صحيفة\n\n") +
                            QStringLiteral("A claim with \"quotes\", a tab\there and %1 in it.\n");
    const ImportOutcome tricky = project.importBytes(hostile.toUtf8(), QStringLiteral("tricky.txt"));
    QVERIFY2(tricky.ok(), qPrintable(tricky.error));
    articles.append(*tricky.articleId);

    // States, grades, notes, evidence of every kind, a removed claim, a source's record, criteria and grade.
    const QList<Claim> first = project.claims(articles.first());
    QVERIFY(first.size() > 5);
    QVERIFY(project.setVerdict({first.at(0).id, first.at(1).id}, Verdict::Corroborated, QStringLiteral("wire")));
    QVERIFY(project.setVerdict({first.at(2).id}, Verdict::Contradicted));
    QVERIFY(project.setCredibility({first.at(0).id}, Credibility::ProbablyTrue, QStringLiteral("two sources")));
    QVERIFY(project.setNote(first.at(1).id, QStringLiteral("Line one\nLine \"two\" — ✓")));
    Evidence page;
    page.kind = EvidenceKind::Url;
    page.url = QStringLiteral("https://records.example/a?b=1&c=2");
    page.title = QStringLiteral("Record");
    QVERIFY(project.addEvidence(first.at(0).id, page));
    const QString attachment = m_dir.filePath(QStringLiteral("scan.bin"));
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i) {
        bytes.append(char(i * 7));
    }
    QVERIFY(Credence::Test::writeFile(attachment, bytes));
    QVERIFY(project.addFileEvidence(first.at(2).id, attachment, EvidenceStance::Refuting, QStringLiteral("scan")));
    Evidence link;
    link.kind = EvidenceKind::ClaimLink;
    link.linkedClaimId = project.claims(articles.at(1)).first().id;
    QVERIFY(project.addEvidence(first.at(0).id, link));
    QVERIFY(project.removeClaims({first.at(5).id}));
    QList<Source> sources = project.sources();
    QVERIFY(!sources.isEmpty());
    Source source = sources.first();
    source.notes = QStringLiteral("Owned by a holding");
    source.domains = {QStringLiteral("capitalcities.example")};
    QVERIFY(project.changeSource(source));
    QVERIFY(project.setSourceGrade(source.id, QStringLiteral("B"), QStringLiteral("corrects within a day")));
    QVERIFY(project.setSourceCriteria(
        source.id, {{QStringLiteral("corrects"), CriterionAnswer::Met, QStringLiteral("https://c.example/fix")}}));
    ProjectDetails details;
    details.title = QStringLiteral("Mali, May–June");
    details.author = QStringLiteral("Desk");
    details.publisherName = QStringLiteral("Sahel Check");
    details.publisherUrl = QStringLiteral("https://sahelcheck.example");
    QVERIFY(project.setDetails(details));
}

void ProjectJsonTest::roundTripIsIdentical()
{
    const QString first = m_dir.filePath(QStringLiteral("first.json"));
    const QString again = m_dir.filePath(QStringLiteral("again.json"));
    const QString copy = m_dir.filePath(QStringLiteral("copy.credence"));
    ProjectJson json;
    QVERIFY2(json.write(m_db, first), qPrintable(json.lastError()));
    QVERIFY(json.rows() > 100);
    QVERIFY2(json.read(first, copy), qPrintable(json.lastError()));
    {
        Project opened; // as a user would: the derived tables are built here
        QVERIFY2(opened.open(copy, {OpenMode::Existing}), qPrintable(opened.lastError()));
        QCOMPARE(opened.details().title, QStringLiteral("Mali, May–June"));
    }
    QVERIFY2(json.write(copy, again), qPrintable(json.lastError()));
    const QByteArray a = Credence::Test::readAll(first);
    QCOMPARE(Credence::Test::readAll(again), a);
    // Well-formed JSON, and binary data carried (the archived scan's bytes in base64).
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(a, &error);
    QVERIFY2(!document.isNull(), qPrintable(error.errorString()));
    QVERIFY(a.contains(QByteArray("scan.bin")));

    // Laid out anew by an editor (indented, tables in another order): read whole instead of line by line, same project.
    QJsonObject root = document.object();
    QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    QVERIFY(tables.contains(QStringLiteral("claims")));
    root.insert(QStringLiteral("tables"), tables); // QJsonObject orders keys by name: claims before sources
    const QString edited = m_dir.filePath(QStringLiteral("edited.json"));
    QVERIFY(Credence::Test::writeFile(edited, QJsonDocument(root).toJson(QJsonDocument::Indented)));
    const QString fromEdited = m_dir.filePath(QStringLiteral("edited.credence"));
    QVERIFY2(json.read(edited, fromEdited), qPrintable(json.lastError()));
    const QString editedAgain = m_dir.filePath(QStringLiteral("edited-again.json"));
    QVERIFY2(json.write(fromEdited, editedAgain), qPrintable(json.lastError()));
    QCOMPARE(Credence::Test::readAll(editedAgain), a);

    // The same rows in every table, what is derived included (search index and id sequences aside).
    {
        Project reopened; // both opened the same way, so their derived tables are both caught up
        QVERIFY(reopened.open(m_db, {OpenMode::Existing}));
    }
    const QStringList original = Credence::Test::dumpTables(m_db);
    const QStringList made = Credence::Test::dumpTables(copy);
    QVERIFY2(made == original, qPrintable(Credence::Test::firstDifference(made, original)));
}

void ProjectJsonTest::commandLine()
{
    const QString out = m_dir.filePath(QStringLiteral("cli.json"));
    const QString made = m_dir.filePath(QStringLiteral("cli.credence"));
    const CredenceTest::Run exported =
        CredenceTest::runCredence({QStringLiteral("export-json"), QStringLiteral("--db"), m_db, out}, m_dir.path());
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.contains(QLatin1String("Wrote ")), qPrintable(exported.out));
    const CredenceTest::Run imported =
        CredenceTest::runCredence({QStringLiteral("import-json"), QStringLiteral("--db"), made, out}, m_dir.path());
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const CredenceTest::Run summary = CredenceTest::runCredence(
        {QStringLiteral("summary"), QStringLiteral("--db"), made, QStringLiteral("--json")}, m_dir.path());
    const CredenceTest::Run original = CredenceTest::runCredence(
        {QStringLiteral("summary"), QStringLiteral("--db"), m_db, QStringLiteral("--json")}, m_dir.path());
    QJsonObject a = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    QJsonObject b = QJsonDocument::fromJson(original.out.toUtf8()).object();
    a.remove(QStringLiteral("project"));
    b.remove(QStringLiteral("project"));
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
    // Made again onto the project just made: refused, the project untouched.
    const QByteArray before = Credence::Test::readAll(made);
    const CredenceTest::Run again =
        CredenceTest::runCredence({QStringLiteral("import-json"), QStringLiteral("--db"), made, out}, m_dir.path());
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));
    QCOMPARE(Credence::Test::readAll(made), before);
}

void ProjectJsonTest::refusals_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"format\": \"credence-project\", \"tables\": {")
                              << QStringLiteral("is not JSON");
    QTest::newRow("other JSON") << QByteArray("{\"name\": \"something else\"}")
                                << QStringLiteral("not a Credence project");
    QTest::newRow("newer") << QByteArray("{\"format\": \"credence-project\", \"version\": 9, \"schema\": 1, "
                                         "\"tables\": {}}")
                           << QStringLiteral("newer Credence");
    QTest::newRow("unknown table") << QByteArray("{\"format\": \"credence-project\", \"version\": 1, \"schema\": 12, "
                                                 "\"tables\": {\"search_index\": {\"columns\": [], \"rows\": []}}}")
                                   << QStringLiteral("does not know: search_index");
    QTest::newRow("unknown column")
        << QByteArray("{\"format\": \"credence-project\", \"version\": 1, \"schema\": 12, \"tables\": {\"authors\": "
                      "{\"columns\": [\"id\", \"name\", \"shoe_size\"], \"rows\": [[1, \"A\", 42]]}}}")
        << QStringLiteral("authors.shoe_size");
    QTest::newRow("short row")
        << QByteArray("{\"format\": \"credence-project\", \"version\": 1, \"schema\": 12, \"tables\": {\"authors\": "
                      "{\"columns\": [\"id\", \"name\"], \"rows\": [[1]]}}}")
        << QStringLiteral("does not match its columns");
    QTest::newRow("broken reference")
        << QByteArray("{\"format\": \"credence-project\", \"version\": 1, \"schema\": 12, \"tables\": {\"claims\": "
                      "{\"columns\": [\"id\", \"article_id\", \"start_offset\", \"end_offset\", \"text\", "
                      "\"updated_at\"], \"rows\": [[1, 99, 0, 4, \"text\", \"2026-01-01\"]]}}}")
        << QStringLiteral("could not be made");
}

void ProjectJsonTest::refusals()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString in = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(Credence::Test::writeFile(in, content));
    const QString target = m_dir.filePath(QStringLiteral("bad.credence"));
    ProjectJson json;
    QVERIFY(!json.read(in, target));
    QVERIFY2(json.lastError().contains(message), qPrintable(json.lastError()));
    QVERIFY2(QDir(m_dir.path()).entryList({QStringLiteral("bad.credence*")}).isEmpty(), "a file was left behind");
    // An export is never written onto a project.
    QVERIFY(!json.write(m_db, m_db));
    QVERIFY(QFileInfo(m_db).size() > 0);
}

QTEST_MAIN(ProjectJsonTest)
#include "projectjson_test.moc"
