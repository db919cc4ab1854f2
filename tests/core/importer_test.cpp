// What the importer does with bytes that come without a file (import/importer): which extractor reads them, and
// HTML from the clipboard.

#include "htmltestpages.h"
#include "import/importer.h"

#include <QTest>

using namespace Credence::Core;
using Credence::Test::articleParagraphs;
using Credence::Test::page;
using Credence::Test::verifyInOrder;

class ImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routing_data();
    void routing();
    void clipboardHtml();
};

void ImporterTest::routing_data()
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

void ImporterTest::routing()
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

void ImporterTest::clipboardHtml()
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

QTEST_MAIN(ImporterTest)

#include "importer_test.moc"
