// The byte-level scan that prepares a page for the parser (import/markup/htmlscan): scripts, styles and values
// nothing reads emptied, JSON-LD taken out, attributes bounded, and nothing the extractor reads changed.

#include "import/html/htmlextractor.h"
#include "import/markup/htmlscan.h"

#include <QTest>

#include <gumbo.h>

using namespace Credence::Core;

namespace {

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

class HtmlScanTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parserInputPrepared_data();
    void parserInputPrepared();
    void attributesBounded_data();
    void attributesBounded();
};

void HtmlScanTest::parserInputPrepared_data()
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

void HtmlScanTest::parserInputPrepared()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, expected);
    QFETCH(QStringList, jsonLd);
    const ParserInput input = prepareForParser(html, MaxHtmlDepth);
    QCOMPARE(input.html, expected);
    QCOMPARE(input.jsonLd, jsonLd);
    QCOMPARE(input.depth, estimateNestingDepth(html, MaxHtmlDepth));
}

void HtmlScanTest::attributesBounded_data()
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

void HtmlScanTest::attributesBounded()
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

QTEST_MAIN(HtmlScanTest)

#include "htmlscan_test.moc"
