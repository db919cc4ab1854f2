// UnitKind: stored as an int and written to JSON by key, so both must map back to the same kind; only prose, list
// items and quotations are claims unless the user says otherwise.

#include "domain/claimkind.h"

#include <QTest>

using namespace Credence::Core;

class ClaimKindTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data();
    void kinds();
    void unknownValues();
};

void ClaimKindTest::kinds_data()
{
    QTest::addColumn<UnitKind>("kind");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("claim");

    // The values are in project files: a row that fails here means a renumbered enum.
    QTest::newRow("sentence") << UnitKind::Sentence << 0 << QStringLiteral("sentence") << QStringLiteral("Sentence")
                              << true;
    QTest::newRow("heading") << UnitKind::Heading << 1 << QStringLiteral("heading") << QStringLiteral("Heading")
                             << false;
    QTest::newRow("list item") << UnitKind::ListItem << 2 << QStringLiteral("list-item") << QStringLiteral("List item")
                               << true;
    QTest::newRow("table row") << UnitKind::TableRow << 3 << QStringLiteral("table-row") << QStringLiteral("Table row")
                               << false;
    QTest::newRow("quotation") << UnitKind::Quotation << 4 << QStringLiteral("quotation") << QStringLiteral("Quotation")
                               << true;
    QTest::newRow("caption") << UnitKind::Caption << 5 << QStringLiteral("caption") << QStringLiteral("Caption")
                             << false;
    QTest::newRow("bio") << UnitKind::Bio << 6 << QStringLiteral("bio") << QStringLiteral("Author bio") << false;
    QTest::newRow("furniture") << UnitKind::Furniture << 7 << QStringLiteral("furniture")
                               << QStringLiteral("Page furniture") << false;
}

void ClaimKindTest::kinds()
{
    QFETCH(UnitKind, kind);
    QFETCH(int, value);
    QFETCH(QString, key);
    QFETCH(QString, label);
    QFETCH(bool, claim);

    QCOMPARE(static_cast<int>(kind), value);
    QCOMPARE(unitKindKey(kind), key);
    QCOMPARE(unitKindLabel(kind), label);
    QCOMPARE(isClaimByDefault(kind), claim);
    QCOMPARE(unitKindFromKey(key), std::optional<UnitKind>(kind));
    QCOMPARE(unitKindFromKey(key.toUpper()), std::optional<UnitKind>(kind));
    QCOMPARE(unitKindFromInt(value), std::optional<UnitKind>(kind));
}

void ClaimKindTest::unknownValues()
{
    QCOMPARE(unitKindFromInt(-1), std::nullopt);
    QCOMPARE(unitKindFromInt(8), std::nullopt);
    QCOMPARE(unitKindFromKey(QString()), std::nullopt);
    QCOMPARE(unitKindFromKey(QStringLiteral("list item")), std::nullopt);
}

QTEST_MAIN(ClaimKindTest)
#include "claimkind_test.moc"
