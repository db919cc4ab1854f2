// The parsed tree (import/html/htmldom): walked and freed on the heap, however deep it is.

#include "htmltestpages.h"
#include "import/html/htmldom.h"
#include "import/html/htmltext.h"
#include "import/markup/htmlscan.h"

#include <QTest>
#include <QThread>

#include <limits>

using namespace Credence::Core;
using Credence::Test::nested;

class HtmlDomTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deepTreeOnSmallStack();
};

void HtmlDomTest::deepTreeOnSmallStack()
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

QTEST_MAIN(HtmlDomTest)

#include "htmldom_test.moc"
