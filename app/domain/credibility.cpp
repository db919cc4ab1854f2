#include "credibility.h"

#include <QCoreApplication>

namespace Credence::Core {

const QList<Credibility> &allCredibilities()
{
    static const QList<Credibility> all = {
        Credibility::NotGraded, Credibility::Confirmed,  Credibility::ProbablyTrue,  Credibility::PossiblyTrue,
        Credibility::Doubtful,  Credibility::Improbable, Credibility::CannotBeJudged};
    return all;
}

QString credibilityKey(Credibility grade)
{
    switch (grade) {
    case Credibility::Confirmed:
        return QStringLiteral("confirmed");
    case Credibility::ProbablyTrue:
        return QStringLiteral("probably-true");
    case Credibility::PossiblyTrue:
        return QStringLiteral("possibly-true");
    case Credibility::Doubtful:
        return QStringLiteral("doubtful");
    case Credibility::Improbable:
        return QStringLiteral("improbable");
    case Credibility::CannotBeJudged:
        return QStringLiteral("cannot-be-judged");
    case Credibility::NotGraded:
        break;
    }
    return QStringLiteral("not-graded");
}

QString credibilityLabel(Credibility grade)
{
    switch (grade) {
    case Credibility::Confirmed:
        return QCoreApplication::translate("Credence::Core::Credibility", "1 Confirmed by other sources");
    case Credibility::ProbablyTrue:
        return QCoreApplication::translate("Credence::Core::Credibility", "2 Probably true");
    case Credibility::PossiblyTrue:
        return QCoreApplication::translate("Credence::Core::Credibility", "3 Possibly true");
    case Credibility::Doubtful:
        return QCoreApplication::translate("Credence::Core::Credibility", "4 Doubtful");
    case Credibility::Improbable:
        return QCoreApplication::translate("Credence::Core::Credibility", "5 Improbable");
    case Credibility::CannotBeJudged:
        return QCoreApplication::translate("Credence::Core::Credibility", "6 Truth cannot be judged");
    case Credibility::NotGraded:
        break;
    }
    return QCoreApplication::translate("Credence::Core::Credibility", "Not graded");
}

QString credibilityDescription(Credibility grade)
{
    switch (grade) {
    case Credibility::Confirmed:
        return QCoreApplication::translate("Credence::Core::Credibility",
                                           "Confirmed by other sources that are independent of this one.");
    case Credibility::ProbablyTrue:
        return QCoreApplication::translate("Credence::Core::Credibility",
                                           "Not confirmed, but logical and consistent with other information.");
    case Credibility::PossiblyTrue:
        return QCoreApplication::translate("Credence::Core::Credibility",
                                           "Not confirmed; reasonably logical and agrees with some other information.");
    case Credibility::Doubtful:
        return QCoreApplication::translate("Credence::Core::Credibility",
                                           "Not confirmed; possible, but not logical, and nothing else bears it out.");
    case Credibility::Improbable:
        return QCoreApplication::translate("Credence::Core::Credibility",
                                           "Not confirmed, not logical, and contradicted by other information.");
    case Credibility::CannotBeJudged:
        return QCoreApplication::translate("Credence::Core::Credibility",
                                           "There is no basis for judging whether the information is true.");
    case Credibility::NotGraded:
        break;
    }
    return QCoreApplication::translate("Credence::Core::Credibility", "Nobody has graded this claim yet.");
}

std::optional<Credibility> credibilityFromKey(const QString &key)
{
    for (const Credibility grade : allCredibilities()) {
        if (key.compare(credibilityKey(grade), Qt::CaseInsensitive) == 0 ||
            key == QString::number(static_cast<int>(grade))) {
            return grade;
        }
    }
    return std::nullopt;
}

std::optional<Credibility> credibilityFromInt(int value)
{
    if (value >= static_cast<int>(Credibility::NotGraded) && value <= static_cast<int>(Credibility::CannotBeJudged)) {
        return static_cast<Credibility>(value);
    }
    return std::nullopt;
}

} // namespace Credence::Core
