#pragma once

#include "domain/searchhit.h"

#include <QStringList>

namespace Credence::Core {

/// One thing the user looks for: a word, or a phrase of several words in a row. Words are folded (see foldWord()).
struct SearchTerm
{
    QStringList words;
    bool prefix = false; ///< the last word may be the start of a longer word (the user is still typing it)

    bool operator==(const SearchTerm &) const = default;
};

/// What the user typed into a search field, as terms every result must contain.
///
/// The text is never handed to a query language: it is split into words (runs of letters and digits, as the index's
/// tokenizer splits text), so quotes, stars, operators and brackets the user types are only separators. Text in
/// double quotes is a phrase; an unclosed quote runs to the end. The last word is a prefix unless the text ends with
/// a space or a closing quote. The storage turns the terms into its own query (storage/searchindex.cpp for FTS5).
struct SearchQuery
{
    QList<SearchTerm> terms;

    static SearchQuery parse(const QString &text);
    bool isEmpty() const { return terms.isEmpty(); }
};

/// @p word as the index compares words: case folded, accents removed (é -> e), compatibility forms unified.
QString foldWord(QStringView word);

/// Where the words of @p text are: runs of letters, digits and combining marks.
QList<TextRange> wordsOf(QStringView text);

/// Every place in @p text where a term of @p query matches whole words (a phrase: its words in a row), in order.
QList<TextRange> findMatches(QStringView text, const SearchQuery &query);

/// A plain-text excerpt of @p text around @p matches (from findMatches()), at most about @p width characters on one
/// line, cut at spaces with "…" where text was left out, and the matches' ranges within it.
struct Snippet
{
    QString text;
    QList<TextRange> ranges;
};
Snippet makeSnippet(QStringView text, const QList<TextRange> &matches, int width = 160);

/// The result shown for @p item: its snippet around the first match of @p query and where that match is.
SearchHit searchHit(const IndexedText &item, const SearchQuery &query);

} // namespace Credence::Core
