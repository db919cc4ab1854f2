#include "searchindex.h"

#include "database.h"

#include <QSet>
#include <QSqlQuery>

#include <array>

namespace Credence::Core {

namespace {

/// Row ids are item id * KindSlots + kind.
constexpr int KindSlots = 8;
/// Up to this many matches are ranked by bm25; a query that matches more shows its newest matches. bm25 needs, for
/// each term, how many rows hold it, which FTS5 counts by reading the term's whole list of rows: for a word in a
/// third of a million claims that alone takes 30 ms and a phrase over 100 ms (tests/bench/search_bench.cpp). Such a
/// word says little about which of its rows matter (its bm25 weight is near nothing), so its newest rows are shown.
constexpr int RankedAtMost = 2000;
/// A prefix longer than the index's prefix indexes (prefix='2 3' below) is looked up as the words it begins, OR'ed,
/// when there are at most this many of them. FTS5 answers a prefix query of its own by reading and merging the whole
/// list of rows of every word the prefix begins before it gives the first row: 30 ms for "reser" in a million
/// claims, where "reservoir" OR'ed with the other words is read lazily, newest first, in 1 ms.
constexpr int LongestIndexedPrefix = 3;
constexpr int MostPrefixWords = 32;

/// One kind of item the index holds: how its rows are kept current, written for a rebuild, and read back.
struct Source
{
    SearchHitKind kind;
    /// CREATE TRIGGER statements ("%1" is the index's row id base for this kind, "%2" the kind).
    QStringList triggers;
    /// INSERT ... SELECT that writes every row of this kind with an id above the bound value into "%1" (the
    /// schema-qualified index).
    QString rows;
    /// The table whose ids rows' bound value is compared with.
    QString table;
    /// The item of a hit, by its id: article id, article title, text, claim start, claim id (0 for an article).
    QString read;
};

const std::array<Source, 4> &sources()
{
    static const std::array<Source, 4> all = {{
        {SearchHitKind::Article,
         {QStringLiteral("CREATE TRIGGER search_articles_insert AFTER INSERT ON articles BEGIN"
                         " INSERT INTO search_index(rowid, title, text) VALUES (new.id * 8, new.title, new.body); END"),
          QStringLiteral("CREATE TRIGGER search_articles_update AFTER UPDATE OF title, body ON articles"
                         " WHEN old.title IS NOT new.title OR old.body IS NOT new.body BEGIN"
                         " DELETE FROM search_index WHERE rowid = old.id * 8;"
                         " INSERT INTO search_index(rowid, title, text) VALUES (new.id * 8, new.title, new.body); END"),
          QStringLiteral("CREATE TRIGGER search_articles_delete AFTER DELETE ON articles BEGIN"
                         " DELETE FROM search_index WHERE rowid = old.id * 8; END")},
         QStringLiteral("INSERT INTO %1(rowid, title, text) SELECT id * 8, title, body FROM articles WHERE id > ?"
                        " ORDER BY id"),
         QStringLiteral("articles"),
         QStringLiteral("SELECT id, title, body, -1, 0 FROM articles WHERE id = ?")},
        {SearchHitKind::Claim,
         {QStringLiteral("CREATE TRIGGER search_claims_insert AFTER INSERT ON claims BEGIN"
                         " INSERT INTO search_index(rowid, title, text) VALUES (new.id * 8 + 1, '', new.text); END"),
          QStringLiteral("CREATE TRIGGER search_claims_update AFTER UPDATE OF text ON claims"
                         " WHEN old.text IS NOT new.text BEGIN"
                         " DELETE FROM search_index WHERE rowid = old.id * 8 + 1;"
                         " INSERT INTO search_index(rowid, title, text) VALUES (new.id * 8 + 1, '', new.text); END"),
          QStringLiteral("CREATE TRIGGER search_claims_delete AFTER DELETE ON claims BEGIN"
                         " DELETE FROM search_index WHERE rowid = old.id * 8 + 1; END")},
         QStringLiteral("INSERT INTO %1(rowid, title, text) SELECT id * 8 + 1, '', text FROM claims WHERE id > ?"
                        " ORDER BY id"),
         QStringLiteral("claims"),
         QStringLiteral("SELECT c.article_id, a.title, c.text, c.start_offset, c.id FROM claims c"
                        " JOIN articles a ON a.id = c.article_id WHERE c.id = ?")},
        {SearchHitKind::Note,
         {QStringLiteral("CREATE TRIGGER search_notes_insert AFTER INSERT ON claims WHEN new.note <> '' BEGIN"
                         " INSERT INTO search_index(rowid, title, text) VALUES (new.id * 8 + 2, '', new.note); END"),
          QStringLiteral("CREATE TRIGGER search_notes_update AFTER UPDATE OF note ON claims"
                         " WHEN old.note IS NOT new.note BEGIN"
                         " DELETE FROM search_index WHERE rowid = old.id * 8 + 2;"
                         " INSERT INTO search_index(rowid, title, text) SELECT new.id * 8 + 2, '', new.note"
                         " WHERE new.note <> ''; END"),
          QStringLiteral("CREATE TRIGGER search_notes_delete AFTER DELETE ON claims WHEN old.note <> '' BEGIN"
                         " DELETE FROM search_index WHERE rowid = old.id * 8 + 2; END")},
         QStringLiteral("INSERT INTO %1(rowid, title, text) SELECT id * 8 + 2, '', note FROM claims WHERE id > ?"
                        " AND note <> '' ORDER BY id"),
         QStringLiteral("claims"),
         QStringLiteral("SELECT c.article_id, a.title, c.note, c.start_offset, c.id FROM claims c"
                        " JOIN articles a ON a.id = c.article_id WHERE c.id = ?")},
        // Evidence: what a person would search it by, in one text; the hit leads to the claim it supports.
        {SearchHitKind::Evidence,
         {QStringLiteral("CREATE TRIGGER search_evidence_insert AFTER INSERT ON evidence BEGIN"
                         " INSERT INTO search_index(rowid, title, text) VALUES (new.id * 8 + 3, '',"
                         " trim(new.title || ' ' || new.url || ' ' || new.file_name || ' ' || new.note)); END"),
          QStringLiteral("CREATE TRIGGER search_evidence_update AFTER UPDATE OF title, url, file_name, note ON evidence"
                         " BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 3;"
                         " INSERT INTO search_index(rowid, title, text) VALUES (new.id * 8 + 3, '',"
                         " trim(new.title || ' ' || new.url || ' ' || new.file_name || ' ' || new.note)); END"),
          QStringLiteral("CREATE TRIGGER search_evidence_delete AFTER DELETE ON evidence BEGIN"
                         " DELETE FROM search_index WHERE rowid = old.id * 8 + 3; END")},
         QStringLiteral("INSERT INTO %1(rowid, title, text) SELECT id * 8 + 3, '',"
                        " trim(title || ' ' || url || ' ' || file_name || ' ' || note) FROM evidence WHERE id > ?"
                        " ORDER BY id"),
         QStringLiteral("evidence"),
         QStringLiteral("SELECT c.article_id, a.title, trim(e.title || ' ' || e.url || ' ' || e.file_name || ' ' ||"
                        " e.note), c.start_offset, c.id FROM evidence e JOIN claims c ON c.id = e.claim_id"
                        " JOIN articles a ON a.id = c.article_id WHERE e.id = ?")},
    }};
    return all;
}

int triggerCount()
{
    int count = 0;
    for (const Source &source : sources()) {
        count += int(source.triggers.size());
    }
    return count;
}

const Source *sourceOf(int kind)
{
    for (const Source &source : sources()) {
        if (static_cast<int>(source.kind) == kind) {
            return &source;
        }
    }
    return nullptr;
}

} // namespace

bool SearchIndex::isCurrent()
{
    const int errors = m_db.errorCount();
    const int tables = m_db.scalar(QStringLiteral("SELECT count(*) FROM main.sqlite_master WHERE type = 'table'"
                                                  " AND name IN ('search_index', 'search_meta')"))
                           .toInt();
    if (tables != 2 || m_db.errorCount() != errors) {
        return false;
    }
    const int triggers = m_db.scalar(QStringLiteral("SELECT count(*) FROM main.sqlite_master WHERE type = 'trigger'"
                                                    " AND name LIKE 'search\\_%' ESCAPE '\\'"))
                             .toInt();
    const QVariant version = m_db.scalar(QStringLiteral("SELECT value FROM main.search_meta WHERE key = 'version'"));
    return m_db.errorCount() == errors && triggers == triggerCount() && version.toInt() == Version;
}

bool SearchIndex::ensure()
{
    if (isCurrent()) {
        return true;
    }
    if (!m_db.isReadOnly()) {
        return rebuild();
    }
    // Nothing can be written, so nothing needs keeping current: an index of this connection's own, in its temporary
    // schema (which a read-only connection can write), gone when it closes.
    return create(QStringLiteral("temp"), false) && fill(QStringLiteral("temp"));
}

bool SearchIndex::create(const QString &schema, bool withTriggers)
{
    // Contentless: the words only, no second copy of every body. contentless_delete lets the triggers delete rows.
    // Prefix indexes of 2 and 3 characters keep search-as-you-type quick on a short last word.
    if (!m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE %1.search_index USING fts5(title, text, content='',"
                                  " contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
                       .arg(schema))
             .isActive() ||
        // A title match counts three times a body match.
        !m_db.exec(QStringLiteral("INSERT INTO %1.search_index(search_index, rank) VALUES ('rank', 'bm25(3.0, 1.0)')")
                       .arg(schema))
             .isActive()) {
        return false;
    }
    if (!withTriggers) {
        return true;
    }
    for (const Source &source : sources()) {
        for (const QString &trigger : source.triggers) {
            if (!m_db.exec(trigger).isActive()) {
                return false;
            }
        }
    }
    return m_db.exec(QStringLiteral("CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
               .isActive() &&
           m_db.exec(QStringLiteral("INSERT INTO search_meta(key, value) VALUES ('version', ?)"), {Version}).isActive();
}

bool SearchIndex::fill(const QString &schema)
{
    const QString table = schema + QStringLiteral(".search_index");
    for (const Source &source : sources()) {
        if (!m_db.exec(source.rows.arg(table), {0}).isActive()) {
            return false;
        }
    }
    // One b-tree of segments instead of one per batch the inserts flushed: fewer segments to read per query.
    return m_db.exec(QStringLiteral("INSERT INTO %1(search_index) VALUES ('optimize')").arg(table)).isActive();
}

bool SearchIndex::dropTrigger(const QString &trigger)
{
    // The trigger's name is the third word of its statement.
    return m_db.exec(QStringLiteral("DROP TRIGGER IF EXISTS main.%1").arg(trigger.section(QLatin1Char(' '), 2, 2)))
        .isActive();
}

std::optional<SearchIndex::BulkInsert> SearchIndex::beginBulkInsert()
{
    if (m_db.isReadOnly() || !isCurrent()) {
        return std::nullopt; // no index of the project's own to keep current
    }
    // A savepoint: should a step fail, the triggers already dropped come back with it.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return std::nullopt;
    }
    BulkInsert bulk;
    for (const Source &source : sources()) {
        const QVariant last = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(source.table));
        // The first trigger of each kind is its INSERT trigger.
        if (!last.isValid() || !dropTrigger(source.triggers.constFirst())) {
            return std::nullopt;
        }
        bulk.lastIds.append(last.toLongLong());
    }
    return tx.commit() ? std::optional<BulkInsert>(bulk) : std::nullopt;
}

bool SearchIndex::endBulkInsert(const BulkInsert &bulk)
{
    for (qsizetype i = 0; i < qsizetype(sources().size()); ++i) {
        const Source &source = sources().at(i);
        if (!m_db.exec(source.rows.arg(QStringLiteral("main.search_index")), {bulk.lastIds.value(i)}).isActive() ||
            !m_db.exec(source.triggers.constFirst()).isActive()) {
            return false;
        }
    }
    return true;
}

bool SearchIndex::remove()
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return false;
    }
    for (const Source &source : sources()) {
        for (const QString &trigger : source.triggers) {
            if (!dropTrigger(trigger)) {
                return false;
            }
        }
    }
    return m_db.exec(QStringLiteral("DROP TABLE IF EXISTS main.search_index")).isActive() &&
           m_db.exec(QStringLiteral("DROP TABLE IF EXISTS main.search_meta")).isActive() && tx.commit();
}

bool SearchIndex::rebuild()
{
    Transaction tx(m_db);
    return tx.isActive() && remove() && create(QStringLiteral("main"), true) && fill(QStringLiteral("main")) &&
           tx.commit();
}

QString SearchIndex::ftsQuery(const SearchQuery &query, const QStringList &lastWordIs)
{
    // Words hold letters, digits and marks only (SearchQuery::parse()), so no '"' can end a string early; doubling
    // it anyway keeps that true should parse() ever change.
    const auto quote = [](const QStringList &words) -> QString {
        return QLatin1Char('"') + words.join(QLatin1Char(' ')).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    };
    QStringList parts;
    for (qsizetype i = 0; i < query.terms.size(); ++i) {
        const SearchTerm &term = query.terms.at(i);
        if (term.prefix && i == query.terms.size() - 1 && !lastWordIs.isEmpty()) {
            QStringList alternatives;
            for (const QString &word : lastWordIs) {
                QStringList words = term.words;
                words.last() = word;
                alternatives.append(quote(words));
            }
            // FTS5 joins a group to what comes before it only with an explicit AND.
            parts.append((parts.isEmpty() ? QStringLiteral("(") : QStringLiteral("AND (")) +
                         alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
            continue;
        }
        parts.append(quote(term.words) + (term.prefix ? QStringLiteral("*") : QString()));
    }
    return parts.join(QLatin1Char(' '));
}

QStringList SearchIndex::expandPrefix(const QString &prefix, int most)
{
    // fts5vocab's "instance" table walks the index in term order and seeks to a term without counting its rows (the
    // "row" table counts every row of every term it passes). The index is in main, or in temp for a read-only
    // project (ensure()); the vocabulary table is the connection's own.
    const bool inTemp =
        m_db.scalar(QStringLiteral("SELECT 1 FROM temp.sqlite_master WHERE name = 'search_index'")).isValid();
    const QString vocabulary = inTemp ? QStringLiteral("search_words_temp") : QStringLiteral("search_words");
    if (!m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.%1 USING fts5vocab(%2, search_index,"
                                  " instance)")
                       .arg(vocabulary, inTemp ? QStringLiteral("temp") : QStringLiteral("main")))
             .isActive()) {
        return {};
    }
    const QString next = QStringLiteral("SELECT term FROM temp.%1 WHERE term >= ? LIMIT 1").arg(vocabulary);
    QStringList words;
    // Each word's first instance, then past all of its instances: no word is a prefix of the text after it plus
    // U+0001, and no word holds U+0001 (the tokenizer keeps letters and digits only).
    QString from = prefix;
    while (true) {
        const QString word = m_db.scalar(next, {from}).toString();
        if (!word.startsWith(prefix)) {
            return words;
        }
        if (words.size() == most) {
            return {};
        }
        words.append(word);
        from = word + QChar(1);
    }
}

QList<IndexedText> SearchIndex::search(const SearchQuery &query, int limit, std::optional<SearchHitKind> only)
{
    QList<IndexedText> results;
    if (query.isEmpty() || limit <= 0) {
        return results;
    }
    QStringList lastWordIs;
    if (!query.terms.last().prefix || query.terms.last().words.last().size() <= LongestIndexedPrefix ||
        (lastWordIs = expandPrefix(query.terms.last().words.last(), MostPrefixWords)).isEmpty()) {
        lastWordIs.clear(); // FTS5's own prefix query: quick, or the only way
    }
    const QString match = ftsQuery(query, lastWordIs);
    // One kind only: the row id says the kind (FTS5 walks the rows and skips the others).
    const QString kind =
        only ? QStringLiteral(" AND rowid % %1 = %2").arg(KindSlots).arg(static_cast<int>(*only)) : QString();
    // Counting stops at RankedAtMost: walking the newest rows of a term's list is cheap, counting all of them is not.
    const bool tooMany = m_db.scalar(QStringLiteral("SELECT 1 FROM search_index WHERE search_index MATCH ?") + kind +
                                         QStringLiteral(" ORDER BY rowid DESC LIMIT 1 OFFSET ?"),
                                     {match, RankedAtMost})
                             .isValid();
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT rowid, %1 FROM search_index WHERE search_index MATCH ?")
                .arg(tooMany ? QStringLiteral("0") : QStringLiteral("rank")) +
            kind +
            (tooMany ? QStringLiteral(" ORDER BY rowid DESC LIMIT ?") : QStringLiteral(" ORDER BY rank LIMIT ?")),
        {match, limit});
    QList<std::pair<qint64, double>> rows;
    while (m_db.next(q)) {
        rows.append({q.value(0).toLongLong(), q.value(1).toDouble()});
    }
    for (const auto &[rowid, score] : std::as_const(rows)) {
        const Source *source = sourceOf(int(rowid % KindSlots));
        if (!source) {
            continue;
        }
        const Id id = rowid / KindSlots;
        QSqlQuery item = m_db.exec(source->read, {id});
        if (!m_db.next(item)) {
            continue; // an index row whose item is gone cannot happen with the triggers; skip it should it
        }
        IndexedText found;
        found.kind = source->kind;
        found.articleId = item.value(0).toLongLong();
        found.claimId = item.value(4).toLongLong();
        found.articleTitle = item.value(1).toString();
        found.text = item.value(2).toString();
        found.claimStart = item.value(3).toInt();
        found.score = score;
        results.append(found);
    }
    return results;
}

QList<std::pair<Id, double>> SearchIndex::claimCandidates(const QStringList &words, int limit)
{
    // Each check of a word reads up to CommonRows of its rows: a few words are enough to find the claim's like.
    constexpr int MostChecked = 12;
    constexpr int MostRare = 8;
    constexpr int ShortestStemmed = 6;
    constexpr int MostStemWords = 8;
    const auto quote = [](const QString &word) -> QString {
        return QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    // Longer words first: they are the rarer, as a rule, and say most about what the claim is about.
    QStringList ordered = words;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    // Each word as a group of the index's words it stands for: itself, or the words its stem begins.
    QStringList rare;
    QStringList common;
    QSet<QString> seen;
    int checked = 0;
    for (const QString &word : std::as_const(ordered)) {
        if (checked == MostChecked || rare.size() == MostRare) {
            break;
        }
        QStringList alternatives{word};
        if (word.size() >= ShortestStemmed) {
            const QString stem = word.left(qMax(4, int(word.size()) - 3));
            if (seen.contains(stem)) {
                continue;
            }
            seen.insert(stem);
            const QStringList expanded = expandPrefix(stem, MostStemWords);
            if (!expanded.isEmpty()) {
                alternatives = expanded;
            }
        }
        QStringList quoted;
        for (const QString &alternative : std::as_const(alternatives)) {
            quoted.append(quote(alternative));
        }
        const QString group = QLatin1Char('(') + quoted.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        // As search() does: counting stops at CommonRows, newest rows first, so a common word costs little to find.
        ++checked;
        const bool isCommon = m_db.scalar(QStringLiteral("SELECT 1 FROM search_index WHERE search_index MATCH ?"
                                                         " ORDER BY rowid DESC LIMIT 1 OFFSET ?"),
                                          {group, CommonRows})
                                  .isValid();
        (isCommon ? common : rare).append(group);
    }
    QList<std::pair<Id, double>> candidates;
    QString match;
    const bool ranked = !rare.isEmpty();
    if (ranked) {
        match = rare.join(QStringLiteral(" OR "));
    } else {
        // Only common words: the claims with any two of the first of them, newest first (bm25 would count every
        // row of each).
        QStringList pairs;
        for (qsizetype i = 0; i < qMin(qsizetype(4), common.size()); ++i) {
            for (qsizetype j = i + 1; j < qMin(qsizetype(4), common.size()); ++j) {
                pairs.append(QLatin1Char('(') + common.at(i) + QStringLiteral(" AND ") + common.at(j) +
                             QLatin1Char(')'));
            }
        }
        match = pairs.join(QStringLiteral(" OR "));
    }
    if (match.isEmpty()) {
        return candidates;
    }
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT rowid, %1 FROM search_index WHERE search_index MATCH ?"
                                           " AND rowid % %2 = %3 ORDER BY %4 LIMIT ?")
                                .arg(ranked ? QStringLiteral("rank") : QStringLiteral("0"))
                                .arg(KindSlots)
                                .arg(static_cast<int>(SearchHitKind::Claim))
                                .arg(ranked ? QStringLiteral("rank") : QStringLiteral("rowid DESC")),
                            {match, limit});
    while (m_db.next(q)) {
        candidates.append({q.value(0).toLongLong() / KindSlots, q.value(1).toDouble()});
    }
    return candidates;
}

} // namespace Credence::Core
