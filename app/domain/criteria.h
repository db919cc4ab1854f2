#pragma once

#include "id.h"

#include <QList>
#include <QString>

#include <optional>

namespace Credence::Core {

/// How the user answered a criterion for a source. Stored as its number: never renumber.
enum class CriterionAnswer : int
{
    Unanswered = 0,
    Met = 1,
    NotMet = 2,
    NotApplicable = 3,
};

/// One of the criteria raters of news sites judge a site by (after NewsGuard's nine, with their weights in points
/// out of 100). Stored by key: never rename a key.
struct Criterion
{
    QString key;
    double points = 0;
    const char *label = nullptr; ///< untranslated; criterionLabel() translates it
};

/// The nine criteria, most weighty first.
const QList<Criterion> &sourceCriteria();
std::optional<Criterion> criterionByKey(const QString &key);
/// Translated: "Does not repeatedly publish false content".
QString criterionLabel(const Criterion &criterion);
/// Translated: "Met", "Not met", "Not applicable", "Not answered".
QString criterionAnswerLabel(CriterionAnswer answer);

/// The user's answer to one criterion for one source, with a note (the evidence, in words or an address).
struct CriterionEntry
{
    QString key;
    CriterionAnswer answer = CriterionAnswer::Unanswered;
    QString note;

    bool operator==(const CriterionEntry &) const = default;
};

/// What the project's own data suggests for a criterion; never counted until the user answers so.
struct CriterionProposal
{
    QString key;
    /// Unanswered: no answer proposed, only something to look at (a page that changed when imported again).
    CriterionAnswer answer = CriterionAnswer::Unanswered;
    QString reason; ///< translated: why, with the figures
};

/// The criteria score of a source, from the user's answers only: the points of the criteria met out of the points
/// of those answered met or not met (not applicable and unanswered ones count neither way). Shown beside the
/// claim-based estimate, never blended into it.
struct CriteriaScore
{
    double points = 0;   ///< points met
    double possible = 0; ///< points of the criteria answered met or not met
    int answered = 0;    ///< criteria answered (not applicable included)

    bool isEmpty() const { return possible <= 0; }
    /// Out of 100: points / possible * 100.
    double percent() const { return possible > 0 ? 100.0 * points / possible : 0; }
};

CriteriaScore criteriaScore(const QList<CriterionEntry> &entries);

} // namespace Credence::Core
