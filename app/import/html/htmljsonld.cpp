// JSON-LD (schema.org) metadata: the most precise source a news page has, when it has one.

#include "import/html/htmlmetadata.h"
#include "import/rules/textnormalize.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Credence::Core {

namespace {

// Objects taken from one page; a page listing more is not describing one article.
constexpr int MaxObjects = 500;

QStringList typesOf(const QJsonObject &o)
{
    const QJsonValue type = o.value(QStringLiteral("@type"));
    QStringList types;
    const QJsonArray list = type.isArray() ? type.toArray() : QJsonArray{type};
    for (const QJsonValue &t : list) {
        QString name = t.toString();
        // "http://schema.org/NewsArticle", "schema:NewsArticle"
        name = name.mid(std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char(':'))) + 1);
        if (!name.isEmpty()) {
            types.append(name.toLower());
        }
    }
    return types;
}

bool isArticleType(const QStringList &types)
{
    static const QStringList articles = {QStringLiteral("article"),
                                         QStringLiteral("newsarticle"),
                                         QStringLiteral("blogposting"),
                                         QStringLiteral("reportagenewsarticle"),
                                         QStringLiteral("liveblogposting"),
                                         QStringLiteral("analysisnewsarticle"),
                                         QStringLiteral("opinionnewsarticle"),
                                         QStringLiteral("backgroundnewsarticle"),
                                         QStringLiteral("reviewnewsarticle"),
                                         QStringLiteral("askpublicnewsarticle"),
                                         QStringLiteral("satiricalarticle"),
                                         QStringLiteral("report"),
                                         QStringLiteral("scholarlyarticle"),
                                         QStringLiteral("techarticle"),
                                         QStringLiteral("socialmediaposting"),
                                         QStringLiteral("discussionforumposting")};
    return std::any_of(types.cbegin(), types.cend(), [](const QString &t) { return articles.contains(t); });
}

/// Text of a value that may be a string, an object with a name or @value, or a list of either.
QString textOf(const QJsonValue &value)
{
    if (value.isString()) {
        return Html::fragmentText(value.toString());
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    if (value.isArray()) {
        const QJsonArray list = value.toArray();
        return list.isEmpty() ? QString() : textOf(list.first());
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const QString &key : {QStringLiteral("@value"), QStringLiteral("name"), QStringLiteral("@id")}) {
            if (o.value(key).isString()) {
                return Html::fragmentText(o.value(key).toString());
            }
        }
    }
    return {};
}

/// Page-level JSON is often sloppy: comment wrappers and raw line breaks inside strings.
QJsonDocument parseLenient(QString block)
{
    static const QRegularExpression wrapper(
        QStringLiteral("^\\s*(?://\\s*)?(?:<!--|<!\\[CDATA\\[)|(?://\\s*)?(?:-->|\\]\\]>)\\s*$"));
    block.remove(wrapper);
    for (QChar &c : block) {
        if (c.unicode() < 0x20) {
            c = QLatin1Char(' ');
        }
    }
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(block.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        // Trailing commas before a closing bracket are the commonest hand-written mistake.
        static const QRegularExpression trailingComma(QStringLiteral(",\\s*([}\\]])"));
        block.replace(trailingComma, QStringLiteral("\\1"));
        document = QJsonDocument::fromJson(block.toUtf8());
    }
    return document;
}

class JsonLdReader
{
public:
    void add(const QJsonDocument &document);
    void apply(PageMetadata &meta) const;

private:
    void collect(const QJsonValue &value);
    QJsonObject resolve(const QJsonValue &value) const;
    QStringList names(const QJsonValue &value) const;
    const QJsonObject *article() const;

    QList<QJsonObject> m_objects;
    QHash<QString, QJsonObject> m_byId;
};

void JsonLdReader::collect(const QJsonValue &value)
{
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &v : list) {
        if (!v.isObject() || m_objects.size() >= MaxObjects) {
            continue;
        }
        const QJsonObject o = v.toObject();
        m_objects.append(o);
        if (const QString id = o.value(QStringLiteral("@id")).toString(); !id.isEmpty() && o.size() > 1) {
            m_byId.insert(id, o);
        }
    }
}

void JsonLdReader::add(const QJsonDocument &document)
{
    const qsizetype first = m_objects.size();
    collect(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    // One level down: @graph members and the main entity of a WebPage. Lists of other articles (ItemList) are not
    // followed: their members are teasers.
    for (qsizetype i = first; i < m_objects.size() && i < MaxObjects; ++i) {
        const QJsonObject o = m_objects.at(i);
        collect(o.value(QStringLiteral("@graph")));
        if (o.value(QStringLiteral("mainEntity")).isObject()) {
            collect(o.value(QStringLiteral("mainEntity")));
        }
    }
}

QJsonObject JsonLdReader::resolve(const QJsonValue &value) const
{
    QJsonObject o = value.toObject();
    const QString id = o.value(QStringLiteral("@id")).toString();
    if (!id.isEmpty() && !o.contains(QStringLiteral("name")) && m_byId.contains(id)) {
        o = m_byId.value(id);
    }
    return o;
}

QStringList JsonLdReader::names(const QJsonValue &value) const
{
    QStringList result;
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &v : list) {
        QString name;
        if (v.isString()) {
            name = Html::fragmentText(v.toString());
        } else if (v.isObject()) {
            name = textOf(resolve(v).value(QStringLiteral("name")));
        }
        // An address is not a name: some sites put the author's profile URL here.
        if (!name.isEmpty() && !name.startsWith(QLatin1String("http"), Qt::CaseInsensitive) &&
            !result.contains(name, Qt::CaseInsensitive)) {
            result.append(name);
        }
    }
    return result;
}

const QJsonObject *JsonLdReader::article() const
{
    const QJsonObject *found = nullptr;
    for (const QJsonObject &o : m_objects) {
        if (isArticleType(typesOf(o))) {
            if (o.contains(QStringLiteral("headline"))) {
                return &o;
            }
            found = found ? found : &o;
        }
    }
    return found;
}

void JsonLdReader::apply(PageMetadata &meta) const
{
    const auto setIfEmpty = [](QString &field, const QString &value) {
        if (field.isEmpty()) {
            field = value.trimmed();
        }
    };
    QString websiteName;
    for (const QJsonObject &o : m_objects) {
        if (typesOf(o).contains(QStringLiteral("website"))) {
            websiteName = textOf(o.value(QStringLiteral("name")));
            break;
        }
    }
    const QJsonObject *a = article();
    if (!a) {
        setIfEmpty(meta.siteName, websiteName);
        return;
    }
    meta.declaresArticle = true;
    meta.liveBlog = meta.liveBlog || typesOf(*a).contains(QStringLiteral("liveblogposting"));
    const auto field = [a](const char *key) { return a->value(QLatin1String(key)); };
    setIfEmpty(meta.headline, textOf(field("headline")));
    if (meta.headline.isEmpty()) {
        setIfEmpty(meta.headline, textOf(field("name")));
    }
    // Line breaks separate its paragraphs: read it as text, not through the whitespace-folding fragment parser.
    if (const QJsonValue body = field("articleBody"); body.isString() && meta.articleBody.isEmpty()) {
        meta.articleBody = body.toString();
    }
    if (const QString description = textOf(field("description")); !description.isEmpty()) {
        meta.descriptions.append(description);
    }
    if (meta.authors.isEmpty()) {
        meta.authors = names(field("author"));
        if (meta.authors.isEmpty()) {
            meta.authors = names(field("creator"));
        }
    }
    if (!meta.published.isValid()) {
        for (const char *key : {"datePublished", "dateCreated"}) {
            if (const QDate date = parseNewsDate(textOf(field(key))); date.isValid()) {
                meta.published = date;
                break;
            }
        }
    }
    const QStringList publishers = names(field("publisher"));
    setIfEmpty(meta.siteName, publishers.value(0));
    setIfEmpty(meta.siteName, websiteName);
    const QJsonValue language = field("inLanguage");
    setIfEmpty(meta.language,
               primaryLanguage(language.isObject() ? textOf(language.toObject().value(QStringLiteral("alternateName")))
                                                   : textOf(language)));
    const QJsonValue page = field("mainEntityOfPage");
    setIfEmpty(meta.url, textOf(field("url")));
    setIfEmpty(meta.url, page.isObject() ? page.toObject().value(QStringLiteral("@id")).toString() : textOf(page));
    // What the article is a copy or rewrite of: isBasedOn, or a source organisation that is not the publisher.
    for (const char *key : {"isBasedOn", "isBasedOnUrl"}) {
        QJsonValue based = field(key);
        if (based.isArray()) {
            based = based.toArray().isEmpty() ? QJsonValue() : based.toArray().first();
        }
        QString source = textOf(based);
        if (based.isObject()) {
            const QJsonObject o = resolve(based);
            source = textOf(o.value(QStringLiteral("name")));
            if (source.isEmpty()) {
                source = textOf(o.value(QStringLiteral("url")));
            }
        }
        setIfEmpty(meta.originalSource, source);
    }
    const QString organisation = names(field("sourceOrganization")).value(0);
    if (!organisation.isEmpty() && organisation.compare(meta.siteName, Qt::CaseInsensitive) != 0) {
        setIfEmpty(meta.originalSource, organisation);
    }
}

} // namespace

void readJsonLd(const QStringList &blocks, PageMetadata &meta)
{
    JsonLdReader reader;
    for (const QString &block : blocks) {
        const QJsonDocument document = parseLenient(block);
        if (!document.isNull()) {
            reader.add(document);
        }
    }
    reader.apply(meta);
}

} // namespace Credence::Core
