#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Credence::Core {

/// The word lists of the News Article syntax definition (resources/syntax/news-article.xml): the words the article
/// highlighter marks are the words the check-worthiness hints look for, from one file. All entries are lower case.
struct NewsVocabulary
{
    QSet<QString> attributionWords; ///< list "attribution": "said", "told"
    QSet<QString> hedgeWords;       ///< list "hedges": "reportedly", "may"
    QSet<QString> superlativeWords; ///< list "superlatives": "largest", "record"
    QStringList attributionPhrases; ///< WordDetect rules of attribute "Attribution": "according to"
    QStringList hedgePhrases;       ///< WordDetect rules of attribute "Hedge": "sources say"

    /// Reads the lists of a syntax definition; unknown lists and rules are ignored.
    static NewsVocabulary fromXml(const QByteArray &xml);
    /// The lists of the definition compiled into the application, read once.
    static const NewsVocabulary &instance();
};

} // namespace Credence::Core
