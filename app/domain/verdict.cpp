#include "verdict.h"

#include <QCoreApplication>

namespace Credence::Core {

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Corroborated:
        return QStringLiteral("corroborated");
    case Verdict::Contradicted:
        return QStringLiteral("contradicted");
    case Verdict::Unverified:
        break;
    }
    return QStringLiteral("unverified");
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Corroborated:
        return QCoreApplication::translate("Credence::Core::Verdict", "Corroborated");
    case Verdict::Contradicted:
        return QCoreApplication::translate("Credence::Core::Verdict", "Contradicted");
    case Verdict::Unverified:
        break;
    }
    return QCoreApplication::translate("Credence::Core::Verdict", "Unverified");
}

std::optional<Verdict> verdictFromKey(const QString &key)
{
    for (const Verdict v : {Verdict::Unverified, Verdict::Corroborated, Verdict::Contradicted}) {
        if (key.compare(verdictKey(v), Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return std::nullopt;
}

std::optional<Verdict> verdictFromInt(int value)
{
    if (value >= static_cast<int>(Verdict::Unverified) && value <= static_cast<int>(Verdict::Contradicted)) {
        return static_cast<Verdict>(value);
    }
    return std::nullopt;
}

} // namespace Credence::Core
