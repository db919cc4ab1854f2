#include "sourcerepository.h"

#include "bindvalues.h"
#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace Credence::Core {

namespace {

QList<SourceTally> readTallies(Database &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT s.id, s.name,"
                                         " (SELECT count(*) FROM articles a WHERE a.source_id = s.id),"
                                         " count(c.id) FILTER (WHERE c.verdict = 1),"
                                         " count(c.id) FILTER (WHERE c.verdict = 2),"
                                         " count(c.id) FILTER (WHERE c.verdict = 3),"
                                         " count(c.id) FILTER (WHERE c.verdict = 0), s.grade"
                                         " FROM sources s LEFT JOIN articles a ON a.source_id = s.id"
                                         " LEFT JOIN claims c ON c.article_id = a.id ") +
                              where +
                              // A source only credited as another's origin has no articles, so no score.
                              QStringLiteral(" GROUP BY s.id HAVING count(a.id) > 0 ORDER BY s.name COLLATE NOCASE"),
                          values);
    QList<SourceTally> result;
    while (db.next(q)) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                       q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(), q.value(7).toString()});
    }
    return result;
}

} // namespace

QList<SourceTally> SourceRepository::tallies()
{
    return readTallies(m_db, QString(), {});
}

std::optional<SourceTally> SourceRepository::tallyOfArticleSource(Id articleId)
{
    const QList<SourceTally> one =
        readTallies(m_db, QStringLiteral("WHERE s.id = (SELECT source_id FROM articles WHERE id = ?)"), {articleId});
    return one.isEmpty() ? std::nullopt : std::optional<SourceTally>(one.first());
}

namespace {

const QString SourceColumns = QStringLiteral(
    "SELECT id, name, kind, domains, aliases, country, language, notes, grade, grade_reason FROM sources ");

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

Source sourceFromRow(const QSqlQuery &q)
{
    Source source;
    source.id = q.value(0).toLongLong();
    source.name = q.value(1).toString();
    source.kind = sourceKindFromKey(q.value(2).toString()).value_or(SourceKind::Outlet);
    source.domains = lines(q.value(3).toString());
    source.aliases = lines(q.value(4).toString());
    source.country = q.value(5).toString();
    source.language = q.value(6).toString();
    source.notes = q.value(7).toString();
    source.grade = q.value(8).toString();
    source.gradeReason = q.value(9).toString();
    return source;
}

SourceGradeChange gradeChangeFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs)};
}

const QString HistoryColumns = QStringLiteral(
    "SELECT id, source_id, old_grade, new_grade, computed_grade, reason, changed_at FROM source_history ");

} // namespace

QList<Source> SourceRepository::all()
{
    QList<Source> sources;
    QSqlQuery q = m_db.exec(SourceColumns + QStringLiteral("ORDER BY name COLLATE NOCASE"));
    while (m_db.next(q)) {
        sources.append(sourceFromRow(q));
    }
    return sources;
}

std::optional<Source> SourceRepository::get(Id sourceId)
{
    QSqlQuery q = m_db.exec(SourceColumns + QStringLiteral("WHERE id = ?"), {sourceId});
    return m_db.next(q) ? std::optional<Source>(sourceFromRow(q)) : std::nullopt;
}

Id SourceRepository::idByName(const QString &name)
{
    return m_db.scalar(QStringLiteral("SELECT id FROM sources WHERE name = ?"), {text(name)}).toLongLong();
}

bool SourceRepository::update(const Source &source)
{
    return m_db.changeOne(
        QStringLiteral("UPDATE sources SET name = ?, kind = ?, domains = ?, aliases = ?, country = ?, language = ?,"
                       " notes = ? WHERE id = ?"),
        {text(source.name), sourceKindKey(source.kind), text(source.domains.join(u'\n')),
         text(source.aliases.join(u'\n')), text(source.country), text(source.language), text(source.notes), source.id},
        QCoreApplication::translate("Credence::Core::SourceRepository", "The source no longer exists."));
}

QList<CriterionEntry> SourceRepository::criteria(Id sourceId)
{
    QHash<QString, CriterionEntry> stored;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT criterion, answer, note FROM source_criteria WHERE source_id = ?"),
                            {sourceId});
    while (m_db.next(q)) {
        const int answer = q.value(1).toInt();
        stored.insert(q.value(0).toString(),
                      {q.value(0).toString(),
                       answer >= 0 && answer <= 3 ? CriterionAnswer(answer) : CriterionAnswer::Unanswered,
                       q.value(2).toString()});
    }
    QList<CriterionEntry> entries;
    for (const Criterion &criterion : sourceCriteria()) {
        entries.append(stored.value(criterion.key, CriterionEntry{criterion.key, CriterionAnswer::Unanswered, {}}));
    }
    return entries;
}

QHash<Id, QList<CriterionEntry>> SourceRepository::allCriteria()
{
    QHash<Id, QList<CriterionEntry>> all;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT source_id, criterion, answer, note FROM source_criteria"));
    while (m_db.next(q)) {
        const int answer = q.value(2).toInt();
        all[q.value(0).toLongLong()].append(
            {q.value(1).toString(), answer >= 0 && answer <= 3 ? CriterionAnswer(answer) : CriterionAnswer::Unanswered,
             q.value(3).toString()});
    }
    return all;
}

bool SourceRepository::setCriteria(Id sourceId, const QList<CriterionEntry> &entries)
{
    for (const CriterionEntry &entry : entries) {
        const bool empty = entry.answer == CriterionAnswer::Unanswered && entry.note.isEmpty();
        const bool ok =
            empty ? m_db.exec(QStringLiteral("DELETE FROM source_criteria WHERE source_id = ? AND criterion = ?"),
                              {sourceId, entry.key})
                        .isActive()
                  : m_db.exec(QStringLiteral("INSERT INTO source_criteria(source_id, criterion, answer, note)"
                                             " VALUES (?, ?, ?, ?) ON CONFLICT(source_id, criterion) DO UPDATE SET"
                                             " answer = excluded.answer, note = excluded.note"),
                              {sourceId, entry.key, int(entry.answer), text(entry.note)})
                        .isActive();
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool SourceRepository::mergeInto(Id from, Id to)
{
    // What the merged-away source had answered fills what the kept one had not; its own answers stay.
    return m_db.exec(QStringLiteral("INSERT INTO source_criteria(source_id, criterion, answer, note)"
                                    " SELECT ?, criterion, answer, note FROM source_criteria WHERE source_id = ?"
                                    " ON CONFLICT(source_id, criterion) DO UPDATE SET answer = excluded.answer,"
                                    " note = excluded.note WHERE source_criteria.answer = 0"
                                    " AND source_criteria.note = ''"),
                     {to, from})
               .isActive() &&
           m_db.exec(QStringLiteral("UPDATE articles SET source_id = ? WHERE source_id = ?"), {to, from}).isActive() &&
           m_db.exec(QStringLiteral("UPDATE articles SET origin_source_id = ? WHERE origin_source_id = ?"), {to, from})
               .isActive() &&
           // An article that now credits its own source is no copy of another.
           m_db.exec(QStringLiteral("UPDATE articles SET origin_source_id = NULL WHERE origin_source_id = source_id"))
               .isActive() &&
           m_db.exec(QStringLiteral("DELETE FROM sources WHERE id = ?"), {from}).isActive();
}

bool SourceRepository::setGrade(Id sourceId, const QString &grade, const QString &reason, const QString &computed)
{
    const std::optional<Source> source = get(sourceId);
    if (!source) {
        return false;
    }
    return m_db.changeOne(
               QStringLiteral("UPDATE sources SET grade = ?, grade_reason = ? WHERE id = ?"),
               {text(grade), text(reason), sourceId},
               QCoreApplication::translate("Credence::Core::SourceRepository", "The source no longer exists.")) &&
           m_db.exec(QStringLiteral("INSERT INTO source_history(source_id, old_grade, new_grade, computed_grade,"
                                    " reason, changed_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {sourceId, text(source->grade), text(grade), text(computed), text(reason),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)})
               .isActive();
}

QList<SourceGradeChange> SourceRepository::gradeHistory(Id sourceId)
{
    QList<SourceGradeChange> changes;
    QSqlQuery q = m_db.exec(HistoryColumns + QStringLiteral("WHERE source_id = ? ORDER BY id"), {sourceId});
    while (m_db.next(q)) {
        changes.append(gradeChangeFromRow(q));
    }
    return changes;
}

std::optional<SourcesSnapshot> SourceRepository::snapshot(const QList<Id> &ids)
{
    const int errors = m_db.errorCount();
    SourcesSnapshot state;
    state.ids = ids;
    // The ids are ours (numbers), not user input: safe to inline in the statements.
    const QString in = idList(ids);
    QSqlQuery records = m_db.exec(SourceColumns + QStringLiteral("WHERE id IN (%1) ORDER BY id").arg(in));
    while (m_db.next(records)) {
        state.records.append(sourceFromRow(records));
    }
    QSqlQuery articles = m_db.exec(QStringLiteral("SELECT id, coalesce(source_id, 0), coalesce(origin_source_id, 0)"
                                                  " FROM articles WHERE source_id IN (%1) OR origin_source_id IN (%1)"
                                                  " ORDER BY id")
                                       .arg(in));
    while (m_db.next(articles)) {
        state.articles.append(
            {articles.value(0).toLongLong(), articles.value(1).toLongLong(), articles.value(2).toLongLong()});
    }
    QSqlQuery history = m_db.exec(HistoryColumns + QStringLiteral("WHERE source_id IN (%1) ORDER BY id").arg(in));
    while (m_db.next(history)) {
        state.history.append(gradeChangeFromRow(history));
    }
    QSqlQuery criteria = m_db.exec(QStringLiteral("SELECT source_id, criterion, answer, note FROM source_criteria"
                                                  " WHERE source_id IN (%1) ORDER BY source_id, criterion")
                                       .arg(in));
    while (m_db.next(criteria)) {
        state.criteria.append(
            {criteria.value(0).toLongLong(),
             {criteria.value(1).toString(), CriterionAnswer(criteria.value(2).toInt()), criteria.value(3).toString()}});
    }
    return m_db.errorCount() == errors ? std::optional<SourcesSnapshot>(state) : std::nullopt;
}

bool SourceRepository::restore(const SourcesSnapshot &state)
{
    const QString in = idList(state.ids);
    // Records first (a source that comes back must be there before its articles point at it), under a name no
    // record has, so that two sources trading names do not collide on the way.
    for (const Source &source : state.records) {
        const bool exists = get(source.id).has_value();
        if (!exists && !m_db.exec(QStringLiteral("INSERT INTO sources(id, name) VALUES (?, ?)"),
                                  {source.id, QStringLiteral("\u0001restoring %1").arg(source.id)})
                            .isActive()) {
            return false;
        }
        if (exists && !m_db.exec(QStringLiteral("UPDATE sources SET name = ? WHERE id = ?"),
                                 {QStringLiteral("\u0001restoring %1").arg(source.id), source.id})
                           .isActive()) {
            return false;
        }
    }
    for (const Source &source : state.records) {
        if (!update(source) || !m_db.exec(QStringLiteral("UPDATE sources SET grade = ?, grade_reason = ? WHERE id = ?"),
                                          {text(source.grade), text(source.gradeReason), source.id})
                                    .isActive()) {
            return false;
        }
    }
    for (const ArticleSources &article : state.articles) {
        if (!m_db.exec(QStringLiteral("UPDATE articles SET source_id = ?, origin_source_id = ? WHERE id = ?"),
                       {idOrNull(article.sourceId), idOrNull(article.originSourceId), article.articleId})
                 .isActive()) {
            return false;
        }
    }
    QList<Id> kept;
    for (const SourceGradeChange &change : state.history) {
        kept.append(change.id);
    }
    if (!m_db.exec(QStringLiteral("DELETE FROM source_history WHERE source_id IN (%1) AND id NOT IN (%2)")
                       .arg(in, idList(kept)))
             .isActive()) {
        return false;
    }
    for (const SourceGradeChange &change : state.history) {
        if (!m_db.exec(QStringLiteral("INSERT OR IGNORE INTO source_history(id, source_id, old_grade, new_grade,"
                                      " computed_grade, reason, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {change.id, change.sourceId, text(change.from), text(change.to), text(change.computed),
                        text(change.reason), change.at.toString(Qt::ISODateWithMs)})
                 .isActive()) {
            return false;
        }
    }
    // The answers as they were: the state's rows, and none of the rows made since.
    if (!m_db.exec(QStringLiteral("DELETE FROM source_criteria WHERE source_id IN (%1)").arg(in)).isActive()) {
        return false;
    }
    for (const auto &[sourceId, entry] : state.criteria) {
        if (!m_db.exec(QStringLiteral("INSERT INTO source_criteria(source_id, criterion, answer, note)"
                                      " VALUES (?, ?, ?, ?)"),
                       {sourceId, entry.key, int(entry.answer), text(entry.note)})
                 .isActive()) {
            return false;
        }
    }
    // Sources of the state that do not exist in it: their articles have moved back above.
    QList<Id> present;
    for (const Source &source : state.records) {
        present.append(source.id);
    }
    return m_db.exec(QStringLiteral("DELETE FROM sources WHERE id IN (%1) AND id NOT IN (%2)").arg(in, idList(present)))
        .isActive();
}

} // namespace Credence::Core
