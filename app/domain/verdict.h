#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Credence::Core {

/// Where a fact-checker stands on one claim. The numeric values are stored in the database: never renumber.
///
/// "Not checked" (nobody has looked yet) and "unverifiable" (checked, and the evidence does not settle it) are
/// different answers: neither counts for or against a source, but a report says how many claims were not checked.
enum class Verdict : int
{
    NotChecked = 0,
    Corroborated = 1,
    Contradicted = 2,
    Unverifiable = 3,
};

/// Every state, in the order menus and legends show them.
const QList<Verdict> &allVerdicts();
/// Stable machine name ("not-checked", "corroborated", "contradicted", "unverifiable"), used in JSON and the CLI.
QString verdictKey(Verdict verdict);
/// Translated, capitalised name for people ("Not checked").
QString verdictLabel(Verdict verdict);
/// One sentence for tooltips and the legend: what the state means.
QString verdictDescription(Verdict verdict);
/// Accepts the keys, case-blind; "unverified" (the name before the four states) reads as unverifiable.
std::optional<Verdict> verdictFromKey(const QString &key);
std::optional<Verdict> verdictFromInt(int value);
/// Corroborated or contradicted: the states that count as evidence about a source.
inline bool isDecisive(Verdict verdict)
{
    return verdict == Verdict::Corroborated || verdict == Verdict::Contradicted;
}

} // namespace Credence::Core

Q_DECLARE_METATYPE(Credence::Core::Verdict)
