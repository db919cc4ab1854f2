#include "htmlnames.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace Credence::Core::HtmlNames {

namespace {

/// "share-bar c-comments__list" -> {"share", "bar", "c", "comments", "list"}, plus the names as written.
QStringList tokens(const QString &classAndId)
{
    static const QRegularExpression separator(QStringLiteral("[^a-z0-9]+"));
    return classAndId.split(separator, Qt::SkipEmptyParts);
}

bool containsAny(const QString &names, std::initializer_list<QLatin1StringView> parts)
{
    for (const QLatin1StringView part : parts) {
        if (names.contains(part)) {
            return true;
        }
    }
    return false;
}

bool hasToken(const QStringList &words, const QSet<QString> &wanted)
{
    for (const QString &w : words) {
        if (wanted.contains(w)) {
            return true;
        }
    }
    return false;
}

bool matchesFurniture(const QString &classAndId, bool obviousOnly)
{
    if (classAndId.trimmed().isEmpty() || isArticleBody(classAndId)) {
        return false;
    }
    QString names = classAndId;
    names.replace(QLatin1Char('_'), QLatin1Char('-'));
    // Parts of compound names ("newsletter-signup", "disqus_thread", "most-read"): never an article's container.
    static const QStringList obviousParts = {QStringLiteral("newsletter"),    QStringLiteral("cookie"),
                                             QStringLiteral("consent"),       QStringLiteral("gdpr"),
                                             QStringLiteral("related"),       QStringLiteral("recommend"),
                                             QStringLiteral("disqus"),        QStringLiteral("outbrain"),
                                             QStringLiteral("taboola"),       QStringLiteral("advert"),
                                             QStringLiteral("sponsor"),       QStringLiteral("subscribe"),
                                             QStringLiteral("signup"),        QStringLiteral("sign-up"),
                                             QStringLiteral("social"),        QStringLiteral("sharing"),
                                             QStringLiteral("sharebar"),      QStringLiteral("promo"),
                                             QStringLiteral("popup"),         QStringLiteral("more-stories"),
                                             QStringLiteral("read-more"),     QStringLiteral("readmore"),
                                             QStringLiteral("also-read"),     QStringLiteral("most-read"),
                                             QStringLiteral("mostread"),      QStringLiteral("most-popular"),
                                             QStringLiteral("trending"),      QStringLiteral("top-stories"),
                                             QStringLiteral("more-from"),     QStringLiteral("you-may"),
                                             QStringLiteral("author-bio"),    QStringLiteral("authorbio"),
                                             QStringLiteral("about-author"),  QStringLiteral("about-the-author"),
                                             QStringLiteral("author-box"),    QStringLiteral("author-info"),
                                             QStringLiteral("author-card"),   QStringLiteral("author-profile"),
                                             QStringLiteral("screen-reader"), QStringLiteral("visually-hidden"),
                                             QStringLiteral("sr-only"),       QStringLiteral("skip-link"),
                                             QStringLiteral("contributions"), QStringLiteral("donate"),
                                             QStringLiteral("donation"),      QStringLiteral("support-us")};
    static const QSet<QString> obviousWords = {
        QStringLiteral("nav"),         QStringLiteral("navbar"),   QStringLiteral("navigation"),
        QStringLiteral("menu"),        QStringLiteral("footer"),   QStringLiteral("share"),
        QStringLiteral("shares"),      QStringLiteral("comments"), QStringLiteral("comment"),
        QStringLiteral("commentlist"), QStringLiteral("replies"),  QStringLiteral("reply"),
        QStringLiteral("respond"),     QStringLiteral("ad"),       QStringLiteral("ads"),
        QStringLiteral("adslot"),      QStringLiteral("adunit"),   QStringLiteral("dfp"),
        QStringLiteral("epic")}; // "epic": the reader-funding appeal
    // Names that usually mark furniture but that some sites also give to the blocks around an article.
    static const QSet<QString> likelyWords = {
        QStringLiteral("sidebar"),    QStringLiteral("breadcrumb"), QStringLiteral("breadcrumbs"),
        QStringLiteral("pagination"), QStringLiteral("recirc"),     QStringLiteral("recirculation"),
        QStringLiteral("popular"),    QStringLiteral("banner"),     QStringLiteral("masthead"),
        QStringLiteral("pager"),      QStringLiteral("modal"),      QStringLiteral("overlay"),
        QStringLiteral("toolbar"),    QStringLiteral("widget"),     QStringLiteral("widgets"),
        QStringLiteral("bio"),        QStringLiteral("biography"),  QStringLiteral("tags"),
        QStringLiteral("tag"),        QStringLiteral("keywords"),   QStringLiteral("byline"),
        QStringLiteral("bylines"),    QStringLiteral("dateline"),   QStringLiteral("timestamp"),
        QStringLiteral("meta"),       QStringLiteral("caption"),    QStringLiteral("credit"),
        QStringLiteral("credits"),    QStringLiteral("login"),      QStringLiteral("search"),
        QStringLiteral("rail"),       QStringLiteral("jump"),       QStringLiteral("paywall"),
        QStringLiteral("transcript")};
    if (std::any_of(obviousParts.cbegin(), obviousParts.cend(), [&](const QString &p) { return names.contains(p); })) {
        return true;
    }
    const QStringList found = tokens(names);
    return hasToken(found, obviousWords) || (!obviousOnly && hasToken(found, likelyWords));
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
    QString names = classAndId;
    names.replace(QLatin1Char('_'), QLatin1Char('-'));
    return containsAny(
        names, {QLatin1StringView("article-body"), QLatin1StringView("articlebody"), QLatin1StringView("story-body"),
                QLatin1StringView("storybody"), QLatin1StringView("entry-content"), QLatin1StringView("post-content"),
                QLatin1StringView("post-body"), QLatin1StringView("article-content"), QLatin1StringView("article-text"),
                QLatin1StringView("story-text"), QLatin1StringView("main-content"), QLatin1StringView("body-text")});
}

int weight(const QString &classAndId)
{
    if (isArticleBody(classAndId)) {
        return 1;
    }
    if (isFurniture(classAndId)) {
        return -1;
    }
    static const QSet<QString> words = {QStringLiteral("article"), QStringLiteral("body"),   QStringLiteral("content"),
                                        QStringLiteral("entry"),   QStringLiteral("hentry"), QStringLiteral("main"),
                                        QStringLiteral("post"),    QStringLiteral("story"),  QStringLiteral("text"),
                                        QStringLiteral("blog"),    QStringLiteral("prose"),  QStringLiteral("copy"),
                                        QStringLiteral("page")};
    return hasToken(tokens(classAndId), words) ? 1 : 0;
}

bool isSummary(const QString &classAndId)
{
    static const QSet<QString> words = {
        QStringLiteral("standfirst"),  QStringLiteral("dek"),         QStringLiteral("deck"),
        QStringLiteral("subtitle"),    QStringLiteral("subheadline"), QStringLiteral("subhead"),
        QStringLiteral("summary"),     QStringLiteral("lede"),        QStringLiteral("intro"),
        QStringLiteral("excerpt"),     QStringLiteral("strapline"),   QStringLiteral("sapo"),
        QStringLiteral("description"), QStringLiteral("desc")};
    QString names = classAndId;
    names.replace(QLatin1Char('_'), QLatin1Char('-'));
    const QStringList found = tokens(names);
    // Compound names of CSS modules: "ArticleDek_root".
    const bool compound = std::any_of(found.cbegin(), found.cend(), [](const QString &t) {
        return t.endsWith(QLatin1StringView("dek")) || t.endsWith(QLatin1StringView("standfirst"));
    });
    return compound || hasToken(found, words) || names.contains(QLatin1StringView("sub-headline"));
}

bool isByline(const QString &classAndId)
{
    QString names = classAndId;
    names.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (containsAny(names, {QLatin1StringView("bio"), QLatin1StringView("about"), QLatin1StringView("box"),
                            QLatin1StringView("info"), QLatin1StringView("card"), QLatin1StringView("profile"),
                            QLatin1StringView("avatar"), QLatin1StringView("image"), QLatin1StringView("photo")})) {
        return false;
    }
    static const QSet<QString> words = {QStringLiteral("byline"),      QStringLiteral("author"),
                                        QStringLiteral("authors"),     QStringLiteral("writer"),
                                        QStringLiteral("contributor"), QStringLiteral("contributors"),
                                        QStringLiteral("reporter"),    QStringLiteral("authorname")};
    return hasToken(tokens(names), words) || names.contains(QLatin1StringView("author-name"));
}

} // namespace Credence::Core::HtmlNames
