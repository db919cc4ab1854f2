#include "import/importjob.h"

#include "storage/database.h"
#include "storage/searchindex.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>

#include <optional>

namespace Credence::Core {

ImportJob::ImportJob(const QString &projectPath, const QStringList &files, QObject *parent)
    : QObject(parent)
    , m_projectPath(projectPath)
    , m_files(files)
{
    qRegisterMetaType<Credence::Core::ImportOutcome>();
    qRegisterMetaType<QList<Credence::Core::ImportOutcome>>();
}

void ImportJob::run()
{
    QList<ImportOutcome> outcomes;
    Database db;
    // The project is open (and was checked) in the window: this is a second connection to it.
    if (!db.open(m_projectPath, {OpenMode::Existing, false, false})) {
        for (const QString &file : std::as_const(m_files)) {
            outcomes.append({QFileInfo(file).fileName(), std::nullopt, db.lastError(), false, {}});
        }
        Q_EMIT finished(outcomes, false);
        return;
    }
    // Each article is a savepoint inside its batch, and SQLite keeps the first image of every page an article changes
    // in a statement journal, a temporary file once it holds more than 64 KiB: an article of 32 origin band rows
    // keyed at random writes that much. Kept in memory, it is never written (about a fifth of the import's time);
    // it holds one article's pages at a time.
    db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    Importer importer(db);
    const int total = int(m_files.size());
    // Articles are committed in batches: each article is a savepoint of its own inside the batch (a file that fails
    // takes back only its own rows), and the batch is one commit, so the full-text index is written in bulk (one
    // statement per kind at the batch's end) and the disk is synced once per batch instead of once per article. A
    // batch ends after BatchArticles articles or BatchMs milliseconds, whichever comes first, so a crash loses at most
    // half a second of an import and the window's own writes wait at most that long for the lock.
    constexpr int BatchArticles = 500;
    constexpr qint64 BatchMs = 500;
    // The batch's full-text index is written at its end, in one statement per kind (SearchIndex::beginBulkInsert()).
    SearchIndex index(db);
    std::optional<Transaction> batch;
    std::optional<SearchIndex::BulkInsert> bulk;
    QElapsedTimer batchTimer;
    int inBatch = 0;
    const auto endBatch = [&] {
        if (batch && !((!bulk || index.endBulkInsert(*bulk)) && batch->commit())) {
            // The batch's articles were not stored after all: say so for each of them.
            for (qsizetype i = outcomes.size() - inBatch; i < outcomes.size(); ++i) {
                if (outcomes[i].ok()) {
                    outcomes[i].articleId.reset();
                    outcomes[i].error = ImportJob::tr("Cannot store %1: %2").arg(outcomes[i].file, db.lastError());
                }
            }
        }
        batch.reset(); // rolls back what was not committed, the index's triggers included
        bulk.reset();
        inBatch = 0;
    };
    for (int i = 0; i < total; ++i) {
        if (m_cancelled) {
            break;
        }
        if (!batch) {
            batch.emplace(db);
            batchTimer.start();
            if (!batch->isActive()) {
                batch.reset(); // each article then takes its own transaction, as before
            } else {
                bulk = index.beginBulkInsert();
            }
        }
        Q_EMIT progress(i, total, m_files.at(i));
        outcomes.append(importer.importFile(m_files.at(i)));
        ++inBatch;
        if (inBatch >= BatchArticles || batchTimer.elapsed() >= BatchMs) {
            endBatch();
        }
    }
    endBatch();
    Q_EMIT finished(outcomes, m_cancelled);
}

QStringList expandImportPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isImportableName(file)) {
                found.append(file);
            }
        }
        found.sort(); // the order a person expects in the results list
        files.append(found);
    }
    return files;
}

} // namespace Credence::Core
