// HTML import: saved pages become articles whose body is the article text only (no comments, share bars, related
// lists, banners or bios), with metadata from JSON-LD, OpenGraph, <meta> tags and visible bylines. The pages in
// tests/data/html were written for these tests; the rest are built in memory.

#include "import/charset/htmlcharset.h"
#include "import/html/htmldom.h"
#include "import/html/htmlextractor.h"
#include "import/html/htmltext.h"
#include "import/importer.h"
#include "import/markup/htmlscan.h"
#include "richtext/safetextdocument.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Credence::Core;
using Credence::Test::readAll;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(CREDENCE_TEST_DATA_DIR "/html/") + name;
}

/// White space folded, so that line wrapping in the fixtures does not matter.
QString fold(const QString &text)
{
    return text.simplified();
}

QByteArray page(const QString &head, const QString &body)
{
    return (QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">") + head +
            QStringLiteral("</head><body>") + body + QStringLiteral("</body></html>"))
        .toUtf8();
}

/// An article body long enough to be trusted on its own.
QString articleParagraphs()
{
    return QStringLiteral(
        "<p>The district council voted on Tuesday to keep the public swimming pool open through the winter, "
        "reversing a decision taken in the spring to close it from November to March.</p>"
        "<p>Councillors said the pool's new heat pump, installed in August, had cut its energy bill by almost half, "
        "which made winter opening affordable again.</p>"
        "<p>Swimming clubs, schools and a group of older residents who swim every morning had campaigned against "
        "the closure, collecting more than 2,000 signatures.</p>"
        "<p>The pool will open from seven in the morning until nine in the evening on weekdays.</p>");
}

/// Checks that @p sentences all occur in @p body, in this order, exactly as written (paragraph breaks included).
void verifyInOrder(const QString &body, const QStringList &sentences)
{
    qsizetype from = 0;
    for (const QString &sentence : sentences) {
        const qsizetype at = body.indexOf(sentence, from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("missing or out of order: %1\n--- body:\n%2").arg(sentence, body)));
        from = at + 1;
    }
}

/// Checks that none of @p furniture is in @p body, as written or with white space folded.
void verifyAbsent(const QString &body, const QStringList &furniture)
{
    for (const QString &junk : furniture) {
        const bool kept = body.contains(junk) || (!fold(junk).isEmpty() && fold(body).contains(fold(junk)));
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

QString nested(const QString &open, const QString &close, int depth, const QString &inner = QStringLiteral("x"))
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

/// " a<from>=v ... a<to - 1>=v": attributes of distinct names that nothing reads.
QByteArray unreadAttributes(int from, int to)
{
    QByteArray attributes;
    for (int i = from; i < to; ++i) {
        attributes += " a" + QByteArray::number(i) + "=v";
    }
    return attributes;
}

/// The elements of a tree as the extractor can see them, in document order: tag, namespace and the attributes it
/// reads or that steer the parser.
QByteArrayList elementsSeen(const GumboNode *root)
{
    QByteArrayList out;
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type != GUMBO_NODE_ELEMENT) {
            continue;
        }
        const GumboElement &element = node->v.element;
        QByteArray line = QByteArray::number(element.tag) + ' ' + QByteArray::number(element.tag_namespace);
        for (unsigned int i = 0; i < element.attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            if (isReadAttribute(attribute->name) || qstrcmp(attribute->name, "color") == 0) {
                line += QByteArray(" ") + attribute->name + '=' + attribute->value;
            }
        }
        out.append(line);
        for (unsigned int i = element.children.length; i > 0; --i) {
            stack.append(static_cast<const GumboNode *>(element.children.data[i - 1]));
        }
    }
    return out;
}

QByteArrayList elementsSeen(const QByteArray &html)
{
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    const QByteArrayList seen = elementsSeen(output->root);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return seen;
}

} // namespace

class HtmlExtractorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8PassedThrough_data();
    void utf8PassedThrough();
    void parserInputPrepared_data();
    void parserInputPrepared();
    void attributesBounded_data();
    void attributesBounded();
    void pages_data();
    void pages();
    void pageWithoutArticle();
    void paywalledBody();
    void charsets_data();
    void charsets();
    void jsonLd_data();
    void jsonLd();
    void scriptShellUsesArticleBody();
    void titles_data();
    void titles();
    void standfirst_data();
    void standfirst();
    void routing_data();
    void routing();
    void clipboardHtml();
    void deepNestingRefused_data();
    void deepNestingRefused();
    void oversizedRefused_data();
    void oversizedRefused();
    void depthEstimate_data();
    void depthEstimate();
    void deepTreeOnSmallStack();
    void nothingFetched();
    void safeDocumentLoadsNothing();
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

    const ExtractResult extracted = extractFile(dataFile(file));
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
    const ExtractResult extracted = extractFile(dataFile(QStringLiteral("homepage.html")));
    QVERIFY(!extracted.article);
    QCOMPARE(extracted.error, QStringLiteral("homepage.html holds no article text."));

    // Links, a logo and a footer are all the page has: nothing of it is passed off as an article.
    QString error;
    const ImportedArticle article =
        extractHtml(readAll(dataFile(QStringLiteral("homepage.html"))), QStringLiteral("homepage.html"), &error);
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

void HtmlExtractorTest::charsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<int>("origin");
    QTest::addColumn<QString>("expected");

    using Origin = HtmlEncoding::Origin;
    const auto cp1252 = [](const QString &text) {
        QStringEncoder encoder("windows-1252");
        return QByteArray(encoder.encode(text));
    };
    const QString french = QStringLiteral(
        "<p>Le café du marché a rouvert jeudi après trois mois de travaux. La gérante, Hélène Bérard, a déclaré "
        "que la clientèle était revenue dès le premier matin, malgré la pluie et la fermeture de la rue voisine, "
        "où les ouvriers réparent toujours la chaussée. « C’est une fête », a-t-elle ajouté, en servant des crêpes "
        "à 3 € aux enfants de l’école élémentaire, qui étaient venus goûter après la classe.</p>");

    QTest::newRow("meta charset windows-1252")
        << (QByteArray("<html><head><meta charset=\"windows-1252\"></head><body>") +
            cp1252(QStringLiteral("<p>café “quoted” €5</p>")) + "</body></html>")
        << QByteArray("windows-1252") << int(Origin::Declared) << QStringLiteral("café “quoted” €5");
    QTest::newRow("http-equiv ISO-8859-1 read as windows-1252")
        << (QByteArray("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">"
                       "</head><body>") +
            cp1252(QStringLiteral("<p>naïve – dash</p>")) + "</body></html>")
        << QByteArray("windows-1252") << int(Origin::Declared) << QStringLiteral("naïve – dash");
    QTest::newRow("XML declaration")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html><body><p>price \xA4 5</p></body></html>")
        << QByteArray("iso-8859-15") << int(Origin::Declared) << QStringLiteral("price € 5");
    QTest::newRow("KOI8-R declared") << (QByteArray("<html><head><meta charset='koi8-r'></head><body><p>") +
                                         QByteArray::fromHex("f0d2c9d7c5d4") + "</p></body></html>")
                                     << QByteArray("koi8-r") << int(Origin::Declared) << QStringLiteral("Привет");
    QTest::newRow("Shift_JIS declared")
        << (QByteArray("<html><head><meta http-equiv=content-type content='text/html;charset=Shift_JIS'></head>"
                       "<body><p>") +
            QByteArray::fromHex("93fa967b") + "</p></body></html>")
        << QByteArray("shift_jis") << int(Origin::Declared) << QStringLiteral("日本");
    QTest::newRow("UTF-8 byte order mark")
        << QByteArray("\xEF\xBB\xBF<html><body><p>Z\xC3\xBCrich</p></body></html>") << QByteArray("UTF-8")
        << int(Origin::ByteOrderMark) << QStringLiteral("Zürich");
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16LE byte order mark")
        << QByteArray(utf16.encode(QStringLiteral("<html><body><p>Łódź</p></body></html>"))) << QByteArray("UTF-16LE")
        << int(Origin::ByteOrderMark) << QStringLiteral("Łódź");
    QTest::newRow("UTF-8 undeclared")
        << page(QString(), QStringLiteral("<p>Kraków “naïve”</p>")).replace("<meta charset=\"utf-8\">", "")
        << QByteArray("UTF-8") << int(Origin::Detected) << QStringLiteral("Kraków “naïve”");
    QTest::newRow("windows-1252 undeclared (ICU)")
        << (QByteArray("<html><body>") + cp1252(french) + "</body></html>") << QByteArray("windows-1252")
        << int(Origin::Detected) << QStringLiteral("« C’est une fête », a-t-elle ajouté, en servant des crêpes à 3 €");
    QTest::newRow("declared UTF-8 but windows-1252")
        << (QByteArray("<html><head><meta charset=\"utf-8\"></head><body>") + cp1252(french) + "</body></html>")
        << QByteArray("windows-1252") << int(Origin::Detected) << QStringLiteral("La gérante, Hélène Bérard");
    // A few bytes that are not UTF-8 in a UTF-8 page: the page stays UTF-8, those bytes become U+FFFD.
    QTest::newRow("declared UTF-8 with one bad byte")
        << QByteArray("<html><head><meta charset=\"utf-8\"></head><body><p>Caf\xC3\xA9 in Z\xC3\xBCrich \x96 open "
                      "again</p></body></html>")
        << QByteArray("UTF-8") << int(Origin::Declared) << QStringLiteral("Café in Zürich \uFFFD open again");
    QTest::newRow("declared UTF-8 with bad bytes among many letters")
        << (QByteArray("<html><head><meta charset=\"utf-8\"></head><body>") +
            french.toUtf8().replace("trois", "\x93trois\x94").replace(" 3 ", " \x80") + "</body></html>")
        << QByteArray("UTF-8") << int(Origin::Declared)
        << QStringLiteral("après \uFFFDtrois\uFFFD mois de travaux. La gérante, Hélène Bérard");
    // Not a UTF-8 page at all, whatever it says: no character of it is UTF-8, its one letter beyond ASCII is not.
    QTest::newRow("declared UTF-8, ASCII and one windows-1252 letter")
        << QByteArray("<html><head><meta charset=\"utf-8\"></head><body><p>The town's only caf\xE9 reopened on "
                      "Monday after the floods of last winter closed it for six months.</p></body></html>")
        << QByteArray("windows-1252") << int(Origin::Detected) << QStringLiteral("only café reopened");
    QTest::newRow("declaration inside a comment ignored")
        << QByteArray("<html><head><!-- <meta charset=\"koi8-r\"> --></head><body><p>Z\xC3\xBCrich</p></body></html>")
        << QByteArray("UTF-8") << int(Origin::Detected) << QStringLiteral("Zürich");
}

void HtmlExtractorTest::charsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QFETCH(int, origin);
    QFETCH(QString, expected);

    const HtmlEncoding detected = detectHtmlEncoding(bytes);
    QCOMPARE(detected.name.toLower(), encoding.toLower());
    QCOMPARE(int(detected.origin), origin);
    bool ok = false;
    const QString text = decodeHtml(bytes, &ok);
    QVERIFY(ok);
    QVERIFY2(text.contains(expected), qPrintable(text));
    // What the parser is given: the same text in UTF-8, whether it was re-encoded or passed through.
    ok = false;
    QCOMPARE(decodeHtmlToUtf8(bytes, &ok), text.toUtf8());
    QVERIFY(ok);
}

void HtmlExtractorTest::utf8PassedThrough_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("textual");
    const QByteArray start("<html><head><meta charset=\"utf-8\"></head><body><p>");
    QTest::newRow("plain") << start + "Z\xC3\xBCrich \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80</p>" << true;
    QTest::newRow("cut off in a character") << start + "Z\xC3\xBCrich \xE2\x80" << true;
    QTest::newRow("C1 controls") << start + QByteArray("\xC2\x80\xC2\x81\xC2\x9F").repeated(100) << false;
    QTest::newRow("controls after the sample") << start + QByteArray(70000, 'a') + QByteArray(4000, '\x01') << true;
    QTest::newRow("DEL between letters") << start + QByteArray("abcdefghijklm\x7F").repeated(300) << false;
    QTest::newRow("white space controls") << start + QByteArray("one\ttwo\fthree\r\nfour ").repeated(300) << true;
    QTest::newRow("non-characters") << start + QByteArray("\xEF\xB7\x90\xEF\xBF\xBE ").repeated(100) << false;
}

void HtmlExtractorTest::utf8PassedThrough()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, textual);
    bool decodedOk = !textual;
    const QString decoded = decodeHtml(bytes, &decodedOk);
    QCOMPARE(decodedOk, textual);
    bool ok = !textual;
    const QByteArray utf8 = decodeHtmlToUtf8(bytes, &ok);
    QCOMPARE(ok, textual);
    QCOMPARE(utf8, decoded.toUtf8());
    if (textual && bytes.isValidUtf8()) {
        QCOMPARE(utf8.constData(), bytes.constData()); // not copied
    }
}

void HtmlExtractorTest::jsonLd_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("publication");
    QTest::addColumn<QString>("originalSource");
    QTest::addColumn<QString>("language");

    const QString base = QStringLiteral("\"@context\":\"https://schema.org\",\"headline\":\"Pool stays open\","
                                        "\"datePublished\":\"2025-10-07T22:30:00-05:00\"");
    QTest::newRow("author as string")
        << QStringLiteral("{\"@type\":\"NewsArticle\",%1,\"author\":\"Ada Byrne\"}").arg(base)
        << QStringLiteral("Pool stays open") << QStringLiteral("Ada Byrne") << QDate(2025, 10, 7) << QString()
        << QString() << QStringLiteral("en");
    QTest::newRow("author object with By, publisher object")
        << QStringLiteral("{\"@type\":\"Article\",%1,\"author\":{\"@type\":\"Person\",\"name\":\"By Ada Byrne\"},"
                          "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Lakeside Herald\"}}")
               .arg(base)
        << QStringLiteral("Pool stays open") << QStringLiteral("Ada Byrne") << QDate(2025, 10, 7)
        << QStringLiteral("Lakeside Herald") << QString() << QStringLiteral("en");
    QTest::newRow("authors as array, type as array and URL")
        << QStringLiteral("{\"@type\":[\"http://schema.org/ReportageNewsArticle\"],%1,\"author\":[\"Ada Byrne\","
                          "{\"@type\":\"Person\",\"name\":\"Ben Iwu\"},{\"@type\":\"Person\",\"name\":\"Ada Byrne\"}]}")
               .arg(base)
        << QStringLiteral("Pool stays open") << QStringLiteral("Ada Byrne, Ben Iwu") << QDate(2025, 10, 7) << QString()
        << QString() << QStringLiteral("en");
    QTest::newRow("top-level array with a teaser list first")
        << QStringLiteral("[{\"@type\":\"ItemList\",\"itemListElement\":[{\"@type\":\"NewsArticle\",\"headline\":"
                          "\"Other story\"}]},{\"@type\":\"BlogPosting\",%1,\"author\":{\"name\":\"Ada Byrne\"}}]")
               .arg(base)
        << QStringLiteral("Pool stays open") << QStringLiteral("Ada Byrne") << QDate(2025, 10, 7) << QString()
        << QString() << QStringLiteral("en");
    QTest::newRow("main entity of a web page, language object")
        << QStringLiteral("{\"@type\":\"WebPage\",\"name\":\"Page\",\"mainEntity\":{\"@type\":\"NewsArticle\",%1,"
                          "\"inLanguage\":{\"@type\":\"Language\",\"name\":\"Spanish\",\"alternateName\":\"es\"}}}")
               .arg(base)
        << QStringLiteral("Pool stays open") << QString() << QDate(2025, 10, 7) << QString() << QString()
        << QStringLiteral("es");
    QTest::newRow("isBasedOn object")
        << QStringLiteral("{\"@type\":\"NewsArticle\",%1,\"isBasedOn\":{\"@type\":\"NewsArticle\",\"name\":"
                          "\"Wire report\",\"url\":\"https://wire.example/x\"}}")
               .arg(base)
        << QStringLiteral("Pool stays open") << QString() << QDate(2025, 10, 7) << QString()
        << QStringLiteral("Wire report") << QStringLiteral("en");
    QTest::newRow("isBasedOn address")
        << QStringLiteral("{\"@type\":\"NewsArticle\",%1,\"isBasedOn\":\"https://wire.example/x\"}").arg(base)
        << QStringLiteral("Pool stays open") << QString() << QDate(2025, 10, 7) << QString()
        << QStringLiteral("https://wire.example/x") << QStringLiteral("en");
    QTest::newRow("source organisation other than the publisher")
        << QStringLiteral("{\"@type\":\"NewsArticle\",%1,\"publisher\":{\"name\":\"Lakeside Herald\"},"
                          "\"sourceOrganization\":{\"name\":\"Coastal Wire\"}}")
               .arg(base)
        << QStringLiteral("Pool stays open") << QString() << QDate(2025, 10, 7) << QStringLiteral("Lakeside Herald")
        << QStringLiteral("Coastal Wire") << QStringLiteral("en");
    QTest::newRow("source organisation that is the publisher")
        << QStringLiteral("{\"@type\":\"NewsArticle\",%1,\"publisher\":{\"name\":\"Lakeside Herald\"},"
                          "\"sourceOrganization\":{\"name\":\"Lakeside Herald\"}}")
               .arg(base)
        << QStringLiteral("Pool stays open") << QString() << QDate(2025, 10, 7) << QStringLiteral("Lakeside Herald")
        << QString() << QStringLiteral("en");
    QTest::newRow("trailing comma, comment wrapper, entities")
        << QStringLiteral("<!--\n{\"@type\":\"NewsArticle\",\"headline\":\"Fish &amp; chips shop closes\","
                          "\"datePublished\":\"Fri, 14 Mar 2025 09:30:00 GMT\",\"author\":\"Ada Byrne\",}\n-->")
        << QStringLiteral("Fish & chips shop closes") << QStringLiteral("Ada Byrne") << QDate(2025, 3, 14) << QString()
        << QString() << QStringLiteral("en");
    QTest::newRow("not JSON at all") << QStringLiteral("window.dataLayer = [];") << QStringLiteral("Page title")
                                     << QString() << QDate() << QString() << QString() << QStringLiteral("en");
}

void HtmlExtractorTest::jsonLd()
{
    QFETCH(QString, json);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QDate, published);
    QFETCH(QString, publication);
    QFETCH(QString, originalSource);
    QFETCH(QString, language);

    const QByteArray html = page(QStringLiteral("<title>Page title</title><script type=\"application/ld+json\">") +
                                     json + QStringLiteral("</script>"),
                                 QStringLiteral("<article>") + articleParagraphs() + QStringLiteral("</article>"));
    QString error;
    const ImportedArticle article = extractHtml(html, QStringLiteral("page.html"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(article.metadata.title, title);
    QCOMPARE(article.metadata.author, author);
    QCOMPARE(article.metadata.published, published);
    QCOMPARE(article.metadata.publication, publication);
    QCOMPARE(article.originalSource, originalSource);
    QCOMPARE(article.language, language);
    QVERIFY(article.body.startsWith(QStringLiteral("The district council voted on Tuesday")));

    // The same with the block split in two scripts, the first of which the parser must read (a character reference
    // in its type): the blocks still reach the reader in document order, whichever way each came.
    const QByteArray split = page(QStringLiteral("<title>Page title</title><script type=\"application/ld&#43;json\">"
                                                 "{\"@type\":\"WebPage\",\"name\":\"Page\"}</script>"
                                                 "<script type=\"application/ld+json\">") +
                                      json + QStringLiteral("</script>"),
                                  QStringLiteral("<article>") + articleParagraphs() + QStringLiteral("</article>"));
    const ImportedArticle again = extractHtml(split, QStringLiteral("page.html"), &error);
    QCOMPARE(again.metadata.title, title);
    QCOMPARE(again.metadata.author, author);
    QCOMPARE(again.metadata.published, published);
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

void HtmlExtractorTest::routing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");

    const QByteArray html = page(QString(), articleParagraphs());
    QTest::newRow(".html") << html << QStringLiteral("pool.html") << QStringLiteral("html");
    QTest::newRow(".HTM") << html << QStringLiteral("POOL.HTM") << QStringLiteral("html");
    QTest::newRow("HTML saved as .txt") << html << QStringLiteral("pool.txt") << QStringLiteral("html");
    QTest::newRow("fragment without a name")
        << articleParagraphs().toUtf8() << QStringLiteral("Pasted text") << QStringLiteral("html");
    QTest::newRow("doctype after byte order mark and blank lines")
        << QByteArray("\xEF\xBB\xBF\n\n  ") + html << QStringLiteral("pool") << QStringLiteral("html");
    QTest::newRow("Markdown with inline HTML stays Markdown")
        << QByteArray("# Pool stays open\n\n<div>A heat pump halved the bills.</div>\n\n<p>Clubs campaigned.</p>\n\n"
                      "<p>Open from seven.</p>\n")
        << QStringLiteral("pool.md") << QStringLiteral("markdown");
    QTest::newRow("text mentioning a tag stays text")
        << QByteArray("Pool stays open\n\nThe council's web team said the <div> on its page was broken, so the "
                      "notice about the pool appeared blank for a day.\n")
        << QStringLiteral("pool.txt") << QStringLiteral("text");
}

void HtmlExtractorTest::routing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, format);

    const ExtractResult extracted = extractBytes(bytes, name);
    QVERIFY2(extracted.article, qPrintable(extracted.error));
    QCOMPARE(extracted.article->format, format);
    QCOMPARE(extracted.raw, bytes);
    QVERIFY(!extracted.article->body.contains(QStringLiteral("<p>")));
}

void HtmlExtractorTest::clipboardHtml()
{
    const QString html =
        QStringLiteral("<meta charset='utf-8'><h1>Pool stays open</h1><p class=byline>By Ada Byrne</p>") +
        articleParagraphs();
    const ExtractResult extracted = extractHtmlString(html, QStringLiteral("Pasted page"));
    QVERIFY2(extracted.article, qPrintable(extracted.error));
    QCOMPARE(extracted.article->format, QStringLiteral("html"));
    QCOMPARE(extracted.article->metadata.title, QStringLiteral("Pool stays open"));
    QCOMPARE(extracted.article->metadata.author, QStringLiteral("Ada Byrne"));
    QCOMPARE(extracted.raw, html.toUtf8());
    verifyInOrder(extracted.article->body, {QStringLiteral("The district council voted on Tuesday"),
                                            QStringLiteral("The pool will open from seven in the morning")});

    const ExtractResult empty =
        extractHtmlString(QStringLiteral("<ul><li><a href=/a>Home</a></li></ul>"), QStringLiteral("Pasted page"));
    QVERIFY(!empty.article);
    QCOMPARE(empty.error, QStringLiteral("Pasted page holds no article text."));

    const ExtractResult huge = extractHtmlString(QStringLiteral("<p>%1</p>").arg(QString(MaxImportBytes, u'x')),
                                                 QStringLiteral("Pasted page"));
    QVERIFY(!huge.article);
    QCOMPARE(huge.error, QStringLiteral("Pasted page is 50 MB; articles larger than 50 MB are not imported."));
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

void HtmlExtractorTest::depthEstimate_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("tooDeep");

    const auto times = [](const char *piece, int n) { return QByteArray(piece).repeated(n); };
    QTest::newRow("unclosed paragraphs") << "<div>" + times("<p>text ", 2000) << false;
    QTest::newRow("unclosed list items") << "<ul>" + times("<li>item ", 2000) << false;
    QTest::newRow("unclosed table cells") << "<table>" + times("<tr><td>a<td>b", 2000) << false;
    QTest::newRow("unclosed options") << "<select>" + times("<option>a", 2000) << false;
    QTest::newRow("tags inside a comment") << "<!--" + times("<div>", 2000) + "-->" << false;
    QTest::newRow("tags inside a script") << "<script>" + times("<div>", 2000) + "</script>" << false;
    QTest::newRow("self-closing svg elements") << "<svg>" + times("<g/>", 2000) + "</svg>" << false;
    QTest::newRow("deep svg, dropped unparsed") << "<svg>" + times("<g>", 2000) + "</svg>" << false;
    QTest::newRow("deep MathML") << "<math>" + times("<mrow>", 2000) + "</math>" << true;
    QTest::newRow("links closing links") << times("<a href=x>", 2000) << false;
    QTest::newRow("500 nested divs") << times("<div>", 500) + times("</div>", 500) << false;
    QTest::newRow("520 nested divs") << times("<div>", 520) + times("</div>", 520) << true;
    QTest::newRow("div slash does not close") << times("<div/>", 2000) << true;
    QTest::newRow("nested spans") << times("<span>", 2000) << true;
    // A link end tag with a block inside leaves the block open (the adoption agency): the blocks nest.
    QTest::newRow("links misnested around blocks") << times("<a href=x><div>x</a>", 2000) << true;
    QTest::newRow("links nested properly around blocks") << times("<a href=x><div>x</div></a>", 2000) << false;
    // Formatting elements a paragraph closed are opened again before the next text or inline element.
    QByteArray distinct;
    for (int i = 0; i < 600; ++i) {
        distinct += "<p><b id=" + QByteArray::number(i) + "></p>";
    }
    QTest::newRow("distinct bold reopened") << distinct + "x" << true;
    // ... but no more than three alike.
    QTest::newRow("same bold reopened") << times("<p><b>text</p>", 2000) << false;
    QTest::newRow("bold reopened in table cells") << "<table><tr>" + times("<td><b>text</td>", 2000) << false;
}

void HtmlExtractorTest::depthEstimate()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, tooDeep);

    // The estimate that guards the parser agrees with the tree the parser really builds.
    QCOMPARE(estimateNestingDepth(bytes, MaxHtmlDepth) > MaxHtmlDepth, tooDeep);
    // Parsed whole, past any limit on the parser's work: the real tree, however deep.
    const HtmlDocument document(prepareForParser(bytes, std::numeric_limits<int>::max()));
    QCOMPARE(FlatTree(document.root(), MaxHtmlDepth).tooDeep(), tooDeep);
}

void HtmlExtractorTest::deepTreeOnSmallStack()
{
    // Every walk over the tree, and freeing it, must cost heap rather than stack: gumbo's own destroy function
    // recurses once per level and overflows a small stack at a few ten thousand levels.
    constexpr int Depth = 100000;
    int elements = 0;
    QString text;
    int blocks = 0;
    QThread *worker = QThread::create([&] {
        // Prepared without a limit on the parser's work, which a tree this deep is far past.
        const HtmlDocument document(prepareForParser(
            nested(QStringLiteral("<span>"), QStringLiteral("</span>"), Depth, QStringLiteral("deep text")).toUtf8(),
            std::numeric_limits<int>::max()));
        const FlatTree tree(document.root(), Depth + 10);
        elements = tree.size();
        text = Html::text(document.root());
        blocks = int(renderBlocks(tree, 0, QList<bool>(tree.size(), false)).size());
    });
    worker->setStackSize(256 * 1024);
    worker->start();
    QVERIFY(worker->wait(60000));
    delete worker;
    QCOMPARE(elements, Depth + 3); // <html>, <head>, <body> and the spans
    QCOMPARE(text, QStringLiteral("deep text"));
    QCOMPARE(blocks, 1);
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

void HtmlExtractorTest::safeDocumentLoadsNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pixel.png"));
    QImage pixel(4, 4, QImage::Format_RGB32);
    pixel.fill(Qt::red);
    QVERIFY(pixel.save(path));
    const QUrl url = QUrl::fromLocalFile(path);

    // A plain QTextDocument reads local files: the check below could fail.
    QTextDocument plain;
    QVERIFY(plain.resource(QTextDocument::ImageResource, url).isValid());

    SafeTextDocument safe;
    safe.setHtml(QStringLiteral("<p>Text <img src='%1'></p>").arg(url.toString()));
    QVERIFY(!safe.resource(QTextDocument::ImageResource, url).isValid());
    QVERIFY(!safe.resource(QTextDocument::StyleSheetResource, url).isValid());
    QCOMPARE(safe.toPlainText().trimmed().left(4), QStringLiteral("Text"));
}

void HtmlExtractorTest::cliExtractJson()
{
    QProcess process;
    process.start(QStringLiteral(CREDENCE_BINARY),
                  {QStringLiteral("extract"), QStringLiteral("--json"), dataFile(QStringLiteral("jsonld-graph.html"))});
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
                  {QStringLiteral("extract"), dataFile(QStringLiteral("homepage.html"))});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("holds no article text"));
}

void HtmlExtractorTest::parserInputPrepared_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QStringList>("jsonLd");
    QTest::newRow("script") << QByteArray("<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>")
                            << QByteArray("<p>a</p><script></script><p>b</p>") << QStringList();
    QTest::newRow("upper case, attributes") << QByteArray("<SCRIPT src=\"x.js\" data-x='>'>code()</SCRIPT>")
                                            << QByteArray("<SCRIPT src=\"x.js\" data-x='>'></SCRIPT>") << QStringList();
    // JSON-LD is taken out whole, its text as the parser would give it; from the first script the scan cannot read
    // as the parser does (a character reference in its type), the rest are left in place.
    QTest::newRow("json-ld taken out")
        << QByteArray("<script type=\"application/ld+json\">{\"a\":\"<a href='https://example.org/a/long/path'>\"}"
                      "</script><SCRIPT TYPE='Application/LD+JSON'>[1,\r\n2]</SCRIPT>")
        << QByteArray("<script type=\"application/ld+json\"></script><SCRIPT TYPE='Application/LD+JSON'></SCRIPT>")
        << QStringList{QStringLiteral("{\"a\":\"<a href='https://example.org/a/long/path'>\"}"),
                       QStringLiteral("[1,\n2]")};
    QTest::newRow("json-ld left in place")
        << QByteArray("<script type=application/ld+json>{}</script><script type=\"application/ld&#43;json\">[1]"
                      "</script><script type=application/ld+json>[2]</script>")
        << QByteArray("<script type=application/ld+json></script><script type=\"application/ld&#43;json\">[1]"
                      "</script><script type=application/ld+json>[2]</script>")
        << QStringList{QStringLiteral("{}")};
    QTest::newRow("style and svg") << QByteArray("<style>p{}</style><svg viewBox=\"0 0 1 1\"><path d=\"M0\"/></svg>x")
                                   << QByteArray("<style></style><svg viewBox=\"0 0 1 1\"></svg>x") << QStringList();
    // An <svg/> that closes itself has no content: the article after it must not be taken for some.
    QTest::newRow("self-closing svg") << QByteArray("<svg class=\"icon\"/><p>Article text.</p><svg><g/></svg>")
                                      << QByteArray("<svg class=\"icon\"/><p>Article text.</p><svg></svg>")
                                      << QStringList();
    QTest::newRow("commented out") << QByteArray("<!-- <script> --><p>kept</p><!-- </script> -->")
                                   << QByteArray("<!-- <script> --><p>kept</p><!-- </script> -->") << QStringList();
    // The parser reads the first "</script>" here as script text; the scan does not follow it that far.
    QTest::newRow("escaped script") << QByteArray("<script><!-- document.write('<script></script>'); --></script><p>a")
                                    << QByteArray("<script><!-- document.write('<script></script>'); --></script><p>a")
                                    << QStringList();
    QTest::newRow("not a script tag") << QByteArray("<scripture>text</scripture>")
                                      << QByteArray("<scripture>text</scripture>") << QStringList();
    QTest::newRow("unclosed") << QByteArray("<script>never closed <p>text</p>")
                              << QByteArray("<script>never closed <p>text</p>") << QStringList();
    QTest::newRow("link targets") << QByteArray(
                                         "<a class=\"more\" href=\"https://example.org/news/2025/11/story\">a</a>"
                                         "<A HREF='/news/2025/11/a-long-relative-path'>b</A>")
                                  << QByteArray("<a class=\"more\" href=\"/\">a</a><A HREF='/'>b</A>") << QStringList();
    // What the extractor asks of a link ("#" and "javascript:" are not links) must not change.
    QTest::newRow("link targets kept")
        << QByteArray("<a href=\"#comments-section-of-page\">a</a><a href=\"javascript:void(0); return false\">b</a>"
                      "<a href=\"https://example.org/?a=1&amp;b=2\">c</a><a href=\"x.html\">d</a>"
                      "<a href=https://example.org/unquoted/value>e</a><link rel=\"canonical\" "
                      "href=\"https://example.org/news/2025/11/story\">")
        << QByteArray("<a href=\"#comments-section-of-page\">a</a><a href=\"javascript:void(0); return false\">b</a>"
                      "<a href=\"https://example.org/?a=1&amp;b=2\">c</a><a href=\"x.html\">d</a>"
                      "<a href=https://example.org/unquoted/value>e</a><link rel=\"canonical\" "
                      "href=\"https://example.org/news/2025/11/story\">")
        << QStringList();
    QTest::newRow("unread attributes")
        << QByteArray("<img src=\"/media/2025/11/photo-of-the-harbour.jpg\" srcset=\"a.jpg 1x, b.jpg 2x, c.jpg 3x, "
                      "d.jpg 4x\" alt=\"The harbour wall, photographed from the pier at low tide\" width=\"640\">")
        << QByteArray("<img src=\"\" srcset=\"\" alt=\"The harbour wall, photographed from the pier at low tide\" "
                      "width=\"640\">")
        << QStringList();
    QTest::newRow("read attributes kept")
        << QByteArray("<div class=\"article-body story-text layout-wide\" data-testid=\"article-body-container-x\" "
                      "data-props='{\"id\":42,\"kind\":\"story\",\"layout\":\"wide\"}'>")
        << QByteArray("<div class=\"article-body story-text layout-wide\" data-testid=\"article-body-container-x\" "
                      "data-props=''>")
        << QStringList();
    // Markup inside an attribute value or a title is text: nothing in it is a tag.
    QTest::newRow("tags inside text") << QByteArray("<title>Use <a href=\"https://example.org/a/long/path\"></title>"
                                                    "<meta content='<a href=\"https://example.org/a/long/path\">'>")
                                      << QByteArray("<title>Use <a href=\"https://example.org/a/long/path\"></title>"
                                                    "<meta content='<a href=\"https://example.org/a/long/path\">'>")
                                      << QStringList();
    // In MathML a "script" or "title" is an ordinary element: its content is markup, prepared like any other.
    QTest::newRow("foreign content")
        << QByteArray("<math><script>x()</script><title><a href=\"https://example.org/a/long/path\">t</a></title>"
                      "</math>")
        << QByteArray("<math><script>x()</script><title><a href=\"/\">t</a></title></math>") << QStringList();
    QTest::newRow("unclosed quote") << QByteArray("<a href=\"https://example.org/a/long/path and the rest of the page")
                                    << QByteArray("<a href=\"https://example.org/a/long/path and the rest of the page")
                                    << QStringList();
}

void HtmlExtractorTest::parserInputPrepared()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, expected);
    QFETCH(QStringList, jsonLd);
    const ParserInput input = prepareForParser(html, MaxHtmlDepth);
    QCOMPARE(input.html, expected);
    QCOMPARE(input.jsonLd, jsonLd);
    QCOMPARE(input.depth, estimateNestingDepth(html, MaxHtmlDepth));
}

void HtmlExtractorTest::attributesBounded_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("dropped");
    QTest::addColumn<int>("shortened");

    const int cap = int(MaxAttributesPerElement);
    QTest::newRow("at the cap") << "<div" + unreadAttributes(0, cap) + ">x</div>"
                                << "<div" + unreadAttributes(0, cap) + ">x</div>" << 0 << 0;
    QTest::newRow("past the cap") << "<div" + unreadAttributes(0, cap + 44) + ">x</div>"
                                  << "<div" + unreadAttributes(0, cap) + ">x</div>" << 44 << 0;
    // The first of each name the extractor reads stays wherever it is; later ones the parser ignores anyway.
    QTest::newRow("read names past the cap")
        << "<div" + unreadAttributes(0, cap + 10) + " class=\"story\" data-x=1 ID=main class=\"other\" title=t>x</div>"
        << "<div" + unreadAttributes(0, cap) + " class=\"story\" ID=main>x</div>" << 13 << 0;
    QTest::newRow("read name repeated past the cap")
        << "<div class=a" + unreadAttributes(0, cap + 5) + " CLASS=b>x</div>"
        << "<div class=a" + unreadAttributes(0, cap - 1) + ">x</div>" << 7 << 0;
    QTest::newRow("self-closing") << "<math><mi" + unreadAttributes(0, cap + 3) + " />x</math>"
                                  << "<math><mi" + unreadAttributes(0, cap) + " />x</math>" << 3 << 0;
    // A <font> with a colour leaves MathML: the attribute changes the tree, so it stays.
    QTest::newRow("font colour in MathML")
        << "<math><font" + unreadAttributes(0, cap + 3) + " color=red><p>x</p></font></math>"
        << "<math><font" + unreadAttributes(0, cap) + " color=red><p>x</p></font></math>" << 3 << 0;

    const qsizetype longest = MaxAttributeValueBytes;
    QTest::newRow("long read value") << "<div class=\"" + QByteArray(longest + 100, 'c') + "\">x</div>"
                                     << "<div class=\"" + QByteArray(longest, 'c') + "\">x</div>" << 0 << 1;
    QTest::newRow("long unquoted value") << "<div data-x=" + QByteArray(longest + 1, 'c') + ">x</div>"
                                         << "<div data-x=" + QByteArray(longest, 'c') + ">x</div>" << 0 << 1;
    // Cut before a character, not inside it: "a" and then two bytes a letter puts byte 65,536 inside one.
    QTest::newRow("long value of letters")
        << "<div class=\"a" + QByteArray("\xC3\xA9").repeated(longest / 2 + 10) + "\">x</div>"
        << "<div class=\"a" + QByteArray("\xC3\xA9").repeated(longest / 2 - 1) + "\">x</div>" << 0 << 1;
    QTest::newRow("unclosed quote") << "<p>x</p><div class=\"" + QByteArray(longest + 100, 'c')
                                    << "<p>x</p><div class=\"" + QByteArray(longest, 'c') << 0 << 1;
    QTest::newRow("long unread value emptied as before")
        << "<div data-x=\"" + QByteArray(longest + 100, 'c') + "\">x</div>" << QByteArray("<div data-x=\"\">x</div>")
        << 0 << 0;
}

void HtmlExtractorTest::attributesBounded()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, expected);
    QFETCH(int, dropped);
    QFETCH(int, shortened);

    const ParserInput input = prepareForParser(html, MaxHtmlDepth);
    QCOMPARE(input.html, expected);
    QCOMPARE(input.droppedAttributes, qsizetype(dropped));
    QCOMPARE(input.shortenedValues, qsizetype(shortened));
    if (shortened == 0) {
        // Nothing the extractor reads differs between the page the parser is given and the page itself.
        QCOMPARE(elementsSeen(input.html), elementsSeen(html));
    }
}

QTEST_MAIN(HtmlExtractorTest)

#include "htmlextractor_test.moc"
