#pragma once

#include "verdict.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Credence::Core {

using Id = qint64;

/// A publication (newspaper, site, wire service) that articles come from.
struct Source
{
    Id id = 0;
    QString name;
};

/// A person credited on an article.
struct Author
{
    Id id = 0;
    QString name;
};

/// One sentence of an article's body that the user judges. Offsets are UTF-16 indexes into Article::body.
struct Claim
{
    Id id = 0;
    Id articleId = 0;
    int start = 0;
    int end = 0;
    QString text;
    Verdict verdict = Verdict::Unverified;
    QString note;
    QDateTime updated;

    int length() const { return end - start; }
    bool contains(int position) const { return position >= start && position < end; }
};

/// The editable descriptive fields of an article, kept apart so that editing them is one value.
struct ArticleMetadata
{
    QString title;
    QString publication;
    QString author;
    QDate published;
    QString url;

    bool operator==(const ArticleMetadata &) const = default;
};

/// An imported article: its metadata, the extracted body the claims point into, and the raw input kept for
/// re-extraction.
struct Article
{
    Id id = 0;
    Id sourceId = 0;
    ArticleMetadata metadata;
    QString body;
    QByteArray raw;
    QString rawFormat;
    QString fileName;
    QString contentHash;
    QDateTime imported;
};

} // namespace Credence::Core
