#include "criteria.h"

#include <QCoreApplication>

namespace Credence::Core {

const QList<Criterion> &sourceCriteria()
{
    // NewsGuard's criteria and weights (its published method): credibility first, then transparency.
    static const QList<Criterion> all = {
        {QStringLiteral("false-content"), 22,
         QT_TRANSLATE_NOOP("Credence::Core::Criteria", "Does not repeatedly publish false content")},
        {QStringLiteral("responsible"), 18,
         QT_TRANSLATE_NOOP("Credence::Core::Criteria", "Gathers and presents information responsibly")},
        {QStringLiteral("corrects"), 12.5, QT_TRANSLATE_NOOP("Credence::Core::Criteria", "Regularly corrects errors")},
        {QStringLiteral("news-opinion"), 12.5,
         QT_TRANSLATE_NOOP("Credence::Core::Criteria", "Separates news and opinion")},
        {QStringLiteral("headlines"), 10, QT_TRANSLATE_NOOP("Credence::Core::Criteria", "Avoids deceptive headlines")},
        {QStringLiteral("ownership"), 7.5, QT_TRANSLATE_NOOP("Credence::Core::Criteria", "Discloses ownership")},
        {QStringLiteral("advertising"), 7.5, QT_TRANSLATE_NOOP("Credence::Core::Criteria", "Labels advertising")},
        {QStringLiteral("in-charge"), 5, QT_TRANSLATE_NOOP("Credence::Core::Criteria", "Reveals who is in charge")},
        {QStringLiteral("creators"), 5, QT_TRANSLATE_NOOP("Credence::Core::Criteria", "Names its content creators")},
    };
    return all;
}

std::optional<Criterion> criterionByKey(const QString &key)
{
    for (const Criterion &criterion : sourceCriteria()) {
        if (criterion.key == key) {
            return criterion;
        }
    }
    return std::nullopt;
}

QString criterionLabel(const Criterion &criterion)
{
    return QCoreApplication::translate("Credence::Core::Criteria", criterion.label);
}

QString criterionAnswerLabel(CriterionAnswer answer)
{
    switch (answer) {
    case CriterionAnswer::Met:
        return QCoreApplication::translate("Credence::Core::Criteria", "Met");
    case CriterionAnswer::NotMet:
        return QCoreApplication::translate("Credence::Core::Criteria", "Not met");
    case CriterionAnswer::NotApplicable:
        return QCoreApplication::translate("Credence::Core::Criteria", "Not applicable");
    case CriterionAnswer::Unanswered:
        break;
    }
    return QCoreApplication::translate("Credence::Core::Criteria", "Not answered");
}

CriteriaScore criteriaScore(const QList<CriterionEntry> &entries)
{
    CriteriaScore score;
    for (const CriterionEntry &entry : entries) {
        const std::optional<Criterion> criterion = criterionByKey(entry.key);
        if (!criterion || entry.answer == CriterionAnswer::Unanswered) {
            continue;
        }
        ++score.answered;
        if (entry.answer == CriterionAnswer::Met) {
            score.points += criterion->points;
            score.possible += criterion->points;
        } else if (entry.answer == CriterionAnswer::NotMet) {
            score.possible += criterion->points;
        }
    }
    return score;
}

} // namespace Credence::Core
