#include "article.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Credence::Core {

namespace {

// One entry per editable field: its stored name and how to reach it.
struct FieldAccess
{
    const char *name;
    QString ArticleMetadata::*text;
};

constexpr FieldAccess TextFields[] = {
    {"title", &ArticleMetadata::title},           {"publication", &ArticleMetadata::publication},
    {"author", &ArticleMetadata::author},         {"url", &ArticleMetadata::url},
    {"standfirst", &ArticleMetadata::standfirst}, {"originalSource", &ArticleMetadata::originalSource},
    {"language", &ArticleMetadata::language},
};

const QString PublishedField = QStringLiteral("published");

} // namespace

QStringList metadataFieldNames()
{
    QStringList names;
    for (const FieldAccess &f : TextFields) {
        names.append(QString::fromLatin1(f.name));
    }
    names.append(PublishedField);
    return names;
}

QStringList changedMetadataFields(const ArticleMetadata &a, const ArticleMetadata &b)
{
    QStringList changed;
    for (const FieldAccess &f : TextFields) {
        if (a.*f.text != b.*f.text) {
            changed.append(QString::fromLatin1(f.name));
        }
    }
    if (a.published != b.published) {
        changed.append(PublishedField);
    }
    return changed;
}

ArticleMetadata mergeMetadata(ArticleMetadata base, const ArticleMetadata &from, const QStringList &fields)
{
    for (const FieldAccess &f : TextFields) {
        if (fields.contains(QString::fromLatin1(f.name))) {
            base.*f.text = from.*f.text;
        }
    }
    if (fields.contains(PublishedField)) {
        base.published = from.published;
    }
    return base;
}

QString Corrections::toJson() const
{
    if (isEmpty()) {
        return QStringLiteral("{}");
    }
    QJsonObject o;
    o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    if (!bodyStart.isEmpty()) {
        o.insert(QStringLiteral("bodyStart"), bodyStart);
    }
    if (!bodyEnd.isEmpty()) {
        o.insert(QStringLiteral("bodyEnd"), bodyEnd);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Corrections Corrections::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    Corrections c;
    for (const QJsonValue &v : o.value(QStringLiteral("fields")).toArray()) {
        c.fields.append(v.toString());
    }
    c.bodyStart = o.value(QStringLiteral("bodyStart")).toString();
    c.bodyEnd = o.value(QStringLiteral("bodyEnd")).toString();
    return c;
}

} // namespace Credence::Core
