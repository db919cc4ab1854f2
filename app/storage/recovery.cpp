#include "recovery.h"

#include "database.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdio>
#include <functional>
#include <limits>
#include <optional>
#include <unistd.h>

namespace Credence::Core {

/// The translation context of this file's messages.
class Recovery
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::Recovery)
};

namespace {

// Parents before children, so that a recovered copy's foreign keys hold as rows go in.
const QStringList Tables = {
    QStringLiteral("sources"),         QStringLiteral("source_history"), QStringLiteral("authors"),
    QStringLiteral("articles"),        QStringLiteral("claims"),         QStringLiteral("verdict_history"),
    QStringLiteral("dismissed_units"), QStringLiteral("evidence"),       QStringLiteral("evidence_files")};
// Small tables keyed by something other than an id (a source's answers to the criteria, the project's details): read
// whole, in one statement; a read that fails marks them incomplete.
const QStringList KeyedTables = {QStringLiteral("source_criteria"), QStringLiteral("project_details")};

constexpr int Batch = 256;
// Past this many ids in one damaged stretch, the ids are not probed one by one: the rest of the table is lost.
constexpr qint64 MaxProbe = qint64(1) << 22;

using RowSink = std::function<void(const QSqlQuery &row)>;

QStringList columnsOf(Database &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q = db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    while (db.next(q)) {
        columns.append(q.value(0).toString());
    }
    return columns;
}

/// Walks @p table in row id order. A read that fails (a damaged page) is stepped over: ids are probed at doubling
/// distances until a read succeeds again, then every id in between is read on its own, so only the rows on
/// damaged pages are lost.
TableRecovery walkTable(Database &db, const QString &table, const QStringList &columns, const RowSink &sink)
{
    TableRecovery result{table};
    // Table and column names come from our own schema, never from the file's content.
    const QString select =
        QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table;
    const QString batch = select + QStringLiteral(" WHERE id > ? ORDER BY id LIMIT %1").arg(Batch);
    const QString from = select + QStringLiteral(" WHERE id >= ? ORDER BY id LIMIT 1");
    const QString one = select + QStringLiteral(" WHERE id = ?");
    qint64 cursor = std::numeric_limits<qint64>::min();
    for (;;) {
        QSqlQuery q = db.exec(batch, {cursor});
        int rows = 0;
        const int errorsBefore = db.errorCount();
        while (q.isActive() && db.next(q)) {
            cursor = q.value(0).toLongLong();
            sink(q);
            ++result.read;
            ++rows;
        }
        if (q.isActive() && db.errorCount() == errorsBefore) {
            if (rows < Batch) {
                return result; // the end of the table
            }
            continue;
        }
        // A damaged stretch starts after cursor: find where reading works again.
        qint64 step = 1;
        std::optional<qint64> resume; // the first readable id after the stretch; nullopt: the end
        bool found = false;
        while (!found) {
            if (step > MaxProbe || cursor > std::numeric_limits<qint64>::max() - step) {
                result.incomplete = true;
                return result;
            }
            QSqlQuery probe = db.exec(from, {cursor + step});
            const int before = db.errorCount();
            if (probe.isActive() && db.next(probe)) {
                resume = probe.value(0).toLongLong();
                found = true;
            } else if (probe.isActive() && db.errorCount() == before) {
                found = true; // nothing readable follows
            } else {
                step *= 2;
            }
        }
        // Every id between the last row read and the probe that worked, read on its own.
        for (qint64 id = cursor + 1; id < cursor + step; ++id) {
            QSqlQuery single = db.exec(one, {id});
            const int before = db.errorCount();
            if (single.isActive() && db.next(single)) {
                sink(single);
                ++result.read;
            } else if (!single.isActive() || db.errorCount() != before) {
                ++result.unreadable;
            }
        }
        if (!resume) {
            return result;
        }
        cursor = *resume - 1;
    }
}

QString number(int n)
{
    return QLocale().toString(n);
}

} // namespace

TableRecovery RecoveryReport::table(const QString &name) const
{
    for (const TableRecovery &t : tables) {
        if (t.table == name) {
            return t;
        }
    }
    return {name};
}

int RecoveryReport::lost() const
{
    int lost = 0;
    for (const TableRecovery &t : tables) {
        lost += t.unreadable + t.orphaned;
    }
    return lost;
}

QString RecoveryReport::summary() const
{
    const TableRecovery articles = table(QStringLiteral("articles"));
    const TableRecovery claims = table(QStringLiteral("claims"));
    const TableRecovery history = table(QStringLiteral("verdict_history"));
    QStringList lines;
    lines << Recovery::tr("Readable: %1 articles, %2 claims, %3 verdict history entries.")
                 .arg(number(articles.read), number(claims.read), number(history.read));
    QStringList lost;
    for (const TableRecovery &t : tables) {
        if (t.unreadable > 0) {
            lost << Recovery::tr("up to %1 rows of %2 on damaged pages").arg(number(t.unreadable), t.table);
        }
        if (t.orphaned > 0) {
            lost << Recovery::tr("%1 rows of %2 whose article or source was lost").arg(number(t.orphaned), t.table);
        }
        if (t.incomplete) {
            lost << Recovery::tr("the end of %1 (the damage is too wide to step over)").arg(t.table);
        }
    }
    if (lost.isEmpty()) {
        lines << Recovery::tr("Every row could be read; the damage is in the indexes or free pages.");
    } else {
        lines << Recovery::tr("Could not be read: %1.").arg(lost.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

/// Reads @p table whole (one of KeyedTables), giving each row to @p sink.
TableRecovery readKeyedTable(Database &db, const QString &table, const QStringList &columns, const RowSink &sink)
{
    TableRecovery result{table};
    if (columns.isEmpty()) {
        return result; // not in this project's schema (made before it)
    }
    const int errors = db.errorCount();
    // Table and column names come from our own schema, never from the file's content.
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table);
    while (q.isActive() && db.next(q)) {
        sink(q);
        ++result.read;
    }
    result.incomplete = db.errorCount() != errors;
    return result;
}

RecoveryReport scanReadable(Database &db)
{
    RecoveryReport report;
    for (const QString &table : Tables) {
        report.tables.append(walkTable(db, table, {QStringLiteral("id")}, [](const QSqlQuery &) {}));
    }
    for (const QString &table : KeyedTables) {
        report.tables.append(readKeyedTable(db, table, columnsOf(db, table), [](const QSqlQuery &) {}));
    }
    return report;
}

bool saveRecoveredCopy(Database &damaged, const QString &path, RecoveryReport *report, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(damaged.path()).absoluteFilePath()) {
        return failWith(Recovery::tr("The recovered copy must go to another file than the damaged project."));
    }
    const QString partial = path + QStringLiteral(".part");
    Database::removeFiles(partial);
    RecoveryReport result;
    {
        Database target;
        if (!target.open(partial, {OpenMode::Create})) {
            return failWith(Recovery::tr("Cannot write the recovered copy: %1").arg(target.lastError()));
        }
        Transaction tx(target);
        if (!tx.isActive()) {
            return failWith(Recovery::tr("Cannot write the recovered copy: %1").arg(target.lastError()));
        }
        // Copies what @p read gives of @p table (its columns the two schemas share, @p first first); a row whose
        // parent was lost breaks a foreign key (or a NOT NULL) and is left out, counted as orphaned.
        const auto copy = [&](const QString &table, const QString &first,
                              const std::function<TableRecovery(const QStringList &, const RowSink &)> &read) {
            const QStringList targetColumns = columnsOf(target, table);
            QStringList shared;
            for (const QString &column : columnsOf(damaged, table)) {
                if (targetColumns.contains(column)) {
                    shared.append(column);
                }
            }
            if (!first.isEmpty()) {
                if (!shared.contains(first)) {
                    result.tables.append({table, 0, 0, 0, true});
                    return;
                }
                shared.removeAll(first);
                shared.prepend(first);
            }
            const QString insert = QStringLiteral("INSERT INTO ") + table + QLatin1Char('(') +
                                   shared.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                                   QStringList(shared.size(), QStringLiteral("?")).join(QStringLiteral(", ")) +
                                   QLatin1Char(')');
            int orphaned = 0;
            TableRecovery t = read(shared, [&](const QSqlQuery &row) {
                QVariantList values;
                for (qsizetype i = 0; i < shared.size(); ++i) {
                    values.append(row.value(int(i)));
                }
                if (!target.exec(insert, values).isActive()) {
                    ++orphaned;
                }
            });
            t.read -= orphaned;
            t.orphaned = orphaned;
            result.tables.append(t);
        };
        for (const QString &table : Tables) {
            copy(table, QStringLiteral("id"), [&](const QStringList &columns, const RowSink &sink) {
                return walkTable(damaged, table, columns, sink);
            });
        }
        for (const QString &table : KeyedTables) {
            copy(table, QString(), [&](const QStringList &columns, const RowSink &sink) {
                return readKeyedTable(damaged, table, columns, sink);
            });
        }
        if (!tx.commit() || !target.checkpoint()) {
            const QString message = target.lastError();
            target.close();
            Database::removeFiles(partial);
            return failWith(Recovery::tr("Cannot write the recovered copy: %1").arg(message));
        }
        target.close();
    }
    QFile written(partial);
    if (!written.open(QIODevice::ReadWrite) || ::fsync(written.handle()) != 0) {
        Database::removeFiles(partial);
        return failWith(Recovery::tr("Cannot write the recovered copy: %1").arg(written.errorString()));
    }
    written.close();
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        Database::removeFiles(partial);
        return failWith(Recovery::tr("Cannot replace %1.").arg(QDir::toNativeSeparators(path)));
    }
    if (report) {
        *report = result;
    }
    return true;
}

} // namespace Credence::Core
