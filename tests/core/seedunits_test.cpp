// segmentUnits() on the seed articles, extracted as on import: headings, tables and the author bio are no claims,
// list items are claims without their bullet, and every full sentence of prose is still a claim.

#include "claims/textunits.h"
#include "import/importer.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace Credence::Core;
using Credence::Test::seedsDir;

namespace {

QString seedBody(const QString &prefix)
{
    const QStringList names = QDir(seedsDir()).entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    if (names.size() != 1) {
        return {};
    }
    const ExtractResult result = extractFile(QDir(seedsDir()).filePath(names.first()));
    return result.article ? result.article->body : QString();
}

QString textOf(const QString &body, TextSpan span)
{
    return body.mid(span.start, span.end - span.start);
}

// The kind of the unit whose text is @p text, or nullopt when no unit has that text.
std::optional<UnitKind> kindOf(const QString &body, const QList<TextUnit> &units, const QString &text)
{
    for (const TextUnit &unit : units) {
        if (textOf(body, unit.span) == text) {
            return unit.kind;
        }
    }
    return std::nullopt;
}

} // namespace

class SeedUnitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data();
    void kinds();
    void noBulletInText();
    void fullSentencesAreClaims_data();
    void fullSentencesAreClaims();
};

void SeedUnitsTest::kinds_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("text");
    QTest::addColumn<UnitKind>("kind");

    const auto row = [](const char *seed, const QString &text, UnitKind kind) {
        QTest::addRow("%s %s", seed, qPrintable(text.left(40))) << QString::fromLatin1(seed) << text << kind;
    };
    row("000", QStringLiteral("Russia’s Africa Corps Faces Major Setback in Mali Amid Growing Local Resistance"),
        UnitKind::Heading);
    row("000", QStringLiteral("Strategic Implications of the Defeat for Russian Influence in the Sahel Region"),
        UnitKind::Heading);
    row("000", QStringLiteral("Calls for Enhanced Regional Security Collaboration and International Support"),
        UnitKind::Heading);
    row("000", QStringLiteral("Closing Remarks"), UnitKind::Heading);
    for (const char *tableRow :
         {"Factor Impact Level Response", "Local Militia Mobilization High Increased clashes",
          "Foreign Support Medium Diplomatic condemnation", "Media Coverage High Global awareness",
          "Aspect Pre-Defeat Status Post-Defeat Outlook",
          "Military Presence Growing and assertive Significantly weakened",
          "Strategic Partnerships Increasing Under threat", "Regional Initiative Key Focus Expected Outcome",
          "International Training Programs Local capacity building Enhanced operational "
          "readiness"}) {
        row("000", QString::fromUtf8(tableRow), UnitKind::TableRow);
    }
    row("000",
        QStringLiteral("Increased local resistance: Communities that once tolerated foreign presence are now actively "
                       "mobilizing against Russian operatives."),
        UnitKind::ListItem);
    row("000", QStringLiteral("Capacity building: Intensified training initiatives to bolster local armed forces"),
        UnitKind::ListItem);
    row("001", QStringLiteral("Deepening Crises Despite Promised Stability"), UnitKind::Heading);
    row("001", QStringLiteral("A Shift in Military Suppliers"), UnitKind::Heading);
    row("003", QStringLiteral("Scope of attacks"), UnitKind::Heading);
    row("003", QStringLiteral("What’s next"), UnitKind::Heading);
    row("003", QStringLiteral("unmanned systems;"), UnitKind::ListItem);
    row("004", QStringLiteral("About Carmen Mendez"), UnitKind::Bio);
    row("004",
        QStringLiteral("Carmen Mendez is an engaging editor and political journalist with extensive experience."),
        UnitKind::Bio);
    row("004",
        QStringLiteral("Carmen is skilled at uncovering the nuances of complex political scenarios and is an advocate "
                       "for transparent journalism."),
        UnitKind::Bio);
}

void SeedUnitsTest::kinds()
{
    QFETCH(QString, seed);
    QFETCH(QString, text);
    QFETCH(UnitKind, kind);
    const QString body = seedBody(seed);
    QVERIFY(!body.isEmpty());
    const std::optional<UnitKind> actual = kindOf(body, segmentUnits(body), text);
    QVERIFY2(actual.has_value(), qPrintable(text));
    QCOMPARE(unitKindKey(*actual), unitKindKey(kind));
}

void SeedUnitsTest::noBulletInText()
{
    // Each bullet of the seeds is one sentence: as many list items as lines that start with "• ".
    for (const char *seed : {"000", "001", "002", "003", "004"}) {
        const QString body = seedBody(QLatin1String(seed));
        int items = 0;
        for (const TextUnit &unit : segmentUnits(body)) {
            QVERIFY2(!textOf(body, unit.span).startsWith(u'•'), qPrintable(textOf(body, unit.span)));
            items += unit.kind == UnitKind::ListItem ? 1 : 0;
        }
        const int bullets = int(body.count(QStringLiteral("\n• ")) + (body.startsWith(QStringLiteral("• ")) ? 1 : 0));
        QCOMPARE(items, bullets);
    }
}

void SeedUnitsTest::fullSentencesAreClaims_data()
{
    QTest::addColumn<QString>("seed");
    for (const char *seed : {"000", "001", "002", "003", "004"}) {
        QTest::newRow(seed) << QString::fromLatin1(seed);
    }
}

void SeedUnitsTest::fullSentencesAreClaims()
{
    // A full sentence: at least six words, ending in . ! ? or a closing quote after one. Judged on
    // segmentSentences()'s spans with any bullet taken off, independently of the rules of segmentUnits().
    QFETCH(QString, seed);
    const QString body = seedBody(seed);
    QVERIFY(!body.isEmpty());
    const QList<TextUnit> units = segmentUnits(body);
    // The one exception: seed 004's author bio, the paragraph after "About Carmen Mendez".
    const qsizetype bio = seed == QLatin1String("004") ? body.indexOf(QStringLiteral("About Carmen Mendez")) : -1;
    static const QRegularExpression bullet(QStringLiteral("^(?:[•*·–-]|\\d{1,2}[.)])\\s+"));
    static const QRegularExpression fullStop(QStringLiteral("[.!?][”\"’']?$"));
    int sentences = 0;
    for (const TextSpan &span : segmentSentences(body)) {
        QString text = textOf(body, span);
        text.remove(bullet);
        if (!fullStop.match(text).hasMatch() || text.split(u' ', Qt::SkipEmptyParts).size() < 6 ||
            (bio >= 0 && span.start > bio)) {
            continue;
        }
        ++sentences;
        const std::optional<UnitKind> kind = kindOf(body, units, text);
        QVERIFY2(kind.has_value(), qPrintable(text));
        QVERIFY2(isClaimByDefault(*kind), qPrintable(unitKindKey(*kind) + QStringLiteral(": ") + text));
    }
    QVERIFY(sentences >= 4); // each seed has at least a standfirst's worth
}

QTEST_MAIN(SeedUnitsTest)
#include "seedunits_test.moc"
