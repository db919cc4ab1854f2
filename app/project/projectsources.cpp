// Project: source records, merged, renamed and graded by hand.

#include "project.h"
#include "projectrecords.h"
#include "scoring/reliability.h"

namespace Credence::Core {

QList<Source> Project::sources()
{
    return reported([&] { return SourceRepository(*m_db).all(); });
}

std::optional<Source> Project::source(Id sourceId)
{
    return reported([&] { return SourceRepository(*m_db).get(sourceId); });
}

QList<SourceGradeChange> Project::sourceGradeHistory(Id sourceId)
{
    return reported([&] { return SourceRepository(*m_db).gradeHistory(sourceId); });
}

QString Project::computedSourceGrade(Id sourceId)
{
    for (const ScoreRow &row : reliabilitySummary().sources) {
        if (row.id == sourceId) {
            return row.computedGrade;
        }
    }
    return computedGrade(assessReliability(0, 0)); // no articles: nothing to judge by
}

bool Project::changeSource(const Source &source)
{
    Source changed = source;
    changed.name = source.name.simplified();
    if (changed.name.isEmpty()) {
        return refuse(tr("A source needs a name."));
    }
    const Id named = reported([&] { return SourceRepository(*m_db).idByName(changed.name); });
    if (named && named != source.id) {
        return refuse(tr("Another source is called “%1”: select both and merge them instead.").arg(changed.name));
    }
    const auto stored = this->source(source.id);
    if (!stored) {
        return refuse(tr("The source no longer exists."));
    }
    // The grade is set apart, with its reason and history.
    changed.grade = stored->grade;
    changed.gradeReason = stored->gradeReason;
    if (changed == *stored) {
        return true;
    }
    return changeRecords<SourceRepository>(tr("Edit source %1").arg(changed.name), {source.id},
                                           [this, changed] { return SourceRepository(*m_db).update(changed); });
}

bool Project::mergeSources(Id into, const QList<Id> &others)
{
    QList<Id> merged;
    for (const Id id : others) {
        if (id != into && !merged.contains(id)) {
            merged.append(id);
        }
    }
    const auto target = source(into);
    if (!target) {
        return refuse(tr("The source no longer exists."));
    }
    if (merged.isEmpty()) {
        return refuse(tr("Select at least two sources to merge."));
    }
    QList<Source> absorbed;
    for (const Id id : std::as_const(merged)) {
        const auto other = source(id);
        if (!other) {
            return refuse(tr("The source no longer exists."));
        }
        absorbed.append(*other);
    }
    const QList<Id> ids = QList<Id>{into} + merged;
    const QString text = tr("Merge %n source(s) into %1", nullptr, int(merged.size())).arg(target->name);
    return changeRecords<SourceRepository>(text, ids, [this, into, target = *target, absorbed] {
        SourceRepository repository(*m_db);
        Source result = target;
        for (const Source &other : absorbed) {
            // The other's names and domains now find this source; its notes stay, marked with where they came from.
            absorbRecord(result.name, result.aliases, result.notes, other.name, other.aliases, other.notes);
            for (const QString &domain : other.domains) {
                if (!result.domains.contains(domain)) {
                    result.domains.append(domain);
                }
            }
            if (!repository.mergeInto(other.id, into)) {
                return false;
            }
        }
        return repository.update(result);
    });
}

bool Project::setSourceGrade(Id sourceId, const QString &grade, const QString &reason)
{
    if (!grade.isEmpty() && !sourceGrades().contains(grade)) {
        return refuse(tr("“%1” is no grade: use A to F.").arg(grade));
    }
    const auto stored = source(sourceId);
    if (!stored) {
        return refuse(tr("The source no longer exists."));
    }
    if (stored->grade == grade && stored->gradeReason == reason) {
        return true;
    }
    const QString computed = computedSourceGrade(sourceId);
    return changeRecords<SourceRepository>(
        tr("Grade source %1").arg(stored->name), {sourceId}, [this, sourceId, grade, reason, computed] {
            return SourceRepository(*m_db).setGrade(sourceId, grade, reason, computed);
        });
}

} // namespace Credence::Core
