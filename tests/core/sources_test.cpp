// Sources as records: what a page says about where it comes from (its publication, its address, the outlet it
// credits) becomes the article's source and its origin; an article that names none is unassigned and counts in no
// source's score. On the seeds: 001 and 003 share no source row, 004 is linked to messenger-inquirer.com and 000 to
// France 24 as the outlets they were first published by.

#include "project/project.h"
#include "projectdump.h"
#include "projecttestaccess.h"
#include "scoring/reliability.h"
#include "sources/sourcenames.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Credence::Core;
using Credence::Test::dumpTables;
using Credence::Test::firstDifference;
using Credence::Test::seedsDir;

class SourcesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void domains_data();
    void domains();
    void emailDomains_data();
    void emailDomains();
    void emailProposesTheSourceAtImport();
    void agencyCredits_data();
    void agencyCredits();
    void agencyCopyCreditsTheAgency();
    void seedsHaveTheirOwnSourcesAndOrigins();
    void unusedSourcesGoUnlessDescribed();
    void assignSourceIsOneUndoableStep();
    void editRefusesAnotherSourcesName();
    void mergeMovesArticlesAndUndoes();
    void manualGradeKeepsTheComputedBeside();

private:
    QTemporaryDir m_dir;
};

void SourcesTest::domains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("name");
    QTest::newRow("bare domain") << QStringLiteral("www.messenger-inquirer.com")
                                 << QStringLiteral("messenger-inquirer.com")
                                 << QStringLiteral("messenger-inquirer.com");
    QTest::newRow("address") << QStringLiteral("https://WWW.Example.co.uk/news/1?x=2")
                             << QStringLiteral("example.co.uk") << QStringLiteral("example.co.uk");
    QTest::newRow("domain and path") << QStringLiteral("apnews.com/article/x") << QStringLiteral("apnews.com")
                                     << QStringLiteral("apnews.com");
    QTest::newRow("a name") << QStringLiteral("  France   24 ") << QString() << QStringLiteral("France 24");
    QTest::newRow("one word") << QStringLiteral("Devdiscourse") << QString() << QStringLiteral("Devdiscourse");
    QTest::newRow("initials with dots") << QStringLiteral("U.S.") << QString() << QStringLiteral("U.S.");
    QTest::newRow("a number") << QStringLiteral("24.7") << QString() << QStringLiteral("24.7");
    QTest::newRow("empty") << QStringLiteral("   ") << QString() << QString();
}

void SourcesTest::domains()
{
    QFETCH(QString, text);
    QFETCH(QString, domain);
    QFETCH(QString, name);
    QCOMPARE(domainOf(text), domain);
    QCOMPARE(sourceNameOf(text), name);
}

void SourcesTest::emailDomains_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("domain");
    const QString body = QStringLiteral("The ferry carried 40 passengers. Write to the port at info@port-authority.org."
                                        "\n\nMore in June.");
    QTest::newRow("newsroom address in the footer")
        << QStringLiteral("Contact: newsdesk@ValleyPost.co.uk\n") + body << body << QStringLiteral("valleypost.co.uk");
    QTest::newRow("an address the article quotes") << body << body << QString();
    QTest::newRow("a person's mailbox") << QStringLiteral("Reach me: jane.roe@valleypost.co.uk\n") + body << body
                                        << QString();
    QTest::newRow("a mail provider") << QStringLiteral("tips@gmail.com\n") + body << body << QString();
    QTest::newRow("an example domain") << QStringLiteral("editor@example.com\n") + body << body << QString();
    QTest::newRow("the most frequent, then the last")
        << QStringLiteral("letters@a-daily.com tips@b-post.org editor@b-post.org\n") + body << body
        << QStringLiteral("b-post.org");
    QTest::newRow("www and a mailto link") << QStringLiteral("<a href=\"mailto:redaktion@www.tageblatt.de\">")
                                           << QString() << QStringLiteral("tageblatt.de");
    QTest::newRow("part of a longer mailbox") << QStringLiteral("oldnews@valleypost.co.uk") << QString() << QString();
    QTest::newRow("in the body's last paragraph")
        << QStringLiteral("The ferry sailed.\n\nTips: tips@valleypost.co.uk")
        << QStringLiteral("The ferry sailed.\n\nTips: tips@valleypost.co.uk") << QStringLiteral("valleypost.co.uk");
}

void SourcesTest::emailDomains()
{
    QFETCH(QString, page);
    QFETCH(QString, body);
    QFETCH(QString, domain);
    QCOMPARE(publisherDomainOfEmails(page, body), domain);
}

void SourcesTest::emailProposesTheSourceAtImport()
{
    Project project;
    QVERIFY(project.open(m_dir.filePath(QStringLiteral("email.credence"))));
    const QByteArray page = QByteArrayLiteral(
        "Ferry numbers rise again\n\nThe ferry carried 40 passengers on Sunday, the harbour office said.\n\n"
        "Its manager, reachable at info@harbour-office.org, expects more in June.\n\n"
        "Send news tips to newsdesk@valleypost.co.uk\n");
    const ImportOutcome outcome = project.importBytes(page, QStringLiteral("ferry.txt"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(project.articleSummary(*outcome.articleId)->publication, QStringLiteral("valleypost.co.uk"));
    const auto source = project.source(project.sourceTallies().first().id);
    QCOMPARE(source->domains, QStringList{QStringLiteral("valleypost.co.uk")});
}

void SourcesTest::agencyCredits_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("agency");
    QTest::newRow("dateline") << QStringLiteral("PARIS (Reuters) - France said on Thursday...")
                              << QStringLiteral("Reuters");
    QTest::newRow("dateline with date") << QStringLiteral("Bamako, Nov 7 (AFP) — Fuel ran short...")
                                        << QStringLiteral("AFP");
    QTest::newRow("long name") << QStringLiteral("WASHINGTON (Associated Press) — The vote...") << QStringLiteral("AP");
    QTest::newRow("credit alone") << QStringLiteral("– AFP") << QStringLiteral("AFP");
    QTest::newRow("in brackets") << QStringLiteral("(Reuters)") << QStringLiteral("Reuters");
    QTest::newRow("lower case agency") << QStringLiteral("BERLIN (dpa) - Die Regierung...") << QStringLiteral("dpa");
    QTest::newRow("not an agency") << QStringLiteral("PARIS (France 24) - France said...") << QString();
    QTest::newRow("brackets in a sentence")
        << QStringLiteral("The minister (who had resigned) - said nothing.") << QString();
    QTest::newRow("agency named in prose") << QStringLiteral("Reuters reported that the talks failed.") << QString();
    QTest::newRow("a paragraph") << QStringLiteral("The talks failed, AFP said.") << QString();
}

void SourcesTest::agencyCredits()
{
    QFETCH(QString, paragraph);
    QFETCH(QString, agency);
    QCOMPARE(agencyCredit(paragraph), agency);
}

void SourcesTest::agencyCopyCreditsTheAgency()
{
    Project project;
    QVERIFY2(project.open(m_dir.filePath(QStringLiteral("agency.credence"))), qPrintable(project.lastError()));
    const ImportOutcome outcome = project.importBytes(
        QByteArrayLiteral("Fuel blockade tightens\nSource: Valley Post\n\n"
                          "BAMAKO (Reuters) - Fuel queues grew in Bamako on Thursday, residents said.\n\n"
                          "The army said convoys would resume next week.\n"),
        QStringLiteral("wire.txt"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(project.articleSummary(*outcome.articleId)->publication, QStringLiteral("Valley Post"));
    QCOMPARE(project.articleSummary(*outcome.articleId)->originSource, QStringLiteral("Reuters"));
    Database &db = ProjectTestAccess::database(project);
    QCOMPARE(db.scalar(QStringLiteral("SELECT kind FROM sources WHERE name = 'Reuters'")).toString(),
             QStringLiteral("wire"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT kind FROM sources WHERE name = 'Valley Post'")).toString(),
             QStringLiteral("outlet"));
    // The agency's own copy on its own site is no reprint: one source, no origin.
    const ImportOutcome own =
        project.importBytes(QByteArrayLiteral("Vote delayed\nSource: Associated Press\n\n"
                                              "WASHINGTON (AP) — The vote was delayed to Friday, leaders said.\n"),
                            QStringLiteral("own.txt"));
    QVERIFY2(own.ok(), qPrintable(own.error));
    QCOMPARE(project.articleSummary(*own.articleId)->publication, QStringLiteral("AP"));
    QCOMPARE(project.articleSummary(*own.articleId)->originSource, QString());
}

void SourcesTest::seedsHaveTheirOwnSourcesAndOrigins()
{
    Project project;
    QVERIFY2(project.open(m_dir.filePath(QStringLiteral("seeds.credence"))), qPrintable(project.lastError()));
    const QDir seeds(seedsDir());
    QHash<QString, Id> ids;
    for (const QString &name : seeds.entryList({QStringLiteral("00?_*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(seeds.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportOutcome outcome = project.importBytes(file.readAll(), name);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        ids.insert(name.left(3), *outcome.articleId);
    }
    QCOMPARE(ids.size(), 5);
    // 001, 003 and 004 name no publication: unassigned, not pooled into one row with one score.
    for (const char *seed : {"001", "003", "004"}) {
        QCOMPARE(project.article(ids.value(QLatin1String(seed)))->sourceId, Id(0));
        QCOMPARE(project.articleSummary(ids.value(QLatin1String(seed)))->publication, QString());
    }
    QStringList names;
    int articles = 0;
    for (const SourceTally &tally : project.sourceTallies()) {
        names.append(tally.name);
        articles += tally.articles;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Capital Cities"), QStringLiteral("Devdiscourse")}));
    QCOMPARE(articles, 2);
    // The outlets they credit are their origins.
    QCOMPARE(project.articleSummary(ids.value(QStringLiteral("004")))->originSource,
             QStringLiteral("messenger-inquirer.com"));
    QCOMPARE(project.articleSummary(ids.value(QStringLiteral("000")))->originSource, QStringLiteral("France 24"));
    QCOMPARE(project.articleSummary(ids.value(QStringLiteral("002")))->originSource, QString());
}

void SourcesTest::unusedSourcesGoUnlessDescribed()
{
    Project project;
    const QString path = m_dir.filePath(QStringLiteral("unused.credence"));
    QVERIFY2(project.open(path), qPrintable(project.lastError()));
    const ImportOutcome a = project.importBytes(
        QByteArrayLiteral("Ferry cut\nSource: Bayside Herald\n\nThe ferry will run twice a day, the operator said.\n"),
        QStringLiteral("a.txt"));
    QVERIFY2(a.ok(), qPrintable(a.error));
    const Id source = project.article(*a.articleId)->sourceId;
    QVERIFY(source);
    // Moved to an address: the domain is its source, the old one goes with its last article.
    ArticleMetadata metadata = project.article(*a.articleId)->metadata;
    metadata.publication.clear();
    metadata.url = QStringLiteral("https://www.bayside.example/ferry");
    QVERIFY(project.writeMetadata(*a.articleId, metadata));
    QCOMPARE(project.articleSummary(*a.articleId)->publication, QStringLiteral("bayside.example"));
    Database &db = ProjectTestAccess::database(project);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sources WHERE id = ?"), {source}).toInt(), 0);
    // Another article naming the domain (or the address) joins that source, not a new one.
    metadata.url.clear();
    metadata.publication = QStringLiteral("http://bayside.example");
    const Id domainSource = project.article(*a.articleId)->sourceId;
    QVERIFY(project.writeMetadata(*a.articleId, metadata));
    QCOMPARE(project.article(*a.articleId)->sourceId, domainSource);
    // A source with notes stays when its last article goes; one without goes.
    QVERIFY(
        db.exec(QStringLiteral("UPDATE sources SET notes = 'state-owned' WHERE id = ?"), {domainSource}).isActive());
    QVERIFY(project.removeArticle(*a.articleId));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sources WHERE id = ?"), {domainSource}).toInt(), 1);
    QVERIFY(project.sourceTallies().isEmpty()); // kept, but with no articles it has no score
}

void SourcesTest::assignSourceIsOneUndoableStep()
{
    Project project;
    QVERIFY2(project.open(m_dir.filePath(QStringLiteral("assign.credence"))), qPrintable(project.lastError()));
    QList<Id> ids;
    for (int i = 0; i < 3; ++i) {
        const ImportOutcome outcome = project.importBytes(
            QStringLiteral("Report %1\n\nThe bridge closes in May, the city said on day %1.\n").arg(i).toUtf8(),
            QStringLiteral("r%1.txt").arg(i));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        ids.append(*outcome.articleId);
    }
    QVERIFY(project.sourceTallies().isEmpty()); // all three unassigned
    const QStringList before = Credence::Test::dumpTables(project.path());
    const int steps = project.undoStack()->index();
    // Two of them to one source, typed as an address: its domain names it.
    QVERIFY(project.assignSource(ids.mid(0, 2), QStringLiteral("https://www.westport-post.example/news")));
    QCOMPARE(project.undoStack()->index(), steps + 1);
    QCOMPARE(project.sourceTallies().size(), 1);
    QCOMPARE(project.sourceTallies().first().name, QStringLiteral("westport-post.example"));
    QCOMPARE(project.sourceTallies().first().articles, 2);
    QCOMPARE(project.articleSummary(ids.at(2))->publication, QString());
    // The third by the domain alone: the same source, not a second one.
    QVERIFY(project.assignSource({ids.at(2)}, QStringLiteral("westport-post.example")));
    QCOMPARE(project.sourceTallies().first().articles, 3);
    const QStringList after = Credence::Test::dumpTables(project.path());
    project.undoStack()->undo();
    project.undoStack()->undo();
    QStringList now = Credence::Test::dumpTables(project.path());
    QVERIFY2(now == before, qPrintable(Credence::Test::firstDifference(now, before)));
    project.undoStack()->redo();
    project.undoStack()->redo();
    now = Credence::Test::dumpTables(project.path());
    QVERIFY2(now == after, qPrintable(Credence::Test::firstDifference(now, after)));
    // Empty: unassigned again.
    QVERIFY(project.assignSource(ids, QString()));
    QVERIFY(project.sourceTallies().isEmpty());
}

namespace {

/// Imports one short article per publication named; the ids of the sources they got, by name.
QHash<QString, Id> importPublications(Project &project, const QStringList &publications)
{
    int n = 0;
    for (const QString &publication : publications) {
        ++n;
        const QString text = QStringLiteral("Title: Report %1\nPublication: ").arg(n) + publication +
                             QStringLiteral("\n\nThe harbour bridge closes in May for repairs, the city said on day ") +
                             QString::number(n) + QStringLiteral(".\n");
        project.importBytes(text.toUtf8(), QStringLiteral("report-%1.txt").arg(n));
    }
    QHash<QString, Id> ids;
    for (const Source &source : project.sources()) {
        ids.insert(source.name, source.id);
    }
    return ids;
}

} // namespace

void SourcesTest::editRefusesAnotherSourcesName()
{
    Project project;
    QVERIFY2(project.open(m_dir.filePath(QStringLiteral("edit.credence"))), qPrintable(project.lastError()));
    const QHash<QString, Id> ids =
        importPublications(project, {QStringLiteral("Valley Post"), QStringLiteral("Coast Daily")});
    QCOMPARE(ids.size(), 2);
    Source post = *project.source(ids.value(QStringLiteral("Valley Post")));
    post.name = QStringLiteral("  coast   DAILY ");
    QVERIFY(!project.changeSource(post));
    QVERIFY(project.lastError().contains(QStringLiteral("merge")));
    post.name = QStringLiteral("The Valley Post");
    post.kind = SourceKind::Blog;
    post.domains = {QStringLiteral("valleypost.example")};
    post.aliases = {QStringLiteral("VP")};
    post.country = QStringLiteral("NO");
    post.notes = QStringLiteral("Owned by <b>%1</b>");
    QVERIFY(project.changeSource(post));
    QCOMPARE(*project.source(post.id), post);
    // Found by its new other name and domain on the next import.
    importPublications(project, {QStringLiteral("VP")});
    QCOMPARE(project.sources().size(), 2);
    QString failure;
    connect(&project, &Project::storageError, this, [&failure](const QString &message) { failure = message; });
    project.undoStack()->undo();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(project.undoStack()->index(), project.undoStack()->count() - 1);
    QCOMPARE(project.source(post.id)->name, QStringLiteral("Valley Post"));
    QCOMPARE(project.source(post.id)->kind, SourceKind::Outlet);
}

void SourcesTest::mergeMovesArticlesAndUndoes()
{
    const QString path = m_dir.filePath(QStringLiteral("merge.credence"));
    Project project;
    QVERIFY2(project.open(path), qPrintable(project.lastError()));
    const QHash<QString, Id> ids =
        importPublications(project, {QStringLiteral("Valley Post"), QStringLiteral("The Valley Post"),
                                     QStringLiteral("valleypost.example"), QStringLiteral("Coast Daily")});
    QCOMPARE(ids.size(), 4);
    const QStringList before = dumpTables(path);
    const Id into = ids.value(QStringLiteral("Valley Post"));
    QVERIFY(project.mergeSources(
        into, {ids.value(QStringLiteral("The Valley Post")), ids.value(QStringLiteral("valleypost.example"))}));
    const QList<SourceTally> tallies = project.sourceTallies();
    QCOMPARE(tallies.size(), 2);
    QCOMPARE(tallies.first().name, QStringLiteral("Coast Daily"));
    QCOMPARE(tallies.last().name, QStringLiteral("Valley Post"));
    QCOMPARE(tallies.last().articles, 3);
    const Source merged = *project.source(into);
    QCOMPARE(merged.aliases, (QStringList{QStringLiteral("The Valley Post"), QStringLiteral("valleypost.example")}));
    QCOMPARE(merged.domains, QStringList{QStringLiteral("valleypost.example")});
    // One step: undo gives back both sources under their ids, with their articles.
    project.undoStack()->undo();
    const QStringList undone = dumpTables(path);
    QVERIFY2(undone == before, qPrintable(firstDifference(undone, before)));
    project.undoStack()->redo();
    QCOMPARE(project.sourceTallies().size(), 2);
    QVERIFY(!project.mergeSources(into, {into}));
}

void SourcesTest::manualGradeKeepsTheComputedBeside()
{
    Project project;
    QVERIFY2(project.open(m_dir.filePath(QStringLiteral("grade.credence"))), qPrintable(project.lastError()));
    const Id id = importPublications(project, {QStringLiteral("Valley Post")}).value(QStringLiteral("Valley Post"));
    QVERIFY(id);
    QCOMPARE(project.computedSourceGrade(id), QStringLiteral("F")); // nothing decided: cannot be judged
    QVERIFY(!project.setSourceGrade(id, QStringLiteral("G"), QString()));
    QVERIFY(project.setSourceGrade(id, QStringLiteral("B"), QStringLiteral("Corrects its errors within a day.")));
    QCOMPARE(project.source(id)->grade, QStringLiteral("B"));
    QVERIFY(project.setSourceGrade(id, QStringLiteral("C"), QStringLiteral("Two retractions in May.")));
    const QList<SourceGradeChange> history = project.sourceGradeHistory(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).from, QString());
    QCOMPARE(history.at(0).to, QStringLiteral("B"));
    QCOMPARE(history.at(0).computed, QStringLiteral("F"));
    QCOMPARE(history.at(1).from, QStringLiteral("B"));
    QCOMPARE(history.at(1).reason, QStringLiteral("Two retractions in May."));
    QCOMPARE(project.sourceTallies().first().grade, QStringLiteral("C"));
    // Undo takes back the grade and the history row it wrote.
    project.undoStack()->undo();
    QCOMPARE(project.source(id)->grade, QStringLiteral("B"));
    QCOMPARE(project.sourceGradeHistory(id).size(), 1);
    // The computed grade by the evidence: three decided, all corroborated, is still thin (lower end 0.40).
    QCOMPARE(computedGrade(assessReliability(3, 0)), QStringLiteral("D"));
    QCOMPARE(computedGrade(assessReliability(40, 0)), QStringLiteral("A"));
    QCOMPARE(computedGrade(assessReliability(2, 0)), QStringLiteral("F"));
    QCOMPARE(computedGrade(assessReliability(5, 20)), QStringLiteral("E"));
}

QTEST_GUILESS_MAIN(SourcesTest)
#include "sources_test.moc"
