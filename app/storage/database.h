#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Credence::Core {

/// Owns one named QSqlDatabase connection to a Credence project file and keeps its schema current.
///
/// Every SQL statement of the application goes through exec() with bound values. Errors are kept as a sentence a
/// person can act on in lastError(); nothing here throws. One Database per thread: Qt SQL connections must not be
/// shared across threads.
class Database
{
public:
    static constexpr int SchemaVersion = 2;
    /// PRAGMA application_id of every Credence project ("CRED"); lets file managers tell our files apart.
    static constexpr qint32 ApplicationId = 0x43524544;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if absent) the project at @p path and migrates it to SchemaVersion.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    QSqlDatabase connection() const;

    /// Prepares, binds and runs @p sql. On failure returns a query with isActive() false and sets lastError().
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    /// First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

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

    void setError(const QString &message) { m_lastError = message; }

private:
    bool configure();
    bool enableWal();
    bool migrate();
    bool checkOwnership();

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    int m_depth = 0; // open transaction plus savepoints
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
