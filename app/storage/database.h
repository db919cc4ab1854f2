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
    static constexpr int SchemaVersion = 1;
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

    void setError(const QString &message) { m_lastError = message; }

private:
    bool configure();
    bool enableWal();
    bool migrate();
    bool checkOwnership();

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
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
