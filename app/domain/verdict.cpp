#include "verdict.h"

#include <QCoreApplication>

namespace Credence::Core {

const QList<Verdict> &allVerdicts()
{
    static const QList<Verdict> all = {Verdict::NotChecked, Verdict::Corroborated, Verdict::Contradicted,
                                       Verdict::Unverifiable};
    return all;
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Corroborated:
        return QStringLiteral("corroborated");
    case Verdict::Contradicted:
        return QStringLiteral("contradicted");
    case Verdict::Unverifiable:
        return QStringLiteral("unverifiable");
    case Verdict::NotChecked:
        break;
    }
    return QStringLiteral("not-checked");
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Corroborated:
        return QCoreApplication::translate("Credence::Core::Verdict", "Corroborated");
    case Verdict::Contradicted:
        return QCoreApplication::translate("Credence::Core::Verdict", "Contradicted");
    case Verdict::Unverifiable:
        return QCoreApplication::translate("Credence::Core::Verdict", "Unverifiable");
    case Verdict::NotChecked:
        break;
    }
    return QCoreApplication::translate("Credence::Core::Verdict", "Not checked");
}

QString verdictDescription(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Corroborated:
        return QCoreApplication::translate("Credence::Core::Verdict",
                                           "Checked: the evidence supports the claim. Counts for the source.");
    case Verdict::Contradicted:
        return QCoreApplication::translate("Credence::Core::Verdict",
                                           "Checked: the evidence refutes the claim. Counts against the source.");
    case Verdict::Unverifiable:
        return QCoreApplication::translate("Credence::Core::Verdict",
                                           "Checked, but the evidence does not settle the claim. Counts neither way.");
    case Verdict::NotChecked:
        break;
    }
    return QCoreApplication::translate("Credence::Core::Verdict", "Nobody has checked this claim yet.");
}

std::optional<Verdict> verdictFromKey(const QString &key)
{
    for (const Verdict v : allVerdicts()) {
        if (key.compare(verdictKey(v), Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    if (key.compare(QLatin1String("unverified"), Qt::CaseInsensitive) == 0) {
        return Verdict::Unverifiable;
    }
    if (key.compare(QLatin1String("unchecked"), Qt::CaseInsensitive) == 0) {
        return Verdict::NotChecked;
    }
    return std::nullopt;
}

std::optional<Verdict> verdictFromInt(int value)
{
    if (value >= static_cast<int>(Verdict::NotChecked) && value <= static_cast<int>(Verdict::Unverifiable)) {
        return static_cast<Verdict>(value);
    }
    return std::nullopt;
}

} // namespace Credence::Core
