#include "database.h"

#include "migrations.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QUrl>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Credence::Core {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("credence-%1").arg(counter.fetch_add(1));
}

/// SQLite's error as a sentence a person can act on, with SQLite's own words after it for support.
QString describe(const QSqlError &error)
{
    // nativeErrorCode() is SQLite's extended result code; its low byte is the primary code.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString sentence;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        sentence = Database::tr("Another program is using the project and did not finish within 5 seconds; try again.");
        break;
    case 8: // SQLITE_READONLY
        sentence = Database::tr("The project file cannot be written.");
        break;
    case 10: // SQLITE_IOERR
        sentence = Database::tr("The disk reported an error.");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        sentence = Database::tr("The project file is damaged.");
        break;
    case 13: // SQLITE_FULL
        sentence = Database::tr("The disk is full (or the project reached its size limit).");
        break;
    case 14: // SQLITE_CANTOPEN
        sentence = Database::tr("The project file cannot be opened.");
        break;
    default:
        return error.databaseText().isEmpty() ? error.text() : error.databaseText();
    }
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return detail.isEmpty() ? sentence : sentence + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

namespace {

/// errno of access(W_OK) on @p path, 0 when this process may write it. Unlike the permission bits this also
/// answers for read-only mounts (EROFS), immutable files (EPERM) and root.
int writeError(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0 ? 0 : errno;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Why @p path (an existing project) cannot be written, or an empty string when it can. A -wal or -shm file left
/// read-only by another program's read-only open is given the project's permissions back when it is ours.
QString readOnlyReasonFor(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (const int error = writeError(path)) {
        return error == EROFS
                   ? Database::tr("It is on a read-only disk.")
                   : Database::tr("The file is read-only (%1).").arg(QString::fromLocal8Bit(std::strerror(error)));
    }
    if (const int error = writeError(folder)) {
        return error == EROFS
                   ? Database::tr("It is on a read-only disk.")
                   : Database::tr("Its folder %1 is read-only, and Credence needs to write beside the project file.")
                         .arg(nativePath(folder));
    }
    for (const QString &side : QStringList{path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(side) && writeError(side) != 0) {
            QFile::setPermissions(side, QFileInfo(path).permissions());
            if (writeError(side) != 0) {
                return Database::tr("%1 beside it is read-only.").arg(nativePath(side));
            }
        }
    }
    return {};
}

/// Reads @p path from start to end and discards it: the kernel keeps it in its page cache for the next reader.
void warmCache(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return; // only an optimisation: SQLite reports what really matters
    }
    ::posix_fadvise(file.handle(), 0, 0, POSIX_FADV_SEQUENTIAL);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (file.read(buffer.data(), buffer.size()) > 0) {
    }
}

/// SQLite's URI for a read-only open of @p path; '%', '?' and '#' in a name are escaped.
QString sqliteUri(const QString &path, bool immutable)
{
    QString uri = QString::fromLatin1(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded()) +
                  QStringLiteral("?mode=ro");
    if (immutable) {
        uri += QStringLiteral("&immutable=1");
    }
    return uri;
}

} // namespace

bool Database::fail(const QString &message)
{
    close();
    m_lastError = message;
    return false;
}

bool Database::open(const QString &path, const OpenOptions &options)
{
    close();
    m_lastError.clear();
    if (path.isEmpty()) {
        m_lastError = Database::tr("No project file was given.");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_lastError = Database::tr("The Qt SQLite driver is not installed (package libqt6sql6-sqlite).");
        return false;
    }
    const QString shown = nativePath(path);
    // Judge the file by its header before SQLite opens it: opening someone else's file would already write to it.
    const ProjectFileCheck check = inspectProjectFile(path);
    bool isNew = false;
    switch (check.kind) {
    case ProjectFileKind::Missing:
        if (options.mode == OpenMode::Existing || options.readOnly) {
            m_lastError = Database::tr("There is no project at %1.").arg(shown);
            return false;
        }
        isNew = true;
        break;
    case ProjectFileKind::NotAFile:
        m_lastError = Database::tr("%1 is not a file.").arg(shown);
        return false;
    case ProjectFileKind::Unreadable:
        m_lastError = Database::tr("Cannot read %1: %2").arg(shown, check.errorString);
        return false;
    case ProjectFileKind::Empty:
        if (options.mode != OpenMode::Create || options.readOnly) {
            m_lastError =
                Database::tr("%1 is an empty file, not a Credence project. Use File › New Project to start one.")
                    .arg(shown);
            return false;
        }
        isNew = true;
        break;
    case ProjectFileKind::NotSqlite:
        m_lastError = Database::tr("%1 is not a Credence project.").arg(shown);
        return false;
    case ProjectFileKind::ForeignSqlite:
        m_lastError = Database::tr("%1 is an SQLite database of another program, not a Credence project.").arg(shown);
        return false;
    case ProjectFileKind::CredenceProject:
        break;
    }

    QString readOnlyReason = options.readOnly ? Database::tr("It was opened read-only.") : QString();
    if (!isNew && readOnlyReason.isEmpty()) {
        readOnlyReason = readOnlyReasonFor(path);
    }
    // Without a -wal holding changes, an immutable open reads the file alone and creates no -wal or -shm beside it:
    // a read-only open must leave no files behind (a read-only -shm would block writing later).
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool immutable = !wal.exists() || wal.size() == 0;
    if (!connect(path, !readOnlyReason.isEmpty(), immutable)) {
        return false;
    }
    m_path = path;
    m_readOnlyReason = readOnlyReason;
    if (!configure()) {
        return fail(Database::tr("%1 is damaged and cannot be read: %2").arg(shown, m_lastError));
    }
    if (isNew) {
        // PRAGMA takes no bound values; the number is ours.
        if (!exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)).isActive() || !enableWal()) {
            return fail(Database::tr("Cannot create %1: %2").arg(shown, m_lastError));
        }
    } else if (!isReadOnly() && !enableWal()) {
        return fail(m_lastError);
    }
    if (!migrate() || !checkSchema()) {
        return fail(m_lastError);
    }
    if (!isNew && options.quickCheck && !quickCheck()) {
        // Nothing may write into a damaged file, not even SQLite's own checkpoint at close: read it read-only.
        const QString damage = m_damage;
        close();
        if (!connect(path, true, immutable)) {
            return false;
        }
        m_path = path;
        m_damage = damage;
        m_readOnlyReason = Database::tr("It is damaged.");
        if (!configure()) {
            return fail(Database::tr("%1 is damaged and cannot be read: %2").arg(shown, m_lastError));
        }
    }
    return true;
}

bool Database::connect(const QString &path, bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (readOnly) {
        db.setDatabaseName(sqliteUri(path, immutable));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setDatabaseName(path);
        // Another process holding a write lock is waited for, not reported at once as an error.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        m_lastError = Database::tr("Cannot open %1: %2").arg(nativePath(path), describe(db.lastError()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    return true;
}

void Database::close()
{
    m_depth = 0;
    m_kept.clear(); // finalized before the connection goes
    if (QSqlDatabase::contains(m_connectionName)) {
        if (isOpen() && !isReadOnly()) {
            // SQLite checkpoints when the last connection closes, but not while another one (an import thread, a
            // second process) is open: do it here so the project file alone holds what this connection saved.
            checkpoint();
        }
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_readOnlyReason.clear();
    m_damage.clear();
}

bool Database::configure()
{
    // A corrupt file fails on its first read, so read before anything writes.
    if (!exec(QStringLiteral("SELECT count(*) FROM sqlite_master")).isActive()) {
        return false;
    }
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (!exec(QString::fromLatin1(pragma)).isActive()) {
            return false;
        }
    }
    return true;
}

bool Database::enableWal()
{
    QSqlQuery wal = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!wal.isActive()) {
        m_lastError = Database::tr("Cannot write to %1: %2").arg(nativePath(m_path), m_lastError);
        return false;
    }
    return true;
}

bool Database::checkSchema()
{
    QSqlQuery q = exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList tables;
    while (next(q)) {
        tables.append(q.value(0).toString());
    }
    for (const char *required : {"sources", "authors", "articles", "claims", "verdict_history", "dismissed_units",
                                 "id_sequences", "evidence", "evidence_files"}) {
        if (!tables.contains(QString::fromLatin1(required))) {
            m_lastError = Database::tr("%1 is damaged: its table '%2' is missing.")
                              .arg(nativePath(m_path), QString::fromLatin1(required));
            return false;
        }
    }
    return true;
}

bool Database::quickCheck()
{
    // quick_check walks each b-tree, which reads the file in page order, not in file order: on a disk whose cache is
    // cold that is random I/O (a 1 GB project: over a minute). Reading the file through once first, in file order,
    // fills the cache at the disk's full speed (about a second), and the walk then reads from memory.
    warmCache(m_path);
    // quick_check reads every page and checks each b-tree's structure, but not that indexes match their tables:
    // seconds for a large project where integrity_check can take minutes.
    QSqlQuery q = exec(QStringLiteral("PRAGMA quick_check(20)"));
    QStringList findings;
    while (next(q)) {
        findings.append(q.value(0).toString());
    }
    if (findings == QStringList{QStringLiteral("ok")}) {
        return true;
    }
    m_damage = findings.isEmpty() ? m_lastError : findings.join(QLatin1Char('\n'));
    if (m_damage.isEmpty()) {
        m_damage = Database::tr("It could not be checked.");
    }
    return false;
}

bool Database::checkpoint()
{
    if (!isOpen() || isReadOnly()) {
        return false;
    }
    // TRUNCATE also empties the -wal file, so a copy of the project file alone is complete.
    QSqlQuery q = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!next(q)) {
        return false;
    }
    if (q.value(0).toInt() != 0) {
        m_lastError = Database::tr("Another program is reading %1, so its -wal file could not be emptied yet.")
                          .arg(nativePath(m_path));
        return false;
    }
    return true;
}

bool Database::migrate()
{
    const QList<QStringList> &steps = schemaMigrations();
    int version = userVersion();
    if (version > steps.size()) {
        // Multi-argument arg(): a path may itself contain "%2".
        m_lastError =
            Database::tr("%1 was written by a newer version of Credence (schema %2; this version reads up to %3).")
                .arg(nativePath(m_path), QString::number(version), QString::number(steps.size()));
        return false;
    }
    if (version < steps.size() && isReadOnly()) {
        m_lastError =
            Database::tr("%1 was written by an older version of Credence and must be upgraded, which cannot be done "
                         "while it is read-only. %2")
                .arg(nativePath(m_path), m_readOnlyReason);
        return false;
    }
    if (version == steps.size()) {
        return true;
    }
    // A step may rebuild a table (SQLite cannot change a CHECK in place): with foreign keys on, dropping the old
    // table would delete the rows that refer to it. So keys are off while steps run (the pragma cannot change inside
    // a transaction), each step checks them before it commits, and they are on again whatever happens.
    if (!exec(QStringLiteral("PRAGMA foreign_keys = OFF")).isActive()) {
        return false;
    }
    const auto keysOn = qScopeGuard([this] { exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    while (version < steps.size()) {
        Transaction tx(*this);
        if (!tx.isActive()) {
            return false;
        }
        for (const QString &statement : steps.at(version)) {
            if (!exec(statement).isActive()) {
                m_lastError = Database::tr("Cannot upgrade %1 to schema %2: %3")
                                  .arg(nativePath(m_path), QString::number(version + 1), m_lastError);
                return false;
            }
        }
        QSqlQuery broken = exec(QStringLiteral("PRAGMA foreign_key_check"));
        if (!broken.isActive() || next(broken)) {
            m_lastError = Database::tr("Cannot upgrade %1 to schema %2: rows of table '%3' refer to rows that do not "
                                       "exist.")
                              .arg(nativePath(m_path), QString::number(version + 1),
                                   broken.isActive() ? broken.value(0).toString() : m_lastError);
            return false;
        }
        // PRAGMA takes no bound values; the number is ours.
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)).isActive() || !tx.commit()) {
            return false;
        }
        ++version;
    }
    return true;
}

int Database::userVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

QString Database::integrityCheck()
{
    QSqlQuery q = exec(QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (next(q)) {
        lines << q.value(0).toString();
    }
    return q.isActive() ? lines.join(QLatin1Char('\n')) : m_lastError;
}

bool Database::changeOne(const QString &sql, const QVariantList &values, const QString &missing)
{
    QSqlQuery q = exec(sql, values);
    if (!q.isActive()) {
        return false;
    }
    if (q.numRowsAffected() != 1) {
        setError(missing);
        return false;
    }
    return true;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(connection());
    if (!query.prepare(sql)) {
        m_lastError = describe(query.lastError());
        ++m_errorCount;
        return QSqlQuery();
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        m_lastError = describe(query.lastError());
        ++m_errorCount;
        return QSqlQuery();
    }
    return query;
}

QSqlQuery *Database::runKept(const QString &sql, const QVariantList &values)
{
    auto it = m_kept.find(sql);
    if (it == m_kept.end()) {
        QSqlQuery query(connection());
        if (!query.prepare(sql)) {
            m_lastError = describe(query.lastError());
            ++m_errorCount;
            return nullptr;
        }
        it = m_kept.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = it->second;
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    if (!query.exec()) {
        m_lastError = describe(query.lastError());
        ++m_errorCount;
        query.finish();
        return nullptr;
    }
    return &query;
}

bool Database::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = runKept(sql, values);
    if (query) {
        query->finish(); // reset: a kept statement must not hold the database's read lock
    }
    return query;
}

QVariant Database::runValue(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = runKept(sql, values);
    if (!query) {
        return {};
    }
    const QVariant value = next(*query) ? query->value(0) : QVariant();
    query->finish();
    return value;
}

bool Database::runEach(const QString &sql, const QVariantList &values,
                       const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery *query = runKept(sql, values);
    if (!query) {
        return false;
    }
    const int errors = m_errorCount;
    while (next(*query)) {
        row(*query);
    }
    query->finish();
    return m_errorCount == errors;
}

bool Database::next(QSqlQuery &query)
{
    if (query.next()) {
        return true;
    }
    if (query.isActive() && query.lastError().isValid()) {
        m_lastError = describe(query.lastError());
        ++m_errorCount;
    }
    return false;
}

std::optional<qint64> Database::reserveIds(IdTable table, qint64 count)
{
    QString name;
    switch (table) {
    case IdTable::Articles:
        name = QStringLiteral("articles");
        break;
    case IdTable::Claims:
        name = QStringLiteral("claims");
        break;
    case IdTable::VerdictHistory:
        name = QStringLiteral("verdict_history");
        break;
    case IdTable::Evidence:
        name = QStringLiteral("evidence");
        break;
    }
    // The table's own largest id too: rows written with their ids (a recovered project) count as given. The table
    // name is one of ours, never the user's.
    if (!run(QStringLiteral("INSERT INTO id_sequences(name, last) VALUES (?, 0) ON CONFLICT(name) DO NOTHING"),
             {name})) {
        return std::nullopt;
    }
    const QVariant last =
        runValue(QStringLiteral("UPDATE id_sequences SET last = max(last, (SELECT coalesce(max(id), 0)"
                                " FROM %1)) + ? WHERE name = ? RETURNING last")
                     .arg(name),
                 {count, name});
    if (!last.isValid()) {
        return std::nullopt;
    }
    return last.toLongLong() - count + 1;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = exec(sql, values);
    return next(q) ? q.value(0) : QVariant();
}

bool Database::begin()
{
    if (isReadOnly()) {
        m_lastError = Database::tr("%1 is open read-only. %2").arg(nativePath(m_path), m_readOnlyReason);
        return false;
    }
    // IMMEDIATE takes the write lock now, so a concurrent writer is waited for here rather than failing mid-way.
    // Inside a transaction a savepoint nests, so a repository write can be part of a larger change.
    const bool ok = m_depth == 0 ? exec(QStringLiteral("BEGIN IMMEDIATE")).isActive()
                                 : exec(QStringLiteral("SAVEPOINT credence_%1").arg(m_depth)).isActive();
    if (ok) {
        ++m_depth;
    }
    return ok;
}

bool Database::commit()
{
    if (m_depth == 0) {
        return false;
    }
    --m_depth;
    const bool ok = m_depth == 0 ? exec(QStringLiteral("COMMIT")).isActive()
                                 : exec(QStringLiteral("RELEASE credence_%1").arg(m_depth)).isActive();
    if (!ok) {
        ++m_depth; // still open: the caller rolls back
        m_lastError = Database::tr("Cannot save to %1: %2").arg(m_path, m_lastError);
    }
    return ok;
}

void Database::rollback()
{
    if (m_depth == 0) {
        return;
    }
    const QString error = m_lastError;
    --m_depth;
    if (m_depth == 0) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO credence_%1").arg(m_depth));
        exec(QStringLiteral("RELEASE credence_%1").arg(m_depth));
    }
    m_lastError = error;
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_active(db.begin())
{}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollback();
    }
}

bool Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    m_active = false;
    if (!m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

bool Database::saveCopy(const QString &path)
{
    if (!isOpen()) {
        m_lastError = Database::tr("No project is open.");
        return false;
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        m_lastError = Database::tr("%1 is the project itself; choose another file for the copy.").arg(path);
        return false;
    }
    // VACUUM INTO reads a consistent snapshot through this connection (WAL content included) into one plain file,
    // but refuses an existing target and does not sync: write beside the target, sync, then rename over it, so a
    // crash never leaves a half-written copy under the chosen name.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    if (!exec(QStringLiteral("VACUUM INTO ?"), {partial}).isActive()) {
        m_lastError = Database::tr("Cannot save a copy as %1: %2").arg(path, m_lastError);
        QFile::remove(partial);
        return false;
    }
    QFile written(partial);
    if (!written.open(QIODevice::ReadWrite) || ::fsync(written.handle()) != 0) {
        m_lastError = Database::tr("Cannot save a copy as %1: %2").arg(path, written.errorString());
        QFile::remove(partial);
        return false;
    }
    written.close();
    // The -wal of a file being replaced would be replayed into the copy; rename() then swaps the file atomically.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        m_lastError = Database::tr("Cannot replace %1.").arg(path);
        QFile::remove(partial);
        return false;
    }
    return true;
}

bool Database::removeFiles(const QString &path)
{
    bool ok = true;
    for (const QString &file : QStringList{path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path}) {
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            ok = false;
        }
    }
    return ok;
}

} // namespace Credence::Core
