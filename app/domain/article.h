#pragma once

#include "claim.h"
#include "id.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Credence::Core {

/// The editable descriptive fields of an article, kept apart so that editing them is one value.
struct ArticleMetadata
{
    QString title;
    QString publication;
    QString author;
    QDate published;
    QString url;
    QString standfirst = {};
    QString originalSource = {}; ///< the outlet a syndicated article was first published by
    QString language = {};       ///< ISO 639-1

    bool operator==(const ArticleMetadata &) const = default;
};

/// What the user corrected by hand, so that re-extracting the raw input keeps it.
struct Corrections
{
    QStringList fields; ///< metadata fields set by the user: "title", "author", ...
    QString bodyStart;  ///< the body begins with this text (empty: as extracted)
    QString bodyEnd;    ///< the body ends with this text

    bool isEmpty() const { return fields.isEmpty() && bodyStart.isEmpty() && bodyEnd.isEmpty(); }
    bool operator==(const Corrections &) const = default;
    QString toJson() const;
    static Corrections fromJson(const QString &json);
};

/// An imported article: its metadata, the extracted body the claims point into, and the raw input kept for
/// re-extraction.
struct Article
{
    Id id = 0;
    Id sourceId = 0;       ///< 0: unassigned (the page names no publication, address or domain)
    Id originSourceId = 0; ///< the source it was first published by (syndication), or 0
    QString originSource;  ///< that source's name
    ArticleMetadata metadata;
    QString body;
    QByteArray raw;
    QString rawFormat;
    QString fileName;
    QString contentHash;
    QDateTime imported;
    Corrections corrections;
};

/// The names used for ArticleMetadata fields in Corrections::fields.
QStringList metadataFieldNames();
/// The names of the fields that differ between @p a and @p b.
QStringList changedMetadataFields(const ArticleMetadata &a, const ArticleMetadata &b);
/// @p base with the fields named in @p fields taken from @p from.
ArticleMetadata mergeMetadata(ArticleMetadata base, const ArticleMetadata &from, const QStringList &fields);

} // namespace Credence::Core
