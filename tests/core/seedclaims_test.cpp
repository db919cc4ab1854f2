// The seed articles imported into a project: the claims stored for them are the checkable units only. Headings,
// table rows and the author bio are no claims, list items are claims without their bullet, every full sentence of
// prose is a claim, and every stored claim stands where its quote says.

#include "claims/anchor.h"
#include "claims/segmenter.h"
#include "project/project.h"
#include "storage/articlerepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence::Core;
using Credence::Test::seedsDir;

namespace {

QString seedFile(const QString &prefix)
{
    const QStringList names = QDir(seedsDir()).entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    return names.size() == 1 ? QDir(seedsDir()).filePath(names.first()) : QString();
}

} // namespace

class SeedClaimsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noClaimForStructure_data();
    void noClaimForStructure();
    void listItemsWithoutBullet();
    void fullSentencesAreClaims_data();
    void fullSentencesAreClaims();
    void claimsStandWhereTheirQuoteSays();
    void reextractingChangesNoClaim();

private:
    /// The stored article and claims of @p seed, read through a connection of its own.
    bool stored(const QString &seed, QString *body, QList<Claim> *claims);

    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, Id> m_articles;
};

void SeedClaimsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("seeds.credence"));
    Project project;
    QVERIFY2(project.open(m_path), qPrintable(project.lastError()));
    for (const char *seed : {"000", "001", "002", "003", "004"}) {
        const QString file = seedFile(QLatin1String(seed));
        QVERIFY2(!file.isEmpty(), seed);
        const QList<ImportOutcome> outcomes = project.importFiles({file});
        QVERIFY2(outcomes.first().ok(), qPrintable(outcomes.first().error));
        m_articles.insert(QLatin1String(seed), *outcomes.first().articleId);
    }
}

bool SeedClaimsTest::stored(const QString &seed, QString *body, QList<Claim> *claims)
{
    Database db;
    if (!m_articles.contains(seed) || !db.open(m_path, {OpenMode::Existing, false, false})) {
        return false;
    }
    const auto article = ArticleRepository(db).get(m_articles.value(seed));
    if (!article) {
        return false;
    }
    *body = article->body;
    *claims = ClaimRepository(db).forArticle(article->id);
    return !claims->isEmpty();
}

void SeedClaimsTest::noClaimForStructure_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("text");
    const auto row = [](const char *seed, const char *text) {
        QTest::addRow("%s %s", seed, text) << QString::fromLatin1(seed) << QString::fromUtf8(text);
    };
    row("000", "Closing Remarks");
    row("000", "Strategic Implications of the Defeat for Russian Influence in the Sahel Region");
    row("000", "Calls for Enhanced Regional Security Collaboration and International Support");
    row("000", "Factor Impact Level Response");
    row("000", "Local Militia Mobilization High Increased clashes");
    row("000", "Aspect Pre-Defeat Status Post-Defeat Outlook");
    row("001", "A Shift in Military Suppliers");
    row("003", "What’s next");
    row("004", "About Carmen Mendez");
    row("004", "Carmen Mendez is an engaging editor and political journalist with extensive experience.");
    row("004", "she worked her way up through the ranks at various major news organizations");
    row("004", "Carmen is skilled at uncovering the nuances of complex political scenarios");
}

void SeedClaimsTest::noClaimForStructure()
{
    QFETCH(QString, seed);
    QFETCH(QString, text);
    QString body;
    QList<Claim> claims;
    QVERIFY(stored(seed, &body, &claims));
    // The text is in the article (it is shown), but no claim holds it.
    QVERIFY2(body.contains(text), qPrintable(text));
    for (const Claim &c : claims) {
        QVERIFY2(!c.text.contains(text), qPrintable(c.text));
    }
}

void SeedClaimsTest::listItemsWithoutBullet()
{
    QString body;
    QList<Claim> claims;
    QVERIFY(stored(QStringLiteral("000"), &body, &claims));
    const QString item = QStringLiteral("Increased local resistance: Communities that once tolerated foreign presence "
                                        "are now actively mobilizing against Russian operatives.");
    const auto it = std::find_if(claims.cbegin(), claims.cend(), [&](const Claim &c) { return c.text == item; });
    QVERIFY2(it != claims.cend(), qPrintable(item));
    QCOMPARE(unitKindKey(it->kind), unitKindKey(UnitKind::ListItem));
    for (const char *seed : {"000", "001", "002", "003", "004"}) {
        QVERIFY(stored(QLatin1String(seed), &body, &claims));
        int items = 0;
        for (const Claim &c : claims) {
            QVERIFY2(!c.text.startsWith(u'•') && !c.text.startsWith(QLatin1Char(' ')), qPrintable(c.text));
            items += c.kind == UnitKind::ListItem ? 1 : 0;
        }
        // Every bullet of the body is a claim of its own.
        QCOMPARE(items, int(body.count(QStringLiteral("\n• ")) + (body.startsWith(QStringLiteral("• ")) ? 1 : 0)));
    }
}

void SeedClaimsTest::fullSentencesAreClaims_data()
{
    QTest::addColumn<QString>("seed");
    for (const char *seed : {"000", "001", "002", "003", "004"}) {
        QTest::newRow(seed) << QString::fromLatin1(seed);
    }
}

void SeedClaimsTest::fullSentencesAreClaims()
{
    // A full sentence: at least six words ending in . ! ? (or a closing quote after one), judged on the sentence
    // spans of the stored body with any bullet taken off; seed 004's author bio is the one exception.
    QFETCH(QString, seed);
    QString body;
    QList<Claim> claims;
    QVERIFY(stored(seed, &body, &claims));
    QSet<QString> texts;
    for (const Claim &c : claims) {
        texts.insert(c.text);
    }
    const qsizetype bio = seed == QLatin1String("004") ? body.indexOf(QStringLiteral("About Carmen Mendez")) : -1;
    static const QRegularExpression bullet(QStringLiteral("^(?:[•*·–-]|\\d{1,2}[.)])\\s+"));
    static const QRegularExpression fullStop(QStringLiteral("[.!?][”\"’']?$"));
    int sentences = 0;
    for (const TextSpan &span : segmentSentences(body)) {
        QString text = body.mid(span.start, span.end - span.start);
        text.remove(bullet);
        if (!fullStop.match(text).hasMatch() || text.split(u' ', Qt::SkipEmptyParts).size() < 6 ||
            (bio >= 0 && span.start > bio)) {
            continue;
        }
        ++sentences;
        QVERIFY2(texts.contains(text), qPrintable(text));
    }
    QVERIFY(sentences >= 4);
}

void SeedClaimsTest::claimsStandWhereTheirQuoteSays()
{
    for (const char *seed : {"000", "001", "002", "003", "004"}) {
        QString body;
        QList<Claim> claims;
        QVERIFY(stored(QLatin1String(seed), &body, &claims));
        int end = 0;
        for (const Claim &c : claims) {
            QVERIFY(!c.orphaned);
            QVERIFY2(c.start >= end, qPrintable(c.text)); // in order, none overlapping
            end = c.end;
            Claim expected = c;
            anchorClaim(expected, body);
            QCOMPARE(c.text, expected.text);
            QCOMPARE(c.prefix, expected.prefix);
            QCOMPARE(c.suffix, expected.suffix);
            QCOMPARE(c.text, c.text.trimmed());
            const auto span = findQuote(body, c.text, c.prefix, c.suffix, 0);
            QVERIFY(span);
            QCOMPARE(span->start, c.start);
        }
    }
}

void SeedClaimsTest::reextractingChangesNoClaim()
{
    Project project;
    QVERIFY(project.open(m_path));
    for (auto it = m_articles.cbegin(); it != m_articles.cend(); ++it) {
        const QList<Claim> before = project.claims(it.value());
        const BodyChange change = project.planReextract(it.value());
        QVERIFY2(change.ok(), qPrintable(change.error));
        QCOMPARE(change.kept, int(before.size()));
        QCOMPARE(change.dropped, 0);
        QVERIFY(change.orphaned.isEmpty());
        QCOMPARE(change.claims.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(change.claims.at(i).id, before.at(i).id);
            QCOMPARE(change.claims.at(i).start, before.at(i).start);
            QCOMPARE(change.claims.at(i).text, before.at(i).text);
        }
    }
}

QTEST_GUILESS_MAIN(SeedClaimsTest)
#include "seedclaims_test.moc"
