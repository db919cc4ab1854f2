// Sentence segmentation: every claim of an article is one span from segmentSentences(), so its offsets must index
// the body exactly and its boundaries must survive the abbreviations, numbers and quotes of news copy.

#include "claims/segmenter.h"

#include <QTest>

using namespace Credence::Core;

namespace Credence::Core {
// Lets QCOMPARE print a span that differs.
char *toString(const TextSpan &span)
{
    return QTest::toString(QStringLiteral("[%1, %2)").arg(span.start).arg(span.end));
}
} // namespace Credence::Core

class SegmenterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentences_data();
    void sentences();
    void lineBreakAfterAbbreviation();
    void surrogatePairOffsets();
    void nothingFromBlankInput_data();
    void nothingFromBlankInput();
};

void SegmenterTest::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // Abbreviations must not end a sentence.
    QTest::newRow("Mr.") << QStringLiteral("Mr. Smith went to Washington. He left.")
                         << QStringList{QStringLiteral("Mr. Smith went to Washington."), QStringLiteral("He left.")};
    QTest::newRow("U.S.") << QStringLiteral("The U.S. Army said the base was closed. Troops left on Monday.")
                          << QStringList{QStringLiteral("The U.S. Army said the base was closed."),
                                         QStringLiteral("Troops left on Monday.")};
    QTest::newRow("Gen.") << QStringLiteral("Gen. Adams arrived in Bamako. He spoke briefly.")
                          << QStringList{QStringLiteral("Gen. Adams arrived in Bamako."),
                                         QStringLiteral("He spoke briefly.")};
    QTest::newRow("Dr.") << QStringLiteral("The wounded were treated by Dr. Jones. Nobody died.")
                         << QStringList{QStringLiteral("The wounded were treated by Dr. Jones."),
                                        QStringLiteral("Nobody died.")};
    QTest::newRow("St.") << QStringLiteral("Mass was said at St. Brigid's church. It was full.")
                         << QStringList{QStringLiteral("Mass was said at St. Brigid's church."),
                                        QStringLiteral("It was full.")};
    QTest::newRow("Sept.") << QStringLiteral("The vote is on Sept. 4 in Bamako. Turnout will be low.")
                           << QStringList{QStringLiteral("The vote is on Sept. 4 in Bamako."),
                                          QStringLiteral("Turnout will be low.")};

    // A closing quote after the full stop belongs to the sentence it closes.
    QTest::newRow("straight quote") << QStringLiteral("He said \"No.\" Then he left.")
                                    << QStringList{QStringLiteral("He said \"No.\""), QStringLiteral("Then he left.")};
    QTest::newRow("curly quote") << QStringLiteral("She said “Never.” Then she went home.")
                                 << QStringList{QStringLiteral("She said “Never.”"),
                                                QStringLiteral("Then she went home.")};

    // Decimal points and thousands separators are not sentence ends.
    QTest::newRow("decimal") << QStringLiteral("Growth was 3.5 percent last year. Costs rose.")
                             << QStringList{QStringLiteral("Growth was 3.5 percent last year."),
                                            QStringLiteral("Costs rose.")};
    QTest::newRow("thousands") << QStringLiteral("The bill came to 1,200.50 dollars in total.")
                               << QStringList{QStringLiteral("The bill came to 1,200.50 dollars in total.")};
    QTest::newRow("version") << QStringLiteral("Version v2.0 shipped today. It crashed.")
                             << QStringList{QStringLiteral("Version v2.0 shipped today."),
                                            QStringLiteral("It crashed.")};

    // Line breaks always end a claim: a headline has no full stop.
    QTest::newRow("headline") << QStringLiteral("Troops Leave Mali\nThe last convoy left on Monday. It was escorted.")
                              << QStringList{QStringLiteral("Troops Leave Mali"),
                                             QStringLiteral("The last convoy left on Monday."),
                                             QStringLiteral("It was escorted.")};
    QTest::newRow("paragraphs") << QStringLiteral("First paragraph ends here.\n\nSecond paragraph starts here.")
                                << QStringList{QStringLiteral("First paragraph ends here."),
                                               QStringLiteral("Second paragraph starts here.")};
    QTest::newRow("list items") << QStringLiteral("The attacks used:\n- drones;\n- suicide attacks.")
                                << QStringList{QStringLiteral("The attacks used:"), QStringLiteral("- drones;"),
                                               QStringLiteral("- suicide attacks.")};
    QTest::newRow("unicode separators") << QStringLiteral("One line\u2029Another line")
                                        << QStringList{QStringLiteral("One line"), QStringLiteral("Another line")};

    // Spans are trimmed; spans without a letter or digit are no claims.
    QTest::newRow("trimmed") << QStringLiteral("   Spaced out sentence.   Another one.  \n")
                             << QStringList{QStringLiteral("Spaced out sentence."), QStringLiteral("Another one.")};
    QTest::newRow("punctuation only") << QStringLiteral("* * *\nReal sentence.\n— —")
                                      << QStringList{QStringLiteral("Real sentence.")};

    // Non-ASCII text: offsets are UTF-16 indexes.
    QTest::newRow("em dash") << QStringLiteral("The army — or what remained of it — withdrew. Nobody followed.")
                             << QStringList{QStringLiteral("The army — or what remained of it — withdrew."),
                                            QStringLiteral("Nobody followed.")};
    QTest::newRow("accents") << QStringLiteral("Ulf Lässing said the drones worked. Others in Ségou disagreed.")
                             << QStringList{QStringLiteral("Ulf Lässing said the drones worked."),
                                            QStringLiteral("Others in Ségou disagreed.")};
    QTest::newRow("emoji") << QStringLiteral("Fans cheered 🎉 all night. The team 🏆 won. 😀 Done.")
                           << QStringList{QStringLiteral("Fans cheered 🎉 all night."),
                                          QStringLiteral("The team 🏆 won."), QStringLiteral("😀 Done.")};
}

void SegmenterTest::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    const QList<TextSpan> spans = segmentSentences(text);
    QStringList actual;
    for (const TextSpan &span : spans) {
        actual.append(text.mid(span.start, span.end - span.start));
    }
    QCOMPARE(actual, expected);

    // The offsets themselves, not only the text they cut: each sentence sits where it occurs after the previous one.
    int previousEnd = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const int start = int(text.indexOf(expected.at(i), previousEnd));
        QVERIFY2(start >= 0, qPrintable(expected.at(i)));
        QCOMPARE(spans.at(i), (TextSpan{start, start + int(expected.at(i).size())}));
        QVERIFY(!text.at(spans.at(i).start).isSpace());
        QVERIFY(!text.at(spans.at(i).end - 1).isSpace());
        previousEnd = spans.at(i).end;
    }
}

void SegmenterTest::lineBreakAfterAbbreviation()
{
    // The filter suppresses ICU's break after "Mr."; the line break must still split there.
    const QString text = QStringLiteral("The interview was with Mr.\nSmith later agreed.");
    const QList<TextSpan> spans = segmentSentences(text);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans.at(0), (TextSpan{0, int(text.indexOf(QLatin1Char('\n')))}));
    QCOMPARE(text.mid(spans.at(1).start, spans.at(1).end - spans.at(1).start), QStringLiteral("Smith later agreed."));
}

void SegmenterTest::surrogatePairOffsets()
{
    // Each emoji is two UTF-16 code units; a code-point count would put the second span two units early.
    const QString text = QStringLiteral("😀😀 Fine. Next one.");
    QCOMPARE(text.indexOf(QStringLiteral("Next")), 11);
    const QList<TextSpan> spans = segmentSentences(text);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans.at(0), (TextSpan{0, 10}));
    QCOMPARE(spans.at(1), (TextSpan{11, int(text.size())}));
    QVERIFY(text.at(spans.at(0).start).isHighSurrogate());
}

void SegmenterTest::nothingFromBlankInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("spaces") << QStringLiteral("    ");
    QTest::newRow("mixed white space") << QStringLiteral(" \n\t \r\n \u00a0\n\n");
}

void SegmenterTest::nothingFromBlankInput()
{
    QFETCH(QString, text);
    QCOMPARE(segmentSentences(text), QList<TextSpan>());
}

QTEST_MAIN(SegmenterTest)
#include "segmenter_test.moc"
