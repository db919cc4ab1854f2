// Authors as records: a byline becomes an author record with other names and notes; authors are renamed, merged
// (their articles follow, undoable to the byte) and assigned to many articles at once; a byline a merge made another
// name of an author finds that author at the next import (and in Assign Author, whatever its case).

#include "project/project.h"
#include "projectdump.h"
#include "storage/database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Credence::Core;
using Credence::Test::dumpTables;
using Credence::Test::firstDifference;

class AuthorsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void bylinesBecomeRecords();
    void editRefusesAnotherAuthorsName();
    void mergeMovesArticlesAndUndoes();
    void mergedBylineFindsTheAuthorAtImport();
    void assignToManyIsOneUndoableStep();

private:
    /// Imports one article a byline for each of @p bylines (an empty one: no byline); the article ids.
    QList<Id> importBylines(Project &project, const QStringList &bylines);
    Id authorId(Project &project, const QString &name);

    QTemporaryDir m_dir;
    int m_imported = 0;
};

QList<Id> AuthorsTest::importBylines(Project &project, const QStringList &bylines)
{
    QList<Id> ids;
    for (const QString &byline : bylines) {
        ++m_imported;
        const QString text = QStringLiteral("Harbour report %1\n").arg(m_imported) +
                             (byline.isEmpty() ? QString() : QStringLiteral("By ") + byline + u'\n') +
                             QStringLiteral("Source: Valley Post\n\nThe ferry carried %1 passengers on Sunday, the"
                                            " harbour office said.\n")
                                 .arg(m_imported * 13);
        const ImportOutcome outcome =
            project.importBytes(text.toUtf8(), QStringLiteral("byline-%1.txt").arg(m_imported));
        if (!outcome.ok()) {
            qWarning("%s", qPrintable(outcome.error));
            return {};
        }
        ids.append(*outcome.articleId);
    }
    return ids;
}

Id AuthorsTest::authorId(Project &project, const QString &name)
{
    for (const AuthorSummary &summary : project.authors()) {
        if (summary.author.name == name) {
            return summary.author.id;
        }
    }
    return 0;
}

void AuthorsTest::bylinesBecomeRecords()
{
    Project project;
    QVERIFY(project.open(m_dir.filePath(QStringLiteral("records.credence"))));
    const QList<Id> articles = importBylines(
        project, {QStringLiteral("Ada Stone"), QStringLiteral("Ada Stone"), QStringLiteral("Ben Ash"), QString()});
    QCOMPARE(articles.size(), 4);
    const QList<AuthorSummary> authors = project.authors();
    QCOMPARE(authors.size(), 2);
    QCOMPARE(authors.at(0).author.name, QStringLiteral("Ada Stone"));
    QCOMPARE(authors.at(0).articles, 2);
    QCOMPARE(authors.at(0).sources, QStringList{QStringLiteral("Valley Post")});
    QCOMPARE(authors.at(1).author.name, QStringLiteral("Ben Ash"));
    QCOMPARE(authors.at(1).articles, 1);
    QCOMPARE(authors.at(0).unassigned, 0);
    // An article of Ben Ash's that names no source is counted as unassigned beside his sources.
    const ImportOutcome unsourced = project.importBytes(
        QByteArrayLiteral(
            "Quay works begin\nBy Ben Ash\n\nWork on the north quay began on Monday, the council said.\n"),
        QStringLiteral("unsourced.txt"));
    QVERIFY2(unsourced.ok(), qPrintable(unsourced.error));
    QCOMPARE(project.authors().at(1).articles, 2);
    QCOMPARE(project.authors().at(1).unassigned, 1);
    QCOMPARE(project.authors().at(1).sources, QStringList{QStringLiteral("Valley Post")});
    // Claims judged count for the author of their article.
    const Claim claim = project.claims(articles.at(2)).first();
    QVERIFY(project.setVerdict({claim.id}, Verdict::Contradicted));
    QCOMPARE(project.authors().at(1).contradicted, 1);
    QCOMPARE(project.authors().at(0).contradicted, 0);
}

void AuthorsTest::editRefusesAnotherAuthorsName()
{
    Project project;
    QVERIFY(project.open(m_dir.filePath(QStringLiteral("edit.credence"))));
    QCOMPARE(importBylines(project, {QStringLiteral("Ada Stone"), QStringLiteral("Ben Ash")}).size(), 2);
    const Id ada = authorId(project, QStringLiteral("Ada Stone"));
    QVERIFY(ada);
    Author edited = *project.author(ada);
    edited.name = QStringLiteral("  BEN   ash ");
    QVERIFY(!project.changeAuthor(edited));
    QVERIFY(project.lastError().contains(QStringLiteral("merge")));
    edited.name = QStringLiteral("Ada  Stone-Marsh");
    edited.aliases = {QStringLiteral("A. Stone"), QStringLiteral(" a. stone "), QStringLiteral("Ada Stone-Marsh")};
    edited.notes = QStringLiteral("Covers the port; <b>%1</b> not markup.");
    QVERIFY2(project.changeAuthor(edited), qPrintable(project.lastError()));
    const Author stored = *project.author(ada);
    QCOMPARE(stored.name, QStringLiteral("Ada Stone-Marsh"));
    QCOMPARE(stored.aliases, QStringList{QStringLiteral("A. Stone")}); // duplicates and its own name dropped
    QCOMPARE(stored.notes, edited.notes);
    QCOMPARE(project.undoStack()->count(), 1);
    // The articles show the new name.
    QCOMPARE(project.articleSummary(project.articles().first().id)->author, QStringLiteral("Ada Stone-Marsh"));
    project.undoStack()->undo();
    QCOMPARE(project.author(ada)->name, QStringLiteral("Ada Stone"));
    // An unchanged record is no step.
    QVERIFY(project.changeAuthor(*project.author(ada)));
    QCOMPARE(project.undoStack()->index(), 0);
}

void AuthorsTest::mergeMovesArticlesAndUndoes()
{
    const QString path = m_dir.filePath(QStringLiteral("merge.credence"));
    Project project;
    QVERIFY(project.open(path));
    QCOMPARE(importBylines(project, {QStringLiteral("Ada Stone"), QStringLiteral("A. Stone"),
                                     QStringLiteral("Ada R. Stone"), QStringLiteral("Ben Ash")})
                 .size(),
             4);
    const Id into = authorId(project, QStringLiteral("Ada Stone"));
    const Id initials = authorId(project, QStringLiteral("A. Stone"));
    const Id credited = authorId(project, QStringLiteral("Ada R. Stone"));
    QVERIFY(into && initials && credited);
    Author withNotes = *project.author(initials);
    withNotes.notes = QStringLiteral("Signs wire copy.");
    QVERIFY(project.changeAuthor(withNotes));
    const QStringList before = dumpTables(path);
    QVERIFY(project.mergeAuthors(into, {initials, credited, into}));
    const QList<AuthorSummary> authors = project.authors();
    QCOMPARE(authors.size(), 2);
    QCOMPARE(authors.at(0).author.id, into);
    QCOMPARE(authors.at(0).articles, 3);
    QCOMPARE(authors.at(0).author.aliases, (QStringList{QStringLiteral("A. Stone"), QStringLiteral("Ada R. Stone")}));
    QCOMPARE(authors.at(0).author.notes, QStringLiteral("A. Stone: Signs wire copy."));
    // One step: undo gives back the three authors under their ids, with their articles, byte for byte.
    project.undoStack()->undo();
    const QStringList undone = dumpTables(path);
    QVERIFY2(undone == before, qPrintable(firstDifference(undone, before)));
    project.undoStack()->redo();
    QCOMPARE(project.authors().size(), 2);
    QVERIFY(!project.mergeAuthors(into, {into}));
    QVERIFY(!project.mergeAuthors(into, {Id(9999)}));
}

void AuthorsTest::mergedBylineFindsTheAuthorAtImport()
{
    Project project;
    QVERIFY(project.open(m_dir.filePath(QStringLiteral("alias.credence"))));
    QCOMPARE(importBylines(project, {QStringLiteral("Ada Stone"), QStringLiteral("A. Stone")}).size(), 2);
    const Id into = authorId(project, QStringLiteral("Ada Stone"));
    QVERIFY(project.mergeAuthors(into, {authorId(project, QStringLiteral("A. Stone"))}));
    // The next article signed "A. Stone" is Ada Stone's, not a new record.
    const QList<Id> later = importBylines(project, {QStringLiteral("A. Stone")});
    QCOMPARE(later.size(), 1);
    QCOMPARE(project.authors().size(), 1);
    QCOMPARE(project.authors().first().articles, 3);
    QCOMPARE(project.articleSummary(later.first())->author, QStringLiteral("Ada Stone"));
}

void AuthorsTest::assignToManyIsOneUndoableStep()
{
    const QString path = m_dir.filePath(QStringLiteral("assign.credence"));
    Project project;
    QVERIFY(project.open(path));
    const QList<Id> articles = importBylines(project, {QStringLiteral("Ada Stone"), QString(), QString()});
    QCOMPARE(articles.size(), 3);
    const QStringList before = dumpTables(path);
    QVERIFY(project.assignAuthor(articles.mid(1), QStringLiteral("  Ben   Ash ")));
    QCOMPARE(project.undoStack()->count(), 1);
    QCOMPARE(project.articleSummary(articles.at(1))->author, QStringLiteral("Ben Ash"));
    QCOMPARE(project.articleSummary(articles.at(2))->author, QStringLiteral("Ben Ash"));
    QCOMPARE(authorId(project, QStringLiteral("Ben Ash")) != 0, true);
    // To an existing author, by another name of it: the articles go to that record.
    Author ada = *project.author(authorId(project, QStringLiteral("Ada Stone")));
    ada.aliases = {QStringLiteral("A. Stone")};
    QVERIFY(project.changeAuthor(ada));
    QVERIFY(project.assignAuthor({articles.at(2)}, QStringLiteral("a. STONE")));
    QCOMPARE(project.articleSummary(articles.at(2))->author, QStringLiteral("Ada Stone"));
    // Empty: no author.
    QVERIFY(project.assignAuthor(articles, QString()));
    for (const Id id : articles) {
        QCOMPARE(project.articleSummary(id)->author, QString());
    }
    QCOMPARE(project.authors().size(), 1); // Ada Stone keeps her record: it has other names
    while (project.undoStack()->canUndo()) {
        project.undoStack()->undo();
    }
    QCOMPARE(project.articleSummary(articles.at(0))->author, QStringLiteral("Ada Stone"));
    QCOMPARE(project.articleSummary(articles.at(1))->author, QString());
}

QTEST_GUILESS_MAIN(AuthorsTest)
#include "authors_test.moc"
