// Project: source records, merged, renamed and graded by hand.

#include "project.h"
#include "projectrecords.h"
#include "report/usertext.h"
#include "scoring/reliability.h"
#include "signals/correctionnotice.h"

#include <algorithm>

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

QList<CriterionEntry> Project::criteriaOf(Id sourceId)
{
    return reported([&] { return SourceRepository(*m_db).criteria(sourceId); });
}

QList<CriterionProposal> Project::proposedCriteria(Id sourceId)
{
    QList<CriterionProposal> proposals;
    const ReliabilitySummary summary = reliabilitySummary();
    const auto row = std::find_if(summary.sources.cbegin(), summary.sources.cend(),
                                  [sourceId](const ScoreRow &r) { return r.id == sourceId; });
    if (row == summary.sources.cend()) {
        return proposals; // no articles: nothing to propose from
    }
    // From the claims: a source whose decided claims mostly fail publishes false content; one graded A or B by
    // them does not. Fewer than the minimum decided say nothing.
    if (row->reliability.judged && row->countedContradicted >= DefaultMinimumDecided && row->reliability.score < 0.5) {
        proposals.append(
            {QStringLiteral("false-content"), CriterionAnswer::NotMet,
             tr("%n of its decided claims were contradicted; estimate %1.", nullptr, row->countedContradicted)
                 .arg(row->reliability.display())});
    } else if (row->computedGrade == u"A" || row->computedGrade == u"B") {
        proposals.append(
            {QStringLiteral("false-content"), CriterionAnswer::Met,
             tr("Its claims give grade %1: estimate %2.").arg(row->computedGrade, row->reliability.display())});
    }
    // Bylines: most of its articles name their author, or most do not.
    int withByline = 0;
    int articles = 0;
    int ledeContradicted = 0;
    int corrected = 0;
    QString firstNotice;
    QHash<QString, QSet<QString>> versionsByUrl; // the bodies stored for each address: more than one, re-imported
    for (const ArticleSummary &article : this->articles()) {
        if (article.sourceId != sourceId) {
            continue;
        }
        ++articles;
        withByline += article.author.isEmpty() ? 0 : 1;
        if (const std::optional<Article> stored = this->article(article.id)) {
            const QString notice = correctionNotice(stored->body);
            if (!notice.isEmpty()) {
                ++corrected;
                firstNotice = firstNotice.isEmpty() ? notice : firstNotice;
            }
            if (!stored->metadata.url.isEmpty()) {
                versionsByUrl[stored->metadata.url].insert(stored->body);
            }
        }
        // The headline's own claim is the lede: the first claim of the body.
        const QList<Claim> claims = this->claims(article.id);
        ledeContradicted += !claims.isEmpty() && claims.first().verdict == Verdict::Contradicted ? 1 : 0;
    }
    if (articles > 0 && withByline * 5 >= articles * 4) {
        proposals.append({QStringLiteral("creators"), CriterionAnswer::Met,
                          tr("%1 of %n article(s) name their author.", nullptr, articles).arg(withByline)});
    } else if (articles > 0 && withByline * 2 <= articles) {
        proposals.append({QStringLiteral("creators"), CriterionAnswer::NotMet,
                          tr("Only %1 of %n article(s) name their author.", nullptr, articles).arg(withByline)});
    }
    // Corrections: an article that prints one, or a page imported again whose text had changed. Neither's absence
    // says a source does not correct (it may have had nothing to correct), so nothing is proposed against it.
    const auto changed = std::count_if(versionsByUrl.cbegin(), versionsByUrl.cend(),
                                       [](const QSet<QString> &bodies) { return bodies.size() > 1; });
    if (corrected > 0) {
        constexpr qsizetype ShownNotice = 120;
        proposals.append({QStringLiteral("corrects"), CriterionAnswer::Met,
                          tr("%n article(s) print a correction, as “%1”.", nullptr, corrected)
                              .arg(shortened(firstNotice, ShownNotice))});
    } else if (changed > 0) {
        proposals.append({QStringLiteral("corrects"), CriterionAnswer::Unanswered,
                          tr("%n page(s) changed when imported again, with no correction notice: compare the versions.",
                             nullptr, int(changed))});
    }
    if (ledeContradicted > 0) {
        proposals.append({QStringLiteral("headlines"), CriterionAnswer::NotMet,
                          tr("The lead claim of %n article(s) was contradicted.", nullptr, ledeContradicted)});
    }
    return proposals;
}

bool Project::setSourceCriteria(Id sourceId, const QList<CriterionEntry> &entries)
{
    const auto stored = source(sourceId);
    if (!stored) {
        return refuse(tr("The source no longer exists."));
    }
    for (const CriterionEntry &entry : entries) {
        if (!criterionByKey(entry.key)) {
            return refuse(tr("“%1” is no criterion.").arg(entry.key));
        }
    }
    const QList<CriterionEntry> current = criteriaOf(sourceId);
    bool same = true;
    for (const CriterionEntry &entry : entries) {
        const auto now = std::find_if(current.cbegin(), current.cend(),
                                      [&entry](const CriterionEntry &c) { return c.key == entry.key; });
        same = same && now != current.cend() && *now == entry;
    }
    if (same) {
        return true;
    }
    return changeRecords<SourceRepository>(
        tr("Criteria of %1").arg(stored->name), {sourceId},
        [this, sourceId, entries] { return SourceRepository(*m_db).setCriteria(sourceId, entries); });
}

} // namespace Credence::Core
