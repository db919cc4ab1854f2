// The claims as CSV: every claim once, fields a spreadsheet reads back exactly (quotes, commas, line breaks), formulas
// defused, refused onto a project; also through `credence export-csv`.

#include "credenceprocess.h"
#include "domain/credibility.h"
#include "domain/verdict.h"
#include "project/project.h"
#include "report/claimscsv.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence::Core;

namespace {

/// RFC 4180 records of @p text (after the byte-order mark), for reading the export back.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class ClaimsCsvTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyClaimOnceAsWritten();
    void fieldsAreQuotedAndDefused_data();
    void fieldsAreQuotedAndDefused();
    void refusedTargets();
    void commandLine();

private:
    /// A project of two articles, one named by a hostile page, with states, notes and evidence set.
    void makeProject();

    QTemporaryDir m_dir;
    QString m_db;
    int m_claims = 0;
    QString m_hostileNote;
};

void ClaimsCsvTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    makeProject();
}

void ClaimsCsvTest::makeProject()
{
    m_db = m_dir.filePath(QStringLiteral("csv.credence"));
    Project project;
    QVERIFY(project.open(m_db));
    const auto first = project.importBytes(
        QByteArrayLiteral("Harbour opens\nBy Ann Lee\nSource: Valley Post\nURL: https://valley.example/harbour\n\n"
                          "The new harbour opened on Monday, the council said.\n"
                          "It cost 4 million euros, according to the mayor.\n"),
        QStringLiteral("a.txt"));
    const auto second =
        project.importBytes(QStringLiteral("=cmd|' /C calc'!A0, \"quoted\" title\nSource: A, B & \"C\" <b>News</b>\n\n"
                                           "Officials said 12,000 people, \"at least\", left the city.\n"
                                           "@SUM(1+1) was written on a wall, police said.\n")
                                .toUtf8(),
                            QStringLiteral("b.txt"));
    QVERIFY(first.ok() && second.ok());
    const QList<Claim> a = project.claims(*first.articleId);
    const QList<Claim> b = project.claims(*second.articleId);
    QCOMPARE(a.size(), 2);
    QCOMPARE(b.size(), 2);
    m_claims = int(a.size() + b.size());
    QVERIFY(project.writeVerdict(a.at(0).id, Verdict::Corroborated));
    QVERIFY(project.writeVerdict(b.at(0).id, Verdict::Contradicted));
    m_hostileNote = QStringLiteral("-1 reading, \"two\" sources,\nsecond line %1");
    QVERIFY(project.writeNote(b.at(0).id, m_hostileNote));
    Evidence link;
    link.kind = EvidenceKind::Url;
    link.stance = EvidenceStance::Supporting;
    for (const char *url : {"https://council.example/minutes", "https://archive.example/a,b"}) {
        link.url = QString::fromLatin1(url);
        QVERIFY(project.addEvidence(a.at(0).id, link));
    }
}

void ClaimsCsvTest::everyClaimOnceAsWritten()
{
    Project project;
    QVERIFY(project.open(m_db));
    const QString out = m_dir.filePath(QStringLiteral("claims.csv"));
    ClaimsCsv csv(project);
    QVERIFY2(csv.write(out), qPrintable(csv.lastError()));
    QCOMPARE(csv.rows(), m_claims);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(records.size(), m_claims + 1);
    const QStringList heading = records.first();
    QCOMPARE(heading.size(), 14);
    QCOMPARE(heading.at(7), QStringLiteral("claim"));
    const auto column = [&heading](const char *name) { return int(heading.indexOf(QString::fromLatin1(name))); };
    QSet<QString> ids;
    for (const QStringList &record : records.mid(1)) {
        QCOMPARE(record.size(), heading.size());
        ids.insert(record.at(column("claim_id")));
        const auto claim = project.claim(record.at(column("claim_id")).toLongLong());
        QVERIFY(claim);
        QCOMPARE(record.at(column("state")), verdictKey(claim->verdict));
        QCOMPARE(record.at(column("credibility")), credibilityKey(claim->credibility));
        QCOMPARE(record.at(column("article_id")).toLongLong(), claim->articleId);
    }
    QCOMPARE(ids.size(), m_claims);
    // Page text and the user's note come back as written, a leading "-" or "=" or "@" behind an apostrophe.
    const auto row = [&](const QString &startOfClaim) {
        for (const QStringList &record : records) {
            if (record.at(column("claim")).startsWith(startOfClaim)) {
                return record;
            }
        }
        return QStringList();
    };
    const QStringList officials = row(QStringLiteral("Officials said 12,000"));
    QVERIFY(!officials.isEmpty());
    QCOMPARE(officials.at(column("note")), u'\'' + m_hostileNote);
    QCOMPARE(officials.at(column("source")), QStringLiteral("A, B & \"C\" <b>News</b>"));
    QCOMPARE(officials.at(column("article_title")), QStringLiteral("'=cmd|' /C calc'!A0, \"quoted\" title"));
    QCOMPARE(officials.at(column("state")), QStringLiteral("contradicted"));
    QVERIFY(!row(QStringLiteral("'@SUM(1+1)")).isEmpty());
    const QStringList harbour = row(QStringLiteral("The new harbour"));
    QCOMPARE(harbour.at(column("evidence_count")), QStringLiteral("2"));
    QCOMPARE(harbour.at(column("evidence_urls")),
             QStringLiteral("https://council.example/minutes\nhttps://archive.example/a,b"));
    QCOMPARE(harbour.at(column("article_url")), QStringLiteral("https://valley.example/harbour"));
    QCOMPARE(harbour.at(column("author")), QStringLiteral("Ann Lee"));
    QCOMPARE(harbour.at(column("orphaned")), QStringLiteral("no"));
}

void ClaimsCsvTest::fieldsAreQuotedAndDefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("plain text") << QStringLiteral("plain text");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("say \"x\"") << QStringLiteral("\"say \"\"x\"\"\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+49 30") << QStringLiteral("'+49 30");
    QTest::newRow("at") << QStringLiteral("@user") << QStringLiteral("'@user");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("formula with comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("equals inside") << QStringLiteral("1=1") << QStringLiteral("1=1");
}

void ClaimsCsvTest::fieldsAreQuotedAndDefused()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(ClaimsCsv::field(text), field);
}

void ClaimsCsvTest::refusedTargets()
{
    Project project;
    QVERIFY(project.open(m_db));
    ClaimsCsv csv(project);
    // Onto the project itself: refused, the project intact.
    QVERIFY(!csv.write(m_db));
    QVERIFY(!csv.lastError().isEmpty());
    QVERIFY(project.claim(project.claims(project.articles().first().id).first().id));
    // Into a folder that is not there: a message naming the file, nothing written.
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/claims.csv"));
    QVERIFY(!csv.write(nowhere));
    QVERIFY2(csv.lastError().contains(nowhere), qPrintable(csv.lastError()));
    QVERIFY(!QFile::exists(nowhere));
}

void ClaimsCsvTest::commandLine()
{
    const QString out = m_dir.filePath(QStringLiteral("cli.csv"));
    const CredenceTest::Run run =
        CredenceTest::runCredence({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db, out}, m_dir.path());
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(parseCsv(QString::fromUtf8(file.readAll().mid(3))).size(), m_claims + 1);
    // Wrong arguments: exit 2 with the usage.
    const CredenceTest::Run usage =
        CredenceTest::runCredence({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db}, m_dir.path());
    QVERIFY(usage.finished);
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.err.contains(QLatin1String("export-csv --db PATH OUT.csv")), qPrintable(usage.err));
}

QTEST_GUILESS_MAIN(ClaimsCsvTest)
#include "claimscsv_test.moc"
