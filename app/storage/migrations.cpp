#include "migrations.h"

namespace Credence::Core {

namespace {

/// The name of the source an article's original_source text names (schema 6): a bare domain lower case without
/// "www.", anything else trimmed. The same rule as sourceNameOf() for what the migration meets.
const QString originName = QStringLiteral(
    "(CASE WHEN trim(original_source) NOT LIKE '% %' AND trim(original_source) LIKE '%_._%'"
    " THEN lower(CASE WHEN lower(trim(original_source)) LIKE 'www.%' THEN substr(trim(original_source), 5)"
    " ELSE trim(original_source) END) ELSE trim(original_source) END)");

} // namespace

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> steps = {
        // 0 -> 1: the first schema.
        {
            QStringLiteral("CREATE TABLE sources ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE)"),
            QStringLiteral("CREATE TABLE authors ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE)"),
            QStringLiteral("CREATE TABLE articles ("
                           " id INTEGER PRIMARY KEY,"
                           " source_id INTEGER NOT NULL REFERENCES sources(id),"
                           " author_id INTEGER REFERENCES authors(id),"
                           " title TEXT NOT NULL DEFAULT '',"
                           " published TEXT,"
                           " url TEXT NOT NULL DEFAULT '',"
                           " body TEXT NOT NULL,"
                           " raw BLOB NOT NULL,"
                           " raw_format TEXT NOT NULL,"
                           " file_name TEXT NOT NULL DEFAULT '',"
                           " content_hash TEXT NOT NULL UNIQUE,"
                           " imported_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX articles_source ON articles(source_id)"),
            QStringLiteral("CREATE TABLE claims ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " start_offset INTEGER NOT NULL,"
                           " end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),"
                           " text TEXT NOT NULL,"
                           " verdict INTEGER NOT NULL DEFAULT 0 CHECK (verdict BETWEEN 0 AND 2),"
                           " note TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX claims_article ON claims(article_id, start_offset)"),
            QStringLiteral("CREATE TABLE verdict_history ("
                           " id INTEGER PRIMARY KEY,"
                           " claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,"
                           " old_verdict INTEGER NOT NULL,"
                           " new_verdict INTEGER NOT NULL,"
                           " changed_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX verdict_history_claim ON verdict_history(claim_id)"),
        },
        // 1 -> 2: fields the HTML importer reads, and the user's corrections kept across re-extraction.
        {
            QStringLiteral("ALTER TABLE articles ADD COLUMN standfirst TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN original_source TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN corrections TEXT NOT NULL DEFAULT '{}'"),
        },
        // 2 -> 3: four claim states, claim kinds, quote anchors, orphans, and units the user said are no claims.
        // The claims table is rebuilt for its new CHECK; Database::migrate() runs every step with foreign keys off,
        // so dropping the old table does not cascade to the history, and checks the keys before committing.
        //
        // Before, 0 meant both "nobody looked" and "checked, could not be verified". A claim whose history shows a
        // deliberate change to 0 was checked: it becomes 3 (unverifiable), and so do those history entries; every
        // other 0 stays 0 (not checked), so no claim is counted as checked that nobody checked.
        {
            QStringLiteral("CREATE TABLE claims_v3 ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " start_offset INTEGER NOT NULL,"
                           " end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),"
                           " text TEXT NOT NULL,"
                           " verdict INTEGER NOT NULL DEFAULT 0 CHECK (verdict BETWEEN 0 AND 3),"
                           " note TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL,"
                           " kind INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 7),"
                           " origin INTEGER NOT NULL DEFAULT 0 CHECK (origin IN (0, 1)),"
                           " prefix TEXT NOT NULL DEFAULT '',"
                           " suffix TEXT NOT NULL DEFAULT '',"
                           " orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)))"),
            QStringLiteral("INSERT INTO claims_v3(id, article_id, start_offset, end_offset, text, verdict, note,"
                           " updated_at)"
                           " SELECT id, article_id, start_offset, end_offset, text,"
                           " CASE WHEN verdict = 0 AND (SELECT h.new_verdict FROM verdict_history h"
                           "  WHERE h.claim_id = claims.id ORDER BY h.id DESC LIMIT 1) = 0 THEN 3 ELSE verdict END,"
                           " note, updated_at FROM claims"),
            QStringLiteral("DROP TABLE claims"),
            QStringLiteral("ALTER TABLE claims_v3 RENAME TO claims"),
            QStringLiteral("CREATE INDEX claims_article ON claims(article_id, start_offset)"),
            // History: a change to 0 was a decision (unverifiable); a change from 0 was from "not checked" unless an
            // earlier entry of the same claim had set 0 on purpose.
            QStringLiteral("UPDATE verdict_history SET old_verdict = 3 WHERE old_verdict = 0 AND EXISTS ("
                           " SELECT 1 FROM verdict_history e WHERE e.claim_id = verdict_history.claim_id"
                           " AND e.id < verdict_history.id AND e.new_verdict = 0)"),
            QStringLiteral("UPDATE verdict_history SET new_verdict = 3 WHERE new_verdict = 0"),
            QStringLiteral("CREATE TABLE dismissed_units ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " text TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX dismissed_units_article ON dismissed_units(article_id)"),
        },
        // 3 -> 4: ids are never given twice. SQLite gives a new row the largest id plus one, so after the rows with the
        // largest ids are deleted their ids come back; an undo step that puts a deleted article, claim or history
        // entry back needs its id to be free. Database::reserveIds() counts on from here.
        {
            QStringLiteral("CREATE TABLE id_sequences ("
                           " name TEXT PRIMARY KEY,"
                           " last INTEGER NOT NULL)"),
            QStringLiteral(
                "INSERT INTO id_sequences(name, last) SELECT 'articles', coalesce(max(id), 0) FROM articles"),
            QStringLiteral("INSERT INTO id_sequences(name, last) SELECT 'claims', coalesce(max(id), 0) FROM claims"),
            QStringLiteral("INSERT INTO id_sequences(name, last)"
                           " SELECT 'verdict_history', coalesce(max(id), 0) FROM verdict_history"),
        },
        // 4 -> 5: evidence per claim, a credibility grade per claim (Admiralty scale 1-6, 0 not graded), and a reason
        // for each history entry. Credibility changes go into verdict_history too, told apart by field: one history,
        // one id sequence and one snapshot path for undo, instead of a second table to keep in step.
        //
        // A claim-link's linked_claim_id is SET NULL, not CASCADE, when the linked claim goes: the link belongs to the
        // other claim's evidence, which the removal's undo snapshot does not hold; with CASCADE it would vanish from
        // a claim nobody touched, and undoing the removal would not bring it back. Kept, it still shows the linked
        // claim's text (in title), and the snapshot of the removed claim's article re-points it on undo.
        //
        // The archived file's bytes live in evidence_files (one row per file item, same id), so reading a claim's
        // evidence for a view never reads a file's contents.
        {
            QStringLiteral("ALTER TABLE claims ADD COLUMN credibility INTEGER NOT NULL DEFAULT 0"
                           " CHECK (credibility BETWEEN 0 AND 6)"),
            QStringLiteral("ALTER TABLE verdict_history ADD COLUMN field TEXT NOT NULL DEFAULT 'verdict'"
                           " CHECK (field IN ('verdict', 'credibility'))"),
            QStringLiteral("ALTER TABLE verdict_history ADD COLUMN reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE evidence ("
                           " id INTEGER PRIMARY KEY,"
                           " claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 3),"
                           " stance INTEGER NOT NULL CHECK (stance BETWEEN 0 AND 2),"
                           " url TEXT NOT NULL DEFAULT '',"
                           " title TEXT NOT NULL DEFAULT '',"
                           " accessed TEXT,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " linked_claim_id INTEGER REFERENCES claims(id) ON DELETE SET NULL,"
                           " file_name TEXT NOT NULL DEFAULT '',"
                           " media_type TEXT NOT NULL DEFAULT '',"
                           " file_size INTEGER NOT NULL DEFAULT 0,"
                           " sha256 TEXT NOT NULL DEFAULT '',"
                           " archived_at TEXT,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX evidence_claim ON evidence(claim_id, position)"),
            QStringLiteral("CREATE INDEX evidence_linked_claim ON evidence(linked_claim_id)"),
            QStringLiteral("CREATE TABLE evidence_files ("
                           " id INTEGER PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,"
                           " bytes BLOB NOT NULL)"),
            QStringLiteral("INSERT INTO id_sequences(name, last) VALUES ('evidence', 0)"),
        },
        // 5 -> 6: sources are records (a kind, web domains, other names, country, language, notes) instead of the
        // names read from pages; an article may have none (unassigned: counted in no source's score) and may credit
        // the outlet it was first published by (its origin). Articles are rebuilt: source_id loses its NOT NULL.
        //
        // The old "Unknown source" row pooled every article whose page named no publication into one score: those
        // articles become unassigned and the row goes. An article's original_source text becomes a link to a source
        // of that name (a bare domain such as "www.example.com" is named "example.com" and keeps the domain).
        {
            QStringLiteral("ALTER TABLE sources ADD COLUMN kind TEXT NOT NULL DEFAULT 'outlet'"
                           " CHECK (kind IN ('outlet', 'wire', 'aggregator', 'blog', 'social', 'official'))"),
            QStringLiteral("ALTER TABLE sources ADD COLUMN domains TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sources ADD COLUMN aliases TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sources ADD COLUMN country TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sources ADD COLUMN language TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sources ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE articles_v6 ("
                           " id INTEGER PRIMARY KEY,"
                           " source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,"
                           " author_id INTEGER REFERENCES authors(id),"
                           " title TEXT NOT NULL DEFAULT '',"
                           " published TEXT,"
                           " url TEXT NOT NULL DEFAULT '',"
                           " body TEXT NOT NULL,"
                           " raw BLOB NOT NULL,"
                           " raw_format TEXT NOT NULL,"
                           " file_name TEXT NOT NULL DEFAULT '',"
                           " content_hash TEXT NOT NULL UNIQUE,"
                           " imported_at TEXT NOT NULL,"
                           " standfirst TEXT NOT NULL DEFAULT '',"
                           " original_source TEXT NOT NULL DEFAULT '',"
                           " language TEXT NOT NULL DEFAULT '',"
                           " corrections TEXT NOT NULL DEFAULT '{}',"
                           " origin_source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL)"),
            QStringLiteral(
                "INSERT INTO articles_v6(id, source_id, author_id, title, published, url, body, raw, raw_format,"
                " file_name, content_hash, imported_at, standfirst, original_source, language, corrections)"
                " SELECT a.id, CASE WHEN s.name = 'Unknown source' THEN NULL ELSE a.source_id END,"
                " a.author_id, a.title, a.published, a.url, a.body, a.raw, a.raw_format, a.file_name,"
                " a.content_hash, a.imported_at, a.standfirst, a.original_source, a.language, a.corrections"
                " FROM articles a LEFT JOIN sources s ON s.id = a.source_id"),
            QStringLiteral("DROP TABLE articles"),
            QStringLiteral("ALTER TABLE articles_v6 RENAME TO articles"),
            QStringLiteral("CREATE INDEX articles_source ON articles(source_id)"),
            QStringLiteral("CREATE INDEX articles_origin_source ON articles(origin_source_id)"),
            QStringLiteral("DELETE FROM sources WHERE name = 'Unknown source'"),
            // A name that is a bare domain keeps it as the source's domain too.
            QStringLiteral("UPDATE sources SET domains = lower(name) WHERE name NOT LIKE '% %' AND name LIKE '%_._%'"),
            QStringLiteral("INSERT INTO sources(name, domains)"
                           " SELECT DISTINCT o.name, CASE WHEN o.name NOT LIKE '% %' AND o.name LIKE '%_._%'"
                           "  THEN o.name ELSE '' END"
                           " FROM (SELECT %1 AS name FROM articles WHERE trim(original_source) <> '') o"
                           " WHERE true ON CONFLICT(name) DO NOTHING")
                .arg(originName),
            QStringLiteral("UPDATE articles SET origin_source_id = (SELECT s.id FROM sources s WHERE s.name = %1)"
                           " WHERE trim(original_source) <> ''")
                .arg(originName),
            // An article that credits its own outlet is no copy of another.
            QStringLiteral("UPDATE articles SET origin_source_id = NULL WHERE origin_source_id = source_id"),
        },
        // 6 -> 7: a source's reliability grade set by hand (Admiralty scale A-F, '' for none) with the reason, and
        // the history of its record: every grade set, with the grade computed from its claims at that moment.
        {
            QStringLiteral("ALTER TABLE sources ADD COLUMN grade TEXT NOT NULL DEFAULT ''"
                           " CHECK (grade IN ('', 'A', 'B', 'C', 'D', 'E', 'F'))"),
            QStringLiteral("ALTER TABLE sources ADD COLUMN grade_reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE source_history ("
                           " id INTEGER PRIMARY KEY,"
                           " source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
                           " old_grade TEXT NOT NULL,"
                           " new_grade TEXT NOT NULL,"
                           " computed_grade TEXT NOT NULL,"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " changed_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX source_history_source ON source_history(source_id)"),
        },
        // 7 -> 8: authors as records: the other names a byline may give (one a line; an import takes them for this
        // author) and the user's notes.
        {
            QStringLiteral("ALTER TABLE authors ADD COLUMN aliases TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE authors ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
        },
        // 8 -> 9: the summary counts each article's claims by state from an index alone (a million claims: 12 MB of
        // index instead of every row of the claims table); an author's articles are found by index.
        {
            QStringLiteral("CREATE INDEX claims_article_verdict ON claims(article_id, verdict)"),
            QStringLiteral("CREATE INDEX articles_author ON articles(author_id)"),
        },
        // 9 -> 10: the user's answers to the criteria raters of news sites judge a source by (domain/criteria.h),
        // each with a note; a source's answers go with it.
        {
            QStringLiteral("CREATE TABLE source_criteria ("
                           " source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
                           " criterion TEXT NOT NULL,"
                           " answer INTEGER NOT NULL DEFAULT 0,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (source_id, criterion)) WITHOUT ROWID"),
        },
        // 10 -> 11: each claim keeps a hash of its text as reprints share it (domain/claimtextkey.h), in the index the
        // summary counts from, so that the claims a near-duplicate article repeats are found without reading their
        // text. Rows stored before get theirs when the project is next opened for writing (ClaimRepository).
        {
            QStringLiteral("ALTER TABLE claims ADD COLUMN text_key INTEGER"),
            QStringLiteral("DROP INDEX claims_article_verdict"),
            QStringLiteral("CREATE INDEX claims_article_verdict_key ON claims(article_id, verdict, text_key)"),
            // The claims still without a key, found at each open without reading the table (empty once filled).
            QStringLiteral("CREATE INDEX claims_unkeyed ON claims(id) WHERE text_key IS NULL"),
        },
        // 11 -> 12: the project's own details (domain/projectdetails.h): the report's title, author and scope, and the
        // publisher fact-checks are published under, one row per field.
        {
            QStringLiteral("CREATE TABLE project_details (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        },
    };
    return steps;
}

} // namespace Credence::Core
