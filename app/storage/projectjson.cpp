#include "projectjson.h"

#include "database.h"
#include "report/exporttarget.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>
#include <functional>
#include <optional>

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
        ok = ok && put(QByteArrayLiteral("\n]}"));
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

namespace {

/// Puts the rows of one table after another into a new project, checking each against the schema.
class RowInserter
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::ProjectJson)

public:
    RowInserter(Database &db, const QString &path)
        : m_db(db)
        , m_path(path)
    {}

    /// Starts @p table with @p columns; false (see error) when the file names what the schema does not have.
    bool beginTable(const QString &table, const QJsonArray &columns)
    {
        if (!userTables().contains(table)) {
            m_error = tr("%1 holds a table Credence does not know: %2.").arg(m_path, table);
            return false;
        }
        m_table = table;
        m_names.clear();
        m_types.clear();
        const QSqlRecord record = m_db.connection().record(table);
        for (const QJsonValue &column : columns) {
            const int index = record.indexOf(column.toString());
            if (index < 0) {
                m_error = tr("%1 has a column Credence does not know: %2.%3.").arg(m_path, table, column.toString());
                return false;
            }
            m_names.append(record.fieldName(index));
            m_types.append(record.field(index).metaType());
        }
        // A new project has rows of its own in a few tables (its id sequences): the file's replace them.
        m_insert = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + m_names.join(QStringLiteral(", ")) +
                   QStringLiteral(") VALUES (") +
                   QStringList(m_names.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + QStringLiteral(")");
        return m_db.exec(QStringLiteral("DELETE FROM ") + table).isActive();
    }

    bool row(const QJsonArray &row)
    {
        if (m_names.isEmpty() || row.size() != m_names.size()) {
            m_error = tr("%1 has a row of %2 that does not match its columns.").arg(m_path, m_table);
            return false;
        }
        QVariantList values;
        for (int i = 0; i < m_names.size(); ++i) {
            values.append(fromJson(row.at(i), m_types.at(i)));
        }
        if (!m_db.run(m_insert, values)) {
            return false;
        }
        ++m_rows;
        return true;
    }

    QString error() const { return m_error; }
    qint64 rows() const { return m_rows; }

private:
    Database &m_db;
    QString m_path;
    QString m_table;
    QStringList m_names;
    QList<QMetaType> m_types;
    QString m_insert;
    QString m_error;
    qint64 m_rows = 0;
};

/// What a file's first lines say it is.
enum class Header
{
    Ours,      ///< a Credence export this Credence reads
    Newer,     ///< from a newer Credence
    Other,     ///< JSON, but no Credence export
    NotLaidOut ///< not laid out line by line as export writes it (edited by hand, say): read whole instead
};

Header checkHeader(const QJsonObject &root)
{
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(Format)) {
        return Header::Other;
    }
    if (root.value(QStringLiteral("version")).toInt() > Version ||
        root.value(QStringLiteral("schema")).toInt() > Database::SchemaVersion) {
        return Header::Newer;
    }
    return Header::Ours;
}

} // namespace

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
    const auto refuse = [&](Header header, const QString &notJson) {
        m_lastError = header == Header::Newer
                          ? tr("%1 was exported by a newer Credence: update Credence to read it.").arg(path)
                      : header == Header::Other ? tr("%1 is not a Credence project exported as JSON.").arg(path)
                                                : notJson;
        return false;
    };

    // As export writes it, a file is read a line at a time, so a project of any size takes the memory of one row:
    // a header, then per table a line naming it and its columns, a line per row, a line closing it. Anything else
    // (a file laid out anew by an editor) is read whole instead.
    const auto streamed = [&](RowInserter &rows) -> std::optional<Header> {
        QByteArray head;
        for (;;) {
            const QByteArray line = file.readLine();
            if (line.isEmpty()) {
                return Header::NotLaidOut;
            }
            if (line.trimmed() == "\"tables\": {") {
                break;
            }
            head += line;
        }
        const QJsonDocument header = QJsonDocument::fromJson(head + "\"tables\": {}}");
        if (!header.isObject()) {
            return Header::NotLaidOut;
        }
        if (const Header kind = checkHeader(header.object()); kind != Header::Ours) {
            return kind;
        }
        static const QRegularExpression tableLine(
            QStringLiteral("^(\"[^\"]+\"): \\{\"columns\": (\\[.*\\]), \"rows\": \\[$"));
        for (;;) {
            const QByteArray line = file.readLine().trimmed();
            if (line == "}") {
                return Header::Ours; // the end of "tables"
            }
            const QRegularExpressionMatch m = tableLine.match(QString::fromUtf8(line));
            if (!m.hasMatch()) {
                return Header::NotLaidOut;
            }
            const QString name = QJsonDocument::fromJson("[" + m.captured(1).toUtf8() + "]").array().at(0).toString();
            const QJsonDocument columns = QJsonDocument::fromJson(m.captured(2).toUtf8());
            if (!columns.isArray() || !rows.beginTable(name, columns.array())) {
                return std::nullopt;
            }
            for (;;) {
                QByteArray row = file.readLine().trimmed();
                if (row == "]}" || row == "]},") {
                    break;
                }
                if (row.endsWith(',')) {
                    row.chop(1);
                }
                const QJsonDocument values = QJsonDocument::fromJson(row);
                if (!values.isArray()) {
                    return Header::NotLaidOut;
                }
                if (!rows.row(values.array())) {
                    return std::nullopt;
                }
            }
        }
    };

    const auto whole = [&](RowInserter &rows) -> std::optional<Header> {
        file.seek(0);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (document.isNull()) {
            m_lastError = tr("%1 is not JSON: %2 at byte %3.")
                              .arg(path, parseError.errorString(), QString::number(parseError.offset));
            return std::nullopt;
        }
        const QJsonObject root = document.object();
        if (const Header kind = checkHeader(root); kind != Header::Ours) {
            return kind;
        }
        const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
        for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
            const QJsonObject data = it.value().toObject();
            if (!rows.beginTable(it.key(), data.value(QStringLiteral("columns")).toArray())) {
                return std::nullopt;
            }
            for (const QJsonValue &row : data.value(QStringLiteral("rows")).toArray()) {
                if (!rows.row(row.toArray())) {
                    return std::nullopt;
                }
            }
        }
        return Header::Ours;
    };

    for (const auto &attempt : {std::function<std::optional<Header>(RowInserter &)>(streamed),
                                std::function<std::optional<Header>(RowInserter &)>(whole)}) {
        bool ok = false;
        std::optional<Header> outcome;
        {
            Database db;
            if (!db.open(projectPath, {OpenMode::Create})) {
                m_lastError = db.lastError();
                return false;
            }
            Transaction tx(db);
            // Tables may come in any order in a file edited by hand: references are checked at the commit.
            ok = tx.isActive() && db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")).isActive();
            RowInserter rows(db, path);
            outcome = ok ? attempt(rows) : std::nullopt;
            ok = outcome == Header::Ours && tx.commit();
            m_rows = rows.rows();
            if (!ok && !outcome && m_lastError.isEmpty()) {
                m_lastError = rows.error().isEmpty()
                                  ? tr("The project could not be made from %1: %2").arg(path, db.lastError())
                                  : rows.error();
            } else if (outcome == Header::Ours && !ok) {
                m_lastError = tr("The project could not be made from %1: %2").arg(path, db.lastError());
            }
        }
        if (ok) {
            return true;
        }
        Database::removeFiles(projectPath);
        if (outcome == Header::Newer || outcome == Header::Other) {
            return refuse(*outcome, QString());
        }
        if (outcome != Header::NotLaidOut) {
            return false;
        }
        m_rows = 0; // laid out otherwise: read whole
    }
    return false;
}

} // namespace Credence::Core
