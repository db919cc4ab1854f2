#pragma once

#include "database.h"
#include "domain/id.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

namespace Credence::Core::DerivedTable {

// What the tables derived from the articles (the origins, the text-quality signals) share: made and dropped by a
// list of statements, and caught up at open for the articles stored without them.

/// Runs @p statements in order; false at the first that fails (the caller's transaction then rolls back).
inline bool execAll(Database &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (!db.exec(statement).isActive()) {
            return false;
        }
    }
    return true;
}

/// Calls @p measure for every article without a row in @p table (keyed by article_id), in id order, in one
/// transaction; true when there were none or all were measured.
template <typename Measure> bool catchUp(Database &db, const QString &table, Measure measure)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM ") + table +
                          QStringLiteral(") ORDER BY id"));
    QList<Id> missing;
    while (db.next(q)) {
        missing.append(q.value(0).toLongLong());
    }
    if (missing.isEmpty()) {
        return true;
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return false;
    }
    for (const Id id : std::as_const(missing)) {
        if (!measure(id)) {
            return false;
        }
    }
    return tx.commit();
}

} // namespace Credence::Core::DerivedTable
