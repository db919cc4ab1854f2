// Text-quality signals: hedged and unattributed claims on hand-written cases, a missing byline or date, the
// spun-text measure (the seeds: 003 was machine-spun, the others were not; short and non-English texts are not
// judged), and the captions the readers keep out of the body (the seeds' AI-generated and unrelated images).

#include "claims/claimsforbody.h"
#include "import/html/htmlextractor.h"
#include "import/importer.h"
#include "signals/textsignals.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace Credence::Core;
using Credence::Test::seedsDir;

namespace {

QString seedFile(const QString &prefix)
{
    const QStringList names = QDir(seedsDir()).entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    return names.size() == 1 ? QDir(seedsDir()).filePath(names.first()) : QString();
}

/// What the importer makes of seed @p prefix, as the signals read it.
ArticleText seedArticle(const QString &prefix, bool *ok)
{
    const ExtractResult extracted = extractFile(seedFile(prefix));
    *ok = extracted.article.has_value();
    if (!*ok) {
        return {};
    }
    const ImportedArticle &imported = *extracted.article;
    ArticleText article;
    article.title = imported.metadata.title;
    article.body = imported.body;
    for (const Claim &claim : claimsForBody(imported.body, imported.language)) {
        article.claims.append(claim.text);
    }
    article.byline = imported.metadata.author;
    article.published = imported.metadata.published;
    article.captions = imported.captions;
    article.language = imported.language;
    return article;
}

/// A long English text written for this test: plain reporting, no spinning (some 300 words, 40 articles).
QString plainEnglish()
{
    return QStringLiteral(
        "The council met on Tuesday to discuss the future of the old harbour bridge. The bridge was built in 1931 "
        "and carries more than ten thousand cars a day. Engineers told the council that the steel in the main span "
        "is rusting faster than expected, and that a full repair would take at least two years. The mayor said the "
        "town could not afford to close the bridge for that long, because the only other road to the coast runs "
        "through the hills and adds an hour to the trip. A local business group asked for a temporary crossing to "
        "be built beside the old one. The council agreed to pay for a study of the idea. Residents who live near "
        "the bridge have complained for years about the noise of the traffic and about the dust from the works on "
        "the road. One of them, a retired teacher, said she had written to the council more than twenty times. "
        "The study is due in the spring. If the council accepts its findings, work on a new crossing could start "
        "next year. The cost of the project has not been made public, but a councillor said it would be paid for "
        "with a loan from the national government and with money from the sale of land near the port. The harbour "
        "master warned that ships would have to wait outside the port while the new span is lifted into place. "
        "He asked the council to plan the works for the winter, when there are fewer ships. A decision on the "
        "timing is expected at the next meeting of the council in March. Until then the bridge stays open, with "
        "a limit on the weight of the lorries that may cross it and a new speed limit for the cars on it.");
}

} // namespace

class SignalsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hedgedClaims_data();
    void hedgedClaims();
    void unattributedClaims_data();
    void unattributedClaims();
    void countsPerArticle();
    void bylineAndDate_data();
    void bylineAndDate();
    void improbablePositions_data();
    void improbablePositions();
    void plainEnglishIsNotSpun();
    void seedsSpun_data();
    void seedsSpun();
    void nonEnglishNotJudged();
    void shortTextNotJudged();
    void captionDisclosure_data();
    void captionDisclosure();
    void unrelatedCaption_data();
    void unrelatedCaption();
    void captionsInOtherLanguages();
    void seedCaptions_data();
    void seedCaptions();
    void htmlCaptionsKeptOutOfBody();
};

void SignalsTest::hedgedClaims_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<bool>("hedged");
    QTest::newRow("reportedly") << QStringLiteral("The minister reportedly resigned on Friday.") << true;
    QTest::newRow("allegedly") << QStringLiteral("The firm allegedly hid the losses.") << true;
    QTest::newRow("may") << QStringLiteral("The bridge may close next year.") << true;
    QTest::newRow("could") << QStringLiteral("Prices could rise by a fifth.") << true;
    QTest::newRow("sources say") << QStringLiteral("Sources say the deal is off.") << true;
    QTest::newRow("unconfirmed") << QStringLiteral("According to unconfirmed reports, the plant was shut.") << true;
    QTest::newRow("plain") << QStringLiteral("The bridge closed on Monday.") << false;
    QTest::newRow("attributed") << QStringLiteral("The mayor said the bridge closed on Monday.") << false;
    // "May" as a month is no hedge.
    QTest::newRow("month") << QStringLiteral("The council met on 4 May to vote.") << false;
}

void SignalsTest::hedgedClaims()
{
    QFETCH(QString, claim);
    QFETCH(bool, hedged);
    QCOMPARE(isHedgedClaim(claim), hedged);
}

void SignalsTest::unattributedClaims_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<bool>("unattributed");
    QTest::newRow("bare") << QStringLiteral("The plant leaked acid for years.") << true;
    QTest::newRow("hedged, no source") << QStringLiteral("The plant reportedly leaked acid.") << true;
    QTest::newRow("named said") << QStringLiteral("Jane Roe said the plant leaked acid.") << false;
    QTest::newRow("vague said") << QStringLiteral("Officials said the plant leaked acid.") << false;
    QTest::newRow("told") << QStringLiteral("A worker told reporters that the tank was rusting.") << false;
    QTest::newRow("according to") << QStringLiteral("According to the inspectors, the tank was rusting.") << false;
    QTest::newRow("quotation") << QStringLiteral("The harbour is now “a dead zone”.") << false;
    QTest::newRow("statement") << QStringLiteral("In a statement, the company denied any leak.") << false;
}

void SignalsTest::unattributedClaims()
{
    QFETCH(QString, claim);
    QFETCH(bool, unattributed);
    QCOMPARE(isUnattributedClaim(claim), unattributed);
}

void SignalsTest::countsPerArticle()
{
    ArticleText article;
    article.claims = {
        QStringLiteral("The plant reportedly leaked acid."),        // hedged, unattributed
        QStringLiteral("Jane Roe said the tank may have rusted."),  // hedged, attributed
        QStringLiteral("The tank holds 120,000 litres."),           // unattributed
        QStringLiteral("According to the inspectors, it is safe."), // neither
    };
    const ArticleSignals signalsOf = articleSignals(article);
    QCOMPARE(signalsOf.claimsCounted, 4);
    QCOMPARE(signalsOf.hedgedClaims, 2);
    QCOMPARE(signalsOf.unattributedClaims, 2);

    // Outside English the word lists say nothing: no claim is counted.
    article.language = QStringLiteral("de");
    const ArticleSignals german = articleSignals(article);
    QCOMPARE(german.claimsCounted, 0);
    QCOMPARE(german.hedgedClaims, 0);
    QCOMPARE(german.unattributedClaims, 0);
}

void SignalsTest::bylineAndDate_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<bool>("noByline");
    QTest::addColumn<bool>("noDate");
    QTest::newRow("both") << QStringLiteral("Jane Roe") << QDate(2025, 8, 15) << false << false;
    QTest::newRow("no byline") << QString() << QDate(2025, 8, 15) << true << false;
    QTest::newRow("blank byline") << QStringLiteral("  ") << QDate(2025, 8, 15) << true << false;
    QTest::newRow("no date") << QStringLiteral("Jane Roe") << QDate() << false << true;
    QTest::newRow("neither") << QString() << QDate() << true << true;
}

void SignalsTest::bylineAndDate()
{
    QFETCH(QString, byline);
    QFETCH(QDate, published);
    QFETCH(bool, noByline);
    QFETCH(bool, noDate);
    ArticleText article;
    article.byline = byline;
    article.published = published;
    const ArticleSignals signalsOf = articleSignals(article);
    QCOMPARE(signalsOf.noByline, noByline);
    QCOMPARE(signalsOf.noDate, noDate);
}

void SignalsTest::improbablePositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("improbable");
    // A content word where a preposition belongs, after another content word.
    QTest::newRow("adjective before the") << QStringLiteral("The situation successful the country is grave.") << 1 << 1;
    QTest::newRow("archaism before a") << QStringLiteral("The dispute betwixt a union and firms goes on.") << 1 << 1;
    // What English puts there: prepositions, verb forms, adverbs, names.
    QTest::newRow("preposition") << QStringLiteral("The situation in the country is grave.") << 1 << 0;
    QTest::newRow("past tense") << QStringLiteral("The team won the match and reached the final.") << 2 << 0;
    QTest::newRow("regular verb") << QStringLiteral("Police searched the house.") << 1 << 0;
    QTest::newRow("plural subject") << QStringLiteral("Local ads earn the site money.") << 1 << 0;
    QTest::newRow("adverb") << QStringLiteral("Critics point mostly the other way.") << 1 << 0;
    QTest::newRow("contraction") << QStringLiteral("Officials won't name the firm.") << 1 << 0;
    QTest::newRow("capitalised") << QStringLiteral("He met President Trump at the White House.") << 1 << 0;
    // A heading without a full stop does not run into the next line.
    QTest::newRow("line break") << QStringLiteral("Shadow war\nthe players") << 1 << 0;
    QTest::newRow("sentence start") << QStringLiteral("Heavy rain. The river rose.") << 0 << 0;
}

void SignalsTest::improbablePositions()
{
    QFETCH(QString, text);
    QFETCH(int, articles);
    QFETCH(int, improbable);
    const SpunTextScore score = spunTextScore(text, QStringLiteral("en"));
    QCOMPARE(score.articles, articles);
    QCOMPARE(score.improbable, improbable);
    QCOMPARE(score.judgement, SpinJudgement::TooShort);
    QVERIFY(!score.spun);
}

void SignalsTest::plainEnglishIsNotSpun()
{
    const SpunTextScore plain = spunTextScore(plainEnglish(), QStringLiteral("en"));
    QCOMPARE(plain.judgement, SpinJudgement::Judged);
    QVERIFY(!plain.spun);
    QCOMPARE(plain.threshold, SpunTextThreshold);

    // The same text with its prepositions swapped for content words, as a spinner would: judged spun.
    QString spun = plainEnglish();
    spun.replace(QStringLiteral(" in the "), QStringLiteral(" successful the "))
        .replace(QStringLiteral(" of the "), QStringLiteral(" betwixt the "))
        .replace(QStringLiteral(" on the "), QStringLiteral(" atop the "))
        .replace(QStringLiteral(" for the "), QStringLiteral(" toward the "));
    const SpunTextScore swapped = spunTextScore(spun, QStringLiteral("en"));
    QCOMPARE(swapped.judgement, SpinJudgement::Judged);
    QVERIFY2(swapped.spun, qPrintable(QString::number(swapped.score)));
}

void SignalsTest::seedsSpun_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<bool>("judged");
    QTest::addColumn<bool>("spun");
    QTest::newRow("000") << QStringLiteral("000") << true << false;
    QTest::newRow("001") << QStringLiteral("001") << true << false;
    // 002's article has some 150 words: too short to judge, so not called spun either.
    QTest::newRow("002") << QStringLiteral("002") << false << false;
    QTest::newRow("003") << QStringLiteral("003") << true << true;
    QTest::newRow("004") << QStringLiteral("004") << true << false;
}

void SignalsTest::seedsSpun()
{
    QFETCH(QString, seed);
    QFETCH(bool, judged);
    QFETCH(bool, spun);
    bool ok = false;
    const ArticleText article = seedArticle(seed, &ok);
    QVERIFY2(ok, qPrintable(seed));
    const SpunTextScore score = articleSignals(article).spunText;
    const QString figures = QStringLiteral("%1 of %2 articles, score %3")
                                .arg(QString::number(score.improbable), QString::number(score.articles),
                                     QString::number(score.score, 'f', 3));
    QCOMPARE(score.judgement == SpinJudgement::Judged, judged);
    QVERIFY2(score.spun == spun, qPrintable(figures));
}

void SignalsTest::nonEnglishNotJudged()
{
    bool ok = false;
    const ArticleText spun = seedArticle(QStringLiteral("003"), &ok);
    QVERIFY(ok);
    const SpunTextScore german = spunTextScore(spun.body, QStringLiteral("de"));
    QCOMPARE(german.judgement, SpinJudgement::NotEnglish);
    QVERIFY(!german.spun);
    // An empty language is taken for English, as the rest of the core does.
    QCOMPARE(spunTextScore(spun.body, QString()).judgement, SpinJudgement::Judged);
}

void SignalsTest::shortTextNotJudged()
{
    bool ok = false;
    const ArticleText spun = seedArticle(QStringLiteral("003"), &ok);
    QVERIFY(ok);
    // The spun seed's first 80 words hold its improbable pairs too, but too few articles to be judged.
    const QString opening = spun.body.split(u' ').mid(0, 80).join(u' ');
    const SpunTextScore score = spunTextScore(opening, QStringLiteral("en"));
    QCOMPARE(score.judgement, SpinJudgement::TooShort);
    QVERIFY(score.improbable > 0);
    QVERIFY(!score.spun);
    QCOMPARE(score.score, 0.0);
}

void SignalsTest::captionDisclosure_data()
{
    QTest::addColumn<QString>("caption");
    QTest::addColumn<bool>("generated");
    QTest::newRow("ai-generated") << QStringLiteral("An AI-generated picture of a flooded street.") << true;
    QTest::newRow("generated by ai") << QStringLiteral("Image generated by artificial intelligence.") << true;
    QTest::newRow("created with tool") << QStringLiteral("Illustration created with Midjourney.") << true;
    QTest::newRow("dall-e") << QStringLiteral("Made with DALL·E for this story.") << true;
    QTest::newRow("illustrative") << QStringLiteral("Stock image, for illustrative purposes only.") << true;
    QTest::newRow("does not depict") << QStringLiteral("The image does not depict any real event.") << true;
    QTest::newRow("photo") << QStringLiteral("Firefighters at the scene on Tuesday. Photo: Jane Roe / Reuters")
                           << false;
    QTest::newRow("said, not made") << QStringLiteral("The minister said AI could help farmers.") << false;
    QTest::newRow("maid") << QStringLiteral("Maids generated a list of chores.") << false;
}

void SignalsTest::captionDisclosure()
{
    QFETCH(QString, caption);
    QFETCH(bool, generated);
    QCOMPARE(disclosesGeneratedImage(caption), generated);
}

void SignalsTest::unrelatedCaption_data()
{
    QTest::addColumn<QString>("caption");
    QTest::addColumn<bool>("unrelated");
    QTest::newRow("landscape")
        << QStringLiteral("A serene landscape showcasing natural beauty with vibrant colors and a peaceful atmosphere.")
        << true;
    QTest::newRow("shares a word") << QStringLiteral("Cars queue on the old bridge in the evening light and rain.")
                                   << false;
    // One word in common with a long caption is chance: "town" in "a quiet town square with blooming flowers".
    QTest::newRow("one word of many")
        << QStringLiteral(
               "A quiet town square with blooming flowers, colourful umbrellas and happy tourists enjoying ice cream.")
        << true;
    QTest::newRow("shares a stem") << QStringLiteral("The engineers' report on corroded steel girders was grim.")
                                   << false;
    // Too little description to compare: credits and names.
    QTest::newRow("credit") << QStringLiteral("Photo: Jane Roe / Reuters") << false;
    QTest::newRow("short") << QStringLiteral("A quiet morning.") << false;
}

void SignalsTest::unrelatedCaption()
{
    QFETCH(QString, caption);
    QFETCH(bool, unrelated);
    const QString title = QStringLiteral("Council studies a new harbour crossing");
    QCOMPARE(isUnrelatedCaption(caption, title, plainEnglish()), unrelated);
}

void SignalsTest::captionsInOtherLanguages()
{
    // Relatedness is judged in English only; a disclosure is a disclosure in any article.
    const QStringList captions = {
        QStringLiteral("A serene landscape showcasing natural beauty with vibrant colors and a peaceful atmosphere."),
        QStringLiteral("This image is AI-generated."),
    };
    const QString title = QStringLiteral("Der Rat prüft eine neue Brücke");
    const QString body = QStringLiteral("Der Rat der Stadt hat am Dienstag über die alte Brücke am Hafen beraten.");
    const QList<FlaggedCaption> german = flaggedCaptions(captions, title, body, QStringLiteral("de"));
    QCOMPARE(german.size(), 1);
    QCOMPARE(german.first().issue, CaptionIssue::AiGenerated);
    const QList<FlaggedCaption> english = flaggedCaptions(captions, title, body, QStringLiteral("en"));
    QCOMPARE(english.size(), 2);
    QCOMPARE(english.first().issue, CaptionIssue::Unrelated);
}

void SignalsTest::seedCaptions_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("caption"); ///< the start of the one caption flagged; empty for none
    QTest::addColumn<QString>("issue");
    QTest::newRow("000") << QStringLiteral("000") << QString() << QString();
    QTest::newRow("001") << QStringLiteral("001") << QString() << QString();
    QTest::newRow("002") << QStringLiteral("002") << QStringLiteral("This image is AI-generated")
                         << QStringLiteral("ai-generated");
    QTest::newRow("003") << QStringLiteral("003") << QString() << QString();
    QTest::newRow("004") << QStringLiteral("004") << QStringLiteral("A serene landscape")
                         << QStringLiteral("unrelated");
}

void SignalsTest::seedCaptions()
{
    QFETCH(QString, seed);
    QFETCH(QString, caption);
    QFETCH(QString, issue);
    bool ok = false;
    const ArticleText article = seedArticle(seed, &ok);
    QVERIFY2(ok, qPrintable(seed));
    const QList<FlaggedCaption> flagged = articleSignals(article).flaggedCaptions;
    if (caption.isEmpty()) {
        QVERIFY2(flagged.isEmpty(), qPrintable(flagged.isEmpty() ? QString() : flagged.first().text));
        return;
    }
    QCOMPARE(flagged.size(), 1);
    QVERIFY2(flagged.first().text.startsWith(caption), qPrintable(flagged.first().text));
    QCOMPARE(captionIssueKey(flagged.first().issue), issue);
    // The caption was shown with the article, not printed in it.
    QVERIFY(!article.body.contains(caption));
}

void SignalsTest::htmlCaptionsKeptOutOfBody()
{
    const QByteArray page =
        "<html><head><title>Council studies a new harbour crossing</title></head><body>"
        "<article><h1>Council studies a new harbour crossing</h1>"
        "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>An AI-generated picture of a bridge at dusk."
        "</figcaption></figure>"
        "<p>The council met on Tuesday to discuss the future of the old harbour bridge, which was built in 1931 and "
        "carries more than ten thousand cars a day.</p>"
        "<p>Engineers told the council that the steel in the main span is rusting faster than expected, and that a "
        "full repair would take at least two years, so a temporary crossing is being studied.</p>"
        "<div class=\"wp-caption\"><img src=\"b.jpg\"><p class=\"wp-caption-text\">The old bridge seen from the "
        "port.</p></div>"
        "<p>The mayor said the town could not afford to close the bridge for that long, because the only other road "
        "to the coast runs through the hills and adds an hour to every trip.</p>"
        "</article></body></html>";
    const ImportedArticle article = extractHtml(page, QStringLiteral("bridge.html"));
    QCOMPARE(article.captions, QStringList({QStringLiteral("An AI-generated picture of a bridge at dusk."),
                                            QStringLiteral("The old bridge seen from the port.")}));
    QVERIFY(!article.body.contains(QLatin1String("AI-generated")));
    QVERIFY(!article.body.contains(QLatin1String("seen from the port")));
    QVERIFY(article.body.contains(QLatin1String("adds an hour to every trip")));
    const QList<FlaggedCaption> flagged = flaggedCaptions(article.captions, article.metadata.title, article.body);
    QCOMPARE(flagged.size(), 1);
    QCOMPARE(flagged.first().issue, CaptionIssue::AiGenerated);
}

QTEST_GUILESS_MAIN(SignalsTest)
#include "signals_test.moc"
