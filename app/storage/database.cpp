#include "database.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>

#include <atomic>

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
    return exec(QStringLiteral("BEGIN IMMEDIATE")).isActive();
}

bool Database::commit()
{
    if (!exec(QStringLiteral("COMMIT")).isActive()) {
        m_lastError = tr("Cannot save to %1: %2").arg(m_path, m_lastError);
        return false;
    }
    return true;
}

void Database::rollback()
{
    const QString error = m_lastError;
    exec(QStringLiteral("ROLLBACK"));
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

} // namespace Credence::Core
