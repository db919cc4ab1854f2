#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>
#include <unordered_map>

namespace Credence::Core {

/// Tables whose ids Database::reserveIds() gives out.
enum class IdTable
{
    Articles,
    Claims,
    VerdictHistory,
    Evidence,
};

/// How Database::open() treats a path that holds no project yet.
enum class OpenMode
{
    Existing,        ///< File › Open: only an existing Credence project is opened; nothing is created
    CreateIfMissing, ///< `credence import`: a missing file becomes a new project
    Create,          ///< File › New: a missing or 0-byte file becomes a new project
};

struct OpenOptions
{
    OpenMode mode = OpenMode::CreateIfMissing;
    bool readOnly = false; ///< never write, even when the file could be written
    /// PRAGMA quick_check before use. A second connection to a project another connection has checked skips it.
    bool quickCheck = true;
};

/// Owns one named QSqlDatabase connection to a Credence project file and keeps its schema current.
///
/// Every SQL statement of the application goes through exec() with bound values. Errors are kept as a sentence a
/// person can act on in lastError(); nothing here throws. One Database per thread: Qt SQL connections must not be
/// shared across threads.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::Database)

public:
    static constexpr int SchemaVersion = 12;
    /// PRAGMA application_id of every Credence project ("CRED"); lets file managers tell our files apart.
    static constexpr qint32 ApplicationId = 0x43524544;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens the project at @p path and migrates it to SchemaVersion.
    ///
    /// A file that is not a Credence project (by its header: see inspectProjectFile()) is refused before SQLite opens
    /// it, so not a byte of it changes. A project that cannot be written (file or folder read-only, immutable, on
    /// read-only media) opens read-only; so does a damaged one (quick_check finds faults), which is never written to.
    bool open(const QString &path, const OpenOptions &options = {});
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    QSqlDatabase connection() const;

    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    /// Why the project is read-only, as a sentence for a banner; empty when it can be written.
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isDamaged() const { return !m_damage.isEmpty(); }
    /// What PRAGMA quick_check found (its first lines), empty when the project is sound.
    QString damage() const { return m_damage; }
    /// Counts every failed statement and every row loop ended by an error rather than by the last row: readers
    /// compare it before and after a read to know that what they got is incomplete.
    int errorCount() const { return m_errorCount; }

    /// Prepares, binds and runs @p sql. On failure returns a query with isActive() false and sets lastError().
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    /// Runs @p sql, a statement that returns no rows and is run again and again (the inserts of an import), through a
    /// prepared statement this connection keeps: SQLite compiles it, and every trigger it fires, once instead of at
    /// each call. Same errors as exec(). A kept statement is compiled again by SQLite when the schema changes, but Qt
    /// keeps the number of columns it first had: name the columns of a kept SELECT (runValue(), runEach()), never
    /// SELECT *, so that a table's new column cannot change that number.
    bool run(const QString &sql, const QVariantList &values = {});
    /// As run(), for a statement whose first column of the first row is wanted (INSERT ... RETURNING, a look-up by
    /// key): that value, or an invalid QVariant (no row, or an error: see errorCount()).
    QVariant runValue(const QString &sql, const QVariantList &values = {});
    /// As run(), for a statement whose rows are wanted: calls @p row for each of them. false on an error (counted, in
    /// lastError()), whether preparing, running or stepping to a row failed.
    bool runEach(const QString &sql, const QVariantList &values, const std::function<void(const QSqlQuery &)> &row);
    /// Runs @p sql, a statement that must change exactly one row (an UPDATE by id). When it changes none, the row is
    /// gone: lastError() becomes @p missing and the result is false.
    bool changeOne(const QString &sql, const QVariantList &values, const QString &missing);
    /// Reserves @p count ids of @p table that no row of this project has ever had, and returns the first of them; the
    /// reservation is part of the open transaction, so a rolled-back insert gives its ids back. Every new article,
    /// claim and history entry takes its id from here: SQLite alone would give a deleted row's id to the next new
    /// row, and undoing the deletion would then fail.
    std::optional<qint64> reserveIds(IdTable table, qint64 count = 1);
    /// First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    /// Steps @p query to its next row. false at the end, and also when a read failed (a damaged page, an I/O
    /// error), which is then counted and kept in lastError(): use it for every row loop.
    bool next(QSqlQuery &query);

    bool begin();
    bool commit();
    void rollback();

    int userVersion();
    QString integrityCheck();

    /// Writes a complete copy of the open project to @p path (replacing a file there) as one self-contained file:
    /// a consistent snapshot that needs no -wal file beside it, compacted and synced to disk. This connection stays
    /// on the original; open the copy to go on working in it.
    bool saveCopy(const QString &path);
    /// Deletes the project file at @p path together with its -wal and -shm files. SQLite would replay a leftover
    /// -wal into a new file of the same name, so never delete a project file alone.
    static bool removeFiles(const QString &path);

    /// Copies everything in the -wal file into the project file and empties the -wal, so the project file alone
    /// holds every saved change (a user copying the .credence file copies all of it). false when it could not be
    /// completed (another connection is reading, the disk is full), which loses nothing: the -wal keeps it.
    bool checkpoint();

    void setError(const QString &message) { m_lastError = message; }

private:
    bool connect(const QString &path, bool readOnly, bool immutable);
    bool configure();
    bool enableWal();
    bool migrate();
    bool checkSchema();
    bool quickCheck();
    bool fail(const QString &message);
    /// The kept prepared statement of @p sql with @p values bound and run; nullptr on failure (counted, in
    /// lastError()).
    QSqlQuery *runKept(const QString &sql, const QVariantList &values);

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    QString m_readOnlyReason;
    QString m_damage;
    int m_errorCount = 0;
    int m_depth = 0;                               // open transaction plus savepoints
    std::unordered_map<QString, QSqlQuery> m_kept; // run()'s prepared statements, by their SQL
};

/// Rolls back unless commit() was called: every write path that touches more than one row uses one.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace Credence::Core
