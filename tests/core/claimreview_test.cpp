// The decided claims as schema.org ClaimReview: the fields search engines require, one review per corroborated or
// contradicted claim and none for the rest, page text verbatim; refused without a publisher; also through
// `credence export-claimreview`.

#include "credenceprocess.h"
#include "project/project.h"
#include "report/claimreview.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence::Core;

class ClaimReviewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requiredFieldsForEachDecidedClaim();
    void refusedWithoutPublisher_data();
    void refusedWithoutPublisher();
    void commandLine();

private:
    QTemporaryDir m_dir;
    QString m_db;
    Id m_corroborated = 0;
    Id m_contradicted = 0;
    QString m_hostileText;
};

void ClaimReviewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("reviews.credence"));
    Project project;
    QVERIFY(project.open(m_db));
    const auto outcome =
        project.importBytes(QStringLiteral("Harbour opens on time\nBy Ann Lee\nSource: Valley Post\nDate: 2026-04-02\n"
                                           "URL: https://valley.example/harbour\n\n"
                                           "The new harbour opened on Monday, the council said.\n"
                                           "Officials said \"%1\" <b>12,000</b> people came, \u202Eodd\u202C.\n"
                                           "The mayor said it cost 4 million euros.\n"
                                           "Ferries will run twice a day, the operator said.\n")
                                .toUtf8(),
                            QStringLiteral("a.txt"));
    QVERIFY(outcome.ok());
    const QList<Claim> claims = project.claims(*outcome.articleId);
    QCOMPARE(claims.size(), 4);
    m_corroborated = claims.at(0).id;
    m_contradicted = claims.at(1).id;
    m_hostileText = claims.at(1).text;
    QVERIFY(m_hostileText.contains(QLatin1String("<b>12,000</b>")));
    QVERIFY(project.writeVerdict(m_corroborated, Verdict::Corroborated));
    QVERIFY(project.writeVerdict(m_contradicted, Verdict::Contradicted));
    QVERIFY(project.writeVerdict(claims.at(2).id, Verdict::Unverifiable)); // no verdict to publish
}

void ClaimReviewTest::requiredFieldsForEachDecidedClaim()
{
    Project project;
    QVERIFY(project.open(m_db));
    ClaimReviewExport exporter(project,
                               {QStringLiteral("Harbour Checks"), QStringLiteral("https://checks.example/harbour")});
    const QJsonArray reviews = exporter.reviews();
    QVERIFY2(exporter.lastError().isEmpty(), qPrintable(exporter.lastError()));
    QCOMPARE(reviews.size(), 2);
    QCOMPARE(exporter.count(), 2);
    for (const QJsonValue &value : reviews) {
        const QJsonObject review = value.toObject();
        QCOMPARE(review.value(QStringLiteral("@context")).toString(), QStringLiteral("https://schema.org"));
        QCOMPARE(review.value(QStringLiteral("@type")).toString(), QStringLiteral("ClaimReview"));
        const QString url = review.value(QStringLiteral("url")).toString();
        QVERIFY2(url.startsWith(QLatin1String("https://checks.example/harbour#claim-")), qPrintable(url));
        const Id id = url.section(QStringLiteral("#claim-"), 1).toLongLong();
        QVERIFY(id == m_corroborated || id == m_contradicted);
        QCOMPARE(review.value(QStringLiteral("claimReviewed")).toString(), project.claim(id)->text);
        QCOMPARE(review.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Harbour Checks"));
        QVERIFY(QDate::fromString(review.value(QStringLiteral("datePublished")).toString(), Qt::ISODate).isValid());
        const QJsonObject rating = review.value(QStringLiteral("reviewRating")).toObject();
        QCOMPARE(rating.value(QStringLiteral("@type")).toString(), QStringLiteral("Rating"));
        QCOMPARE(rating.value(QStringLiteral("bestRating")).toInt(), 5);
        QCOMPARE(rating.value(QStringLiteral("worstRating")).toInt(), 1);
        QCOMPARE(rating.value(QStringLiteral("ratingValue")).toInt(), id == m_corroborated ? 5 : 1);
        QCOMPARE(rating.value(QStringLiteral("alternateName")).toString(),
                 id == m_corroborated ? QStringLiteral("True") : QStringLiteral("False"));
        const QJsonObject item = review.value(QStringLiteral("itemReviewed")).toObject();
        QCOMPARE(item.value(QStringLiteral("@type")).toString(), QStringLiteral("Claim"));
        QCOMPARE(item.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Ann Lee"));
        QCOMPARE(item.value(QStringLiteral("datePublished")).toString(), QStringLiteral("2026-04-02"));
        const QJsonObject appearance = item.value(QStringLiteral("appearance")).toArray().first().toObject();
        QCOMPARE(appearance.value(QStringLiteral("url")).toString(), QStringLiteral("https://valley.example/harbour"));
        QCOMPARE(appearance.value(QStringLiteral("headline")).toString(), QStringLiteral("Harbour opens on time"));
        QCOMPARE(appearance.value(QStringLiteral("publisher")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Valley Post"));
    }
    // Page text goes out exactly as written: JSON escapes what it must, nothing is read as markup or a placeholder.
    QVERIFY(std::any_of(reviews.begin(), reviews.end(), [this](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("claimReviewed")).toString() == m_hostileText;
    }));
}

void ClaimReviewTest::refusedWithoutPublisher_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::newRow("no name") << QStringLiteral("  ") << QStringLiteral("https://checks.example/");
    QTest::newRow("no url") << QStringLiteral("Checks") << QString();
    QTest::newRow("not a web address") << QStringLiteral("Checks") << QStringLiteral("javascript:alert(1)");
    QTest::newRow("no host") << QStringLiteral("Checks") << QStringLiteral("https:///path");
}

void ClaimReviewTest::refusedWithoutPublisher()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    Project project;
    QVERIFY(project.open(m_db));
    ClaimReviewExport exporter(project, {name, url});
    const QString out = m_dir.filePath(QStringLiteral("refused.json"));
    QVERIFY(!exporter.write(out));
    QVERIFY(!exporter.lastError().isEmpty());
    QVERIFY(!QFile::exists(out));
}

void ClaimReviewTest::commandLine()
{
    const QString out = m_dir.filePath(QStringLiteral("cli.json"));
    const CredenceTest::Run run = CredenceTest::runCredence(
        {QStringLiteral("export-claimreview"), QStringLiteral("--db"), m_db, QStringLiteral("--publisher"),
         QStringLiteral("Harbour Checks"), QStringLiteral("--url"), QStringLiteral("https://checks.example/h"), out},
        m_dir.path());
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Wrote 2 reviews.")), qPrintable(run.out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), 2);
    const CredenceTest::Run usage =
        CredenceTest::runCredence({QStringLiteral("export-claimreview"), QStringLiteral("--db"), m_db}, m_dir.path());
    QVERIFY(usage.finished);
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.err.contains(QLatin1String("[--publisher NAME] [--url URL] OUT.json")), qPrintable(usage.err));

    // Without --publisher the project's own publisher is used; a project without one is refused, nothing written.
    const QString fromProject = m_dir.filePath(QStringLiteral("project.json"));
    const CredenceTest::Run refused = CredenceTest::runCredence(
        {QStringLiteral("export-claimreview"), QStringLiteral("--db"), m_db, fromProject}, m_dir.path());
    QVERIFY(refused.finished);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("publishes the fact-checks")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(fromProject));
    const CredenceTest::Run details = CredenceTest::runCredence(
        {QStringLiteral("details"), QStringLiteral("--db"), m_db, QStringLiteral("--publisher"),
         QStringLiteral("Harbour Checks %1"), QStringLiteral("--url"), QStringLiteral("https://checks.example/p")},
        m_dir.path());
    QVERIFY(details.finished);
    QVERIFY2(details.exitCode == 0, qPrintable(details.err));
    QVERIFY2(details.out.contains(QLatin1String("publisher: Harbour Checks %1\n")), qPrintable(details.out));
    const CredenceTest::Run again = CredenceTest::runCredence(
        {QStringLiteral("export-claimreview"), QStringLiteral("--db"), m_db, fromProject}, m_dir.path());
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QFile written(fromProject);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject first = QJsonDocument::fromJson(written.readAll()).array().first().toObject();
    QCOMPARE(first.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Harbour Checks %1"));
}

QTEST_GUILESS_MAIN(ClaimReviewTest)
#include "claimreview_test.moc"
