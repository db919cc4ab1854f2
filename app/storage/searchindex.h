#pragma once

#include "domain/searchhit.h"
#include "search/searchquery.h"

#include <QString>

#include <optional>

namespace Credence::Core {

class Database;

/// The project's full-text index: derived data, never migrated, rebuilt whenever it is missing or out of date.
///
/// SQLite: one contentless FTS5 table, search_index(title, text), whose row id says what a row is: the id of the
/// article or claim times 8 plus its SearchHitKind (so 8 kinds fit; Evidence or notes of their own get the next
/// numbers). The text itself stays in its own table and is read back for the results, so the index stores only
/// the words. SQL triggers on articles and claims keep it current on every write of any connection (the import
/// thread's too, and savepoints roll the index back with the rows). search_meta holds the index's version; the
/// tables and triggers are all named search_*. Adding a kind of item means adding one Source in searchindex.cpp
/// (its triggers, its rows for a rebuild, how a hit is read back) and raising Version.
///
/// A read-only project without a current index gets one in the connection's temporary schema, built at open and
/// gone at close. Another backend (PostgreSQL: a tsvector column and GIN index) implements the same calls.
class SearchIndex
{
public:
    /// Raise on any change to the table, the tokenizer or a source: projects then rebuild at open.
    static constexpr int Version = 2;

    explicit SearchIndex(Database &db)
        : m_db(db)
    {}

    /// Makes sure the index is there and current, building it when it is not. false when it could not be built.
    bool ensure();
    /// Is the index of the project file there, of this Version, with all its triggers?
    bool isCurrent();
    /// Builds the index anew from every source, in one transaction.
    bool rebuild();
    /// Removes the index, its triggers and its version: the project is then as an older Credence left it.
    bool remove();
    /// Indexing in bulk, for a transaction that only inserts rows (an import's batch of articles): FTS5 takes a
    /// batch's rows in one statement per kind for about half what it takes them one by one through the triggers.
    struct BulkInsert
    {
        QList<Id> lastIds; // of each kind's table when the bulk began: rows above are the new ones
    };
    /// Inside an open transaction, drops the triggers that index new rows (updates and deletes keep theirs) and notes
    /// the ids rows have so far. std::nullopt when there is no index to keep current or that failed (the triggers
    /// then go on indexing row by row). Only inserts may follow until endBulkInsert().
    std::optional<BulkInsert> beginBulkInsert();
    /// Indexes every row inserted since @p bulk began, one statement per kind, and makes the triggers again, in the
    /// same transaction: no other connection ever sees a trigger missing or a row unindexed, and rolling the
    /// transaction back takes all of it back. false when that failed: the transaction must then be rolled back.
    bool endBulkInsert(const BulkInsert &bulk);

    /// The rows that hold every term of @p query, best (lowest bm25) first, at most @p limit. A query that matches
    /// more than 2,000 rows gives its newest rows instead, unranked (score 0): see RankedAtMost in searchindex.cpp.
    /// @p only keeps the rows of one kind.
    QList<IndexedText> search(const SearchQuery &query, int limit, std::optional<SearchHitKind> only = {});

    /// Claims that share words with @p words (lower case, as lookupWords() gives them), best bm25 first, at most
    /// @p limit: the candidates for "the same claim elsewhere", for the caller to rank by closer comparison. A long
    /// word is looked up by its stem (its first letters), so "criticised" finds "criticized". Words found in more
    /// than CommonRows rows say little about which claim is meant and would make bm25 count long lists, so they are
    /// left out while rarer words remain. Claim ids with their bm25 (lower is better).
    QList<std::pair<Id, double>> claimCandidates(const QStringList &words, int limit);
    static constexpr int CommonRows = 1000;

    /// @p query in FTS5's query language: every word a quoted string, so nothing the user typed is an operator.
    /// @p lastWordIs, when not empty, lists the whole words the last term's prefix stands for (see expandPrefix()):
    /// the last term becomes those words OR'ed, each a word of its own instead of a prefix.
    static QString ftsQuery(const SearchQuery &query, const QStringList &lastWordIs = {});

    /// The words of the index that begin with @p prefix, in order; empty when there are more than @p most of them
    /// (or none).
    QStringList expandPrefix(const QString &prefix, int most);

private:
    bool create(const QString &schema, bool withTriggers);
    bool fill(const QString &schema);
    bool dropTrigger(const QString &trigger);

    Database &m_db;
};

} // namespace Credence::Core
