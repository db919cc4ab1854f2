// segmentUnits(): the kind of each sentence-level unit of a body, with the rules for each kind one row at a time,
// and the promise that no letter of segmentSentences()'s spans is lost other than a list marker.

#include "claims/textunits.h"

#include <QRegularExpression>
#include <QTest>

using namespace Credence::Core;

namespace {

// "kind|text" for each unit: a row states what it expects in one line per unit.
QStringList describe(const QString &body, const QList<TextUnit> &units)
{
    QStringList lines;
    for (const TextUnit &unit : units) {
        lines.append(unitKindKey(unit.kind) + QLatin1Char('|') +
                     body.mid(unit.span.start, unit.span.end - unit.span.start));
    }
    return lines;
}

QString unit(const char *kind, const QString &text)
{
    return QLatin1String(kind) + QLatin1Char('|') + text;
}

} // namespace

class TextUnitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void units_data();
    void units();
    void nothingLost_data();
    void nothingLost();
    void blankInput();
};

void TextUnitsTest::units_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("expected");

    const QString prose = QStringLiteral("The convoy left Gao on Monday morning.");

    // Headings: a short line without closing punctuation, followed by text.
    QTest::newRow("heading") << QStringLiteral("Scope of attacks\n\n") + prose
                             << QStringList{unit("heading", QStringLiteral("Scope of attacks")),
                                            unit("sentence", prose)};
    QTest::newRow("long heading") << QStringLiteral("Russia’s Africa Corps Faces Major Setback in Mali Amid Growing "
                                                    "Local Resistance\n\n") +
                                         prose
                                  << QStringList{unit("heading", QStringLiteral("Russia’s Africa Corps Faces Major "
                                                                                "Setback in Mali Amid Growing Local "
                                                                                "Resistance")),
                                                 unit("sentence", prose)};
    QTest::newRow("question heading") << QStringLiteral("Who is behind the offensive?\n\n") + prose
                                      << QStringList{unit("heading", QStringLiteral("Who is behind the offensive?")),
                                                     unit("sentence", prose)};
    QTest::newRow("two headings") << QStringLiteral("Part One\n\nThe Army\n\n") + prose
                                  << QStringList{unit("heading", QStringLiteral("Part One")),
                                                 unit("heading", QStringLiteral("The Army")), unit("sentence", prose)};
    QTest::newRow("no text after") << prose + QStringLiteral("\n\nNothing more was heard of them")
                                   << QStringList{unit("sentence", prose),
                                                  unit("sentence", QStringLiteral("Nothing more was heard of them"))};
    QTest::newRow("lower-case line") << QStringLiteral("and then the town fell\n\n") + prose
                                     << QStringList{unit("sentence", QStringLiteral("and then the town fell")),
                                                    unit("sentence", prose)};
    QTest::newRow("full stop") << QStringLiteral("Nobody died.\n\n") + prose
                               << QStringList{unit("sentence", QStringLiteral("Nobody died.")),
                                              unit("sentence", prose)};
    QTest::newRow("Japanese full stop") << QStringLiteral("これで元に戻りました。\n\n") + prose
                                        << QStringList{unit("sentence", QStringLiteral("これで元に戻りました。")),
                                                       unit("sentence", prose)};
    QTest::newRow("long question") << QStringLiteral("Why did the army leave the town without a single shot being "
                                                     "fired?\n\n") +
                                          prose
                                   << QStringList{unit("sentence", QStringLiteral("Why did the army leave the town "
                                                                                  "without a single shot being "
                                                                                  "fired?")),
                                                  unit("sentence", prose)};

    // Table rows: three or more short lines in a row; an end line of a different length is a heading.
    QTest::newRow("table")
        << QStringLiteral("Factor Impact Level Response\n\nLocal Militia Mobilization High "
                          "Increased clashes\n\nForeign Support Medium Diplomatic condemnation\n\n"
                          "Closing Remarks\n\n") +
               prose
        << QStringList{unit("table-row", QStringLiteral("Factor Impact Level Response")),
                       unit("table-row", QStringLiteral("Local Militia Mobilization High Increased clashes")),
                       unit("table-row", QStringLiteral("Foreign Support Medium Diplomatic condemnation")),
                       unit("heading", QStringLiteral("Closing Remarks")), unit("sentence", prose)};
    QTest::newRow("last row like the others")
        << QStringLiteral("Initiative Focus Outcome\nG5 Sahel Joint Force Cross-border operations\nECOWAS Security "
                          "Mechanism Intelligence sharing\nTraining Programs Local capacity building\n") +
               prose
        << QStringList{unit("table-row", QStringLiteral("Initiative Focus Outcome")),
                       unit("table-row", QStringLiteral("G5 Sahel Joint Force Cross-border operations")),
                       unit("table-row", QStringLiteral("ECOWAS Security Mechanism Intelligence sharing")),
                       unit("table-row", QStringLiteral("Training Programs Local capacity building")),
                       unit("sentence", prose)};
    QTest::newRow("heading before table")
        << prose +
               QStringLiteral("\n\nHow the Forces Compare in the North of the Country\n\nArmy 12,000 "
                              "troops\n\nMilitias 8,000 fighters\n\nMercenaries 1,500 men\n\n") +
               prose
        << QStringList{unit("sentence", prose),
                       unit("heading", QStringLiteral("How the Forces Compare in the North of the Country")),
                       unit("table-row", QStringLiteral("Army 12,000 troops")),
                       unit("table-row", QStringLiteral("Militias 8,000 fighters")),
                       unit("table-row", QStringLiteral("Mercenaries 1,500 men")),
                       unit("sentence", prose)};
    QTest::newRow("table at the end") << prose + QStringLiteral("\n\nGao 12\nKidal 7\nMopti 3")
                                      << QStringList{unit("sentence", prose),
                                                     unit("table-row", QStringLiteral("Gao 12")),
                                                     unit("table-row", QStringLiteral("Kidal 7")),
                                                     unit("table-row", QStringLiteral("Mopti 3"))};

    // List items: without their marker; one unit per sentence of an item.
    QTest::newRow("bullet") << QStringLiteral("• Increased local resistance: Communities are mobilising.")
                            << QStringList{
                                   unit("list-item", QStringLiteral("Increased local resistance: Communities are "
                                                                    "mobilising."))};
    QTest::newRow("hyphen, star, dashes")
        << QStringLiteral("The attacks used:\n- drones;\n* suicide attacks;\n– artillery;\n· mines.")
        << QStringList{unit("sentence", QStringLiteral("The attacks used:")),
                       unit("list-item", QStringLiteral("drones;")),
                       unit("list-item", QStringLiteral("suicide attacks;")),
                       unit("list-item", QStringLiteral("artillery;")), unit("list-item", QStringLiteral("mines."))};
    QTest::newRow("numbered") << QStringLiteral("1. Never urged Ukraine to investigate.\n12) Met the envoy twice.\n"
                                                "b) Denied everything.")
                              << QStringList{unit("list-item", QStringLiteral("Never urged Ukraine to investigate.")),
                                             unit("list-item", QStringLiteral("Met the envoy twice.")),
                                             unit("list-item", QStringLiteral("Denied everything."))};
    QTest::newRow("item of two sentences") << QStringLiteral("•  Troops left Kidal. They went north.")
                                           << QStringList{unit("list-item", QStringLiteral("Troops left Kidal.")),
                                                          unit("list-item", QStringLiteral("They went north."))};
    QTest::newRow("short item is no heading")
        << QStringLiteral("• GPS\n• Heart rate\n• Sleep tracking\n\n") + prose
        << QStringList{unit("list-item", QStringLiteral("GPS")), unit("list-item", QStringLiteral("Heart rate")),
                       unit("list-item", QStringLiteral("Sleep tracking")), unit("sentence", prose)};
    QTest::newRow("no marker") << QStringLiteral("-5 degrees was the low.\n1.5 million people fled.\n2019. Bad year.")
                               << QStringList{unit("sentence", QStringLiteral("-5 degrees was the low.")),
                                              unit("sentence", QStringLiteral("1.5 million people fled.")),
                                              unit("sentence", QStringLiteral("2019.")),
                                              unit("sentence", QStringLiteral("Bad year."))};

    // Captions.
    QTest::newRow("photo credit") << prose + QStringLiteral("\nPhoto: Jane Roe / Reuters")
                                  << QStringList{unit("sentence", prose),
                                                 unit("caption", QStringLiteral("Photo: Jane Roe / Reuters"))};
    QTest::newRow("Foto") << QStringLiteral("Foto: Karla Mertens / DER SPIEGEL\n") + prose
                          << QStringList{unit("caption", QStringLiteral("Foto: Karla Mertens / DER SPIEGEL")),
                                         unit("sentence", prose)};
    QTest::newRow("Image label") << QStringLiteral("Image: The house in which he was born, in Braunau am Inn\n") + prose
                                 << QStringList{unit("caption", QStringLiteral("Image: The house in which he was "
                                                                               "born, in Braunau am Inn")),
                                                unit("sentence", prose)};
    QTest::newRow("agency credit") << QStringLiteral("Natalie Naccache | Bloomberg | Getty Images\n") + prose
                                   << QStringList{unit("caption",
                                                       QStringLiteral("Natalie Naccache | Bloomberg | Getty Images")),
                                                  unit("sentence", prose)};
    QTest::newRow("caption with credit")
        << QStringLiteral("Protesters fill the square. (Photo by John Doe/AFP via Getty Images)\n") + prose
        << QStringList{unit("caption", QStringLiteral("Protesters fill the square.")),
                       unit("caption", QStringLiteral("(Photo by John Doe/AFP via Getty Images)")),
                       unit("sentence", prose)};
    QTest::newRow("agency in prose") << QStringLiteral("The figures were first reported by Reuters.")
                                     << QStringList{unit(
                                            "sentence", QStringLiteral("The figures were first reported by Reuters."))};

    // Furniture.
    QTest::newRow("labels") << QStringLiteral("Advertisement\n") + prose + QStringLiteral("\nImage 1 of 5\nClose")
                            << QStringList{unit("furniture", QStringLiteral("Advertisement")), unit("sentence", prose),
                                           unit("furniture", QStringLiteral("Image 1 of 5")),
                                           unit("furniture", QStringLiteral("Close"))};
    QTest::newRow("read more") << prose + QStringLiteral("\nRead more: Mali's junta expels the French ambassador")
                               << QStringList{unit("sentence", prose),
                                              unit("furniture", QStringLiteral("Read more: Mali's junta expels the "
                                                                               "French ambassador"))};
    QTest::newRow("copyright") << prose + QStringLiteral("\n© 2019 Associated Press. All Rights Reserved.")
                               << QStringList{unit("sentence", prose),
                                              unit("furniture", QStringLiteral("© 2019 Associated Press.")),
                                              unit("furniture", QStringLiteral("All Rights Reserved."))};
    QTest::newRow("wire credit") << prose + QStringLiteral("\n(Reporting by Jane Roe; Editing by John Doe)")
                                 << QStringList{unit("sentence", prose),
                                                unit("furniture",
                                                     QStringLiteral("(Reporting by Jane Roe; Editing by John Doe)"))};
    QTest::newRow("promotion") << prose + QStringLiteral("\nSign up for our morning newsletter.")
                               << QStringList{unit("sentence", prose),
                                              unit("furniture", QStringLiteral("Sign up for our morning newsletter."))};
    QTest::newRow("embed signature") << prose + QStringLiteral("\n— Rep. Ilhan Omar (@Ilhan) November 19, 2019\n") +
                                            prose
                                     << QStringList{unit("sentence", prose),
                                                    unit("furniture", QStringLiteral("— Rep. Ilhan Omar (@Ilhan) "
                                                                                     "November 19, 2019")),
                                                    unit("sentence", prose)};
    QTest::newRow("contact") << prose + QStringLiteral("\nHave a tip? Jane Roe may be reached at jroe@example.com.")
                             << QStringList{
                                    unit("sentence", prose), unit("furniture", QStringLiteral("Have a tip?")),
                                    unit("furniture", QStringLiteral("Jane Roe may be reached at jroe@example.com."))};
    QTest::newRow("follow in prose") << QStringLiteral("Following the attack, troops followed the road north.")
                                     << QStringList{unit("sentence", QStringLiteral("Following the attack, troops "
                                                                                    "followed the road north."))};

    // Author bios at the end.
    QTest::newRow("about heading")
        << prose + QStringLiteral("\n\nAbout Carmen Mendez\n\nCarmen Mendez is an engaging editor and political "
                                  "journalist. She studied at Yale University.")
        << QStringList{unit("sentence", prose), unit("bio", QStringLiteral("About Carmen Mendez")),
                       unit("bio", QStringLiteral("Carmen Mendez is an engaging editor and political journalist.")),
                       unit("bio", QStringLiteral("She studied at Yale University."))};
    QTest::newRow("closing line") << prose +
                                         QStringLiteral("\n\nJane Roe is a reporter at the Courier covering courts.")
                                  << QStringList{unit("sentence", prose),
                                                 unit("bio", QStringLiteral("Jane Roe is a reporter at the Courier "
                                                                            "covering courts."))};
    QTest::newRow("not a writer") << prose + QStringLiteral("\n\nJane Roe is a nurse at the hospital in Gao.")
                                  << QStringList{unit("sentence", prose),
                                                 unit("sentence",
                                                      QStringLiteral("Jane Roe is a nurse at the hospital in Gao."))};
    QTest::newRow("not at the end")
        << QStringLiteral("Jane Roe is a reporter at the Courier.\n\nOne.\n\nTwo more.\n\nThree more.\n\nFour more.")
        << QStringList{unit("sentence", QStringLiteral("Jane Roe is a reporter at the Courier.")),
                       unit("sentence", QStringLiteral("One.")), unit("sentence", QStringLiteral("Two more.")),
                       unit("sentence", QStringLiteral("Three more.")), unit("sentence", QStringLiteral("Four more."))};
    QTest::newRow("about, not a bio") << QStringLiteral("About Face\n\nThe army turned back at the border.")
                                      << QStringList{
                                             unit("heading", QStringLiteral("About Face")),
                                             unit("sentence", QStringLiteral("The army turned back at the border."))};

    // Quotations: at least half of the letters inside quotation marks.
    QTest::newRow("quote, then speaker")
        << QStringLiteral("“We will not leave this town,” he said.")
        << QStringList{unit("quotation", QStringLiteral("“We will not leave this town,” he said."))};
    QTest::newRow("long attribution")
        << QStringLiteral("“We stay,” said Colonel Assimi Goita, who has led the junta since 2021.")
        << QStringList{unit("sentence",
                            QStringLiteral("“We stay,” said Colonel Assimi Goita, who has led the junta since 2021."))};
    QTest::newRow("quote of three sentences")
        << QStringLiteral("“First we fight. Then we talk. Then we go home,” he said.")
        << QStringList{unit("quotation", QStringLiteral("“First we fight.")),
                       unit("quotation", QStringLiteral("Then we talk.")),
                       unit("quotation", QStringLiteral("Then we go home,” he said."))};
    QTest::newRow("German quotes") << QStringLiteral("„Wir bleiben hier in der Stadt“, sagte er.")
                                   << QStringList{unit("quotation",
                                                       QStringLiteral("„Wir bleiben hier in der Stadt“, sagte er."))};
    QTest::newRow("straight quotes") << QStringLiteral("\"The drones worked very well,\" Lässing said.")
                                     << QStringList{unit("quotation", QStringLiteral("\"The drones worked very well,\" "
                                                                                     "Lässing said."))};
    QTest::newRow("scare quotes") << QStringLiteral("Observers describe the episode as “a disaster” for Moscow.")
                                  << QStringList{unit("sentence", QStringLiteral("Observers describe the episode as "
                                                                                 "“a disaster” for Moscow."))};
    QTest::newRow("stray mark") << QStringLiteral("He bought a 27\" screen. It was cheap and fast and good for games.")
                                << QStringList{unit("sentence", QStringLiteral("He bought a 27\" screen.")),
                                               unit("sentence", QStringLiteral("It was cheap and fast and good for "
                                                                               "games."))};
    QTest::newRow("quote ends with its paragraph")
        << QStringLiteral("“We stay here.\n\nThen the troops left the town.")
        << QStringList{unit("quotation", QStringLiteral("“We stay here.")),
                       unit("sentence", QStringLiteral("Then the troops left the town."))};
}

void TextUnitsTest::units()
{
    QFETCH(QString, body);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(body, segmentUnits(body)), expected);
}

void TextUnitsTest::nothingLost_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("mixed") << QStringLiteral(
        "Heading Here\n\n• One item. Two sentences.\n1. Numbered\n\nA \"quoted\" line\nRow A 1\nRow B 2\nRow C 3\n"
        "Photo: X / AFP\nAdvertisement\n\nAbout Jane Roe\n\nJane Roe is a reporter.");
    QTest::newRow("marker only") << QStringLiteral("•\n-\n1.\n\nText after.");
    QTest::newRow("carriage returns") << QStringLiteral("Title Line\r\n\r\nBody text follows here.\r\n");
}

void TextUnitsTest::nothingLost()
{
    QFETCH(QString, body);
    const QList<TextUnit> units = segmentUnits(body);
    QList<bool> covered(body.size(), false);
    int previousEnd = 0;
    for (const TextUnit &unit : units) {
        QVERIFY(unit.span.start >= previousEnd); // in order, not overlapping
        QVERIFY(unit.span.end > unit.span.start);
        QVERIFY(!body.at(unit.span.start).isSpace());
        for (int i = unit.span.start; i < unit.span.end; ++i) {
            covered[i] = true;
        }
        previousEnd = unit.span.end;
    }
    // A letter or digit of a sentence span is in a unit, or in the list marker at the start of its line.
    for (const TextSpan &span : segmentSentences(body)) {
        for (int i = span.start; i < span.end; ++i) {
            if (body.at(i).isLetterOrNumber() && !covered.at(i)) {
                static const QRegularExpression marker(QStringLiteral("^\\d{1,2}[.)]"));
                const qsizetype lineStart = body.lastIndexOf(QLatin1Char('\n'), i) + 1;
                QVERIFY2(i - lineStart < 2 && marker.matchView(QStringView(body).mid(lineStart)).hasMatch(),
                         qPrintable(body.mid(span.start, span.end - span.start)));
            }
        }
    }
}

void TextUnitsTest::blankInput()
{
    QCOMPARE(segmentUnits(QString()), QList<TextUnit>());
    QCOMPARE(segmentUnits(QStringLiteral(" \n\n\t ")), QList<TextUnit>());
}

QTEST_MAIN(TextUnitsTest)
#include "textunits_test.moc"
