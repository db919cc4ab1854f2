#pragma once

#include "domain/criteria.h"
#include "domain/source.h"
#include "domain/sourcetally.h"

#include <optional>

namespace Credence::Core {

class Database;

/// An article's place among sources: its source and the outlet it credits.
struct ArticleSources
{
    Id articleId = 0;
    Id sourceId = 0;
    Id originSourceId = 0;

    bool operator==(const ArticleSources &) const = default;
};

/// Some sources as they stand, whole, for undo: their records, every article of theirs or crediting them, and their
/// grade history. Ids not among records are sources that do not exist in this state.
struct SourcesSnapshot
{
    QList<Id> ids;
    QList<Source> records;
    QList<ArticleSources> articles;
    QList<SourceGradeChange> history;
    QList<std::pair<Id, CriterionEntry>> criteria;

    bool operator==(const SourcesSnapshot &) const = default;
};

/// Source records: the per-source counts that scoring works from, the records themselves, and changes to them.
class SourceRepository
{
public:
    explicit SourceRepository(Database &db)
        : m_db(db)
    {}

    QList<SourceTally> tallies();
    /// The counts of the one source @p articleId belongs to: what a verdict on that article can change.
    std::optional<SourceTally> tallyOfArticleSource(Id articleId);

    /// Every source record, by name.
    QList<Source> all();
    std::optional<Source> get(Id sourceId);
    /// The id of the source named @p name (case aside), or 0.
    Id idByName(const QString &name);
    /// Stores @p source's fields (not its grade); false when its name is another source's.
    bool update(const Source &source);
    /// Moves every article of @p from (as source or as origin) to @p to, then removes @p from.
    bool mergeInto(Id from, Id to);
    /// Sets the grade and its reason, with a history row that keeps @p computed beside it.
    bool setGrade(Id sourceId, const QString &grade, const QString &reason, const QString &computed);
    QList<SourceGradeChange> gradeHistory(Id sourceId);
    /// The user's answers for @p sourceId, in the order of sourceCriteria(); unanswered criteria included.
    QList<CriterionEntry> criteria(Id sourceId);
    /// Every source's answers (those answered or with a note), by source.
    QHash<Id, QList<CriterionEntry>> allCriteria();
    /// Stores @p entries for @p sourceId (an unanswered one without a note removes its row).
    bool setCriteria(Id sourceId, const QList<CriterionEntry> &entries);

    std::optional<SourcesSnapshot> snapshot(const QList<Id> &ids);
    /// Puts the sources of @p state back as they were (records, their articles' links, history); call inside a
    /// transaction.
    bool restore(const SourcesSnapshot &state);

private:
    Database &m_db;
};

} // namespace Credence::Core
