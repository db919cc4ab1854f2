#pragma once

#include "id.h"

#include <QList>
#include <QString>

namespace Credence::Core {

/// What a search result is: an article (its title or body), a claim's text, a claim's note, or its evidence. Stored in
/// the index's row ids (see storage/searchindex.cpp): never renumber.
enum class SearchHitKind : int
{
    Article = 0,
    Claim = 1,
    Note = 2,
    Evidence = 3, ///< an evidence item of a claim: its title, address, file name and note
};

/// A run of characters, [start, start + length), in UTF-16 code units.
struct TextRange
{
    int start = 0;
    int length = 0;

    int end() const { return start + length; }
    bool operator==(const TextRange &) const = default;
};

/// One result of Project::search(): plain text and ranges, never markup, because the text is a web page's.
struct SearchHit
{
    SearchHitKind kind = SearchHitKind::Article;
    Id articleId = 0;
    Id claimId = 0; ///< 0 for an article
    QString articleTitle;
    /// A short stretch of the matched text around its first match, on one line ("…" where it was cut).
    QString snippet;
    /// Where the query's words are in snippet.
    QList<TextRange> ranges;
    /// Where the first match is in the article body (the claim's or note's claim start for those), or -1 when only
    /// the title matched: where the window puts the cursor.
    int bodyOffset = -1;
    double score = 0; ///< bm25: lower is better
};

/// One row the index found, with the text it was found in, for Project::search() to cut a snippet from.
struct IndexedText
{
    SearchHitKind kind = SearchHitKind::Article;
    Id articleId = 0;
    Id claimId = 0;
    QString articleTitle;
    QString text;        ///< the article body, the claim's text or its note
    int claimStart = -1; ///< where the claim starts in the body (claims and notes)
    double score = 0;
};

} // namespace Credence::Core
