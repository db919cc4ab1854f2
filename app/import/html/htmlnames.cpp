#include "import/html/htmlnames.h"

#include <QList>

#include <algorithm>
#include <array>
#include <initializer_list>

namespace Credence::Core::HtmlNames {

using namespace Qt::StringLiterals;

namespace {

// Every element of a page has its names matched against these lists, several times over: the matching below
// neither allocates nor runs a regular expression.

/// Lower-case ASCII words, or parts of names, filed by their first letter so that a name is read once for all.
class Vocabulary
{
public:
    Vocabulary(std::initializer_list<QLatin1StringView> words)
    {
        for (const QLatin1StringView word : words) {
            Q_ASSERT(!word.isEmpty() && word.front().toLatin1() >= 'a' && word.front().toLatin1() <= 'z');
            m_byInitial[word.front().toLatin1() - 'a'].append(word);
        }
    }

    /// Whether @p token is one of the words.
    bool contains(QStringView token) const
    {
        const QList<QLatin1StringView> *words = token.isEmpty() ? nullptr : wordsStartingWith(token.front());
        return words && std::any_of(words->cbegin(), words->cend(), [&](QLatin1StringView word) {
                   return word.size() == token.size() && occursAt(token, 0, word);
               });
    }

    /// Whether one of the words occurs anywhere in @p names, '_' read as '-' ("disqus_thread" holds "disqus").
    bool occursIn(QStringView names) const
    {
        for (qsizetype at = 0; at < names.size(); ++at) {
            const QList<QLatin1StringView> *words = wordsStartingWith(names.at(at));
            if (words && std::any_of(words->cbegin(), words->cend(),
                                     [&](QLatin1StringView word) { return occursAt(names, at, word); })) {
                return true;
            }
        }
        return false;
    }

private:
    const QList<QLatin1StringView> *wordsStartingWith(QChar c) const
    {
        return c >= QLatin1Char('a') && c <= QLatin1Char('z') ? &m_byInitial[c.unicode() - u'a'] : nullptr;
    }

    static bool occursAt(QStringView names, qsizetype at, QLatin1StringView word)
    {
        if (names.size() - at < word.size()) {
            return false;
        }
        for (qsizetype i = 0; i < word.size(); ++i) {
            const QChar c = names.at(at + i);
            if ((c == QLatin1Char('_') ? QLatin1Char('-') : c) != word.at(i)) {
                return false;
            }
        }
        return true;
    }

    std::array<QList<QLatin1StringView>, 26> m_byInitial;
};

/// Whether a word of @p names is in @p words. The words are the runs of [a-z0-9] ("share-bar c-comments__list":
/// share, bar, c, comments, list).
bool hasToken(QStringView names, const Vocabulary &words)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= names.size(); ++i) {
        const QChar c = i < names.size() ? names.at(i) : QChar();
        const bool inWord =
            (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            if (words.contains(names.sliced(start, i - start))) {
                return true;
            }
            start = -1;
        }
    }
    return false;
}

bool isBlank(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

bool matchesFurniture(const QString &classAndId, bool obviousOnly)
{
    if (isBlank(classAndId) || isArticleBody(classAndId)) {
        return false;
    }
    // Parts of compound names ("newsletter-signup", "disqus_thread", "most-read"): never an article's container.
    static const Vocabulary obviousParts = {"newsletter"_L1,    "cookie"_L1,
                                            "consent"_L1,       "gdpr"_L1,
                                            "related"_L1,       "recommend"_L1,
                                            "disqus"_L1,        "outbrain"_L1,
                                            "taboola"_L1,       "advert"_L1,
                                            "sponsor"_L1,       "subscribe"_L1,
                                            "signup"_L1,        "sign-up"_L1,
                                            "social"_L1,        "sharing"_L1,
                                            "sharebar"_L1,      "promo"_L1,
                                            "popup"_L1,         "more-stories"_L1,
                                            "read-more"_L1,     "readmore"_L1,
                                            "also-read"_L1,     "most-read"_L1,
                                            "mostread"_L1,      "most-popular"_L1,
                                            "trending"_L1,      "top-stories"_L1,
                                            "more-from"_L1,     "you-may"_L1,
                                            "author-bio"_L1,    "authorbio"_L1,
                                            "about-author"_L1,  "about-the-author"_L1,
                                            "author-box"_L1,    "author-info"_L1,
                                            "author-card"_L1,   "author-profile"_L1,
                                            "screen-reader"_L1, "visually-hidden"_L1,
                                            "sr-only"_L1,       "skip-link"_L1,
                                            "contributions"_L1, "donate"_L1,
                                            "donation"_L1,      "support-us"_L1};
    static const Vocabulary obviousWords = {
        "nav"_L1,      "navbar"_L1,  "navigation"_L1,  "menu"_L1,    "footer"_L1, "share"_L1,   "shares"_L1,
        "comments"_L1, "comment"_L1, "commentlist"_L1, "replies"_L1, "reply"_L1,  "respond"_L1, "ad"_L1,
        "ads"_L1,      "adslot"_L1,  "adunit"_L1,      "dfp"_L1,     "epic"_L1}; // "epic": the reader-funding appeal
    // Names that usually mark furniture but that some sites also give to the blocks around an article.
    static const Vocabulary likelyWords = {
        "sidebar"_L1, "breadcrumb"_L1, "breadcrumbs"_L1, "pagination"_L1, "recirc"_L1,    "recirculation"_L1,
        "popular"_L1, "banner"_L1,     "masthead"_L1,    "pager"_L1,      "modal"_L1,     "overlay"_L1,
        "toolbar"_L1, "widget"_L1,     "widgets"_L1,     "bio"_L1,        "biography"_L1, "tags"_L1,
        "tag"_L1,     "keywords"_L1,   "byline"_L1,      "bylines"_L1,    "dateline"_L1,  "timestamp"_L1,
        "meta"_L1,    "caption"_L1,    "credit"_L1,      "credits"_L1,    "login"_L1,     "search"_L1,
        "rail"_L1,    "jump"_L1,       "paywall"_L1,     "transcript"_L1};
    return obviousParts.occursIn(classAndId) || hasToken(classAndId, obviousWords) ||
           (!obviousOnly && hasToken(classAndId, likelyWords));
}

} // namespace

bool isFurniture(const QString &classAndId)
{
    return matchesFurniture(classAndId, false);
}

bool isObviousFurniture(const QString &classAndId)
{
    return matchesFurniture(classAndId, true);
}

bool isArticleBody(const QString &classAndId)
{
    static const Vocabulary parts = {"article-body"_L1,  "articlebody"_L1,  "story-body"_L1,   "storybody"_L1,
                                     "entry-content"_L1, "post-content"_L1, "post-body"_L1,    "article-content"_L1,
                                     "article-text"_L1,  "story-text"_L1,   "main-content"_L1, "body-text"_L1};
    return parts.occursIn(classAndId);
}

int weight(const QString &classAndId)
{
    if (isArticleBody(classAndId)) {
        return 1;
    }
    if (isFurniture(classAndId)) {
        return -1;
    }
    static const Vocabulary words = {"article"_L1, "body"_L1, "content"_L1, "entry"_L1, "hentry"_L1,
                                     "main"_L1,    "post"_L1, "story"_L1,   "text"_L1,  "blog"_L1,
                                     "prose"_L1,   "copy"_L1, "page"_L1};
    return hasToken(classAndId, words) ? 1 : 0;
}

/// Names of CSS modules that run the words together: "ArticleDek_root" (lower-cased: "articledek").
bool hasCompoundSummary(QStringView names)
{
    for (const QLatin1StringView end : {"dek"_L1, "standfirst"_L1}) {
        for (qsizetype at = names.indexOf(end); at >= 0; at = names.indexOf(end, at + 1)) {
            const qsizetype after = at + end.size();
            const QChar next = after < names.size() ? names.at(after) : QChar(u' ');
            if (!(next >= QLatin1Char('a') && next <= QLatin1Char('z')) && !next.isDigit()) {
                return true;
            }
        }
    }
    return false;
}

bool isSummary(const QString &classAndId)
{
    static const Vocabulary words = {"standfirst"_L1, "dek"_L1,     "deck"_L1,        "subtitle"_L1, "subheadline"_L1,
                                     "subhead"_L1,    "summary"_L1, "lede"_L1,        "intro"_L1,    "excerpt"_L1,
                                     "strapline"_L1,  "sapo"_L1,    "description"_L1, "desc"_L1};
    static const Vocabulary subHeadline = {"sub-headline"_L1};
    return hasToken(classAndId, words) || subHeadline.occursIn(classAndId) || hasCompoundSummary(classAndId);
}

bool isByline(const QString &classAndId)
{
    static const Vocabulary notByline = {"bio"_L1,     "about"_L1,  "box"_L1,   "info"_L1, "card"_L1,
                                         "profile"_L1, "avatar"_L1, "image"_L1, "photo"_L1};
    if (notByline.occursIn(classAndId)) {
        return false;
    }
    static const Vocabulary words = {"byline"_L1,      "author"_L1,       "authors"_L1,  "writer"_L1,
                                     "contributor"_L1, "contributors"_L1, "reporter"_L1, "authorname"_L1};
    static const Vocabulary authorName = {"author-name"_L1};
    return hasToken(classAndId, words) || authorName.occursIn(classAndId);
}

} // namespace Credence::Core::HtmlNames
