#pragma once
// Every table of a project file as text, read through a connection of its own, so only what was committed counts:
// what undo and redo must put back exactly.

#include "storage/database.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QStringList>

namespace Credence::Test {

/// One line per row ("table: value | value ..."), tables by name, rows by rowid. dismissed_units is listed by article
/// and order without its ids, which nothing refers to and which are renumbered whenever an article's list is
/// written. A file that cannot be read gives one line saying why.
inline QStringList dumpTables(const QString &path)
{
    Core::Database db;
    if (!db.open(path, {Core::OpenMode::Existing, false, false})) {
        return {QStringLiteral("cannot open: ") + db.lastError()};
    }
    QStringList tables;
    QSqlQuery names = db.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        // Ids once given stay given: undo does not hand them back (claimedit_test idsAreNeverGivenTwice).
        " AND name <> 'id_sequences'"
        // The search index is derived from the other tables, and FTS5 lays out its segments as it likes.
        " AND name NOT LIKE 'search\\_%' ESCAPE '\\'"
        // An article's band keys follow from its signature (compared); their rows are written anew in any order.
        " AND name <> 'origin_bands' ORDER BY name"));
    while (db.next(names)) {
        tables.append(names.value(0).toString());
    }
    QStringList lines;
    for (const QString &table : std::as_const(tables)) {
        // The names come from sqlite_master, not from input.
        QSqlQuery q =
            db.exec(table == QLatin1String("dismissed_units")
                        ? QStringLiteral("SELECT article_id, text FROM dismissed_units ORDER BY article_id, id")
                        : QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        while (db.next(q)) {
            QStringList cells;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = q.value(i);
                if (value.isNull()) {
                    cells.append(QStringLiteral("NULL"));
                } else if (value.typeId() == QMetaType::QByteArray) {
                    cells.append(QString::fromLatin1(
                        QCryptographicHash::hash(value.toByteArray(), QCryptographicHash::Sha1).toHex()));
                } else {
                    cells.append(value.toString());
                }
            }
            lines.append(table + QStringLiteral(": ") + cells.join(QStringLiteral(" | ")));
        }
    }
    return lines;
}

/// The first line where @p actual and @p expected differ, for a failure message.
inline QString firstDifference(const QStringList &actual, const QStringList &expected)
{
    for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i) {
        const QString a = i < actual.size() ? actual.at(i) : QStringLiteral("(none)");
        const QString e = i < expected.size() ? expected.at(i) : QStringLiteral("(none)");
        if (a != e) {
            return QStringLiteral("row %1:\n  actual:   %2\n  expected: %3").arg(QString::number(i), a, e);
        }
    }
    return QStringLiteral("no difference");
}

} // namespace Credence::Test
