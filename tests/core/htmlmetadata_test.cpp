// Page metadata read from JSON-LD (import/html/htmlmetadata, htmljsonld.cpp), as it reaches the imported article.

#include "htmltestpages.h"
#include "import/html/htmlextractor.h"

#include <QTest>

using namespace Credence::Core;
using Credence::Test::articleParagraphs;
using Credence::Test::page;

class HtmlMetadataTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonLd_data();
    void jsonLd();
};

void HtmlMetadataTest::jsonLd_data()
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

void HtmlMetadataTest::jsonLd()
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

QTEST_MAIN(HtmlMetadataTest)

#include "htmlmetadata_test.moc"
