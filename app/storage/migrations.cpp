#include "migrations.h"

namespace Credence::Core {

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
    };
    return steps;
}

} // namespace Credence::Core
