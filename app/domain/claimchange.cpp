#include "claimchange.h"

namespace Credence::Core {

QString claimFieldKey(ClaimField field)
{
    return field == ClaimField::Credibility ? QStringLiteral("credibility") : QStringLiteral("verdict");
}

std::optional<ClaimField> claimFieldFromKey(const QString &key)
{
    if (key == QLatin1String("verdict")) {
        return ClaimField::Verdict;
    }
    if (key == QLatin1String("credibility")) {
        return ClaimField::Credibility;
    }
    return std::nullopt;
}

QString ClaimChange::label(int value) const
{
    if (field == ClaimField::Credibility) {
        return credibilityLabel(credibilityFromInt(value).value_or(Credibility::NotGraded));
    }
    return verdictLabel(verdictFromInt(value).value_or(Verdict::NotChecked));
}

} // namespace Credence::Core
