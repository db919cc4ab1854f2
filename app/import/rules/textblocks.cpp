#include "import/rules/textblocks.h"

#include "import/rules/linerules.h"
#include "import/rules/textnormalize.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Credence::Core {

namespace {

const QHash<QString, QStringList> &stopwordLists()
{
    // The most frequent function words per language: enough to tell prose from menus and to guess the language.
    static const QHash<QString, QStringList> lists = {
        {QStringLiteral("en"),
         QStringLiteral(
             "the a an and or but of to in on at by for with from as is are was were be been has have had it "
             "its this that these those which who whom what when where while not no than then there their "
             "they them he she his her we our you your i my me after before over under about into also "
             "more most such can could would should will may might do does did so if up out all some any")
             .split(QLatin1Char(' '))},
        {QStringLiteral("fr"), QStringLiteral("le la les un une des du de et ou mais est sont dans sur pour par avec "
                                              "que qui ne pas plus au aux ce cette ces il elle ils nous vous se sa son")
                                   .split(QLatin1Char(' '))},
        {QStringLiteral("de"),
         QStringLiteral("der die das ein eine und oder aber ist sind im in auf für mit von zu den "
                        "dem des nicht auch sich es er sie wir als bei nach aus wie wurde")
             .split(QLatin1Char(' '))},
        {QStringLiteral("es"), QStringLiteral("el la los las un una y o pero es son en sobre para por con que de del "
                                              "al se no más su sus lo como fue este esta")
                                   .split(QLatin1Char(' '))},
    };
    return lists;
}

const QRegularExpression &furniturePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "^(?:related(?: posts| articles| stories| news)?|similar posts|more (?:stories|news|from)|read "
            "(?:more|also|next)|"
            "see also|recommended(?: for you)?|trending(?: now)?|popular(?: posts)?|most (?:read|popular)|"
            "latest (?:news|posts)|previous (?:post|article)|next (?:post|article)|tags?:?|categories|archives|"
            "advertisement|sponsored(?: content)?|subscribe\\b|sign up\\b|newsletter|leave a (?:reply|comment)|"
            "comments?(?: \\(\\d+\\))?|view all posts\\b|your email address\\b|required fields\\b|"
            "table of contents|toggle|skip to (?:main )?content|menu|search|no result|view all result|"
            "go to mobile version|connect (?:with )?us(?: on)?|follow us\\b|give feedback|share(?:tweetpin)?\\b|"
            "share on\\b|tweet\\b|print\\b|email:|phone:|editions|sectors|other (?:links|products)|home\\b|"
            "posted in\\b|filed under\\b|listen to this article|loading\\b|more on this story|show \\d+ more updates?|"
            // Newsletter boxes, topic lists, live-blog controls, syndication and audio notes.
            "skip (?:past )?(?:newsletter|advertisement)|(?:free )?(?:daily |weekly )?newsletter\\b|"
            "explore more on these topics|reuse this content|show (?:more|less|key events)\\b|pinned post|"
            "updated at \\d|further reading|enter your email|by submitting your email|by signing up\\b|email\\s*sign "
            "up|"
            "ad feedback|"
            "get the latest\\b.*\\b(?:delivered|inbox)|\\d+\\s*(?:h|m|min|mins|hours?) ago\\s*\\d|"
            "produced by\\b.*\\b(?:ai|automated) (?:narration|voice)|enlarge /|image (?:source|caption),|"
            // The same labels in the other languages we read.
            "publicité|anzeige|publicidad|(?:à )?lire aussi|les plus lus|sur le même sujet|voir aussi|partager|"
            "lesen sie auch|meistgelesen|teilen|lee también|lo más leído|compartir)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

const QRegularExpression &furnitureAnywhere()
{
    static const QRegularExpression pattern(
        QStringLiteral("cookies?\\b.*\\b(?:consent|use|policy|accept)|(?:uses|accept|allow) cookies|privacy policy|"
                       "terms of (?:use|service)|all rights reserved|©|\\bcopyright\\b|enable javascript|"
                       "\\bshare on (?:facebook|twitter|x|linkedin|whatsapp)|"
                       "\\bwill you support\\b|\\bsupport (?:our|independent) journalism\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Image captions and credits: furniture even when written as full sentences.
const QRegularExpression &captionPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:this|the|an?) (?:image|photo|picture|illustration) (?:is|was|shows|depicts)\\b|"
                       "\\bai-generated\\b|for illustrative purposes|"
                       "^(?:photo|image|picture|file photo|illustration)(?: credit)?\\s*[:|]"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

/// Whether Unicode has long settled which characters of the block holding @p c are letters and numbers, so that
/// QChar and PCRE2 agree on them whatever Unicode version either was built with: Latin and the IPA, spacing
/// modifiers and combining marks (below U+0370), general punctuation and currency signs.
bool isSettled(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x0370 || (u >= 0x2000 && u < 0x2070) || (u >= 0x20A0 && u < 0x20D0);
}

/// Calls @p visit with each word of @p text, as the pattern [\p{L}\p{N}]+(?:['’][\p{L}]+)* finds them ("it's",
/// "rock'n'roll", "2025"), until it returns false. Text in settled blocks (news copy in Latin script, nearly always)
/// is read by hand, anything else by the pattern.
template <typename Visit> void forEachWord(QStringView text, Visit visit)
{
    if (!std::all_of(text.cbegin(), text.cend(), isSettled)) {
        static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*"),
                                             QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = word.globalMatchView(text); it.hasNext();) {
            if (!visit(it.next().capturedView())) {
                return;
            }
        }
        return;
    }
    // Outside U+0370 to U+1FFF settled characters are neither letters nor numbers.
    const auto isLetter = [](QChar c) { return c.unicode() < 0x0370 && c.isLetter(); };
    const auto isLetterOrNumber = [](QChar c) { return c.unicode() < 0x0370 && c.isLetterOrNumber(); };
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (!isLetterOrNumber(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size && isLetterOrNumber(text.at(i))) {
            ++i;
        }
        while (i + 1 < size && (text.at(i) == u'\'' || text.at(i) == u'’') && isLetter(text.at(i + 1))) {
            i += 2;
            while (i < size && isLetter(text.at(i))) {
                ++i;
            }
        }
        if (!visit(text.sliced(start, i - start))) {
            return;
        }
    }
}

bool startsWithBullet(QString &text)
{
    static const QRegularExpression bullet(QStringLiteral("^(?:[•·▪◦●‣*]|[-–—](?=\\s)|\\d{1,2}[.)](?=\\s))\\s*"));
    const auto m = bullet.match(text);
    if (!m.hasMatch()) {
        return false;
    }
    text = text.mid(m.capturedEnd()).trimmed();
    return true;
}

bool endsLikeSentence(const QString &text)
{
    // Closing quotes may stand apart from the full stop: French "… récolte. »", or a stray space before a '"'.
    // German and Swiss quotes close with “ ‘ « ‹ ("… beim Bäcker.“").
    static const QRegularExpression end(QStringLiteral("[.!?…:;](?:\\s?[\"”’'»)\\]“‘«‹›])*$"));
    return end.match(text).hasMatch();
}

bool looksTitleCase(const QStringList &rawWords)
{
    int significant = 0;
    int capitalised = 0;
    for (const QString &w : rawWords) {
        QString bare = w;
        while (!bare.isEmpty() && !bare.front().isLetterOrNumber()) {
            bare.remove(0, 1);
        }
        if (bare.size() < 4 || isStopword(bare.toLower())) {
            continue;
        }
        ++significant;
        if (bare.front().isUpper() || bare.front().isDigit()) {
            ++capitalised;
        }
    }
    return significant >= 2 && capitalised >= 0.7 * significant;
}

// Share buttons whose labels ran together when the page was saved: "ShareTweetEmailPrint".
bool isShareBar(const QString &text)
{
    static const QRegularExpression labels(
        QStringLiteral("^(?:share|tweet|email|e-mail|print|pin|save|copy link|facebook|twitter|linkedin|whatsapp|"
                       "reddit|flipboard|telegram|messenger|\\s)+$"),
        QRegularExpression::CaseInsensitiveOption);
    return text.size() <= 80 && labels.match(text).hasMatch();
}

BlockKind classify(const TextBlock &b, const QString &raw)
{
    if (b.words == 0) {
        return BlockKind::Noise;
    }
    // Navigation rows keep their separators: "English (US) ·", "Home | News |".
    if (b.words <= 6 &&
        (b.text.endsWith(QChar(0x00B7)) || b.text.endsWith(QLatin1Char('|')) || b.text.startsWith(QLatin1Char('|')))) {
        return BlockKind::Furniture;
    }
    if (b.words <= 40 && captionPattern().match(b.text).hasMatch()) {
        return BlockKind::Furniture;
    }
    if (isShareBar(b.text)) {
        return BlockKind::Furniture;
    }
    // Labels the HTML reader drops too ("Key events", "Our Standards: ..."): never body, but some ("Key points")
    // head a part of the article, so they weigh no more than noise against it.
    const bool pageFurniture = furniturePattern().match(b.text).hasMatch();
    if (b.words <= 20 && !pageFurniture && HtmlLines::isFurniture(b.text)) {
        return BlockKind::Noise;
    }
    if (b.words <= 4 && HtmlLines::isDateOrTime(b.text) && !isDateLine(b.text)) {
        return BlockKind::Noise; // a live-blog entry's "11:10 GMT"
    }
    if (pageFurniture || furnitureAnywhere().match(b.text).hasMatch()) {
        // A long sentence that merely mentions a policy is still prose; a short line that starts like one is not.
        if (b.words < 25 || !b.endsSentence) {
            return BlockKind::Furniture;
        }
    }
    // Calendar widgets and symbol rows: mostly digits or punctuation.
    int letters = 0;
    for (const QChar c : raw) {
        letters += c.isLetter() ? 1 : 0;
    }
    if (letters < raw.size() / 3) {
        return BlockKind::Noise;
    }
    if (b.bullet) {
        return BlockKind::ListItem;
    }
    if (b.endsSentence && b.words >= 6 && b.stopwordRatio >= 0.1) {
        return BlockKind::Prose;
    }
    // A table row ("Gas unit rate 7.4p per kWh 6.0p per kWh down 19%"): long, no full stop, but full of figures
    // and without the sentences of a caption.
    static const QRegularExpression figure(QStringLiteral("(?:^|\\s)\\S*\\d\\S*"));
    const qsizetype figures = b.text.count(figure);
    const qsizetype tokens = b.text.count(QLatin1Char(' ')) + 1;
    const bool tableRow = figures >= 3 && figures * 6 >= tokens && !b.text.contains(QLatin1String(". "));
    if (!b.endsSentence && b.words >= 13 && !tableRow) {
        return BlockKind::Teaser;
    }
    if (b.endsSentence && b.words >= 3) {
        return BlockKind::Prose;
    }
    return BlockKind::Heading;
}

} // namespace

bool isStopword(const QString &lowerWord)
{
    static const QSet<QString> all = [] {
        QSet<QString> set;
        for (const QStringList &list : stopwordLists()) {
            for (const QString &w : list) {
                set.insert(w);
            }
        }
        return set;
    }();
    return all.contains(lowerWord);
}

QStringList wordsOf(const QString &text)
{
    QStringList words;
    forEachWord(text, [&](QStringView word) {
        words.append(word.toString().toLower());
        return true;
    });
    return words;
}

QStringList contentWords(const QString &text)
{
    QStringList result;
    for (const QString &w : wordsOf(text)) {
        if (w.size() >= 4 && !isStopword(w)) {
            result.append(w);
        }
    }
    return result;
}

QString guessLanguage(const QString &text)
{
    // The languages in the order stopwordLists() iterates (a tie goes to the first), and for each stopword the
    // languages whose list has it: one look-up per word of the text instead of one per word and language.
    struct Stopwords
    {
        QStringList languages;
        QHash<QString, QList<int>> languagesOf;
    };
    static const Stopwords stopwords = [] {
        Stopwords result;
        for (auto it = stopwordLists().cbegin(); it != stopwordLists().cend(); ++it) {
            const int language = int(result.languages.size());
            result.languages.append(it.key());
            for (const QString &word : it.value()) {
                QList<int> &languages = result.languagesOf[word];
                if (!languages.contains(language)) {
                    languages.append(language);
                }
            }
        }
        return result;
    }();
    QList<int> counts(stopwords.languages.size(), 0);
    forEachWord(QStringView(text).left(20000), [&](QStringView word) {
        const auto found = stopwords.languagesOf.constFind(word.toString().toLower());
        if (found != stopwords.languagesOf.cend()) {
            for (const int language : *found) {
                ++counts[language];
            }
        }
        return true;
    });
    QString best = QStringLiteral("en");
    int bestCount = 0;
    for (int language = 0; language < stopwords.languages.size(); ++language) {
        if (counts.at(language) > bestCount) {
            bestCount = counts.at(language);
            best = stopwords.languages.at(language);
        }
    }
    return best;
}

bool isDateLine(const QString &text)
{
    if (text.size() > 60) {
        return false;
    }
    int words = 0;
    forEachWord(text, [&](QStringView) { return ++words <= 8; });
    if (words > 8) {
        return false;
    }
    return parseNewsDate(text).isValid();
}

QList<TextBlock> splitBlocks(const QString &text)
{
    QList<TextBlock> blocks;
    QHash<QString, int> seen;      // every occurrence
    QHash<QString, int> seenPlain; // occurrences that are not list items
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString raw = lines.at(i).trimmed();
        if (raw.isEmpty()) {
            continue;
        }
        TextBlock b;
        b.index = int(blocks.size());
        b.text = raw;
        b.bullet = startsWithBullet(b.text);
        const QStringList rawWords = b.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QStringList words = wordsOf(b.text);
        b.words = int(words.size());
        int stop = 0;
        for (const QString &w : words) {
            stop += isStopword(w) ? 1 : 0;
        }
        b.stopwordRatio = b.words ? double(stop) / b.words : 0.0;
        b.endsSentence = endsLikeSentence(b.text);
        b.titleCase = looksTitleCase(rawWords);
        b.kind = classify(b, raw);
        b.caption = b.words <= 40 && captionPattern().match(b.text).hasMatch();
        seen[b.text.toLower()] += 1;
        seenPlain[b.text.toLower()] += b.bullet ? 0 : 1;
        blocks.append(b);
    }
    for (TextBlock &b : blocks) {
        // A heading repeated in a table of contents is the heading; the contents entry is the duplicate.
        const QString key = b.text.toLower();
        b.duplicate = b.bullet ? b.words >= 2 && seen.value(key) > 1 : b.words >= 3 && seenPlain.value(key) > 1;
    }
    // A short line boxed in by furniture belongs to the box: the blurb of a newsletter sign-up between "Sign up for
    // X" and "Subscribe"; so does the headline right above a "Read more" link.
    static const QRegularExpression readMore(QStringLiteral("^(?:read more|read next|continue reading)\\W*$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression signUp(QStringLiteral("\\b(?:newsletter|sign up|subscribe|inbox)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    QList<bool> boxed(blocks.size(), false);
    for (qsizetype i = 1; i + 1 < blocks.size(); ++i) {
        const TextBlock &b = blocks.at(i);
        if (b.kind == BlockKind::Furniture || b.kind == BlockKind::Noise || b.words >= 30) {
            continue;
        }
        const TextBlock &next = blocks.at(i + 1);
        const bool sandwiched = blocks.at(i - 1).kind == BlockKind::Furniture && next.kind == BlockKind::Furniture &&
                                signUp.match(blocks.at(i - 1).text).hasMatch();
        boxed[i] = sandwiched || (!b.endsSentence && b.words <= 15 && readMore.match(next.text).hasMatch());
    }
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (boxed.at(i)) {
            // Never body, but the box already weighs against the article as furniture: not twice.
            blocks[i].kind = BlockKind::Noise;
        }
    }
    return blocks;
}

} // namespace Credence::Core
