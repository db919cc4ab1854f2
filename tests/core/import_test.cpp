// Import: files become articles whose body holds every line of the input that is not metadata, with claims that
// point into that body. Real inputs are the seed articles; the small fixtures in tests/data cover the header rules.

#include "claims/textunits.h"
#include "import/importer.h"
#include "import/markup/htmlscan.h"
#include "import/rules/textnormalize.h"
#include "import/text/textextractor.h"
#include "project/project.h"
#include "projecttestaccess.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence::Core;
using namespace Credence::Test;

namespace {

/// Text compared the way a reader compares it: NFC, invisible characters gone, white space folded. Written here
/// rather than taken from normalizeText() so that a normalizer that drops text cannot hide it.
QString fold(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_C);
    for (const char16_t invisible : {u'\u00ad', u'\u200b', u'\u200c', u'\u200d', u'\u2060', u'\ufeff'}) {
        folded.remove(QChar(invisible));
    }
    return folded.simplified();
}

/// Checks the claims of a stored article: in order, inside the body, not overlapping, their text cut from the body,
/// and every letter or digit of the body either in a claim or in a unit that is no claim by default (a heading, a
/// table row, a bio): nothing of the text is silently left out.
void verifyClaims(const QString &body, const QList<Claim> &claims)
{
    QVERIFY(!claims.isEmpty());
    int previousEnd = 0;
    QList<bool> covered(body.size(), false);
    for (const Claim &claim : claims) {
        QVERIFY2(claim.start >= previousEnd, qPrintable(claim.text));
        QVERIFY2(claim.start < claim.end, qPrintable(claim.text));
        QVERIFY2(claim.end <= body.size(), qPrintable(claim.text));
        QCOMPARE(body.mid(claim.start, claim.length()), claim.text);
        QCOMPARE(claim.verdict, Verdict::NotChecked);
        for (int i = claim.start; i < claim.end; ++i) {
            covered[i] = true;
        }
        previousEnd = claim.end;
    }
    QList<bool> structure(body.size(), false);
    for (const TextUnit &unit : segmentUnits(body)) {
        for (int i = unit.span.start; i < unit.span.end && !isClaimByDefault(unit.kind); ++i) {
            structure[i] = true;
        }
    }
    for (qsizetype i = 0; i < body.size(); ++i) {
        QVERIFY2(covered.at(i) || structure.at(i) || !body.at(i).isLetterOrNumber(),
                 qPrintable(QStringLiteral("not in any claim: …%1…").arg(body.mid(qMax<qsizetype>(0, i - 20), 40))));
    }
}

} // namespace

class ImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedMatchesGroundTruth_data() { addSeedRows(); }
    void seedMatchesGroundTruth();
    void seedStoredWithClaims_data() { addSeedRows(); }
    void seedStoredWithClaims();
    void metadata_data();
    void metadata();
    void storedMetadata();
    void encodings_data();
    void encodings();
    void binaryRefused();
    void oversizeRefusedUnread();
    void partsLeftOutReported_data();
    void partsLeftOutReported();
    void longTextBounded_data();
    void longTextBounded();
    void missingFile();
    void duplicateRefused_data();
    void duplicateRefused();
    void parseDate_data();
    void parseDate();
    void whitespaceFolded_data();
    void whitespaceFolded();
    void textNormalized_data();
    void textNormalized();

private:
    void addSeedRows();

    QJsonArray m_expected;
};

void ImportTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString expectedPath = QDir(seedsDir()).filePath(QStringLiteral("expected.json"));
    QFile expected(expectedPath);
    if (!expected.open(QIODevice::ReadOnly)) {
        QFAIL(qPrintable(QStringLiteral("The seed articles are missing: cannot read %1 (set CREDENCE_SEEDS_DIR).")
                             .arg(expectedPath)));
    }
    m_expected = QJsonDocument::fromJson(expected.readAll()).object().value(QStringLiteral("articles")).toArray();
    QVERIFY2(!m_expected.isEmpty(), "expected.json lists no articles");
    const QStringList seeds = QDir(seedsDir()).entryList({QStringLiteral("*.txt")}, QDir::Files);
    QCOMPARE(seeds.size(), m_expected.size());
}

void ImportTest::addSeedRows()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("expected");
    for (const QJsonValue &value : std::as_const(m_expected)) {
        const QJsonObject o = value.toObject();
        const QString file = o.value(QStringLiteral("file")).toString();
        QTest::newRow(qPrintable(file)) << QDir(seedsDir()).filePath(file) << o;
    }
}

void ImportTest::seedMatchesGroundTruth()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, expected);

    const QByteArray raw = readAll(path);
    QVERIFY2(!raw.isEmpty(), qPrintable(path));
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString input = utf8.decode(raw);
    QVERIFY2(!utf8.hasError(), "the seeds are UTF-8");

    const ExtractResult extracted = extractFile(path);
    QVERIFY2(extracted.article, qPrintable(extracted.error));
    QCOMPARE(extracted.raw, raw);
    const ImportedArticle &article = *extracted.article;
    const ArticleMetadata &meta = article.metadata;
    const QString body = fold(article.body);
    QVERIFY(!body.isEmpty());

    // Every field the page states, exactly; a field it does not state stays empty rather than guessed.
    const QList<std::pair<const char *, QString>> fields = {
        {"title", meta.title},
        {"author", meta.author},
        {"publication", meta.publication},
        {"original_source", article.originalSource},
        {"language", article.language},
    };
    for (const auto &[key, got] : fields) {
        const QJsonValue want = expected.value(QLatin1String(key));
        if (want.isString()) {
            QCOMPARE(fold(got), fold(want.toString()));
        } else if (QLatin1String(key) == QLatin1String("title")) {
            QVERIFY2(got.isEmpty(), qPrintable(QStringLiteral("the page states no title, got: %1").arg(got)));
        }
    }
    const QJsonValue published = expected.value(QStringLiteral("published"));
    if (published.isString()) {
        QCOMPARE(meta.published.toString(Qt::ISODate), published.toString());
    } else {
        QVERIFY2(!meta.published.isValid(), qPrintable(meta.published.toString(Qt::ISODate)));
    }

    // The article is all there: its first and last sentences, the standfirst, and every full sentence line between.
    const QString first = fold(expected.value(QStringLiteral("body_first")).toString());
    const QString last = fold(expected.value(QStringLiteral("body_last")).toString());
    QVERIFY2(body.contains(first), qPrintable(first));
    QVERIFY2(body.contains(last), qPrintable(last));
    if (const QJsonValue standfirst = expected.value(QStringLiteral("standfirst")); standfirst.isString()) {
        QVERIFY(body.contains(fold(standfirst.toString())) ||
                fold(article.standfirst).contains(fold(standfirst.toString())));
    }
    bool inside = false;
    int checked = 0;
    for (const QString &rawLine : input.split(QLatin1Char('\n'))) {
        QString line = fold(rawLine);
        inside = inside || line.contains(first);
        if (inside && line.split(QLatin1Char(' ')).size() >= 8 && line.endsWith(QLatin1Char('.'))) {
            line.remove(QRegularExpression(QStringLiteral("^[-•]\\s*")));
            QVERIFY2(body.contains(line), qPrintable(QStringLiteral("article text lost: %1").arg(line)));
            ++checked;
        }
        if (line.contains(last)) {
            break;
        }
    }
    QVERIFY(checked >= 2);

    // No page furniture in the body.
    for (const QJsonValue &junk : expected.value(QStringLiteral("must_exclude")).toArray()) {
        QVERIFY2(!body.contains(fold(junk.toString())), qPrintable(QStringLiteral("kept: %1").arg(junk.toString())));
    }
}

void ImportTest::seedStoredWithClaims()
{
    QFETCH(QString, path);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    QVERIFY2(project.open(dir.filePath(QStringLiteral("seeds.credence"))), qPrintable(project.lastError()));

    const ExtractResult extracted = extractFile(path);
    QVERIFY2(extracted.article, qPrintable(extracted.error));
    const ImportOutcome outcome = Importer(ProjectTestAccess::database(project)).importFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QVERIFY(!outcome.duplicate);
    QCOMPARE(outcome.file, QFileInfo(path).fileName());

    const auto stored = project.article(*outcome.articleId);
    QVERIFY(stored);
    QCOMPARE(stored->body, extracted.article->body);
    // A page without a title is stored under its file name.
    QCOMPARE(stored->metadata.title, extracted.article->metadata.title.isEmpty() ? QFileInfo(path).completeBaseName()
                                                                                 : extracted.article->metadata.title);
    QCOMPARE(stored->metadata.author, extracted.article->metadata.author);
    QCOMPARE(stored->raw, extracted.raw);
    QCOMPARE(stored->fileName, QFileInfo(path).fileName());

    const QList<Claim> claims = project.claims(*outcome.articleId);
    verifyClaims(stored->body, claims);
    QFETCH(QJsonObject, expected);
    for (const QJsonValue &junk : expected.value(QStringLiteral("must_exclude")).toArray()) {
        for (const Claim &claim : claims) {
            QVERIFY2(!fold(claim.text).contains(fold(junk.toString())), qPrintable(claim.text));
        }
    }
    QCOMPARE(project.articleSummary(*outcome.articleId)->claims, claims.size());
}

void ImportTest::metadata_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("publication");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("bodyStart");
    QTest::addColumn<QStringList>("bodyHas");
    QTest::addColumn<QStringList>("bodyLacks");

    QTest::newRow("header lines") << QStringLiteral("import-headers.txt")
                                  << QStringLiteral("Dam inspection finds cracks in spillway")
                                  << QStringLiteral("Amara Okafor") << QStringLiteral("The Riverside Gazette")
                                  << QDate(2025, 8, 15) << QStringLiteral("https://gazette.example/dam-inspection")
                                  << QStringLiteral("Engineers found three cracks")
                                  << QStringList{QStringLiteral("The regional water board said the dam is safe to "
                                                                "operate while repairs are planned.")}
                                  << QStringList{QStringLiteral("Amara"), QStringLiteral("Source:"),
                                                 QStringLiteral("Date:"), QStringLiteral("URL:"),
                                                 QStringLiteral("Dam inspection")};
    QTest::newRow("written by") << QStringLiteral("import-written-by.txt")
                                << QStringLiteral("Council approves new cycle lanes") << QStringLiteral("Tomás Ruiz")
                                << QStringLiteral("Northgate Herald") << QDate(2025, 9, 4) << QString()
                                << QStringLiteral("The city council approved")
                                << QStringList{QStringLiteral("Work starts in spring, a spokesperson said.")}
                                << QStringList{QStringLiteral("Written by"), QStringLiteral("Publication:"),
                                               QStringLiteral("Published:")};
    // Blog bylines put the date first: "Posted on DATE by NAME".
    QTest::newRow("posted on by") << QStringLiteral("import-posted-by.txt")
                                  << QStringLiteral("Old mill to become a library") << QStringLiteral("Petra Lindqvist")
                                  << QString() << QDate(2026, 3, 3) << QString()
                                  << QStringLiteral("The disused Harlow mill")
                                  << QStringList{QStringLiteral("The conversion will cost about 4.2 million euros")}
                                  << QStringList{QStringLiteral("Posted on"), QStringLiteral("Related Posts"),
                                                 QStringLiteral("Skip to content")};
    // A reader comment thread is prose too: it ends the article. The byline is the one by the headline, not the
    // ones crediting the teasers further down; a weekday and a time after the names are not part of them.
    // A "Related Stories" box inside the article, a "Most Read" box and the site's blurb after it; German quotes
    // close with “ after the full stop.
    QTest::newRow("article trailer")
        << QStringLiteral("import-trailer.txt")
        << QStringLiteral("Reservoir levels fall to a 30-year low as the dry spell drags on")
        << QStringLiteral("Ingrid Solvang") << QString() << QDate(2025, 6, 3) << QString()
        << QStringLiteral("The reservoir that supplies most of the valley")
        << QStringList{QStringLiteral("sieht man den Grund.“"), QStringLiteral("for cracks in its foundations."),
                       QStringLiteral("back to normal.")}
        << QStringList{QStringLiteral("Drought map"), QStringLiteral("sorghum"), QStringLiteral("Most Read"),
                       QStringLiteral("branch libraries"), QStringLiteral("owned by its readers")};
    // A headline that is a sentence, full stop and all, over a longer standfirst; a bare-name byline with a
    // double-barrelled surname and the job title after it.
    QTest::newRow("sentence headline")
        << QStringLiteral("import-sentence-headline.txt")
        << QStringLiteral("Farmers are paid to leave their fields dry. Some say it is saving the river.")
        << QStringLiteral("Anneke Vossberg-Lind") << QString() << QDate(2023, 8, 22) << QString()
        << QStringLiteral("A water district has spent $12 million")
        << QStringList{QStringLiteral("would not run dry by September.")}
        << QStringList{QStringLiteral("Senior Reporter"), QStringLiteral("Farmers are paid")};
    // Page tools and a paywall mark between the headline and the byline: none of them is the headline.
    QTest::newRow("page tools") << QStringLiteral("import-page-tools.txt")
                                << QStringLiteral(
                                       "Sur le causse, les éleveurs de brebis rentrent les troupeaux plus tôt")
                                << QStringLiteral("Odile Cabanel") << QStringLiteral("La Gazette du Causse")
                                << QDate(2024, 7, 14) << QString()
                                << QStringLiteral("Les sources taries dès le mois de juin")
                                << QStringList{QStringLiteral("Sur le plateau, Gaston Rouvière a sorti les balles"),
                                               QStringLiteral("La préfecture a promis une aide d'urgence")}
                                << QStringList{QStringLiteral("réservé aux abonnés"), QStringLiteral("Lire plus tard"),
                                               QStringLiteral("Offrir")};
    // A blog: date header over the post's title, the writer's signature under the post, then dated comments.
    QTest::newRow("blog signature") << QStringLiteral("import-blog-signature.txt")
                                    << QStringLiteral(
                                           "Why I stopped digging my beds every spring (and what the worms did next)")
                                    << QStringLiteral("Marnie Ashcombe") << QString() << QDate(2025, 3, 4) << QString()
                                    << QStringLiteral("For eleven years I turned over every bed")
                                    << QStringList{QStringLiteral("I will report back on the carrots")}
                                    << QStringList{QStringLiteral("Posted by"), QStringLiteral("Seed Library"),
                                                   QStringLiteral("Same here on clay")};
    QTest::newRow("comment thread") << QStringLiteral("import-comments.txt")
                                    << QStringLiteral("Ferry timetable cut angers island commuters")
                                    << QStringLiteral("Astrid Nyberg, Lars Ekdahl")
                                    << QStringLiteral("The Lakeside Herald") << QDate(2025, 11, 4) << QString()
                                    << QStringLiteral("The ferry company will run four crossings")
                                    << QStringList{QStringLiteral("before the end of the month.")}
                                    << QStringList{QStringLiteral("42 comments"), QStringLiteral("third cut"),
                                                   QStringLiteral("My daughter"), QStringLiteral("Reply"),
                                                   QStringLiteral("Photograph"),  QStringLiteral("Maja Holm")};
    // A wire story: the headline right above the dateline, whatever its case; reporters credited at the end.
    QTest::newRow("wire credits") << QStringLiteral("import-wire.txt")
                                  << QStringLiteral("Can the port of Kastell keep up with grain exports?")
                                  << QStringLiteral("Mirela Dobos, Jonas Ritter") << QStringLiteral("Northline Agency")
                                  << QDate(2025, 6, 18) << QString() << QStringLiteral("KASTELL, June 18 (Northline)")
                                  << QStringList{QStringLiteral("higher than before the closure.")}
                                  << QStringList{QStringLiteral("Reporting by"), QStringLiteral("Our Standards")};
    // French quotes close after the full stop ("… deux. »"): those paragraphs are sentences; French dates too.
    QTest::newRow("guillemets")
        << QStringLiteral("import-guillemets.txt")
        << QStringLiteral("Le moulin de Saint-Aubrac rouvre ses portes après dix ans de travaux")
        << QStringLiteral("Élise Marchand") << QStringLiteral("La Gazette du Vallon") << QDate(2025, 10, 12)
        << QString() << QStringLiteral("Le vieux moulin à eau")
        << QStringList{QStringLiteral("Certains jours, nous n’étions que deux. »"),
                       QStringLiteral("que le bâtiment était perdu. »"), QStringLiteral("d’où venait la farine. »")}
        << QStringList{QStringLiteral("Publicité"), QStringLiteral("Les plus lus"), QStringLiteral("Budget")};
    // No "By": the names stand on a line of their own, known by the date under them; where they reported from is
    // not a name. Neither a dateline nor a photo credit is the headline, and a standfirst without a full stop is
    // not either.
    QTest::newRow("bare byline") << QStringLiteral("import-bare-byline.txt")
                                 << QStringLiteral("Town votes to let the marsh return after a century of pumping")
                                 << QStringLiteral("Ines Varga, Tomas Reyes") << QStringLiteral("The Fenwick Courier")
                                 << QDate(2025, 10, 8) << QString()
                                 << QStringLiteral("Dunhollow will switch off its last drainage pump")
                                 << QStringList{QStringLiteral("as they did at a similar scheme further up the coast.")}
                                 << QStringList{QStringLiteral("Photograph"), QStringLiteral("Last modified"),
                                                QStringLiteral("Ines Varga"), QStringLiteral("Most viewed"),
                                                QStringLiteral("Ferry fares")};
    // Newsletter boxes (the blurb between "Sign up" and "Subscribe"), a teaser above its "Read more", topic and
    // syndication links are page furniture, even in the middle of the article.
    QTest::newRow("promo boxes") << QStringLiteral("import-promo-boxes.txt")
                                 << QStringLiteral("Tram fares to be capped at two pounds from May")
                                 << QStringLiteral("Oona Haskett") << QStringLiteral("The Kestrel Review")
                                 << QDate(2026, 3, 12) << QString()
                                 << QStringLiteral("The regional transport authority will cap")
                                 << QStringList{QStringLiteral("paid for from the parking levy"),
                                                QStringLiteral("would look at timetables separately.")}
                                 << QStringList{QStringLiteral("Every Friday"), QStringLiteral("Night buses"),
                                                QStringLiteral("newsletter"), QStringLiteral("Explore more"),
                                                QStringLiteral("Reuse this content")};
    // Table rows are long and have no full stop, like teasers, but are full of figures: they stay in the article.
    QTest::newRow("table rows") << QStringLiteral("import-table-rows.txt")
                                << QStringLiteral("What the new water tariffs mean for your bill")
                                << QStringLiteral("Soren Achebe") << QStringLiteral("The Ledger Desk")
                                << QDate(2026, 2, 4) << QString() << QStringLiteral("The regional water regulator")
                                << QStringList{QStringLiteral("Fresh water unit rate"),
                                               QStringLiteral("Waste water unit rate"),
                                               QStringLiteral("before the tariffs take effect.")}
                                << QStringList{QStringLiteral("Most read"), QStringLiteral("Rents rise")};
    // Header lines are only looked for near the top: further down "Source:" is a sentence of the article.
    QTest::newRow("late source line") << QStringLiteral("import-late-source.txt")
                                      << QStringLiteral("Water tariffs rise in January") << QStringLiteral("Lea Novak")
                                      << QStringLiteral("Coastline Daily") << QDate() << QString()
                                      << QStringLiteral("Water bills will rise")
                                      << QStringList{QStringLiteral("Source: the regional statistics office."),
                                                     QStringLiteral("Date: the figures were published last week.")}
                                      << QStringList{QStringLiteral("Coastline Daily")};
    QTest::newRow("front matter") << QStringLiteral("import-frontmatter.md")
                                  << QStringLiteral("Harvest forecast cut after dry summer")
                                  << QStringLiteral("Ines Duarte") << QStringLiteral("Valley Farm Weekly")
                                  << QDate(2025, 9, 4) << QStringLiteral("https://farm.example/harvest")
                                  << QStringLiteral("Harvest forecast cut\n")
                                  << QStringList{QStringLiteral("The ministry cut its wheat forecast by 12 percent on "
                                                                "Monday."),
                                                 QStringLiteral("Why it matters"),
                                                 QStringLiteral("Prices for bread flour rose for a third week."),
                                                 QStringLiteral("Maize is less affected."),
                                                 QStringLiteral("Barley yields fell sharply.")}
                                  << QStringList{QStringLiteral("---"),         QStringLiteral("title:"),
                                                 QStringLiteral("**"),          QStringLiteral("#"),
                                                 QStringLiteral("example.org"), QStringLiteral("Ines Duarte")};
    QTest::newRow("markdown heading") << QStringLiteral("import-heading.md")
                                      << QStringLiteral("Storm closes mountain pass") << QStringLiteral("Karl Berg")
                                      << QString() << QDate() << QString()
                                      << QStringLiteral("Snow closed the Brenner road for six hours on Friday.")
                                      << QStringList() << QStringList{QStringLiteral("*"), QStringLiteral("_")};
}

void ImportTest::metadata()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QString, publication);
    QFETCH(QDate, published);
    QFETCH(QString, url);
    QFETCH(QString, bodyStart);
    QFETCH(QStringList, bodyHas);
    QFETCH(QStringList, bodyLacks);

    const ExtractResult extracted = extractFile(dataFile(file));
    QVERIFY2(extracted.article, qPrintable(extracted.error));
    const ImportedArticle &a = *extracted.article;
    QCOMPARE(a.format, file.endsWith(QLatin1String(".md")) ? QStringLiteral("markdown") : QStringLiteral("text"));
    QCOMPARE(a.metadata.title, title);
    QCOMPARE(a.metadata.author, author);
    QCOMPARE(a.metadata.publication, publication);
    QCOMPARE(a.metadata.published, published);
    QCOMPARE(a.metadata.url, url);
    QVERIFY2(a.body.startsWith(bodyStart), qPrintable(a.body));
    for (const QString &text : std::as_const(bodyHas)) {
        QVERIFY2(a.body.contains(text), qPrintable(text));
    }
    for (const QString &text : std::as_const(bodyLacks)) {
        QVERIFY2(!a.body.contains(text), qPrintable(text));
    }
}

void ImportTest::storedMetadata()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    QVERIFY2(project.open(dir.filePath(QStringLiteral("fixtures.credence"))), qPrintable(project.lastError()));
    const QList<ImportOutcome> outcomes = project.importFiles(
        {dataFile(QStringLiteral("import-headers.txt")), dataFile(QStringLiteral("import-heading.md"))});
    QCOMPARE(outcomes.size(), 2);
    QVERIFY2(outcomes.at(0).ok(), qPrintable(outcomes.at(0).error));
    QVERIFY2(outcomes.at(1).ok(), qPrintable(outcomes.at(1).error));

    const auto headers = project.article(*outcomes.at(0).articleId);
    QVERIFY(headers);
    QCOMPARE(headers->metadata,
             (ArticleMetadata{QStringLiteral("Dam inspection finds cracks in spillway"),
                              QStringLiteral("The Riverside Gazette"), QStringLiteral("Amara Okafor"),
                              QDate(2025, 8, 15), QStringLiteral("https://gazette.example/dam-inspection"), QString(),
                              QString(), QStringLiteral("en")}));
    QCOMPARE(headers->rawFormat, QStringLiteral("text"));
    verifyClaims(headers->body, project.claims(headers->id));
    QCOMPARE(project.claims(headers->id).size(), 2);

    // An article that names no publication nor address is unassigned: listed, but counted in no source's score.
    const auto heading = project.articleSummary(*outcomes.at(1).articleId);
    QVERIFY(heading);
    QVERIFY(heading->publication.isEmpty());
    QCOMPARE(project.article(heading->id)->sourceId, Id(0));
    QCOMPARE(project.article(heading->id)->rawFormat, QStringLiteral("markdown"));
    QCOMPARE(project.sourceTallies().size(), 1);
}

void ImportTest::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");

    QTest::newRow("UTF-8") << QByteArray("Caf\xc3\xa9 closes\n\nThe caf\xc3\xa9 \xe2\x80\x9c"
                                         "closed\xe2\x80\x9d.\n")
                           << QStringLiteral("Café closes") << QStringLiteral("The café “closed”.");
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xef\xbb\xbf"
                                                  "Bridge reopens\n\nThe bridge reopened on Monday.\n")
                                    << QStringLiteral("Bridge reopens")
                                    << QStringLiteral("The bridge reopened on Monday.");
    // Not valid UTF-8: read as Windows-1252, where 0x93/0x94 are curly quotes, 0x92 an apostrophe, 0x96 an en dash
    // and 0x80 the euro sign (all of which Latin-1 would turn into control characters).
    QTest::newRow("Windows-1252")
        << QByteArray("Mayor \x93resigns\x94 after audit\n\nThe mayor\x92s caf\xe9 contract \x96 worth \x80"
                      "5,000 \x96 was void.\r\n")
        << QStringLiteral("Mayor “resigns” after audit")
        << QStringLiteral("The mayor’s café contract – worth €5,000 – was void.");
    // UTF-8 with two stray Windows-1252 dashes: still UTF-8, the strays as U+FFFD, not the whole file as Windows-1252
    // ("CafÃ©").
    QTest::newRow("UTF-8 with stray bytes")
        << QByteArray("Caf\xc3\xa9 reopens in Z\xc3\xbcrich\n\nThe caf\xc3\xa9 \x96 closed since May \x96 reopened.\n")
        << QStringLiteral("Café reopens in Zürich")
        << QStringLiteral("The café \uFFFD closed since May \uFFFD reopened.");
    QStringEncoder utf16(QStringConverter::Utf16LE);
    QTest::newRow("UTF-16LE with BOM") << QByteArray("\xff\xfe") + QByteArray(utf16.encode(u"Dam\n\nIt held."))
                                       << QStringLiteral("Dam") << QStringLiteral("It held.");
}

void ImportTest::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);
    QFETCH(QString, body);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("article.txt"));
    QVERIFY(writeFile(path, bytes));

    const ExtractResult extracted = extractFile(path);
    QVERIFY2(extracted.article, qPrintable(extracted.error));
    QCOMPARE(extracted.article->metadata.title, title);
    QCOMPARE(extracted.article->body, body);
    QVERIFY(!extracted.article->metadata.title.contains(QChar(0xfeff)));
}

void ImportTest::binaryRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("photo.txt"));
    const char bytes[] = "Looks like text\n\0\0\x01\x02\xff binary";
    QVERIFY(writeFile(path, QByteArray(bytes, sizeof(bytes) - 1)));

    const ExtractResult extracted = extractFile(path);
    QVERIFY(!extracted.article);
    QVERIFY2(extracted.error.contains(QStringLiteral("photo.txt")), qPrintable(extracted.error));
    QVERIFY2(extracted.error.contains(QStringLiteral("not a text file")), qPrintable(extracted.error));

    Project project;
    QVERIFY2(project.open(dir.filePath(QStringLiteral("p.credence"))), qPrintable(project.lastError()));
    const ImportOutcome outcome = Importer(ProjectTestAccess::database(project)).importFile(path);
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.duplicate);
    QVERIFY(!outcome.error.isEmpty());
    QVERIFY(project.articles().isEmpty());
}

void ImportTest::oversizeRefusedUnread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    {
        // Sparse: no disk space is used, and reading it would take far longer than refusing it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(MaxImportBytes + 1));
    }
    QCOMPARE(QFileInfo(path).size(), MaxImportBytes + 1);

    const ExtractResult extracted = extractFile(path);
    QVERIFY(!extracted.article);
    QVERIFY2(extracted.raw.isEmpty(), "the file was read");
    QVERIFY2(extracted.error.contains(path), qPrintable(extracted.error));
    QVERIFY2(extracted.error.contains(QStringLiteral("%1 MB").arg(MaxImportBytes / (1024 * 1024))),
             qPrintable(extracted.error));

    Project project;
    QVERIFY2(project.open(dir.filePath(QStringLiteral("p.credence"))), qPrintable(project.lastError()));
    const ImportOutcome outcome = Importer(ProjectTestAccess::database(project)).importFile(path);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error, extracted.error);
    QVERIFY(project.articles().isEmpty());
}

void ImportTest::partsLeftOutReported_data()
{
    QTest::addColumn<QByteArray>("element");
    QTest::addColumn<QStringList>("warning"); // what one warning must say (the plural forms are a translation's)

    QByteArray many = "<div";
    for (int i = 0; i < 50000; ++i) {
        many += " data-a" + QByteArray::number(i) + "=\"v\"";
    }
    many += "></div>";
    QTest::newRow("50,000 attributes on one element")
        << many
        << QStringList{QString::number(50000 - MaxAttributesPerElement),
                       QStringLiteral("past the first %1 of an element").arg(MaxAttributesPerElement),
                       QStringLiteral("left out")};
    QTest::newRow("a class of 100 KB") << "<div class=\"" + QByteArray(100 * 1024, 'c') + "\"></div>"
                                       << QStringList{QStringLiteral("1 attribute value"),
                                                      QStringLiteral("longer than 64 KB"), QStringLiteral("shortened")};
    QTest::newRow("an ordinary element") << QByteArray("<div class=\"promo\" data-id=\"7\"></div>") << QStringList();
}

void ImportTest::partsLeftOutReported()
{
    QFETCH(QByteArray, element);
    QFETCH(QStringList, warning);

    const auto page = [](const QByteArray &extra) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Harbour bridge reopens</title></head><body>" +
               extra +
               "<article><h1>Harbour bridge reopens</h1><p>The harbour bridge reopened to traffic on Monday after "
               "eight months of repairs to its corroded cables, the county council said.</p><p>Engineers replaced "
               "all twelve main cables one at a time, so that one lane could stay open to buses throughout.</p>"
               "<p>The repairs cost 4.2 million pounds, about a fifth more than planned, because two anchorages had "
               "also rusted and had to be rebuilt.</p></article></body></html>";
    };
    const ExtractResult plain = extractBytes(page({}), QStringLiteral("plain.html"));
    QVERIFY2(plain.article, qPrintable(plain.error));
    QVERIFY(plain.article->warnings.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    QVERIFY2(project.open(dir.filePath(QStringLiteral("p.credence"))), qPrintable(project.lastError()));
    const ImportOutcome outcome = project.importBytes(page(element), QStringLiteral("odd.html"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    // The article is the one the page holds without the odd element, word for word.
    QCOMPARE(project.article(*outcome.articleId)->body, plain.article->body);
    if (warning.isEmpty()) {
        QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.join(u'\n')));
    } else {
        QCOMPARE(outcome.warnings.size(), 1);
        QVERIFY2(outcome.warnings.constFirst().startsWith(QStringLiteral("odd.html")), qPrintable(outcome.warnings[0]));
        for (const QString &part : warning) {
            QVERIFY2(outcome.warnings.constFirst().contains(part), qPrintable(outcome.warnings[0]));
        }
    }
}

void ImportTest::longTextBounded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");   // the refusal after the file name, or empty when the file is read
    QTest::addColumn<QString>("format");  // of the article read
    QTest::addColumn<QString>("warning"); // part of the one warning, or empty for none
    QTest::addColumn<QString>("last");    // how the body ends: nothing of the text is lost, whichever way it was read

    const auto lines = [](qsizetype count) {
        // The title, a blank line, count - 3 lines of text and the empty line after the last line end.
        return "Harbour bridge reopens\n\n" + QByteArray("The bridge reopened on Monday.\n").repeated(count - 3);
    };
    const QString lastLine = QStringLiteral("The bridge reopened on Monday.");
    QTest::newRow("lines at the limit") << lines(MaxTextLines) << QStringLiteral("a.txt") << QString()
                                        << QStringLiteral("text") << QString() << lastLine;
    QTest::newRow("lines past the limit") << lines(MaxTextLines + 1) << QStringLiteral("a.txt")
                                          << QStringLiteral("has %1 lines; Credence reads text files of at most %2.")
                                                 .arg(MaxTextLines + 1)
                                                 .arg(MaxTextLines)
                                          << QString() << QString() << QString();
    QTest::newRow("bytes past the limit")
        << "Harbour bridge reopens\n\n" + QByteArray(MaxTextBytes, 'a') << QStringLiteral("a.txt")
        << QStringLiteral("holds %1 MB of text; Credence reads text files of at most %2 MB.")
               .arg(MaxTextBytes / (1024 * 1024) + 1)
               .arg(MaxTextBytes / (1024 * 1024))
        << QString() << QString() << QString();
    const auto items = [](qsizetype count) {
        QByteArray markdown = "# Harbour bridge reopens\n\n";
        for (qsizetype i = 1; i <= count; ++i) {
            markdown += "- the bridge reopened to lane " + QByteArray::number(i) + "\n";
        }
        return markdown;
    };
    const auto lane = [](qsizetype n) { return QStringLiteral("the bridge reopened to lane %1").arg(n); };
    QTest::newRow("Markdown list at the limit") << items(MaxMarkdownRows) << QStringLiteral("a.md") << QString()
                                                << QStringLiteral("markdown") << QString() << lane(MaxMarkdownRows);
    QTest::newRow("Markdown list past the limit")
        << items(MaxMarkdownRows + 1) << QStringLiteral("a.md") << QString() << QStringLiteral("text")
        << QStringLiteral("a.md has more than %1 list items and table rows; it was read as plain text")
               .arg(MaxMarkdownRows)
        << lane(MaxMarkdownRows + 1);
}

void ImportTest::longTextBounded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, error);
    QFETCH(QString, format);
    QFETCH(QString, warning);
    QFETCH(QString, last);

    const ExtractResult extracted = extractBytes(bytes, name);
    if (!error.isEmpty()) {
        QVERIFY(!extracted.article);
        QCOMPARE(extracted.error, name + u' ' + error);
        return;
    }
    QVERIFY2(extracted.article, qPrintable(extracted.error));
    QCOMPARE(extracted.article->format, format);
    // (Markdown read as plain text keeps the "# " of its heading.)
    QVERIFY2(extracted.article->metadata.title.endsWith(QStringLiteral("Harbour bridge reopens")),
             qPrintable(extracted.article->metadata.title));
    QVERIFY2(extracted.article->body.trimmed().endsWith(last), qPrintable(extracted.article->body.right(200)));
    if (warning.isEmpty()) {
        QVERIFY2(extracted.article->warnings.isEmpty(), qPrintable(extracted.article->warnings.join(u'\n')));
    } else {
        QCOMPARE(extracted.article->warnings.size(), 1);
        QVERIFY2(extracted.article->warnings.constFirst().startsWith(warning),
                 qPrintable(extracted.article->warnings[0]));
    }
}

void ImportTest::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("gone.txt"));
    const ExtractResult extracted = extractFile(missing);
    QVERIFY(!extracted.article);
    QVERIFY2(extracted.error.contains(missing), qPrintable(extracted.error));

    const ExtractResult folder = extractFile(dir.path());
    QVERIFY(!folder.article);
    QVERIFY2(folder.error.contains(dir.path()), qPrintable(folder.error));
}

void ImportTest::duplicateRefused_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");

    const QByteArray lf("Grain ships leave port\n\nThree ships left Odesa on Friday.\nMore will follow.\n");
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QTest::newRow("same bytes") << lf << lf;
    QTest::newRow("CRLF line ends") << lf << crlf;
    QTest::newRow("trailing blanks") << lf << QByteArray(lf).replace("Friday.\n", "Friday.   \n\n\n");
    QTest::newRow("UTF-8 BOM") << lf << QByteArray("\xef\xbb\xbf") + lf;
}

void ImportTest::duplicateRefused()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString firstPath = dir.filePath(QStringLiteral("first.txt"));
    const QString secondPath = dir.filePath(QStringLiteral("second.txt"));
    QVERIFY(writeFile(firstPath, first));
    QVERIFY(writeFile(secondPath, second));

    Project project;
    QVERIFY2(project.open(dir.filePath(QStringLiteral("p.credence"))), qPrintable(project.lastError()));
    Importer importer(ProjectTestAccess::database(project));
    const ImportOutcome original = importer.importFile(firstPath);
    QVERIFY2(original.ok(), qPrintable(original.error));

    const ImportOutcome again = importer.importFile(secondPath);
    QVERIFY(!again.ok());
    QVERIFY(again.duplicate);
    QVERIFY2(again.error.contains(QStringLiteral("Grain ships leave port")), qPrintable(again.error));
    QCOMPARE(project.articles().size(), 1);

    // A different article is not a duplicate.
    const ImportOutcome other =
        importer.importBytes(QByteArray(first).replace("Three", "Four"), QStringLiteral("x.txt"));
    QVERIFY2(other.ok(), qPrintable(other.error));
    QCOMPARE(project.articles().size(), 2);
}

void ImportTest::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    QTest::newRow("ISO") << QStringLiteral("2025-08-15") << QDate(2025, 8, 15);
    QTest::newRow("ISO with time") << QStringLiteral("2025-11-07T00:11:00Z") << QDate(2025, 11, 7);
    QTest::newRow("month day, year") << QStringLiteral("August 15, 2025") << QDate(2025, 8, 15);
    QTest::newRow("day short month year") << QStringLiteral("15 Aug 2025") << QDate(2025, 8, 15);
    QTest::newRow("day month year") << QStringLiteral("4 September 2025") << QDate(2025, 9, 4);
    QTest::newRow("weekday") << QStringLiteral("Thursday, September 4, 2025") << QDate(2025, 9, 4);
    QTest::newRow("Sept.") << QStringLiteral("Sept. 4, 2025") << QDate(2025, 9, 4);
    QTest::newRow("dotted clock") << QStringLiteral("Tue 4 Nov 2025 07.15 GMT") << QDate(2025, 11, 4);
    QTest::newRow("dotted date, not a clock") << QStringLiteral("4.11.2025") << QDate(2025, 11, 4);
    QTest::newRow("Aug.") << QStringLiteral("Aug. 15, 2025") << QDate(2025, 8, 15);
    QTest::newRow("ordinal") << QStringLiteral("August 15th, 2025") << QDate(2025, 8, 15);
    QTest::newRow("clock") << QStringLiteral("August 15, 2025 at 10:30 am") << QDate(2025, 8, 15);
    QTest::newRow("day/month/year") << QStringLiteral("15/08/2025") << QDate(2025, 8, 15);
    QTest::newRow("extra spaces") << QStringLiteral("  August   15,  2025 ") << QDate(2025, 8, 15);
    QTest::newRow("garbage") << QStringLiteral("not a date") << QDate();
    QTest::newRow("empty") << QString() << QDate();
    QTest::newRow("month only") << QStringLiteral("August") << QDate();
    QTest::newRow("impossible ISO") << QStringLiteral("2025-13-45") << QDate();
    QTest::newRow("February 30") << QStringLiteral("February 30, 2025") << QDate();
    QTest::newRow("zero-padded day") << QStringLiteral("Oct 07, 2025") << QDate(2025, 10, 7);
    QTest::newRow("hour only") << QStringLiteral("October 9, 2025, 6 PM ET") << QDate(2025, 10, 9);
    QTest::newRow("comma after year") << QStringLiteral("09 Oct, 2025, 18:00 ET") << QDate(2025, 10, 9);
    QTest::newRow("dash before time") << QStringLiteral("Thursday, October 9, 2025 - 18:05") << QDate(2025, 10, 9);
    QTest::newRow("year run into time") << QStringLiteral("October 9, 20256:05 PM GMT+2Updated 2 hours ago")
                                        << QDate(2025, 10, 9);
    QTest::newRow("French") << QStringLiteral("Publié le 09 octobre 2025 à 18h05") << QDate(2025, 10, 9);
    QTest::newRow("German") << QStringLiteral("9. Oktober 2025") << QDate(2025, 10, 9);
    QTest::newRow("Spanish") << QStringLiteral("9 de octubre de 2025") << QDate(2025, 10, 9);
    QTest::newRow("label and weekday") << QStringLiteral("Updated: Thursday 09 October 2025 18:05 BST")
                                       << QDate(2025, 10, 9);
    QTest::newRow("words around") << QStringLiteral("Filed by a reader on October 9, 2025") << QDate();
}

void ImportTest::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const QDate parsed = parseNewsDate(text);
    QCOMPARE(parsed.isValid(), date.isValid());
    QCOMPARE(parsed, date);
    // Found among other words as well, the way a byline or dateline carries it.
    const QString around = QStringLiteral("Maren Holt - %1 | Science").arg(text);
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{3}"));
    if (date.isValid() && text.contains(letters) && !text.contains(QLatin1String("Updated"))) {
        QCOMPARE(findNewsDate(around), date);
    }
    QCOMPARE(findNewsDate(QStringLiteral("Filed by a reader on October 9, 2025")), QDate(2025, 10, 9));
}

void ImportTest::whitespaceFolded_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces only") << QStringLiteral(" \t\n ");
    QTest::newRow("folded already") << QStringLiteral("The council voted on Tuesday.");
    QTest::newRow("leading and trailing") << QStringLiteral("  a b ");
    QTest::newRow("one trailing space") << QStringLiteral("a b ");
    QTest::newRow("runs") << QStringLiteral("a  b\t\tc\n\nd");
    QTest::newRow("tab and line end alone") << QStringLiteral("a\tb\nc\rd\fe\vf");
    QTest::newRow("Unicode spaces") << QStringLiteral("a\u00A0b\u2003c\u3000d\u0085e\u2028f");
    QTest::newRow("not spaces") << QStringLiteral("a\u001Cb\u200Bc");
    QTest::newRow("non-ASCII words") << QStringLiteral("Zürich  «  naïve » 日本  ");
    QTest::newRow("surrogates") << QStringLiteral("a \U0001F600  b");
}

void ImportTest::whitespaceFolded()
{
    QFETCH(QString, text);
    // QString::simplified() is the definition; the fast version must never differ from it.
    QCOMPARE(foldWhitespace(text), text.simplified());
}

void ImportTest::textNormalized_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("line ends") << QStringLiteral("a\r\nb\rc\r\r\nd") << QStringLiteral("a\nb\nc\n\nd");
    QTest::newRow("Unicode line ends") << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a\nb\nc");
    QTest::newRow("blank runs") << QStringLiteral("a\n\n\n\n\nb") << QStringLiteral("a\n\nb");
    QTest::newRow("blanks before line ends") << QStringLiteral("a \t\u00A0\n \n \nb") << QStringLiteral("a\n\nb");
    QTest::newRow("invisible characters")
        << QStringLiteral("co\u00ADop\u200Beration \u00AD\nnext\uFEFF") << QStringLiteral("cooperation\nnext");
    QTest::newRow("tabs, non-breaking spaces, objects")
        << QStringLiteral("a\tb\u00A0c\uFFFCd") << QStringLiteral("a b c d");
    QTest::newRow("trimmed") << QStringLiteral("\n\n  a  \n\n") << QStringLiteral("a");
    QTest::newRow("NFC") << QStringLiteral("Zu\u0308rich") << QStringLiteral("Zürich");
    QTest::newRow("plain") << QStringLiteral("One.\n\nTwo, three.") << QStringLiteral("One.\n\nTwo, three.");
}

void ImportTest::textNormalized()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(normalizeText(text), expected);
}

QTEST_MAIN(ImportTest)
#include "import_test.moc"
