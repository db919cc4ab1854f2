#include "import/html/htmlmetadata.h"

#include "import/rules/textnormalize.h"

#include <QUrl>

#include <algorithm>
#include <utility>

namespace Credence::Core {

namespace {

QString rawText(const GumboNode *node)
{
    QString text;
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE) {
            text += QString::fromUtf8(child->v.text.text);
        }
    }
    return text;
}

bool isWebAddress(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

/// The <meta> tags of a page by lower-case property, name or itemprop, in document order.
class MetaTags
{
public:
    void add(const GumboNode *node)
    {
        QString key;
        for (const char *attribute : {"property", "name", "itemprop", "http-equiv"}) {
            key = Html::attribute(node, attribute).trimmed().toLower();
            if (!key.isEmpty()) {
                break;
            }
        }
        const QString content = Html::attribute(node, "content").simplified();
        if (!key.isEmpty() && !content.isEmpty()) {
            m_tags.append({key, content});
        }
    }

    QString first(std::initializer_list<const char *> keys) const
    {
        for (const char *key : keys) {
            for (const auto &[k, v] : m_tags) {
                if (k == QLatin1String(key)) {
                    return v;
                }
            }
        }
        return {};
    }

    QStringList all(std::initializer_list<const char *> keys) const
    {
        QStringList values;
        for (const char *key : keys) {
            for (const auto &[k, v] : m_tags) {
                if (k == QLatin1String(key) && !values.contains(v, Qt::CaseInsensitive)) {
                    values.append(v);
                }
            }
        }
        return values;
    }

private:
    QList<std::pair<QString, QString>> m_tags;
};

void readMetaTags(const MetaTags &tags, PageMetadata &meta)
{
    const auto setIfEmpty = [](QString &field, const QString &value) {
        if (field.isEmpty()) {
            field = value;
        }
    };
    meta.ogTitle = tags.first({"og:title"});
    meta.metaTitle = tags.first({"twitter:title", "dc.title", "dcterms.title", "citation_title", "parsely-title",
                                 "sailthru.title", "headline"});
    for (const QString &description : tags.all({"og:description", "twitter:description", "description",
                                                "dc.description", "dcterms.description", "sailthru.description"})) {
        if (!meta.descriptions.contains(description)) {
            meta.descriptions.append(description);
        }
    }
    if (meta.authors.isEmpty()) {
        for (const QString &author : tags.all({"article:author", "author", "dc.creator", "dcterms.creator",
                                               "citation_author", "parsely-author", "sailthru.author", "byl"})) {
            if (!isWebAddress(author) && !author.startsWith(QLatin1Char('@'))) {
                meta.authors.append(author);
            }
        }
    }
    if (!meta.published.isValid()) {
        meta.published = parseNewsDate(tags.first({"article:published_time",
                                                   "og:article:published_time",
                                                   "article:published",
                                                   "datepublished",
                                                   "pubdate",
                                                   "publishdate",
                                                   "publish-date",
                                                   "publish_date",
                                                   "dc.date.issued",
                                                   "dcterms.issued",
                                                   "dc.date",
                                                   "dcterms.date",
                                                   "dcterms.created",
                                                   "citation_publication_date",
                                                   "citation_online_date",
                                                   "citation_date",
                                                   "parsely-pub-date",
                                                   "sailthru.date",
                                                   "article.published",
                                                   "date"}));
    }
    setIfEmpty(meta.siteName,
               tags.first({"og:site_name", "application-name", "apple-mobile-web-app-title", "dc.publisher",
                           "dcterms.publisher", "citation_journal_title", "citation_publisher"}));
    const QString ogUrl = tags.first({"og:url"});
    setIfEmpty(meta.url, isWebAddress(ogUrl) ? ogUrl : QString());
    setIfEmpty(meta.language, primaryLanguage(tags.first(
                                  {"og:locale", "content-language", "dc.language", "dcterms.language", "language"})));
    setIfEmpty(meta.originalSource, tags.first({"original-source", "syndication-source"}));
    meta.declaresArticle = meta.declaresArticle || tags.first({"og:type"}).startsWith(QLatin1String("article"));
}

} // namespace

QString primaryLanguage(const QString &tag)
{
    QString primary = tag.trimmed().toLower();
    // "en-GB", "pt_BR": the primary subtag (a pattern built here was compiled anew on every call).
    const auto separator =
        std::find_if(primary.cbegin(), primary.cend(), [](QChar c) { return c == u'-' || c == u'_'; });
    primary.truncate(separator - primary.cbegin());
    if (primary.size() < 2 || primary.size() > 3) {
        return {};
    }
    for (const QChar c : std::as_const(primary)) {
        if (c < QLatin1Char('a') || c > QLatin1Char('z')) {
            return {};
        }
    }
    return primary;
}

PageMetadata readPageMetadata(const FlatTree &tree, const QStringList &takenJsonLd)
{
    PageMetadata meta;
    QStringList jsonLd;
    MetaTags tags;
    QString canonical;
    QString htmlLanguage;
    for (const FlatTree::Item &item : tree.items()) {
        const bool html = item.node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
        switch (item.tag) {
        case GUMBO_TAG_SCRIPT:
            if (Html::attribute(item.node, "type").contains(QLatin1String("ld+json"), Qt::CaseInsensitive)) {
                // The first ones were taken out of the page before parsing, in this order.
                jsonLd.append(jsonLd.size() < takenJsonLd.size() ? takenJsonLd.at(jsonLd.size()) : rawText(item.node));
            }
            break;
        case GUMBO_TAG_META:
            tags.add(item.node);
            break;
        case GUMBO_TAG_LINK:
            if (canonical.isEmpty() && Html::attribute(item.node, "rel")
                                           .toLower()
                                           .split(QLatin1Char(' '))
                                           .contains(QLatin1String("canonical"))) {
                canonical = Html::attribute(item.node, "href").trimmed();
            }
            break;
        case GUMBO_TAG_TITLE:
            if (html && meta.documentTitle.isEmpty()) {
                meta.documentTitle = Html::text(item.node);
            }
            break;
        case GUMBO_TAG_HTML:
            htmlLanguage = Html::attribute(item.node, "lang");
            if (htmlLanguage.isEmpty()) {
                htmlLanguage = Html::attribute(item.node, "xml:lang");
            }
            break;
        default:
            break;
        }
    }
    readJsonLd(jsonLd, meta);
    if (meta.language.isEmpty()) {
        meta.language = primaryLanguage(htmlLanguage);
    }
    readMetaTags(tags, meta);
    // The page's own statement of its address wins over the copies of it in other tags.
    if (!canonical.isEmpty()) {
        const QUrl base(meta.url);
        const QUrl resolved = base.isValid() ? base.resolved(QUrl(canonical)) : QUrl(canonical);
        if (isWebAddress(resolved.toString())) {
            meta.url = resolved.toString();
        }
    }
    return meta;
}

} // namespace Credence::Core
