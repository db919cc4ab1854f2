// Check-worthiness hints: each hint found where it should be and not where it should not, the word lists read from
// the News Article syntax definition the highlighter uses, and a score that orders claims.

#include "claims/checkworthiness.h"
#include "claims/newsvocabulary.h"

#include <QFile>
#include <QTest>

using namespace Credence::Core;

class CheckWorthinessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hints_data();
    void hints();
    void vocabularyFromSyntaxDefinition();
    void vocabularyFromXml();
    void scores();
    void keysAndDescriptions();
};

void CheckWorthinessTest::hints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    const QString en = QStringLiteral("en");
    // Figures.
    QTest::newRow("digits") << QStringLiteral("Up to 12,000 fighters took part.") << en << QStringLiteral("figure");
    QTest::newRow("percent") << QStringLiteral("Turnout fell by a third, to 41%.") << en << QStringLiteral("figure");
    QTest::newRow("money") << QStringLiteral("The deal is worth €5bn to the junta.") << en << QStringLiteral("figure");
    QTest::newRow("thousands") << QStringLiteral("Rising violence has displaced thousands.") << en
                               << QStringLiteral("figure");
    QTest::newRow("spelled million") << QStringLiteral("Half a million people live there.") << en
                                     << QStringLiteral("figure");
    QTest::newRow("per cent") << QStringLiteral("Prices rose by eleven per cent.") << en << QStringLiteral("figure");
    QTest::newRow("no figure") << QStringLiteral("Once the town was quiet.") << en << QString();

    // Attribution: a listed verb or phrase with a named source near it.
    QTest::newRow("according to name") << QStringLiteral(
                                              "According to Justyna Gudzowska, the group has not been effective.")
                                       << en << QStringLiteral("attribution");
    QTest::newRow("said name") << QStringLiteral("The drones worked, said Ulf Lässing.") << en
                               << QStringLiteral("attribution");
    QTest::newRow("name told") << QStringLiteral("Ulf Lässing told reporters that the drones worked.") << en
                               << QStringLiteral("attribution");
    QTest::newRow("pronoun said") << QStringLiteral("The drones worked well, he said.") << en << QString();
    QTest::newRow("officials said") << QStringLiteral("Officials said the drones worked well.") << en << QString();
    QTest::newRow("name without verb") << QStringLiteral("Ulf Lässing visited the base in Gao.") << en << QString();

    // Hedges: listed words and phrases; "May" the month is not one.
    QTest::newRow("reportedly") << QStringLiteral("The mercenaries have reportedly left the region.") << en
                                << QStringLiteral("hedge");
    QTest::newRow("could") << QStringLiteral("This development could have broader implications.") << en
                           << QStringLiteral("hedge");
    QTest::newRow("sources say") << QStringLiteral("Sources say the convoy turned back.") << en
                                 << QStringLiteral("hedge");
    QTest::newRow("month May") << QStringLiteral("The convoy left Gao in May.") << en << QString();
    QTest::newRow("no hedge") << QStringLiteral("The convoy left Gao on a Monday.") << en << QString();

    // Superlatives, from the list added to the syntax definition.
    QTest::newRow("first") << QStringLiteral("The corps has suffered its first major defeat.") << en
                           << QStringLiteral("superlative");
    QTest::newRow("deadliest") << QStringLiteral("It was the deadliest attack on the capital.") << en
                               << QStringLiteral("superlative");
    QTest::newRow("record") << QStringLiteral("Fuel prices reached a record high.") << en
                            << QStringLiteral("superlative");
    QTest::newRow("comparative") << QStringLiteral("The attack was larger than the last one.") << en << QString();

    // Quotation marks.
    QTest::newRow("curly quotes") << QStringLiteral("Observers call it “a disaster” for Moscow.") << en
                                  << QStringLiteral("quotation");
    QTest::newRow("straight quotes") << QStringLiteral("He called it \"a disaster\".") << en
                                     << QStringLiteral("quotation");
    QTest::newRow("apostrophe") << QStringLiteral("Moscow’s plan is the Kremlin's plan.") << en << QString();

    // Several at once; other languages get figures and quotes only.
    QTest::newRow("all") << QStringLiteral("“It was the largest raid,” said Colonel Goita, reportedly with 2,500 men.")
                         << en << QStringLiteral("figure,attribution,hedge,superlative,quotation");
    QTest::newRow("German") << QStringLiteral("„Es war der größte Angriff“, sagte Oberst Goita laut 2.500 Quellen.")
                            << QStringLiteral("de") << QStringLiteral("figure,quotation");
}

void CheckWorthinessTest::hints()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(checkHintKeys(checkHints(text, language)), expected);
}

void CheckWorthinessTest::vocabularyFromSyntaxDefinition()
{
    // The hints read the definition compiled into the application, the one the highlighter loads.
    QFile file(QStringLiteral(":/syntax/news-article.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const NewsVocabulary &vocabulary = NewsVocabulary::instance();
    QCOMPARE(vocabulary.attributionWords, NewsVocabulary::fromXml(file.readAll()).attributionWords);
    QVERIFY(vocabulary.attributionWords.contains(QStringLiteral("said")));
    QVERIFY(vocabulary.hedgeWords.contains(QStringLiteral("reportedly")));
    QVERIFY(vocabulary.superlativeWords.contains(QStringLiteral("largest")));
    QVERIFY(vocabulary.attributionPhrases.contains(QStringLiteral("according to")));
    QVERIFY(vocabulary.hedgePhrases.contains(QStringLiteral("sources say")));
}

void CheckWorthinessTest::vocabularyFromXml()
{
    const QByteArray xml = R"(<language><highlighting>
        <list name="attribution"><item> Said </item></list>
        <list name="hedges"><item>maybe</item></list>
        <list name="superlatives"><item>Tallest</item></list>
        <list name="other"><item>ignored</item></list>
        <contexts><context name="Text">
          <WordDetect attribute="Attribution" String="As Told By"/>
          <WordDetect attribute="Hedge" String="word is"/>
          <WordDetect attribute="Number" String="nine"/>
        </context></contexts></highlighting></language>)";
    const NewsVocabulary vocabulary = NewsVocabulary::fromXml(xml);
    QCOMPARE(vocabulary.attributionWords, QSet<QString>{QStringLiteral("said")});
    QCOMPARE(vocabulary.hedgeWords, QSet<QString>{QStringLiteral("maybe")});
    QCOMPARE(vocabulary.superlativeWords, QSet<QString>{QStringLiteral("tallest")});
    QCOMPARE(vocabulary.attributionPhrases, QStringList{QStringLiteral("as told by")});
    QCOMPARE(vocabulary.hedgePhrases, QStringList{QStringLiteral("word is")});
}

void CheckWorthinessTest::scores()
{
    QCOMPARE(checkWorthiness({}), 0);
    QCOMPARE(checkWorthiness(CheckHint::Figure), 3);
    QCOMPARE(checkWorthiness(CheckHint::Figure | CheckHint::Attribution | CheckHint::Hedge | CheckHint::Superlative |
                             CheckHint::Quotation),
             9);
    // A figure outweighs a hedge with quotation marks; a named source with a superlative outweighs a figure.
    QVERIFY(checkWorthiness(CheckHint::Figure) > checkWorthiness(CheckHint::Hedge | CheckHint::Quotation));
    QVERIFY(checkWorthiness(CheckHint::Attribution | CheckHint::Superlative) > checkWorthiness(CheckHint::Figure));
}

void CheckWorthinessTest::keysAndDescriptions()
{
    QCOMPARE(checkHintKeys({}), QString());
    QCOMPARE(describeCheckHints({}), QString());
    const CheckHints two = CheckHint::Quotation | CheckHint::Figure;
    QCOMPARE(checkHintKeys(two), QStringLiteral("figure,quotation"));
    const QStringList lines = describeCheckHints(two).split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Figure:")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Quotation:")));
}

QTEST_MAIN(CheckWorthinessTest)
#include "checkworthiness_test.moc"
