#pragma once

#include "signals/storedsignals.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace Credence::Core {

class Database;

/// Each article's text-quality signals (signals/textsignals.h), kept so that the summary adds them up with a few
/// aggregate queries instead of reading and measuring every article. Derived data, as the origin index is: never
/// migrated, made at open when missing or of another Version, and every article without a row (imported by an older
/// Credence, changed since) is measured then. New articles are measured as they are stored, in the same transaction
/// (ArticleRepository::insert()); an article whose body, claims or details change is measured again by the write
/// that changed it (measureIfMissing()).
///
/// Tables article_signals and signal_meta; SQL triggers drop an article's row when it is deleted, when its body,
/// title, language or date changes or it gains or loses its byline, and when one of its claims is added, removed or
/// reworded, so a row is never stale: at worst it is missing until the next write or open measures it.
class SignalIndex
{
public:
    /// Raise on any change to the table or to what the signals measure: projects then measure every article again.
    static constexpr int Version = 1;
    /// An article's captions are not stored, only its flagged ones: measuring it again (at open, after a change)
    /// extracts them again from its raw input. A raw input larger than this is not extracted again, its captions are
    /// taken as none: an HTML page of many megabytes takes seconds to read, and an open must not take minutes for a
    /// project of such pages. Imports measure every article with the captions they extracted anyway.
    static constexpr qsizetype MaxReextractBytes = 4 * 1024 * 1024;

    /// Who the tallies of tallies() are by.
    enum class Group
    {
        Source,
        Author,
    };

    explicit SignalIndex(Database &db)
        : m_db(db)
    {}

    /// Makes the tables when they are missing or of another Version, then measures every article without a row.
    /// false when that failed (read-only projects are left as they are and measure nothing).
    bool ensure();
    /// Measures @p article (stored as @p articleId) and stores its signals, replacing a row it had. Does nothing when
    /// the project has no signal table (ensure() measures the article at the next open). Call inside the transaction
    /// that stores the article.
    bool add(Id articleId, const ArticleText &article);
    /// Measures article @p articleId from what is stored of it when it has no row (a trigger dropped it): call inside
    /// the transaction that changed the article, after the change.
    bool measureIfMissing(Id articleId);
    /// Removes the tables and triggers: the project is then as an older Credence left it (ensure() makes them anew).
    bool remove();
    /// The stored signals of @p articleId; nullopt when it has none (no such article, a read-only project from an
    /// older Credence) or the read failed (see the database's errorCount()).
    std::optional<StoredSignals> get(Id articleId);
    /// The signals of each source's or author's articles with a row, by its id; key 0: the articles without a source
    /// (or without an author). Empty when the project has no signal table.
    QHash<Id, SignalTally> tallies(Group group);

private:
    bool hasTable();
    bool isCurrent();
    bool create();
    bool catchUp();
    /// Measures article @p articleId as stored, its captions extracted again from its raw input.
    bool measure(Id articleId);
    /// Whether @p articleId is republished without credit (see StoredSignals); nullopt when the read failed.
    std::optional<bool> republishedWithoutCredit(Id articleId);

    Database &m_db;
};

} // namespace Credence::Core
