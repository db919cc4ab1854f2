#include "database.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <atomic>
#include <cstdio>
#include <unistd.h>

namespace Credence::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Credence::Core::Database", text);
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("credence-%1").arg(counter.fetch_add(1));
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

bool Database::open(const QString &path)
{
    close();
    m_lastError.clear();
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        m_lastError = tr("%1 is not a file.").arg(path);
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_lastError = tr("The Qt SQLite driver is not installed (package libqt6sql6-sqlite).");
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        // Another process holding a write lock is waited for, not reported at once as an error.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            m_lastError = tr("Cannot open %1: %2").arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    m_path = path;
    // WAL mode is stored in the file: someone else's SQLite file is refused before it is switched.
    if (!configure() || !checkOwnership() || !enableWal() || !migrate()) {
        const QString error = m_lastError;
        close();
        m_lastError = error;
        return false;
    }
    return true;
}

void Database::close()
{
    m_depth = 0;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
}

bool Database::configure()
{
    // A corrupt or foreign file fails on its first read, so read before anything writes.
    if (!exec(QStringLiteral("SELECT count(*) FROM sqlite_master")).isActive()) {
        m_lastError = tr("%1 is not a Credence project or is damaged: %2").arg(m_path, m_lastError);
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
        m_lastError = tr("Cannot write to %1: %2").arg(m_path, m_lastError);
        return false;
    }
    return true;
}

bool Database::checkOwnership()
{
    const int appId = scalar(QStringLiteral("PRAGMA application_id")).toInt();
    const int tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
    if (appId == ApplicationId) {
        return true;
    }
    if (appId == 0 && tables == 0) {
        return exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)).isActive();
    }
    m_lastError = tr("%1 is an SQLite database but not a Credence project.").arg(m_path);
    return false;
}

bool Database::migrate()
{
    const QList<QStringList> &steps = schemaMigrations();
    int version = userVersion();
    if (version > steps.size()) {
        m_lastError = tr("%1 was written by a newer version of Credence (schema %2; this version reads up to %3).")
                          .arg(m_path)
                          .arg(version)
                          .arg(steps.size());
        return false;
    }
    while (version < steps.size()) {
        Transaction tx(*this);
        if (!tx.isActive()) {
            return false;
        }
        for (const QString &statement : steps.at(version)) {
            if (!exec(statement).isActive()) {
                m_lastError = tr("Cannot upgrade %1 to schema %2: %3").arg(m_path).arg(version + 1).arg(m_lastError);
                return false;
            }
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
    while (q.next()) {
        lines << q.value(0).toString();
    }
    return q.isActive() ? lines.join(QLatin1Char('\n')) : m_lastError;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(connection());
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return QSqlQuery();
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return QSqlQuery();
    }
    return query;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = exec(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

bool Database::begin()
{
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
        m_lastError = tr("Cannot save to %1: %2").arg(m_path, m_lastError);
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
        m_lastError = tr("No project is open.");
        return false;
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        m_lastError = tr("%1 is the project itself; choose another file for the copy.").arg(path);
        return false;
    }
    // VACUUM INTO reads a consistent snapshot through this connection (WAL content included) into one plain file,
    // but refuses an existing target and does not sync: write beside the target, sync, then rename over it, so a
    // crash never leaves a half-written copy under the chosen name.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    if (!exec(QStringLiteral("VACUUM INTO ?"), {partial}).isActive()) {
        m_lastError = tr("Cannot save a copy as %1: %2").arg(path, m_lastError);
        QFile::remove(partial);
        return false;
    }
    QFile written(partial);
    if (!written.open(QIODevice::ReadWrite) || ::fsync(written.handle()) != 0) {
        m_lastError = tr("Cannot save a copy as %1: %2").arg(path, written.errorString());
        QFile::remove(partial);
        return false;
    }
    written.close();
    // The -wal of a file being replaced would be replayed into the copy; rename() then swaps the file atomically.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        m_lastError = tr("Cannot replace %1.").arg(path);
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
