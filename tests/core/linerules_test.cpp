// Rules for single lines of page text (import/rules/linerules): bylines, credits, datelines, labels of page furniture
// and of comment threads. One row per rule, with rows the rule must leave alone.

#include "import/rules/linerules.h"

#include <QTest>

using namespace Credence::Core;

namespace {

/// " Word Word ...": @p n capitalised words, each a possible name.
QString capitalisedWords(int n)
{
    return QStringLiteral(" Word").repeated(n);
}

} // namespace

class LineRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorNames_data();
    void authorNames();
    void reportingCredit_data();
    void reportingCredit();
    void bylineDate_data();
    void bylineDate();
    void dateAfterNames_data();
    void dateAfterNames();
    void isByline_data();
    void isByline();
    void isJobTitle_data();
    void isJobTitle();
    void creditedSource_data();
    void creditedSource();
    void isDateOrTime_data();
    void isDateOrTime();
    void datePart_data();
    void datePart();
    void isFurniture_data();
    void isFurniture();
    void isCommentsHeading_data();
    void isCommentsHeading();
    void isCommentHeader_data();
    void isCommentHeader();
    void isCommentActions_data();
    void isCommentActions();
    void copyrightHolder_data();
    void copyrightHolder();
    void squash_data();
    void squash();
};

void LineRulesTest::authorNames_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QStringList>("names");

    const QStringList jane{QStringLiteral("Jane Roe")};
    QTest::newRow("By dropped") << QStringLiteral("By Jane Roe") << jane;
    QTest::newRow("another language's by dropped") << QStringLiteral("Von Jane Roe") << jane;
    QTest::newRow("names split at and, commas and &")
        << QStringLiteral("Written by Jane Roe, John Doe & Ada Byrne and Ben Iwu")
        << QStringList{QStringLiteral("Jane Roe"), QStringLiteral("John Doe"), QStringLiteral("Ada Byrne"),
                       QStringLiteral("Ben Iwu")};
    QTest::newRow("separator ends the names") << QStringLiteral("By Jane Roe | Harbour desk") << jane;
    QTest::newRow("published ends the names") << QStringLiteral("Jane Roe Published yesterday") << jane;
    QTest::newRow("month and day end the names") << QStringLiteral("Jane Roe Aug 15") << jane;
    QTest::newRow("a digit ends the names") << QStringLiteral("Jane Roe 2025") << jane;
    QTest::newRow("weekday left over from a date") << QStringLiteral("Jane Roe Tue 5 Mar") << jane;
    QTest::newRow("on and weekday left over") << QStringLiteral("By Jane Roe on Friday, May 12, 2023") << jane;
    QTest::newRow("job title dropped") << QStringLiteral("Jane Roe, Staff Writer") << jane;
    QTest::newRow("lower case is no name") << QStringLiteral("by the newsroom") << QStringList();
    QTest::newRow("more than six words is no name")
        << QStringLiteral("By Jane Roe") + capitalisedWords(5) << QStringList();
    QTest::newRow("a name once") << QStringLiteral("Jane Roe and JANE ROE") << jane;
    QTest::newRow("another credit after a semicolon") << QStringLiteral("Jane Roe; Editing by Max Power") << jane;
}

void LineRulesTest::authorNames()
{
    QFETCH(QString, byline);
    QFETCH(QStringList, names);
    QCOMPARE(HtmlLines::authorNames(byline), names);
}

void LineRulesTest::reportingCredit_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("reporters, places and editors dropped")
        << QStringLiteral("Reporting by Jane Roe in Oslo and John Doe in Bergen; Editing by Max Power")
        << QStringList{QStringLiteral("Jane Roe"), QStringLiteral("John Doe")};
    QTest::newRow("written by") << QStringLiteral("Written by Ada Byrne") << QStringList{QStringLiteral("Ada Byrne")};
    QTest::newRow("a byline is no credit") << QStringLiteral("By Jane Roe") << QStringList();
    QTest::newRow("too long for a credit")
        << QStringLiteral("Reporting by Jane Roe") + QStringLiteral(" and more").repeated(40) << QStringList();
}

void LineRulesTest::reportingCredit()
{
    QFETCH(QString, line);
    QFETCH(QStringList, names);
    QCOMPARE(HtmlLines::reportingCredit(line), names);
}

void LineRulesTest::bylineDate_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QDate>("date");

    QTest::newRow("on, weekday, date and time")
        << QStringLiteral("By Jane Roe on Friday, May 12, 2023 - 09:14") << QDate(2023, 5, 12);
    QTest::newRow("after a middle dot") << QStringLiteral("By Jane Roe · 29 June 2023") << QDate(2023, 6, 29);
    QTest::newRow("updated") << QStringLiteral("Jane Roe | Updated 4 November 2025") << QDate(2025, 11, 4);
    QTest::newRow("no date") << QStringLiteral("By Jane Roe") << QDate();
    QTest::newRow("no names") << QStringLiteral("by the newsroom, 29 June 2023") << QDate();
}

void LineRulesTest::bylineDate()
{
    QFETCH(QString, byline);
    QFETCH(QDate, date);
    QCOMPARE(HtmlLines::bylineDate(byline), date);
}

void LineRulesTest::dateAfterNames_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QDate>("date");

    const QString byline = QStringLiteral("Jane Roe and John Doe, published 15 August 2025");
    QTest::newRow("after the last name") << byline
                                         << QStringList{QStringLiteral("Jane Roe"), QStringLiteral("John Doe")}
                                         << QDate(2025, 8, 15);
    QTest::newRow("no names") << byline << QStringList() << QDate();
    QTest::newRow("a name not in the byline") << byline << QStringList{QStringLiteral("Ada Byrne")} << QDate();
    QTest::newRow("more than 80 characters after the name")
        << QStringLiteral("Jane Roe ") + QStringLiteral("x").repeated(80) + QStringLiteral(" 15 August 2025")
        << QStringList{QStringLiteral("Jane Roe")} << QDate();
}

void LineRulesTest::dateAfterNames()
{
    QFETCH(QString, byline);
    QFETCH(QStringList, names);
    QFETCH(QDate, date);
    QCOMPARE(HtmlLines::dateAfterNames(byline, names), date);
}

void LineRulesTest::isByline_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("byline");

    QTest::newRow("By and a name") << QStringLiteral("By Jane Roe") << true;
    QTest::newRow("names, then a date after a separator")
        << QStringLiteral("By Jane Roe and John Doe | Tue 5 Mar 2024 17.05 GMT") << true;
    QTest::newRow("no By") << QStringLiteral("Jane Roe") << false;
    QTest::newRow("lower case after By") << QStringLiteral("by the harbour, the pool is open") << false;
    QTest::newRow("a sentence") << QStringLiteral("By Tuesday the pool had reopened.") << false;
    QTest::newRow("more than 12 words before the separator")
        << QStringLiteral("By Jane") + capitalisedWords(12) << false;
    QTest::newRow("more than 24 words") << QStringLiteral("By Jane Roe |") + capitalisedWords(22) << false;
    QTest::newRow("no name left") << QStringLiteral("By Staff Writer") << false;
    QTest::newRow("too long for a byline")
        << QStringLiteral("By Jane Roe | ") + QStringLiteral("x").repeated(200) << false;
}

void LineRulesTest::isByline()
{
    QFETCH(QString, line);
    QFETCH(bool, byline);
    QCOMPARE(HtmlLines::isByline(line), byline);
}

void LineRulesTest::isJobTitle_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("jobTitle");

    QTest::newRow("role word") << QStringLiteral("Transport reporter") << true;
    QTest::newRow("role words in title case") << QStringLiteral("Staff Writer") << true;
    QTest::newRow("no role word") << QStringLiteral("Harbour desk") << false;
    QTest::newRow("a sentence") << QStringLiteral("She is a reporter.") << false;
    QTest::newRow("more than five words") << QStringLiteral("Senior reporter for the northern coast") << false;
}

void LineRulesTest::isJobTitle()
{
    QFETCH(QString, line);
    QFETCH(bool, jobTitle);
    QCOMPARE(HtmlLines::isJobTitle(line), jobTitle);
}

void LineRulesTest::creditedSource_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("source");

    QTest::newRow("original source") << QStringLiteral("Original Source: Riverside Weekly")
                                     << QStringLiteral("Riverside Weekly");
    QTest::newRow("first appeared on") << QStringLiteral("This article first appeared on Riverside Weekly.")
                                       << QStringLiteral("Riverside Weekly");
    QTest::newRow("licence after the name")
        << QStringLiteral("Republished from Coastal Wire under a Creative Commons licence")
        << QStringLiteral("Coastal Wire");
    QTest::newRow("not a credit") << QStringLiteral("The pool reopened on Tuesday.") << QString();
    QTest::newRow("source alone is no credit") << QStringLiteral("Source: Riverside Weekly") << QString();
    QTest::newRow("more than 25 words") << QStringLiteral("Original source: Riverside Weekly") +
                                               QStringLiteral(" and").repeated(22)
                                        << QString();
    QTest::newRow("too long for a credit")
        << QStringLiteral("Original source: Riverside Weekly under ") + QStringLiteral("x").repeated(300) << QString();
}

void LineRulesTest::creditedSource()
{
    QFETCH(QString, line);
    QFETCH(QString, source);
    QCOMPARE(HtmlLines::creditedSource(line), source);
}

void LineRulesTest::isDateOrTime_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("dateOrTime");

    QTest::newRow("date") << QStringLiteral("15 August 2025") << true;
    QTest::newRow("labelled date") << QStringLiteral("Updated: 2025-08-15") << true;
    QTest::newRow("time and zone") << QStringLiteral("10:32 BST") << true;
    QTest::newRow("labelled time") << QStringLiteral("Updated 9.15am") << true;
    QTest::newRow("a sentence with a time") << QStringLiteral("The pool opens at 10:32") << false;
    QTest::newRow("more than eight words")
        << QStringLiteral("15 August 2025") + QStringLiteral(" and").repeated(6) << false;
}

void LineRulesTest::isDateOrTime()
{
    QFETCH(QString, line);
    QFETCH(bool, dateOrTime);
    QCOMPARE(HtmlLines::isDateOrTime(line), dateOrTime);
}

void LineRulesTest::datePart_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("date");

    QTest::newRow("published:") << QStringLiteral("Published: 15 August 2025") << QStringLiteral("15 August 2025");
    QTest::newRow("first published on") << QStringLiteral("First published on 3 March 2024")
                                        << QStringLiteral("3 March 2024");
    QTest::newRow("label without a date") << QStringLiteral("Published: in the spring") << QString();
    QTest::newRow("date without a label") << QStringLiteral("15 August 2025") << QString();
}

void LineRulesTest::datePart()
{
    QFETCH(QString, line);
    QFETCH(QString, date);
    QCOMPARE(HtmlLines::datePart(line), date);
}

void LineRulesTest::isFurniture_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("furniture");

    QTest::newRow("label") << QStringLiteral("Advertisement") << true;
    QTest::newRow("label with trailing punctuation") << QStringLiteral("Share this article:") << true;
    QTest::newRow("label in another language") << QStringLiteral("Réservé aux abonnés") << true;
    QTest::newRow("a label's words in a sentence") << QStringLiteral("Share prices rose") << false;
    QTest::newRow("lead word and colon") << QStringLiteral("Read more: Council approves new cycle lanes") << true;
    QTest::newRow("print note") << QStringLiteral("This article appears in the June 2025 issue of Harbour Monthly.")
                                << true;
    QTest::newRow("newsletter promotion") << QStringLiteral("Sign up here for our newsletter") << true;
    QTest::newRow("follow on a network") << QStringLiteral("Follow Dunmere Online on Facebook") << true;
    QTest::newRow("reading time") << QStringLiteral("7 min read") << true;
    QTest::newRow("contributed to this report")
        << QStringLiteral("Staff writer Jane Roe contributed to this report.") << true;
    QTest::newRow("contributed money") << QStringLiteral("The council contributed 2,000 to the appeal.") << false;
    QTest::newRow("too long for furniture")
        << QStringLiteral("Read more: ") + QStringLiteral("x").repeated(300) << false;
}

void LineRulesTest::isFurniture()
{
    QFETCH(QString, line);
    QFETCH(bool, furniture);
    QCOMPARE(HtmlLines::isFurniture(line), furniture);
}

void LineRulesTest::isCommentsHeading_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("heading");

    QTest::newRow("count and comments") << QStringLiteral("158 comments") << true;
    QTest::newRow("count in brackets") << QStringLiteral("Comments (12)") << true;
    QTest::newRow("thoughts on a title") << QStringLiteral("5 thoughts on “Why the clock is slow”") << true;
    QTest::newRow("join the conversation") << QStringLiteral("Join the conversation") << true;
    QTest::newRow("leave a reply") << QStringLiteral("Leave a reply") << true;
    QTest::newRow("show all comments") << QStringLiteral("Show all 42 comments") << true;
    QTest::newRow("have your say") << QStringLiteral("Have your say!") << true;
    QTest::newRow("comments in a sentence") << QStringLiteral("Comments from the mayor were welcome") << false;
    QTest::newRow("too long for a heading") << QStringLiteral("Comments") + QStringLiteral(" ").repeated(200) << false;
}

void LineRulesTest::isCommentsHeading()
{
    QFETCH(QString, line);
    QFETCH(bool, heading);
    QCOMPARE(HtmlLines::isCommentsHeading(line), heading);
}

void LineRulesTest::isCommentHeader_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("header");

    QTest::newRow("handle and time ago") << QStringLiteral("old_salt103 1 hour ago") << true;
    QTest::newRow("name and says:") << QStringLiteral("Jane Roe says:") << true;
    QTest::newRow("name and yesterday") << QStringLiteral("Brenda yesterday") << true;
    QTest::newRow("more than four words before the time")
        << QStringLiteral("The pool was open again 2 hours ago") << false;
    QTest::newRow("a time in words") << QStringLiteral("Closed two hours ago") << false;
}

void LineRulesTest::isCommentHeader()
{
    QFETCH(QString, line);
    QFETCH(bool, header);
    QCOMPARE(HtmlLines::isCommentHeader(line), header);
}

void LineRulesTest::isCommentActions_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("actions");

    QTest::newRow("reply, report, likes") << QStringLiteral("Reply · Report · 26 likes") << true;
    QTest::newRow("reply alone") << QStringLiteral("Reply") << true;
    QTest::newRow("no reply") << QStringLiteral("Report · 26 likes") << false;
    QTest::newRow("reply in a sentence") << QStringLiteral("Reply to the council's letter") << false;
}

void LineRulesTest::isCommentActions()
{
    QFETCH(QString, line);
    QFETCH(bool, actions);
    QCOMPARE(HtmlLines::isCommentActions(line), actions);
}

void LineRulesTest::copyrightHolder_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("holder");

    QTest::newRow("sign, year, all rights reserved")
        << QStringLiteral("© 2025 Coastal Times. All rights reserved.") << QStringLiteral("Coastal Times");
    QTest::newRow("word and range of years")
        << QStringLiteral("Copyright 2019-2025 Harbour Gazette") << QStringLiteral("Harbour Gazette");
    QTest::newRow("(c)") << QStringLiteral("(c) Fenland Observer") << QStringLiteral("Fenland Observer");
    QTest::newRow("no name") << QStringLiteral("© 2025") << QString();
    QTest::newRow("no copyright mark") << QStringLiteral("Coastal Times 2025") << QString();
    QTest::newRow("more than six words") << QStringLiteral("© 2025 the one and only paper of the town") << QString();
}

void LineRulesTest::copyrightHolder()
{
    QFETCH(QString, line);
    QFETCH(QString, holder);
    QCOMPARE(HtmlLines::copyrightHolder(line), holder);
}

void LineRulesTest::squash_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("squashed");

    QTest::newRow("ASCII") << QStringLiteral("Pool Stays Open, 24/7!") << QStringLiteral("poolstaysopen247");
    QTest::newRow("beyond ASCII") << QStringLiteral("Zürich – CAFÉ № 5") << QStringLiteral("zürichcafé5");
    QTest::newRow("no letters") << QStringLiteral(" – !") << QString();
}

void LineRulesTest::squash()
{
    QFETCH(QString, text);
    QFETCH(QString, squashed);
    QCOMPARE(HtmlLines::squash(text), squashed);
}

QTEST_MAIN(LineRulesTest)

#include "linerules_test.moc"
