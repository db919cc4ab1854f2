#include "claims/newsvocabulary.h"

#include <QFile>
#include <QXmlStreamReader>

namespace Credence::Core {

NewsVocabulary NewsVocabulary::fromXml(const QByteArray &xml)
{
    NewsVocabulary vocabulary;
    QXmlStreamReader reader(xml);
    QSet<QString> *list = nullptr;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("list")) {
            list = nullptr;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.name() == QLatin1String("list")) {
            const QStringView name = attributes.value(QLatin1String("name"));
            list = name == QLatin1String("attribution")    ? &vocabulary.attributionWords
                   : name == QLatin1String("hedges")       ? &vocabulary.hedgeWords
                   : name == QLatin1String("superlatives") ? &vocabulary.superlativeWords
                                                           : nullptr;
        } else if (reader.name() == QLatin1String("item") && list) {
            list->insert(reader.readElementText().trimmed().toLower());
        } else if (reader.name() == QLatin1String("WordDetect")) {
            const QStringView attribute = attributes.value(QLatin1String("attribute"));
            const QString phrase = attributes.value(QLatin1String("String")).toString().toLower();
            if (attribute == QLatin1String("Attribution")) {
                vocabulary.attributionPhrases.append(phrase);
            } else if (attribute == QLatin1String("Hedge")) {
                vocabulary.hedgePhrases.append(phrase);
            }
        }
    }
    return vocabulary;
}

const NewsVocabulary &NewsVocabulary::instance()
{
    static const NewsVocabulary vocabulary = [] {
        QFile file(QStringLiteral(":/syntax/news-article.xml"));
        return file.open(QIODevice::ReadOnly) ? fromXml(file.readAll()) : NewsVocabulary();
    }();
    return vocabulary;
}

} // namespace Credence::Core
