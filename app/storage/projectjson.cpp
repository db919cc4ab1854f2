#include "projectjson.h"

#include "database.h"
#include "report/exporttarget.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

namespace Credence::Core {

namespace {

constexpr auto Format = "credence-project";
constexpr int Version = 1;

/// The tables of what the user put in, parents before children (the order they are read back in). Everything else
/// in a project file is derived from these and rebuilt on open.
const QStringList &userTables()
{
    static const QStringList tables = {
        QStringLiteral("project_details"), QStringLiteral("sources"),         QStringLiteral("source_criteria"),
        QStringLiteral("source_history"),  QStringLiteral("authors"),         QStringLiteral("articles"),
        QStringLiteral("claims"),          QStringLiteral("verdict_history"), QStringLiteral("dismissed_units"),
        QStringLiteral("evidence"),        QStringLiteral("evidence_files"),  QStringLiteral("id_sequences"),
    };
    return tables;
}

/// Columns that are derived from the row itself and filled in again when the project is opened.
bool isDerived(const QString &table, const QString &column)
{
    return table == u"claims" && column == u"text_key";
}

/// The order a table's rows are written in: the order they are stored in (their id, or the row id SQLite gave them),
/// so that the project made from the file stores them in the same order again.
QString orderOf(const QString &table)
{
    if (table == u"source_criteria") {
        return QStringLiteral("source_id, criterion"); // a table without row ids: by its key
    }
    if (table == u"project_details" || table == u"id_sequences") {
        return QStringLiteral("rowid");
    }
    return QStringLiteral("id");
}

bool isInteger(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

QJsonValue toJson(const QVariant &value, QMetaType declared)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    if (declared.id() == QMetaType::QByteArray || value.metaType().id() == QMetaType::QByteArray) {
        return QString::fromLatin1(value.toByteArray().toBase64());
    }
    if (isInteger(value.metaType()) || (isInteger(declared) && value.canConvert<qint64>())) {
        const qint64 n = value.toLongLong();
        // A JSON number is a double: past 2^53 it would not come back as the same integer.
        constexpr qint64 Exact = qint64(1) << 53;
        return n > -Exact && n < Exact ? QJsonValue(n) : QJsonValue(QString::number(n));
    }
    if (value.metaType().id() == QMetaType::Double) {
        return value.toDouble();
    }
    return value.toString();
}

QVariant fromJson(const QJsonValue &value, QMetaType declared)
{
    if (value.isNull() || value.isUndefined()) {
        return QVariant(declared);
    }
    if (declared.id() == QMetaType::QByteArray) {
        return QByteArray::fromBase64(value.toString().toLatin1());
    }
    if (isInteger(declared)) {
        return value.isString() ? QVariant(value.toString().toLongLong()) : QVariant(qint64(value.toDouble()));
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == std::floor(d) && std::abs(d) < 9.0e15 ? QVariant(qint64(d)) : QVariant(d);
    }
    return value.toString();
}

} // namespace

bool ProjectJson::write(const QString &projectPath, const QString &path)
{
    m_rows = 0;
    m_lastError.clear();
    if (const QString refusal = refusedExportTarget(path, projectPath); !refusal.isEmpty()) {
        m_lastError = refusal;
        return false;
    }
    Database db;
    if (!db.open(projectPath, {OpenMode::Existing, true, false})) {
        m_lastError = db.lastError();
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Written as it is read, one row a line: a project of any size takes the memory of one row.
    const auto put = [&file](const QByteArray &bytes) { return file.write(bytes) == bytes.size(); };
    bool ok = put(QByteArrayLiteral("{\n\"format\": \"") + Format + QByteArrayLiteral("\",\n\"version\": ") +
                  QByteArray::number(Version) + QByteArrayLiteral(",\n\"schema\": ") +
                  QByteArray::number(db.userVersion()) + QByteArrayLiteral(",\n\"tables\": {"));
    const int errors = db.errorCount();
    bool firstTable = true;
    for (const QString &table : userTables()) {
        const QSqlRecord record = db.connection().record(table);
        if (record.isEmpty()) {
            continue; // not in this project's schema
        }
        QStringList columns;
        QList<QMetaType> types;
        for (int i = 0; i < record.count(); ++i) {
            if (!isDerived(table, record.fieldName(i))) {
                columns.append(record.fieldName(i));
                types.append(record.field(i).metaType());
            }
        }
        ok = ok && put((firstTable ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n")) +
                       QJsonDocument(QJsonArray{table}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
                       QByteArrayLiteral(": {\"columns\": ") +
                       QJsonDocument(QJsonArray::fromStringList(columns)).toJson(QJsonDocument::Compact) +
                       QByteArrayLiteral(", \"rows\": ["));
        firstTable = false;
        // The table and column names are our own schema's, never the file's content.
        QSqlQuery q = db.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                              QStringLiteral(" FROM ") + table + QStringLiteral(" ORDER BY ") + orderOf(table));
        bool firstRow = true;
        while (ok && db.next(q)) {
            QJsonArray row;
            for (int i = 0; i < columns.size(); ++i) {
                row.append(toJson(q.value(i), types.at(i)));
            }
            ok = put((firstRow ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n")) +
                     QJsonDocument(row).toJson(QJsonDocument::Compact));
            firstRow = false;
            ++m_rows;
        }
        ok = ok && put(QByteArrayLiteral("]}"));
    }
    ok = ok && put(QByteArrayLiteral("\n}\n}\n"));
    if (db.errorCount() != errors) {
        // A row that could not be read must not become a shorter file that looks whole.
        file.cancelWriting();
        m_lastError = tr("The project could not be read whole: %1").arg(db.lastError());
        return false;
    }
    if (!ok || !file.commit()) {
        m_lastError = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ProjectJson::read(const QString &path, const QString &projectPath)
{
    m_rows = 0;
    m_lastError.clear();
    if (QFileInfo::exists(projectPath)) {
        m_lastError = tr("%1 already exists: a project is made from JSON into a new file.").arg(projectPath);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    const QJsonObject root = document.object();
    if (document.isNull() || root.value(QStringLiteral("format")).toString() != QLatin1String(Format)) {
        m_lastError = document.isNull() ? tr("%1 is not JSON: %2 at byte %3.")
                                              .arg(path, parseError.errorString(), QString::number(parseError.offset))
                                        : tr("%1 is not a Credence project exported as JSON.").arg(path);
        return false;
    }
    if (root.value(QStringLiteral("version")).toInt() > Version ||
        root.value(QStringLiteral("schema")).toInt() > Database::SchemaVersion) {
        m_lastError = tr("%1 was exported by a newer Credence: update Credence to read it.").arg(path);
        return false;
    }
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        if (!userTables().contains(it.key())) {
            m_lastError = tr("%1 holds a table Credence does not know: %2.").arg(path, it.key());
            return false;
        }
    }

    bool ok = false;
    {
        Database db;
        if (!db.open(projectPath, {OpenMode::Create})) {
            m_lastError = db.lastError();
            return false;
        }
        Transaction tx(db);
        ok = tx.isActive();
        for (const QString &table : userTables()) {
            if (!ok || !tables.contains(table)) {
                continue;
            }
            const QJsonObject data = tables.value(table).toObject();
            const QJsonArray columns = data.value(QStringLiteral("columns")).toArray();
            const QSqlRecord record = db.connection().record(table);
            QStringList names;
            QList<QMetaType> types;
            for (const QJsonValue &column : columns) {
                const int index = record.indexOf(column.toString());
                if (index < 0) {
                    m_lastError =
                        tr("%1 has a column Credence does not know: %2.%3.").arg(path, table, column.toString());
                    ok = false;
                    break;
                }
                names.append(record.fieldName(index));
                types.append(record.field(index).metaType());
            }
            if (!ok || names.isEmpty()) {
                continue;
            }
            // A new project has rows of its own in a few tables (its id sequences): the file's replace them.
            ok = db.exec(QStringLiteral("DELETE FROM ") + table).isActive();
            const QString insert = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                                   names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                                   QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")) +
                                   QStringLiteral(")");
            for (const QJsonValue &rowValue : data.value(QStringLiteral("rows")).toArray()) {
                const QJsonArray row = rowValue.toArray();
                if (row.size() != names.size()) {
                    m_lastError = tr("%1 has a row of %2 that does not match its columns.").arg(path, table);
                    ok = false;
                    break;
                }
                QVariantList values;
                for (int i = 0; i < names.size(); ++i) {
                    values.append(fromJson(row.at(i), types.at(i)));
                }
                if (!db.run(insert, values)) {
                    ok = false;
                    break;
                }
                ++m_rows;
            }
        }
        if (ok) {
            ok = tx.commit();
        }
        if (!ok && m_lastError.isEmpty()) {
            m_lastError = tr("The project could not be made from %1: %2").arg(path, db.lastError());
        }
    }
    if (!ok) {
        Database::removeFiles(projectPath);
    }
    return ok;
}

} // namespace Credence::Core
