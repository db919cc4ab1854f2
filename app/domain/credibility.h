#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Credence::Core {

/// How credible a claim's information is, on the Admiralty (NATO) scale's 1-6 information grades; 0 when nobody has
/// graded it. The verdict says whether the claim is borne out; the grade says how much the information can be trusted
/// on what is known about it. The numeric values are stored in the database: never renumber.
enum class Credibility : int
{
    NotGraded = 0,
    Confirmed = 1,      ///< confirmed by other independent sources
    ProbablyTrue = 2,   ///< not confirmed; logical, consistent with other information
    PossiblyTrue = 3,   ///< not confirmed; reasonably logical, agrees with some other information
    Doubtful = 4,       ///< not confirmed; possible but not logical, no other information on it
    Improbable = 5,     ///< not confirmed; not logical, contradicted by other information
    CannotBeJudged = 6, ///< no basis exists for judging the truth of the information
};

/// Every grade, "not graded" first, then 1 to 6.
const QList<Credibility> &allCredibilities();
/// Stable machine name ("probably-true"), used in JSON and the CLI.
QString credibilityKey(Credibility grade);
/// Translated, capitalised name for people, with its number ("2 Probably true"; "Not graded").
QString credibilityLabel(Credibility grade);
/// One sentence for tooltips: what the grade means.
QString credibilityDescription(Credibility grade);
/// Accepts the keys (case-blind) and the numbers "0" to "6".
std::optional<Credibility> credibilityFromKey(const QString &key);
std::optional<Credibility> credibilityFromInt(int value);

} // namespace Credence::Core

Q_DECLARE_METATYPE(Credence::Core::Credibility)
