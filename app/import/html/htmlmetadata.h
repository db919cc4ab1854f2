#pragma once

#include "import/html/htmldom.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Credence::Core {

/// What a page says about itself in machine-readable form: JSON-LD first, then OpenGraph, then other <meta> tags,
/// <link rel=canonical> and <html lang>. Each field holds the first source that gave a value.
struct PageMetadata
{
    QString headline;         ///< JSON-LD headline
    QString ogTitle;          ///< og:title
    QString metaTitle;        ///< twitter:title, dc.title, citation_title, parsely-title, sailthru.title
    QString documentTitle;    ///< <title>
    QStringList descriptions; ///< JSON-LD description, og:description, description..., in that order
    QStringList authors;
    QDate published;
    QString siteName;
    QString url;
    QString language; ///< ISO 639-1
    QString originalSource;
    QString articleBody;          ///< JSON-LD articleBody: the text of pages whose HTML is only a script shell
    bool declaresArticle = false; ///< JSON-LD article type or og:type "article"
    bool liveBlog = false;        ///< JSON-LD LiveBlogPosting
};

/// Reads the metadata of a parsed page; @p takenJsonLd are the JSON-LD texts taken out before parsing
/// (HtmlDocument::takenJsonLd()).
PageMetadata readPageMetadata(const FlatTree &tree, const QStringList &takenJsonLd = {});

/// Fills the empty fields of @p meta from the JSON-LD blocks of a page (each the text of one
/// <script type="application/ld+json">): the article object, its @graph siblings and their @id references.
void readJsonLd(const QStringList &blocks, PageMetadata &meta);

/// "en-GB", "pt_BR", "EN" -> "en", "pt", "en"; empty for anything that is not a language tag.
QString primaryLanguage(const QString &tag);

} // namespace Credence::Core
