// The nesting depth estimated before parsing (estimateNestingDepth(), import/markup/htmlnesting's model of tree
// construction) against the depth of the tree the parser really builds.

#include "import/html/htmldom.h"
#include "import/html/htmlextractor.h"
#include "import/markup/htmlscan.h"

#include <QTest>

#include <limits>

using namespace Credence::Core;

class HtmlNestingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void depthEstimate_data();
    void depthEstimate();
};

void HtmlNestingTest::depthEstimate_data()
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

void HtmlNestingTest::depthEstimate()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, tooDeep);

    // The estimate that guards the parser agrees with the tree the parser really builds.
    QCOMPARE(estimateNestingDepth(bytes, MaxHtmlDepth) > MaxHtmlDepth, tooDeep);
    // Parsed whole, past any limit on the parser's work: the real tree, however deep.
    const HtmlDocument document(prepareForParser(bytes, std::numeric_limits<int>::max()));
    QCOMPARE(FlatTree(document.root(), MaxHtmlDepth).tooDeep(), tooDeep);
}

QTEST_MAIN(HtmlNestingTest)

#include "htmlnesting_test.moc"
