#pragma once

#include "credibility.h"
#include "verdict.h"

#include <QDateTime>

namespace Credence::Core {

/// Which judgement of a claim a history entry records.
enum class ClaimField : int
{
    Verdict = 0,
    Credibility = 1,
};

/// Stable machine name ("verdict", "credibility"): the value stored in verdict_history.field.
QString claimFieldKey(ClaimField field);
std::optional<ClaimField> claimFieldFromKey(const QString &key);

/// One entry of a claim's history: a verdict or a credibility grade changed from one value to another, when, and why
/// (the user's reason; empty when none was given). from and to are Verdict or Credibility values, as field says.
struct ClaimChange
{
    ClaimField field = ClaimField::Verdict;
    int from = 0;
    int to = 0;
    QDateTime at;
    QString reason;

    /// The translated name of a value of this entry's field ("Corroborated", "2 Probably true").
    QString label(int value) const;
};

} // namespace Credence::Core
