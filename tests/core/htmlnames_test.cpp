// What class and id names say about an element (import/html/htmlnames): one row per rule, each row checked against
// every function, so a row shows both what its rule makes true and what it leaves alone.

#include "import/html/htmlnames.h"

#include <QTest>

using namespace Credence::Core;

class HtmlNamesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
};

void HtmlNamesTest::names_data()
{
    QTest::addColumn<QString>("names"); // lower case "class id", as Html::classAndId() gives it
    QTest::addColumn<bool>("furniture");
    QTest::addColumn<bool>("obvious");
    QTest::addColumn<bool>("articleBody");
    QTest::addColumn<int>("weight");
    QTest::addColumn<bool>("summary");
    QTest::addColumn<bool>("byline");

    // Furniture, and what outweighs it.
    QTest::newRow("article body name outweighs a furniture word")
        << QStringLiteral("article-body share") << false << false << true << 1 << false << false;
    QTest::newRow("article body name with '_' for '-'")
        << QStringLiteral("entry_content") << false << false << true << 1 << false << false;
    QTest::newRow("obvious part inside a compound name")
        << QStringLiteral("newsletter-signup") << true << true << false << -1 << false << false;
    QTest::newRow("obvious part with '_' for '-'")
        << QStringLiteral("more_stories") << true << true << false << -1 << false << false;
    QTest::newRow("obvious word as a token of a BEM name")
        << QStringLiteral("c-comments__list") << true << true << false << -1 << false << false;
    QTest::newRow("obvious word only as a whole token")
        << QStringLiteral("canvas shareholders") << false << false << false << 0 << false << false;
    QTest::newRow("likely word: furniture, not obvious")
        << QStringLiteral("sidebar") << true << false << false << -1 << false << false;

    // Weight.
    QTest::newRow("content word weighs +1")
        << QStringLiteral("story") << false << false << false << 1 << false << false;
    QTest::newRow("content word only as a whole token")
        << QStringLiteral("storyline postman") << false << false << false << 0 << false << false;

    // Standfirsts.
    QTest::newRow("summary word") << QStringLiteral("article-dek") << false << false << false << 1 << true << false;
    QTest::newRow("sub-headline part") << QStringLiteral("c-sub-headline") << false << false << false << 0 << true
                                       << false;
    QTest::newRow("summary run into a CSS module name")
        << QStringLiteral("articledek_root") << false << false << false << 0 << true << false;
    QTest::newRow("summary word run on into another word")
        << QStringLiteral("dekstop standfirsts") << false << false << false << 0 << false << false;

    // Bylines.
    QTest::newRow("byline word: a byline, and likely furniture")
        << QStringLiteral("byline") << true << false << false << -1 << false << true;
    QTest::newRow("author word") << QStringLiteral("post-author") << false << false << false << 1 << false << true;
    QTest::newRow("author-name part inside a longer name")
        << QStringLiteral("postauthor-name") << false << false << false << 0 << false << true;
    QTest::newRow("bio beside an author word: obvious furniture, no byline")
        << QStringLiteral("author-bio") << true << true << false << -1 << false << false;
    QTest::newRow("avatar beside an author word: no byline")
        << QStringLiteral("author-avatar") << false << false << false << 0 << false << false;
}

void HtmlNamesTest::names()
{
    QFETCH(QString, names);
    QFETCH(bool, furniture);
    QFETCH(bool, obvious);
    QFETCH(bool, articleBody);
    QFETCH(int, weight);
    QFETCH(bool, summary);
    QFETCH(bool, byline);

    QCOMPARE(HtmlNames::isFurniture(names), furniture);
    QCOMPARE(HtmlNames::isObviousFurniture(names), obvious);
    QCOMPARE(HtmlNames::isArticleBody(names), articleBody);
    QCOMPARE(HtmlNames::weight(names), weight);
    QCOMPARE(HtmlNames::isSummary(names), summary);
    QCOMPARE(HtmlNames::isByline(names), byline);
}

QTEST_MAIN(HtmlNamesTest)

#include "htmlnames_test.moc"
