#pragma once

#include "article.h"

#include <QStringList>

namespace Credence::Core {

/// What an extractor made of one input: the fields a person checks before the article is stored.
struct ImportedArticle
{
    ArticleMetadata metadata;
    QString standfirst;
    QString originalSource;
    QString language = QStringLiteral("en");
    QString body;
    QString format;       ///< "text", "markdown" or "html"
    QStringList captions; ///< image captions the reader showed with the article, kept out of the body
    QStringList warnings; ///< what was left out of the input to read it in bounded time, for the user to be told
};

} // namespace Credence::Core
