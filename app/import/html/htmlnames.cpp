#include "import/html/htmlnames.h"

#include <QList>

#include <algorithm>
#include <array>
#include <initializer_list>

namespace Credence::Core::HtmlNames {

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
    static const Vocabulary obviousParts = {QLatin1StringView("newsletter"),    QLatin1StringView("cookie"),
                                            QLatin1StringView("consent"),       QLatin1StringView("gdpr"),
                                            QLatin1StringView("related"),       QLatin1StringView("recommend"),
                                            QLatin1StringView("disqus"),        QLatin1StringView("outbrain"),
                                            QLatin1StringView("taboola"),       QLatin1StringView("advert"),
                                            QLatin1StringView("sponsor"),       QLatin1StringView("subscribe"),
                                            QLatin1StringView("signup"),        QLatin1StringView("sign-up"),
                                            QLatin1StringView("social"),        QLatin1StringView("sharing"),
                                            QLatin1StringView("sharebar"),      QLatin1StringView("promo"),
                                            QLatin1StringView("popup"),         QLatin1StringView("more-stories"),
                                            QLatin1StringView("read-more"),     QLatin1StringView("readmore"),
                                            QLatin1StringView("also-read"),     QLatin1StringView("most-read"),
                                            QLatin1StringView("mostread"),      QLatin1StringView("most-popular"),
                                            QLatin1StringView("trending"),      QLatin1StringView("top-stories"),
                                            QLatin1StringView("more-from"),     QLatin1StringView("you-may"),
                                            QLatin1StringView("author-bio"),    QLatin1StringView("authorbio"),
                                            QLatin1StringView("about-author"),  QLatin1StringView("about-the-author"),
                                            QLatin1StringView("author-box"),    QLatin1StringView("author-info"),
                                            QLatin1StringView("author-card"),   QLatin1StringView("author-profile"),
                                            QLatin1StringView("screen-reader"), QLatin1StringView("visually-hidden"),
                                            QLatin1StringView("sr-only"),       QLatin1StringView("skip-link"),
                                            QLatin1StringView("contributions"), QLatin1StringView("donate"),
                                            QLatin1StringView("donation"),      QLatin1StringView("support-us")};
    static const Vocabulary obviousWords = {
        QLatin1StringView("nav"),         QLatin1StringView("navbar"),   QLatin1StringView("navigation"),
        QLatin1StringView("menu"),        QLatin1StringView("footer"),   QLatin1StringView("share"),
        QLatin1StringView("shares"),      QLatin1StringView("comments"), QLatin1StringView("comment"),
        QLatin1StringView("commentlist"), QLatin1StringView("replies"),  QLatin1StringView("reply"),
        QLatin1StringView("respond"),     QLatin1StringView("ad"),       QLatin1StringView("ads"),
        QLatin1StringView("adslot"),      QLatin1StringView("adunit"),   QLatin1StringView("dfp"),
        QLatin1StringView("epic")}; // "epic": the reader-funding appeal
    // Names that usually mark furniture but that some sites also give to the blocks around an article.
    static const Vocabulary likelyWords = {
        QLatin1StringView("sidebar"),    QLatin1StringView("breadcrumb"), QLatin1StringView("breadcrumbs"),
        QLatin1StringView("pagination"), QLatin1StringView("recirc"),     QLatin1StringView("recirculation"),
        QLatin1StringView("popular"),    QLatin1StringView("banner"),     QLatin1StringView("masthead"),
        QLatin1StringView("pager"),      QLatin1StringView("modal"),      QLatin1StringView("overlay"),
        QLatin1StringView("toolbar"),    QLatin1StringView("widget"),     QLatin1StringView("widgets"),
        QLatin1StringView("bio"),        QLatin1StringView("biography"),  QLatin1StringView("tags"),
        QLatin1StringView("tag"),        QLatin1StringView("keywords"),   QLatin1StringView("byline"),
        QLatin1StringView("bylines"),    QLatin1StringView("dateline"),   QLatin1StringView("timestamp"),
        QLatin1StringView("meta"),       QLatin1StringView("caption"),    QLatin1StringView("credit"),
        QLatin1StringView("credits"),    QLatin1StringView("login"),      QLatin1StringView("search"),
        QLatin1StringView("rail"),       QLatin1StringView("jump"),       QLatin1StringView("paywall"),
        QLatin1StringView("transcript")};
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
    static const Vocabulary parts = {
        QLatin1StringView("article-body"), QLatin1StringView("articlebody"),     QLatin1StringView("story-body"),
        QLatin1StringView("storybody"),    QLatin1StringView("entry-content"),   QLatin1StringView("post-content"),
        QLatin1StringView("post-body"),    QLatin1StringView("article-content"), QLatin1StringView("article-text"),
        QLatin1StringView("story-text"),   QLatin1StringView("main-content"),    QLatin1StringView("body-text")};
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
    static const Vocabulary words = {
        QLatin1StringView("article"), QLatin1StringView("body"),   QLatin1StringView("content"),
        QLatin1StringView("entry"),   QLatin1StringView("hentry"), QLatin1StringView("main"),
        QLatin1StringView("post"),    QLatin1StringView("story"),  QLatin1StringView("text"),
        QLatin1StringView("blog"),    QLatin1StringView("prose"),  QLatin1StringView("copy"),
        QLatin1StringView("page")};
    return hasToken(classAndId, words) ? 1 : 0;
}

/// Names of CSS modules that run the words together: "ArticleDek_root" (lower-cased: "articledek").
bool hasCompoundSummary(QStringView names)
{
    for (const QLatin1StringView end : {QLatin1StringView("dek"), QLatin1StringView("standfirst")}) {
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
    static const Vocabulary words = {
        QLatin1StringView("standfirst"),  QLatin1StringView("dek"),         QLatin1StringView("deck"),
        QLatin1StringView("subtitle"),    QLatin1StringView("subheadline"), QLatin1StringView("subhead"),
        QLatin1StringView("summary"),     QLatin1StringView("lede"),        QLatin1StringView("intro"),
        QLatin1StringView("excerpt"),     QLatin1StringView("strapline"),   QLatin1StringView("sapo"),
        QLatin1StringView("description"), QLatin1StringView("desc")};
    static const Vocabulary subHeadline = {QLatin1StringView("sub-headline")};
    return hasToken(classAndId, words) || subHeadline.occursIn(classAndId) || hasCompoundSummary(classAndId);
}

bool isByline(const QString &classAndId)
{
    static const Vocabulary notByline = {
        QLatin1StringView("bio"),    QLatin1StringView("about"), QLatin1StringView("box"),
        QLatin1StringView("info"),   QLatin1StringView("card"),  QLatin1StringView("profile"),
        QLatin1StringView("avatar"), QLatin1StringView("image"), QLatin1StringView("photo")};
    if (notByline.occursIn(classAndId)) {
        return false;
    }
    static const Vocabulary words = {QLatin1StringView("byline"),      QLatin1StringView("author"),
                                     QLatin1StringView("authors"),     QLatin1StringView("writer"),
                                     QLatin1StringView("contributor"), QLatin1StringView("contributors"),
                                     QLatin1StringView("reporter"),    QLatin1StringView("authorname")};
    static const Vocabulary authorName = {QLatin1StringView("author-name")};
    return hasToken(classAndId, words) || authorName.occursIn(classAndId);
}

} // namespace Credence::Core::HtmlNames
