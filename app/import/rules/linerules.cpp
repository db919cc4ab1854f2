#include "import/rules/linerules.h"

#include "import/rules/textblocks.h"
#include "import/rules/textnormalize.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Credence::Core::HtmlLines {

namespace {

const QString BylinePrefix =
    QStringLiteral("(?:by|written by|story by|words by|reporting by|report by|posted by|text by|von|par|por|door)");

// Lines longer than these are prose, whatever they start with: checked first, the rules stay cheap on long pages.
constexpr qsizetype MaxLabelChars = 200;
constexpr qsizetype MaxCreditChars = 300;
constexpr qsizetype MaxLabelLookupChars = 60;

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        words += (!space && !inWord) ? 1 : 0;
        inWord = !space;
    }
    return words;
}

const QRegularExpression &jobWords()
{
    static const QRegularExpression role = caseless(QStringLiteral(
        "\\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|journalist|producer|analyst)s?\\b"));
    return role;
}

// "Editing by X" after a semicolon: another credit, not a name.
const QRegularExpression &byWord()
{
    static const QRegularExpression by = caseless(QStringLiteral("\\bby\\b"));
    return by;
}

} // namespace

QStringList authorNames(const QString &byline)
{
    QString text = foldWhitespace(byline);
    static const QRegularExpression prefix = caseless(QStringLiteral("^") + BylinePrefix + QStringLiteral("[:\\s]+"));
    text.remove(prefix);
    // What follows a separator, a date or a time is never a name.
    static const QRegularExpression separator =
        caseless(QStringLiteral("\\s*(?:[|•·—–/]|\\s-\\s|\\bpublished\\b|\\bupdated\\b|\\bposted\\b).*$"));
    text.remove(separator);
    static const QRegularExpression monthDate =
        caseless(QStringLiteral("\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d.*$"));
    text.remove(monthDate);
    static const QRegularExpression digit(QStringLiteral("\\d"));
    if (const qsizetype at = text.indexOf(digit); at >= 0) {
        text.truncate(at);
    }
    static const QRegularExpression dangling = caseless(QStringLiteral("(?:[\\s,;:]|\\bon\\b|\\bat\\b)+$"));
    text.remove(dangling);
    // "Jane Roe Tue 5 Mar": a weekday left over once the date is cut.
    static const QRegularExpression weekday =
        caseless(QStringLiteral("\\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?$"));
    text.remove(weekday);
    text.remove(dangling); // "Jane Roe on" once "Friday, May 12" is gone
    static const QRegularExpression split = caseless(QStringLiteral("\\s*(?:,|;|&|\\band\\b)\\s*"));
    QStringList names;
    for (const QString &piece : text.split(split, Qt::SkipEmptyParts)) {
        const QString part = piece.trimmed();
        if (part.isEmpty() || wordCount(part) > 6 || !part.front().isLetter() || part.front().isLower() ||
            jobWords().match(part).hasMatch() || names.contains(part, Qt::CaseInsensitive) ||
            byWord().match(part).hasMatch()) {
            continue;
        }
        names.append(part);
    }
    return names;
}

QStringList reportingCredit(const QString &line)
{
    if (line.size() > MaxLabelChars) {
        return {};
    }
    static const QRegularExpression credit =
        caseless(QStringLiteral("^(?:reporting|reported|writing|written) by\\s+([^;]+)"));
    const auto m = credit.match(foldWhitespace(line));
    if (!m.hasMatch()) {
        return {};
    }
    // "Jane Roe in Oslo and John Doe in Bergen": where they reported from is not part of their names.
    static const QRegularExpression place(QStringLiteral("\\s+in\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QString names = m.captured(1);
    names.remove(place);
    return authorNames(names);
}

QDate dateAfterNames(const QString &byline, const QStringList &names)
{
    const qsizetype at = names.isEmpty() ? -1 : byline.lastIndexOf(names.last());
    if (at < 0) {
        return {};
    }
    static const QRegularExpression lead = caseless(QStringLiteral("^[\\s|·•,;:–—-]*(?:on\\b|published|updated)?\\s*"));
    QString rest = byline.mid(at + names.last().size());
    rest.remove(lead);
    return rest.size() <= 80 ? findNewsDate(rest) : QDate();
}

QDate bylineDate(const QString &byline)
{
    return dateAfterNames(byline, authorNames(byline));
}

bool isByline(const QString &line)
{
    static const QRegularExpression prefix =
        caseless(QStringLiteral("^") + BylinePrefix + QStringLiteral("[:\\s]+\\p{Lu}"));
    if (line.size() > MaxLabelChars) {
        return false;
    }
    const QString text = foldWhitespace(line);
    if (!prefix.match(text).hasMatch()) {
        return false;
    }
    // The names are short; a date and time may follow them ("By A and B | Tue 5 Mar 2024 17.05 GMT").
    const auto isSeparator = [](QChar c) { return c == u'|' || c == u'·' || c == u'•'; };
    const qsizetype separator = std::find_if(text.cbegin(), text.cend(), isSeparator) - text.cbegin();
    return wordCount(separator < text.size() ? text.left(separator) : text) <= 12 && wordCount(text) <= 24 &&
           !text.endsWith(QLatin1Char('.')) && !authorNames(text).isEmpty();
}

bool isJobTitle(const QString &line)
{
    return line.size() <= 60 && wordCount(line) <= 5 && !line.endsWith(QLatin1Char('.')) &&
           jobWords().match(line).hasMatch();
}

QString creditedSource(const QString &line)
{
    static const QRegularExpression credit = caseless(QStringLiteral(
        "^(?:original source|originally published (?:at|on|by|in)|"
        "this (?:article|story|piece|post) (?:was |is )?(?:first |originally )?(?:appeared|published|ran|republished) "
        "(?:on|in|at|by|from)|republished (?:from|with permission from)|first published (?:on|in|at|by))"
        "\\s*:?\\s*(.{2,80}?)(?:,?\\s+(?:under|with permission|and is|on \\d|on (?:jan|feb|mar|apr|may|jun|jul|aug|"
        "sep|oct|nov|dec)).*)?\\.?$"));
    if (line.size() > MaxCreditChars) {
        return {};
    }
    // Every alternative of the pattern starts with one of these letters (no other character folds to them): most
    // lines of a page are ruled out before they are copied.
    const auto first = std::find_if(line.cbegin(), line.cend(), [](QChar c) { return !c.isSpace(); });
    if (first == line.cend() || !QStringView(u"ortfORTF").contains(*first)) {
        return {};
    }
    const QString text = foldWhitespace(line);
    if (wordCount(text) > 25) {
        return {};
    }
    const auto m = credit.match(text);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QString datePart(const QString &line)
{
    static const QRegularExpression dateline = caseless(
        QStringLiteral("^(?:first published|last updated|published|updated|posted|date)(?: on)?\\s*:?\\s*(.+)$"));
    const auto m = dateline.match(foldWhitespace(line));
    return m.hasMatch() && parseNewsDate(m.captured(1)).isValid() ? m.captured(1) : QString();
}

bool isDateOrTime(const QString &line)
{
    if (line.size() > MaxLabelChars) {
        return false;
    }
    const QString text = foldWhitespace(line);
    if (wordCount(text) > 8) {
        return false;
    }
    static const QRegularExpression time = caseless(QStringLiteral(
        "^(?:(?:updated|published|posted)\\s*:?\\s*)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{2,5})?$"));
    return isDateLine(text) || !datePart(text).isEmpty() || time.match(text).hasMatch();
}

bool isFurniture(const QString &line)
{
    static const QSet<QString> labels = {
        QStringLiteral("advertisement"),
        QStringLiteral("advertisements"),
        QStringLiteral("sponsored"),
        QStringLiteral("sponsored content"),
        QStringLiteral("story continues below advertisement"),
        QStringLiteral("story continues below"),
        QStringLiteral("article continues below"),
        QStringLiteral("continue reading"),
        QStringLiteral("continue reading below"),
        QStringLiteral("read more"),
        QStringLiteral("share"),
        QStringLiteral("share this"),
        QStringLiteral("share this article"),
        QStringLiteral("share this story"),
        QStringLiteral("share on facebook"),
        QStringLiteral("share on twitter"),
        QStringLiteral("share on x"),
        QStringLiteral("tweet"),
        QStringLiteral("email"),
        QStringLiteral("print"),
        QStringLiteral("comments"),
        QStringLiteral("related"),
        QStringLiteral("related articles"),
        QStringLiteral("related stories"),
        QStringLiteral("you may also like"),
        QStringLiteral("most read"),
        QStringLiteral("most popular"),
        QStringLiteral("sign up"),
        QStringLiteral("subscribe"),
        QStringLiteral("follow us"),
        QStringLiteral("skip to content"),
        QStringLiteral("skip to main content"),
        QStringLiteral("back to top"),
        QStringLiteral("listen to this article"),
        QStringLiteral("loading"),
        QStringLiteral("live"),
        QStringLiteral("key events"),
        QStringLiteral("key points"),
        QStringLiteral("newsletter"),
        QStringLiteral("more on this story"),
        QStringLiteral("related topics"),
        QStringLiteral("further reading"),
        QStringLiteral("explore more on these topics"),
        QStringLiteral("reuse this content"),
        QStringLiteral("pinned post"),
        QStringLiteral("show more"),
        QStringLiteral("show key events only"),
        QStringLiteral("like loading"),
        QStringLiteral("published in"),
        // Paywall marks over the article.
        QStringLiteral("subscriber only"),
        QStringLiteral("subscribers only"),
        QStringLiteral("for subscribers"),
        QStringLiteral("subscriber exclusive"),
        QStringLiteral("exclusive to subscribers"),
        // Labels and paywall marks in the other languages we read.
        QStringLiteral("partager"),
        QStringLiteral("contribuer"),
        QStringLiteral("réutiliser ce contenu"),
        QStringLiteral("teilen"),
        QStringLiteral("compartir"),
        QStringLiteral("publicité"),
        QStringLiteral("anzeige"),
        QStringLiteral("publicidad"),
        QStringLiteral("article réservé aux abonnés"),
        QStringLiteral("réservé aux abonnés"),
        QStringLiteral("article abonné"),
        QStringLiteral("abonnenten-artikel"),
        QStringLiteral("nur für abonnenten"),
        QStringLiteral("exklusiv für abonnenten"),
        QStringLiteral("solo para suscriptores"),
        QStringLiteral("exclusivo para suscriptores"),
        QStringLiteral("exclusivo para assinantes"),
    };
    if (line.size() > MaxCreditChars) {
        return false;
    }
    // Labels are short: only they are folded for the look-up; the patterns below ignore case themselves.
    QString text = foldWhitespace(line);
    if (text.size() <= MaxLabelLookupChars) {
        text = text.toLower();
        while (!text.isEmpty() && !text.back().isLetterOrNumber()) {
            text.chop(1);
        }
        if (labels.contains(text)) {
            return true;
        }
    }
    static const QRegularExpression lead =
        caseless(QStringLiteral("^(?:read more|also read|read next|related|see also|more|watch|listen|photo|image|"
                                "credit|our standards)\\s*:"));
    // A magazine's print note: "This article appears in the June 2025 issue of X."
    static const QRegularExpression printNote = caseless(QStringLiteral(
        "^(?:this|a version of this) (?:article|story|piece|essay) (?:also )?appea(?:rs|red) "
        "in (?:the )?(?:print edition|\\S+(?: \\d{4})? (?:print )?issue)\\b|^a version of this (?:article|story) "
        "appears in print\\b"));
    // Promotions and credits that read like sentences: "Sign up here for our newsletter", "Follow X on Facebook",
    // "Staff writer Jane Roe contributed to this report.", "7 min read".
    static const QRegularExpression promotion = caseless(QStringLiteral(
        "^(?:sign up|subscribe)\\b.*\\bnewsletter\\b|^follow (?:\\S+ ){0,8}on (?:facebook|twitter|x|instagram|"
        "linkedin|threads|bluesky|tiktok|youtube)\\b|^\\d+\\s+min(?:ute)?s?\\s+read"));
    static const QRegularExpression contributed =
        caseless(QStringLiteral("\\bcontributed (?:reporting|to this (?:report|article|story))\\b"));
    const int words = wordCount(text);
    return (words <= 20 && lead.match(text).hasMatch()) || (words <= 60 && printNote.match(text).hasMatch()) ||
           (words <= 30 && (promotion.match(text).hasMatch() ||
                            (text.contains(QLatin1StringView("contributed"), Qt::CaseInsensitive) &&
                             contributed.match(text).hasMatch())));
}

bool isCommentsHeading(const QString &line)
{
    if (line.size() > MaxLabelChars) {
        return false;
    }
    static const QRegularExpression heading = caseless(
        QStringLiteral("^(?:(?:\\d[\\d,.]*k?\\s+)?(?:reader\\s+|user\\s+)?(?:comments?|responses?|replies|reactions)(?:"
                       "\\s*\\(\\d[\\d,]*\\))?|"
                       "\\d[\\d,]*\\s+(?:thoughts?|comments?|responses?|replies)\\s+(?:on|to)\\s.+|"
                       "(?:join|start)\\s+the\\s+(?:conversation|discussion|debate)|(?:leave|post|add|write)\\s+a\\s+(?"
                       ":reply|comment)|"
                       "(?:show|load|view|see|read)\\s+(?:all\\s+|more\\s+)?(?:\\d[\\d,]*\\s+)?comments|have your say|"
                       "what do you think)[\\s:?.!]*$"));
    return heading.match(foldWhitespace(line)).hasMatch();
}

bool isCommentHeader(const QString &line)
{
    if (line.size() > 120) {
        return false;
    }
    // A handle or a name of up to four words, then a relative time or "says:".
    static const QRegularExpression header = caseless(QStringLiteral(
        "^\\S+(?:\\s+\\S+){0,3}\\s+(?:(?:\\d+|an?)\\s+(?:seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|"
        "years?)\\s+ago|yesterday|just now|says:|said:|wrote:)$"));
    return wordCount(line) <= 10 && header.match(foldWhitespace(line)).hasMatch();
}

bool isCommentActions(const QString &line)
{
    static const QRegularExpression actions = caseless(
        QStringLiteral("^(?:reply|report|like|flag|share|\\d+\\s+(?:likes?|points?|replies|votes?))(?:\\s*[·|•,/-]?\\s*"
                       "(?:reply|report|like|flag|share|\\d+\\s+(?:likes?|points?|replies|votes?)))*$"));
    return line.size() <= 80 && actions.match(foldWhitespace(line)).hasMatch() &&
           line.contains(QLatin1String("reply"), Qt::CaseInsensitive);
}

QString copyrightHolder(const QString &line)
{
    static const QRegularExpression copyright =
        caseless(QStringLiteral("^(?:©|\\(c\\)|copyright)\\s*(?:©|copyright)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?"
                                "\\s*(.*?)[.,]?\\s*(?:all rights reserved\\.?)?$"));
    const auto m = copyright.match(foldWhitespace(line));
    if (!m.hasMatch()) {
        return {};
    }
    // "© Name – Toute reproduction interdite": the name ends at the dash.
    static const QRegularExpression dash(QStringLiteral("\\s[–—|-]\\s.*$"));
    const QString name = m.captured(1).remove(dash).trimmed();
    return !name.isEmpty() && wordCount(name) <= 6 && name.front().isLetter() ? name : QString();
}

QString squash(const QString &text)
{
    // Written in place, with ASCII decided inline: whole paragraphs are squashed to be compared with a title.
    QString squashed(text.size(), Qt::Uninitialized);
    QChar *out = squashed.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                *out++ = c;
            } else if (u >= u'A' && u <= u'Z') {
                *out++ = QChar(char16_t(u + (u'a' - u'A')));
            }
        } else if (c.isLetterOrNumber()) {
            *out++ = c.toLower();
        }
    }
    squashed.truncate(out - squashed.constData());
    return squashed;
}

} // namespace Credence::Core::HtmlLines
