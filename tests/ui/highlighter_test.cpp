// The News Article syntax definition ships in resources/ and colours what a fact-checker reads for.

#include "highlight/articlehighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Credence;

class HighlighterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionIsShipped();
    void highlightsPhrases_data();
    void highlightsPhrases();
    void themeFollowsPalette();

private:
    static QTextCharFormat formatAt(QTextDocument &doc, int position);
};

QTextCharFormat HighlighterTest::formatAt(QTextDocument &doc, int position)
{
    const QTextBlock block = doc.findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length) {
            return range.format;
        }
    }
    return {};
}

void HighlighterTest::definitionIsShipped()
{
    const KSyntaxHighlighting::Definition def =
        Ui::ArticleHighlighter::repository().definitionForName(Ui::ArticleHighlighter::definitionName());
    QVERIFY(def.isValid());
    QCOMPARE(def.name(), QStringLiteral("News Article"));
    QVERIFY(def.keywordLists().contains(QStringLiteral("hedges")));
}

void HighlighterTest::highlightsPhrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<bool>("highlighted");
    QTest::newRow("said") << QStringLiteral("The mayor said the bridge was safe.") << QStringLiteral("said") << true;
    QTest::newRow("according to") << QStringLiteral("It closed, according to police.") << QStringLiteral("according")
                                  << true;
    QTest::newRow("told") << QStringLiteral("She told reporters it was over.") << QStringLiteral("told") << true;
    QTest::newRow("reportedly") << QStringLiteral("Ten people were reportedly hurt.") << QStringLiteral("reportedly")
                                << true;
    QTest::newRow("allegedly") << QStringLiteral("He allegedly fled.") << QStringLiteral("allegedly") << true;
    QTest::newRow("could") << QStringLiteral("The toll could rise.") << QStringLiteral("could") << true;
    QTest::newRow("may") << QStringLiteral("Prices may fall.") << QStringLiteral("may") << true;
    QTest::newRow("number") << QStringLiteral("It cost 3.5 million.") << QStringLiteral("3.5") << true;
    QTest::newRow("thousands") << QStringLiteral("About 12,000 litres leaked.") << QStringLiteral("12,000") << true;
    QTest::newRow("quotation") << QStringLiteral("He said \"we will rebuild\" twice.") << QStringLiteral("rebuild")
                               << true;
    QTest::newRow("curly quotation") << QStringLiteral("She wrote “not again” on it.") << QStringLiteral("again")
                                     << true;
    QTest::newRow("plain word") << QStringLiteral("The bridge was closed.") << QStringLiteral("bridge") << false;
    QTest::newRow("word containing may") << QStringLiteral("The mayor left.") << QStringLiteral("mayor") << false;
}

void HighlighterTest::highlightsPhrases()
{
    QFETCH(QString, text);
    QFETCH(QString, phrase);
    QFETCH(bool, highlighted);
    QTextDocument doc;
    Ui::ArticleHighlighter highlighter(&doc);
    highlighter.updateTheme(QPalette(Qt::white));
    doc.setPlainText(text);
    highlighter.rehighlight();
    const int at = int(text.indexOf(phrase));
    QVERIFY(at >= 0);
    // Every row starts with a plain word: the phrase is highlighted when it looks different from that word.
    const QTextCharFormat plain = formatAt(doc, 0);
    const QTextCharFormat format = formatAt(doc, at);
    const bool marked = format.foreground() != plain.foreground() || format.fontWeight() != plain.fontWeight() ||
                        format.fontItalic() != plain.fontItalic();
    QCOMPARE(marked, highlighted);
}

void HighlighterTest::themeFollowsPalette()
{
    QTextDocument doc;
    Ui::ArticleHighlighter highlighter(&doc);
    highlighter.updateTheme(QPalette(Qt::white));
    const auto background = [&] {
        return QColor(highlighter.theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness();
    };
    QVERIFY(background() > 128);
    QPalette dark(QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
    highlighter.updateTheme(dark);
    QVERIFY(background() < 128);
}

QTEST_MAIN(HighlighterTest)
#include "highlighter_test.moc"
