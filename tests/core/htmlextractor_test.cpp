// HTML import: saved pages become articles whose body is the article text only (no comments, share bars, related
// lists, banners or bios), with metadata from JSON-LD, OpenGraph, <meta> tags and visible bylines. The pages in
// tests/data/html were written for these tests; the rest are built in memory.

#include "htmltestpages.h"
#include "import/html/htmldom.h"
#include "import/html/htmlextractor.h"
#include "import/importer.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Credence::Core;
using Credence::Test::articleParagraphs;
using Credence::Test::htmlDataFile;
using Credence::Test::nested;
using Credence::Test::page;
using Credence::Test::readAll;
using Credence::Test::verifyInOrder;

namespace {

/// Checks that none of @p furniture is in @p body, as written or with white space folded (so that line wrapping in the
/// fixtures does not matter).
void verifyAbsent(const QString &body, const QStringList &furniture)
{
    for (const QString &junk : furniture) {
        const bool kept =
            body.contains(junk) || (!junk.simplified().isEmpty() && body.simplified().contains(junk.simplified()));
        QVERIFY2(!kept, qPrintable(QStringLiteral("furniture kept: %1\n--- body:\n%2").arg(junk, body)));
    }
}

/// A listening TCP socket on the loopback interface that only counts whether anyone connected.
class Listener
{
public:
    Listener()
        : m_fd(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0))
    {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) == 0 && ::listen(m_fd, 16) == 0 &&
            ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
            m_port = ntohs(address.sin_port);
        }
    }
    ~Listener()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Listener(const Listener &) = delete;
    Listener &operator=(const Listener &) = delete;

    int port() const { return m_port; }
    bool connected() const
    {
        const int client = ::accept(m_fd, nullptr, nullptr);
        if (client >= 0) {
            ::close(client);
        }
        return client >= 0;
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace

class HtmlExtractorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pages_data();
    void pages();
    void pageWithoutArticle();
    void paywalledBody();
    void scriptShellUsesArticleBody();
    void titles_data();
    void titles();
    void standfirst_data();
    void standfirst();
    void deepNestingRefused_data();
    void deepNestingRefused();
    void oversizedRefused_data();
    void oversizedRefused();
    void nothingFetched();
    void cliExtractJson();
};

void HtmlExtractorTest::pages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("publication");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("standfirst");
    QTest::addColumn<QString>("originalSource");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QString tideStandfirst =
        QStringLiteral("The replacement of the town's century-old tide gauge will slip by six months after a supplier "
                       "failed to deliver sensors, the port authority said.");
    QTest::newRow("JSON-LD @graph")
        << QStringLiteral("jsonld-graph.html") << QStringLiteral("Tide gauge upgrade delayed until spring")
        << QStringLiteral("Mara Lindqvist, Tomasz Brenner") << QDate(2025, 3, 14)
        << QStringLiteral("The Harbour Gazette") << QStringLiteral("en")
        << QStringLiteral("https://harbourgazette.example/news/2025/03/tide-gauge-upgrade-delayed") << tideStandfirst
        << QString()
        << QStringList{tideStandfirst,
                       QStringLiteral("The port authority had planned to switch on the new gauge in October"),
                       QStringLiteral("had delivered only two of the five radar units it ordered"),
                       QStringLiteral("Flood warnings unaffected"),
                       QStringLiteral("“We have been told next season for three seasons now,” said Ines Arvidsson"),
                       QStringLiteral("funded jointly by the regional council and the national weather service.")}
        << QStringList{QStringLiteral("By Mara Lindqvist"),
                       QStringLiteral("14 March 2025"),
                       QStringLiteral("All rights reserved"),
                       QStringLiteral("Privacy"),
                       QStringLiteral("Sport"),
                       QStringLiteral("Tide gauge upgrade delayed until spring")};

    const QString orchardLead = QStringLiteral(
        "With daytime temperatures above 35C for a third week, apple growers in the lower valley are picking by "
        "floodlight.");
    QTest::newRow("OpenGraph only")
        << QStringLiteral("opengraph.html") << QStringLiteral("Orchard growers turn to night harvests")
        << QStringLiteral("Priya Natarajan") << QDate(2024, 8, 21) << QStringLiteral("Valley Courier")
        << QStringLiteral("en") << QStringLiteral("https://valleycourier.example/2024/08/21/night-harvests/")
        << orchardLead << QStringLiteral("Riverside Weekly")
        << QStringList{orchardLead, QStringLiteral("Crews at four of the largest orchards now start at nine"),
                       QStringLiteral("“The pickers prefer it, and the apples keep better,” said Rosa Delgado"),
                       QStringLiteral("Harvest is expected to run until the end of September")}
        << QStringList{QStringLiteral("first appeared on"), QStringLiteral("Subscribe"), QStringLiteral("facebook")};

    QTest::newRow("byline only")
        << QStringLiteral("byline.html") << QStringLiteral("Ferry timetable to change in May")
        << QStringLiteral("Jane Roe") << QDate(2024, 11, 2) << QStringLiteral("Northern Ledger") << QStringLiteral("en")
        << QString() << QString() << QString()
        << QStringList{QStringLiteral("The island ferry will run its first morning crossing half an hour earlier"),
                       QStringLiteral("The 6.30 departure will move to 6.00"),
                       QStringLiteral("The changes, in short:\n\n• First crossing at 6.00 instead of 6.30\n\n"
                                      "• An extra Friday evening sailing from June to August\n\n"
                                      "• No change to the weekend service\n\n"),
                       QStringLiteral("said the change was “overdue but welcome”"),
                       QStringLiteral("which carries up to 40 cars.")}
        << QStringList{QStringLiteral("By Jane Roe"), QStringLiteral("2 November 2024"), QStringLiteral("Weather"),
                       QStringLiteral("© 2024")};

    QTest::newRow("furniture")
        << QStringLiteral("furniture.html") << QStringLiteral("Library extends opening hours after petition")
        << QStringLiteral("Luca Ferrante") << QDate(2025, 1, 9) << QStringLiteral("Eastside Post")
        << QStringLiteral("en") << QString() << QString() << QString()
        << QStringList{QStringLiteral("The central library will stay open until eight in the evening on weekdays"),
                       QStringLiteral("The library currently closes at six"),
                       QStringLiteral("would be paid for by closing one of the two mobile library vans"),
                       QStringLiteral("“People kept telling me nobody would listen. They did,” she said."),
                       QStringLiteral("Weekend hours will not change.")}
        << QStringList{QStringLiteral("We use cookies"),
                       QStringLiteral("Accept all"),
                       QStringLiteral("Share on Facebook"),
                       QStringLiteral("Email this story"),
                       QStringLiteral("Spring sale"),
                       QStringLiteral("Advertisement"),
                       QStringLiteral("The reading room on a weekday afternoon"),
                       QStringLiteral("Morning Briefing"),
                       QStringLiteral("Our free newsletter"),
                       QStringLiteral("is a reporter at the Eastside Post"),
                       QStringLiteral("Related stories"),
                       QStringLiteral("Council approves new cycle lanes"),
                       QStringLiteral("12 comments"),
                       QStringLiteral("About time, frankly"),
                       QStringLiteral("I signed the petition"),
                       QStringLiteral("Most read"),
                       QStringLiteral("Storm knocks out power"),
                       QStringLiteral("All rights reserved"),
                       QStringLiteral("About us")};

    QTest::newRow("data table")
        << QStringLiteral("table.html") << QStringLiteral("Heat pump grants: how the districts compare")
        << QStringLiteral("Samuel Okafor") << QDate(2025, 6, 30) << QStringLiteral("Fenland Observer")
        << QStringLiteral("en") << QString() << QString() << QString()
        << QStringList{QStringLiteral("Fewer than one in twenty eligible households"),
                       QStringLiteral("Grant applications by district, January to May"),
                       QStringLiteral("District | Applications | Eligible households"),
                       QStringLiteral("North Marsh | 412 | 6,100"),
                       QStringLiteral("Riverside | 198 | 7,850"),
                       QStringLiteral("Old Town | 87 | 4,300"),
                       QStringLiteral("North Marsh, where the council ran door-to-door information sessions"),
                       QStringLiteral("would be simplified in September")}
        << QStringList{QStringLiteral("By Samuel Okafor")};

    QTest::newRow("nested articles")
        << QStringLiteral("nested-articles.html") << QStringLiteral("Bridge inspection finds corroded cables")
        << QStringLiteral("Helena Voss") << QDate(2023, 10, 5) << QStringLiteral("Coastline Today")
        << QStringLiteral("en") << QString() << QString() << QString()
        << QStringList{QStringLiteral("An inspection of the Saltmarsh suspension bridge"),
                       QStringLiteral("heavier vehicles, including buses, would be diverted"),
                       QStringLiteral("Engineers will replace the corroded cables one at a time"),
                       QStringLiteral("was last fully inspected in 2017")}
        << QStringList{QStringLiteral("Ferry fares to rise"), QStringLiteral("The operator blamed higher fuel costs"),
                       QStringLiteral("Harbour dredging to begin next month"),
                       QStringLiteral("Dredging of the inner harbour"), QStringLiteral("By Helena Voss")};

    QTest::newRow("windows-1252 declared")
        << QStringLiteral("windows-1252.html") << QStringLiteral("Le café du port ferme pour l’hiver")
        << QStringLiteral("Amélie Durand") << QDate(2024, 10, 28) << QStringLiteral("L’Écho du Littoral")
        << QStringLiteral("fr") << QString() << QString() << QString()
        << QStringList{QStringLiteral("Le café historique du port, ouvert depuis 1952"),
                       QStringLiteral("une hausse de 40 % de sa facture d’énergie"),
                       QStringLiteral("« Nous ne pouvons plus chauffer la salle"),
                       QStringLiteral("coûte à lui seul 2 400 € par mois"),
                       QStringLiteral("regrettent une “perte pour le quartier”")}
        << QStringList{QStringLiteral("Ã"), QStringLiteral("\uFFFD")};

    QTest::newRow("UTF-8 undeclared")
        << QStringLiteral("utf8-undeclared.html") << QStringLiteral("Zürich tram line reopens after repairs")
        << QStringLiteral("Jonas Weber") << QDate(2024, 4, 17) << QString() << QStringLiteral("en") << QString()
        << QString() << QString()
        << QStringList{QStringLiteral("between Zürich’s main station and the lakeside"),
                       QStringLiteral("Anaïs Lefèvre, called the early finish “a small gift to our riders”"),
                       QStringLiteral("Visitors from Łódź and Kraków"), QStringLiteral("“naïvely optimistic”")}
        << QStringList{QStringLiteral("Ã"), QStringLiteral("\uFFFD")};

    QTest::newRow("entities and soft hyphens")
        << QStringLiteral("entities.html") << QStringLiteral("Telecom merger clears first hurdle")
        << QStringLiteral("Chloé Martin") << QDate(2025, 2, 3) << QStringLiteral("Metro & County Tribune")
        << QStringLiteral("en") << QString() << QString() << QString()
        << QStringList{QStringLiteral("gave preliminary approval on Monday to the merger of Brightline & Northwave, "
                                      "two regional telecom operators"),
                       QStringLiteral("sell 120 masts in rural areas"),
                       QStringLiteral("“We are pleased,” said Brightline’s chief executive, Renée Châtelet"),
                       QStringLiteral("the combined company would invest €300 million"),
                       QStringLiteral("should be monitored. The regulator will publish a final decision by 30 April"),
                       QStringLiteral("rose 6% after the announcement, while Brightline's were unchanged"),
                       QStringLiteral("<as of 11:00>")}
        << QStringList{QStringLiteral("&shy;"), QStringLiteral("&amp;"), QStringLiteral("\u00AD"),
                       QStringLiteral("\u200B"), QStringLiteral("\u00A0")};

    QTest::newRow("live blog") << QStringLiteral("liveblog.html")
                               << QStringLiteral("Live: storm Idris reaches the coast")
                               << QStringLiteral("Shoreline News live team") << QDate(2025, 11, 20)
                               << QStringLiteral("Shoreline News") << QStringLiteral("en") << QString() << QString()
                               << QString()
                               << QStringList{QStringLiteral("Coast road closed at Mill Point"),
                                              QStringLiteral("Police have closed the coast road at Mill Point"),
                                              QStringLiteral("has raised its warning for the northern coast to amber"),
                                              QStringLiteral("Schools to open late"),
                                              QStringLiteral("will open at eleven rather than nine"),
                                              QStringLiteral("Ferries cancelled"),
                                              QStringLiteral(
                                                  "All morning ferry crossings to the islands have been cancelled")}
                               << QStringList{QStringLiteral("09:40"), QStringLiteral("08:15"), QStringLiteral("07:02"),
                                              QStringLiteral("06:05"), QStringLiteral("Home")};

    QTest::newRow("comments")
        << QStringLiteral("comments.html") << QStringLiteral("Why the town hall clock is always five minutes slow")
        << QStringLiteral("Walter Hines") << QDate(2022, 5, 12) << QStringLiteral("Old Quarter Blog")
        << QStringLiteral("en") << QString() << QString() << QString()
        << QStringList{QStringLiteral("Anyone who has waited for a bus in the market square knows"),
                       QStringLiteral("the clock's pendulum was shortened in 1931 to fit a new case"),
                       QStringLiteral("would need the approval of the heritage office.")}
        << QStringList{QStringLiteral("My grandfather always said"),
                       QStringLiteral("This is not quite right"),
                       QStringLiteral("Honestly I like it slow"),
                       QStringLiteral("Thanks, all."),
                       QStringLiteral("Whatever the reason"),
                       QStringLiteral("5 thoughts"),
                       QStringLiteral("Posted by"),
                       QStringLiteral("Brenda")};
    // Hashed class names and no <article>: the thread is found by its heading, the caption by the image's alt
    // text; the headline is the one shown, not the social-card one.
    QTest::newRow("div soup with comments")
        << QStringLiteral("div-soup-comments.html") << QStringLiteral("Ferry timetable cut angers island commuters")
        << QStringLiteral("Astrid Nyberg") << QDate(2025, 11, 3) << QStringLiteral("Fjordside Post")
        << QStringLiteral("en") << QString() << QString() << QString()
        << QStringList{QStringLiteral("The ferry company will run four crossings a day"),
                       QStringLiteral("the last return crossing is at half past five."),
                       QStringLiteral("The transport authority said it would answer the request")}
        << QStringList{QStringLiteral("42 comments"),
                       QStringLiteral("third cut in five years"),
                       QStringLiteral("My daughter will have to move"),
                       QStringLiteral("Reply"),
                       QStringLiteral("harbour_watcher"),
                       QStringLiteral("leaves the island pier in fog"),
                       QStringLiteral("Photograph"),
                       QStringLiteral("everything you need to know")};
    QTest::newRow("wire story crediting its reporters at the end")
        << QStringLiteral("wire.html") << QStringLiteral("Grain exports rise for third month as port reopens")
        << QStringLiteral("Mirela Dobos, Jonas Ritter") << QDate(2025, 6, 18) << QStringLiteral("Northline Wire")
        << QStringLiteral("en") << QString() << QString() << QString()
        << QStringList{QStringLiteral("KASTELL, June 18 (Northline) - Grain exports"),
                       QStringLiteral("remain higher than before the closure.")}
        << QStringList{QStringLiteral("Reporting by"), QStringLiteral("Paul Achterberg"),
                       QStringLiteral("Our Standards")};
    // A newsletter's own post is not a newsletter box; its dek is named by a CSS module, and the description is
    // only its first sentence; promotions, the author's bio and the print note are not the article.
    const QString dek = QStringLiteral("Our town has more people waiting for a plot than it has plots. The council "
                                       "says new land is coming; the people on the list have heard that before.");
    QTest::newRow("newsletter post")
        << QStringLiteral("newsletter-post.html") << QStringLiteral("The allotment waiting list is twelve years long")
        << QStringLiteral("Irene Baptiste") << QDate() << QStringLiteral("Plot Notes") << QStringLiteral("en")
        << QString() << dek << QString()
        << QStringList{dek, QStringLiteral("When I put my name down for an allotment"),
                       QStringLiteral("an arrangement the council tolerates but does not record.")}
        << QStringList{QStringLiteral("Sign up here"), QStringLiteral("5 min read"),
                       QStringLiteral("writes about food"), QStringLiteral("appears in print")};
    // No <h1>: the headline is the <title>'s part that is neither the site nor the section.
    QTest::newRow("portal title and posted-by line")
        << QStringLiteral("portal-title.html") << QStringLiteral("Footbridge closes for six weeks of repairs")
        << QStringLiteral("Niamh O'Hara") << QDate(2023, 5, 12) << QString() << QStringLiteral("en") << QString()
        << QString() << QString()
        << QStringList{QStringLiteral("The footbridge over the Dun at Mill Lane will close on Monday"),
                       QStringLiteral("had started to rot.")}
        << QStringList{QStringLiteral("Follow Dunmere Online"), QStringLiteral("Posted by")};
}

void HtmlExtractorTest::pages()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QDate, published);
    QFETCH(QString, publication);
    QFETCH(QString, language);
    QFETCH(QString, url);
    QFETCH(QString, standfirst);
    QFETCH(QString, originalSource);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    const ExtractResult extracted = extractFile(htmlDataFile(file));
    QVERIFY2(extracted.article, qPrintable(extracted.error));
    const ImportedArticle &article = *extracted.article;
    QCOMPARE(article.format, QStringLiteral("html"));
    QCOMPARE(article.metadata.title, title);
    QCOMPARE(article.metadata.author, author);
    QCOMPARE(article.metadata.published, published);
    QCOMPARE(article.metadata.publication, publication);
    QCOMPARE(article.language, language);
    QCOMPARE(article.metadata.url, url);
    QCOMPARE(article.standfirst, standfirst);
    QCOMPARE(article.originalSource, originalSource);
    // Paragraphs stay apart, one blank line between them, as with text files.
    QVERIFY2(article.body.contains(QStringLiteral("\n\n")), qPrintable(article.body));
    QVERIFY(!article.body.contains(QStringLiteral("\n\n\n")));
    verifyInOrder(article.body, present);
    verifyAbsent(article.body, absent);
}

void HtmlExtractorTest::pageWithoutArticle()
{
    const ExtractResult extracted = extractFile(htmlDataFile(QStringLiteral("homepage.html")));
    QVERIFY(!extracted.article);
    QCOMPARE(extracted.error, QStringLiteral("homepage.html holds no article text."));

    // Links, a logo and a footer are all the page has: nothing of it is passed off as an article.
    QString error;
    const ImportedArticle article =
        extractHtml(readAll(htmlDataFile(QStringLiteral("homepage.html"))), QStringLiteral("homepage.html"), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(article.body, QString());
    QCOMPARE(article.metadata.publication, QStringLiteral("Coastline Today"));
}

void HtmlExtractorTest::paywalledBody()
{
    // Sites mark the part behind the paywall with the name: when it holds the article, it is the article. A video
    // transcript beside it is not.
    const QString more = QStringLiteral(
        "<p>The pool's operator said attendance over the first winter weekend was the highest it had recorded since "
        "the building opened, with queues at the door before seven on Saturday morning.</p>"
        "<p>Council officers will report on the costs in March, when the committee decides whether the winter "
        "opening becomes permanent or stays a trial for another year.</p>");
    const QByteArray html = page(
        QStringLiteral("<title>Pool stays open through winter</title>"),
        QStringLiteral("<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><h1>Pool stays open through winter</h1>"
                       "<div class='video-transcript'><p>SHOW TRANSCRIPT: GOOD EVENING, SWIMMERS WERE CELEBRATING "
                       "TONIGHT AFTER THE COUNCIL CHANGED ITS MIND ABOUT THE POOL, AS WE REPORTED EARLIER.</p></div>"
                       "<div class='body-content paywall'>") +
            articleParagraphs() + more + QStringLiteral("</div><footer>© Lakeside Herald</footer>"));
    const ImportedArticle article = extractHtml(html, QStringLiteral("page.html"));
    QVERIFY2(article.body.contains(QStringLiteral("reversing a decision taken in the spring")),
             qPrintable(article.body));
    QVERIFY(article.body.contains(QStringLiteral("stays a trial for another year.")));
    QVERIFY(!article.body.contains(QStringLiteral("TRANSCRIPT")));
}

void HtmlExtractorTest::scriptShellUsesArticleBody()
{
    // The HTML of a page rendered by scripts holds no article; its JSON-LD does.
    const QString json = QStringLiteral(
        "{\"@type\":\"NewsArticle\",\"headline\":\"Pool stays open\",\"articleBody\":\"The district council "
        "voted on Tuesday to keep the pool open.\\nA heat pump halved its bills &amp; made it affordable.\"}");
    const QByteArray html =
        page(QStringLiteral("<script type=application/ld+json>") + json + QStringLiteral("</script>"),
             QStringLiteral("<div id=root></div><noscript>Please enable JavaScript to read this page.</noscript>"));
    const ImportedArticle article = extractHtml(html, QStringLiteral("page.html"));
    QCOMPARE(article.metadata.title, QStringLiteral("Pool stays open"));
    QCOMPARE(article.body, QStringLiteral("The district council voted on Tuesday to keep the pool open.\n\nA heat pump "
                                          "halved its bills & made it affordable."));
}

void HtmlExtractorTest::titles_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("publication");

    QTest::newRow("suffix repeating og:site_name")
        << QStringLiteral("<meta property=og:title content='Pool stays open | Lakeside Herald'>"
                          "<meta property=og:site_name content='Lakeside Herald'>")
        << QString() << QStringLiteral("Pool stays open") << QStringLiteral("Lakeside Herald");
    QTest::newRow("prefix repeating the site name")
        << QStringLiteral("<title>Lakeside Herald: Pool stays open</title>"
                          "<meta name=application-name content='Lakeside Herald'>")
        << QString() << QStringLiteral("Pool stays open") << QStringLiteral("Lakeside Herald");
    QTest::newRow("suffix matching the address")
        << QStringLiteral("<title>Pool stays open – Lakeside Herald</title>"
                          "<link rel=canonical href='https://www.lakesideherald.example/pool'>")
        << QString() << QStringLiteral("Pool stays open") << QStringLiteral("Lakeside Herald");
    QTest::newRow("separator that is part of the headline")
        << QStringLiteral("<meta property=og:title content='Q&amp;A - what the pool decision means'>"
                          "<meta property=og:site_name content='Lakeside Herald'>")
        << QString() << QStringLiteral("Q&A - what the pool decision means") << QStringLiteral("Lakeside Herald");
    QTest::newRow("truncated metadata headline, whole on the page")
        << QStringLiteral("<meta property=og:title content='Council keeps the pool open after…'>")
        << QStringLiteral("Council keeps the pool open after a heat pump halves its bills")
        << QStringLiteral("Council keeps the pool open after a heat pump halves its bills") << QString();
    QTest::newRow("shown headline over a different social-card one")
        << QStringLiteral("<meta property=og:title content='Swimming pool: everything you need to know'>"
                          "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Swimming "
                          "pool: everything you need to know\"}</script>")
        << QStringLiteral("Pool stays open through winter") << QStringLiteral("Pool stays open through winter")
        << QString();
    // The kicker is shown apart, above the headline: not part of it.
    QTest::newRow("kicker in the metadata headline")
        << QStringLiteral("<meta property=og:title content='Winter swimming: Pool stays open through winter'>")
        << QStringLiteral("<h2><span class=kicker>Winter swimming</span> <span>Pool stays open through "
                          "winter</span></h2>")
        << QStringLiteral("Pool stays open through winter") << QString();
    QTest::newRow("colon that is part of the headline")
        << QStringLiteral("<meta property=og:title content='Pool stays open: council finds the money'>")
        << QStringLiteral("<h2>Pool stays open: council finds the money</h2>")
        << QStringLiteral("Pool stays open: council finds the money") << QString();
    QTest::newRow("section name in h1 is not the headline")
        << QStringLiteral("<meta property=og:title content='Pool stays open through winter'>")
        << QStringLiteral("Local news") << QStringLiteral("Pool stays open through winter") << QString();
    QTest::newRow("h1 when there is no metadata") << QString() << QStringLiteral("Pool stays open through winter")
                                                  << QStringLiteral("Pool stays open through winter") << QString();
    QTest::newRow("site logo h1 is not the headline")
        << QStringLiteral("<meta property=og:site_name content='Lakeside Herald'>")
        << QStringLiteral("Pool stays open through winter") << QStringLiteral("Pool stays open through winter")
        << QStringLiteral("Lakeside Herald");
}

void HtmlExtractorTest::titles()
{
    QFETCH(QString, head);
    QFETCH(QString, heading);
    QFETCH(QString, title);
    QFETCH(QString, publication);

    const QString logo = QStringLiteral("<header><h1 class=logo>Lakeside Herald</h1></header>");
    // A heading given as markup is used as it is.
    const QString h1 = heading.isEmpty() || heading.startsWith(QLatin1Char('<'))
                           ? heading
                           : QStringLiteral("<h1>%1</h1>").arg(heading);
    const QByteArray html =
        page(head, logo + QStringLiteral("<article>") + h1 + articleParagraphs() + QStringLiteral("</article>"));
    const ImportedArticle article = extractHtml(html, QStringLiteral("page.html"));
    QCOMPARE(article.metadata.title, title);
    QCOMPARE(article.metadata.publication, publication);
    QVERIFY(!article.body.contains(QStringLiteral("Lakeside Herald")));
    QVERIFY2(!article.body.contains(title), qPrintable(article.body)); // the headline, kicker or not, is no paragraph
}

void HtmlExtractorTest::standfirst_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("top");
    QTest::addColumn<QString>("standfirst");

    const QString dek = QStringLiteral("A heat pump installed in August halved the bills, so the pool can stay open.");
    QTest::newRow("description shown under the headline")
        << QStringLiteral("<meta name=description content='%1'>").arg(dek) << QStringLiteral("<p>%1</p>").arg(dek)
        << dek;
    QTest::newRow("truncated description")
        << QStringLiteral("<meta property=og:description content='A heat pump installed in August halved the…'>")
        << QStringLiteral("<p>%1</p>").arg(dek) << dek;
    QTest::newRow("description not on the page")
        << QStringLiteral("<meta name=description content='Read the latest news from the Lakeside Herald, your local "
                          "paper since 1901.'>")
        << QString() << QString();
    QTest::newRow("summary paragraph without metadata")
        << QString() << QStringLiteral("<p class=article-dek>%1</p>").arg(dek) << dek;
}

void HtmlExtractorTest::standfirst()
{
    QFETCH(QString, head);
    QFETCH(QString, top);
    QFETCH(QString, standfirst);

    const QByteArray html = page(head, QStringLiteral("<article><header><h1>Pool stays open</h1>") + top +
                                           QStringLiteral("</header><div class=body>") + articleParagraphs() +
                                           QStringLiteral("</div></article>"));
    const ImportedArticle article = extractHtml(html, QStringLiteral("page.html"));
    QCOMPARE(article.standfirst, standfirst);
    if (!standfirst.isEmpty()) {
        QVERIFY(article.body.startsWith(standfirst + QStringLiteral("\n\n")));
    } else {
        QVERIFY(!article.body.contains(QStringLiteral("Lakeside Herald")));
    }
}

void HtmlExtractorTest::deepNestingRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("20,000 divs") << page(QString(), nested(QStringLiteral("<div>"), QStringLiteral("</div>"), 20000));
    QTest::newRow("20,000 unclosed divs") << QStringLiteral("<div>").repeated(20000).toUtf8();
    QTest::newRow("20,000 bold") << QStringLiteral("<b>").repeated(20000).toUtf8();
    QTest::newRow("20,000 lists") << page(QString(),
                                          nested(QStringLiteral("<ul><li>"), QStringLiteral("</li></ul>"), 20000));
    QTest::newRow("20,000 tables") << page(
        QString(), nested(QStringLiteral("<table><tr><td>"), QStringLiteral("</td></tr></table>"), 20000));
    QTest::newRow("20,000 MathML rows") << page(
        QString(), QStringLiteral("<math>") + nested(QStringLiteral("<mrow>"), QStringLiteral("</mrow>"), 20000) +
                       QStringLiteral("</math>"));
}

void HtmlExtractorTest::deepNestingRefused()
{
    QFETCH(QByteArray, bytes);

    // Refused before the parser sees it; how fast that is, worstcase_bench measures (no timed tests).
    const ExtractResult extracted = extractBytes(bytes, QStringLiteral("page.html"));
    QVERIFY(!extracted.article);
    QCOMPARE(extracted.error, QStringLiteral("page.html nests its elements more than 512 deep; Credence reads at "
                                             "most 512 levels."));

    const ExtractResult pasted = extractHtmlString(QString::fromUtf8(bytes), QStringLiteral("Pasted page"));
    QVERIFY(pasted.error.startsWith(QStringLiteral("Pasted page nests its elements more than 512 deep")));
}

void HtmlExtractorTest::oversizedRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");      // what the refusal must say after the file name
    QTest::addColumn<QByteArray>("smaller"); // the same pathology within the limits: read

    const QString article = articleParagraphs();
    const QString tooIntricate =
        QStringLiteral("nests too much of its content too deeply to be read in reasonable time.");
    // Shallow enough to pass the depth limit, but every end tag sends the parser down 500 open elements.
    const auto endTags = [&](int n) {
        return page({}, article + QStringLiteral("<span>").repeated(500) + QStringLiteral("</x>").repeated(n));
    };
    QTest::newRow("end tags under 500 spans") << endTags(150000) << tooIntricate << endTags(1000);
    // 300 bold elements that the parser opens again in every paragraph after the one that closed them.
    QString bold = QStringLiteral("<p>");
    for (int i = 0; i < 300; ++i) {
        bold += QStringLiteral("<b id=%1>").arg(i);
    }
    const auto reopened = [&](int n) {
        return page({}, article + bold + QStringLiteral("</p>") + QStringLiteral("<p>x</p>").repeated(n));
    };
    QTest::newRow("distinct bold reopened in every paragraph") << reopened(2000) << tooIntricate << reopened(10);
    const auto underBold = [&](int n) {
        return page({}, article + QStringLiteral("<b>").repeated(500) + QStringLiteral("word ").repeated(n));
    };
    QTest::newRow("text under 500 bold") << underBold(400000) << tooIntricate << underBold(1000);

    const qsizetype mb = MaxHtmlParsedBytes / (1024 * 1024);
    const QString tooLarge = QStringLiteral("holds %1 MB of text, markup and metadata besides scripts and styles; "
                                            "Credence reads at most %2 MB.")
                                 .arg(mb + 1)
                                 .arg(mb);
    const auto text = [&](qsizetype n) {
        return page({}, article + QStringLiteral("<p>%1</p>").arg(QString(n, u'a')));
    };
    QTest::newRow("text past the limit") << text(MaxHtmlParsedBytes) << tooLarge << text(1024 * 1024);
    const auto jsonLd = [&](qsizetype n) {
        return page(QStringLiteral("<script type=\"application/ld+json\">{\"description\":\"%1\"}</script>")
                        .arg(QString(n, u'a')),
                    article);
    };
    QTest::newRow("JSON-LD past the limit") << jsonLd(MaxHtmlParsedBytes) << tooLarge << jsonLd(1024 * 1024);
    // Few bytes, many elements: the parser's memory is what stops it.
    const auto spans = [&](int n) { return page({}, article + QStringLiteral("<span>x</span>").repeated(n)); };
    QTest::newRow("many elements") << spans(300000)
                                   << QStringLiteral("has too many elements to be read in reasonable time: parsed, it "
                                                     "passes %1 MB.")
                                          .arg(MaxParserMemory / (1024 * 1024))
                                   << spans(10000);
}

void HtmlExtractorTest::oversizedRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QFETCH(QByteArray, smaller);

    const ExtractResult extracted = extractBytes(bytes, QStringLiteral("page.html"));
    QVERIFY(!extracted.article);
    QCOMPARE(extracted.error, QStringLiteral("page.html ") + error);
    const ExtractResult pasted = extractHtmlString(QString::fromUtf8(bytes), QStringLiteral("Pasted page"));
    QCOMPARE(pasted.error, QStringLiteral("Pasted page ") + error);

    const ExtractResult read = extractBytes(smaller, QStringLiteral("page.html"));
    QVERIFY2(read.article, qPrintable(read.error));
    QVERIFY(read.article->body.startsWith(QStringLiteral("The district council voted on Tuesday")));
}

void HtmlExtractorTest::nothingFetched()
{
    const Listener server;
    QVERIFY(server.port() > 0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString secret = dir.filePath(QStringLiteral("secret.txt"));
    QFile file(secret);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SECRET-FILE-CONTENT");
    file.close();

    const QString http = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
    const QString local = QUrl::fromLocalFile(secret).toString();
    const QString head = QStringLiteral("<link rel=stylesheet href='%1style.css'><link rel=preload href='%2'>"
                                        "<script src='%1app.js'></script><style>@import url('%1more.css');</style>")
                             .arg(http, local);
    const QString body = QStringLiteral("<article><img src='%1photo.jpg' alt='ALT-TEXT'><img src='%2'>"
                                        "<iframe src='%1frame.html'></iframe><video src='%1clip.mp4'></video>"
                                        "<object data='%2'></object><div style=\"background:url('%1bg.png')\"></div>")
                             .arg(http, local) +
                         articleParagraphs() +
                         QStringLiteral("<p><a href='%2'>the council's notice</a></p></article>").arg(local);
    const ImportedArticle article = extractHtml(page(head, body), QStringLiteral("page.html"));
    QVERIFY(article.body.startsWith(QStringLiteral("The district council voted on Tuesday")));
    verifyAbsent(article.body, {QStringLiteral("SECRET-FILE-CONTENT"), QStringLiteral("ALT-TEXT"), http, local});

    QTest::qWait(200);
    QVERIFY(!server.connected());
}

void HtmlExtractorTest::cliExtractJson()
{
    QProcess process;
    process.start(QStringLiteral(CREDENCE_BINARY), {QStringLiteral("extract"), QStringLiteral("--json"),
                                                    htmlDataFile(QStringLiteral("jsonld-graph.html"))});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonArray results = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(results.size(), 1);
    const QJsonObject o = results.first().toObject();
    QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Tide gauge upgrade delayed until spring"));
    QCOMPARE(o.value(QStringLiteral("author")).toString(), QStringLiteral("Mara Lindqvist, Tomasz Brenner"));
    QCOMPARE(o.value(QStringLiteral("published")).toString(), QStringLiteral("2025-03-14"));
    QCOMPARE(o.value(QStringLiteral("publication")).toString(), QStringLiteral("The Harbour Gazette"));
    QVERIFY(o.value(QStringLiteral("body")).toString().contains(QStringLiteral("Flood warnings unaffected")));

    process.start(QStringLiteral(CREDENCE_BINARY),
                  {QStringLiteral("extract"), htmlDataFile(QStringLiteral("homepage.html"))});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("holds no article text"));
}

QTEST_MAIN(HtmlExtractorTest)

#include "htmlextractor_test.moc"
