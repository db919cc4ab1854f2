#include "evidence.h"

#include <QCoreApplication>

namespace Credence::Core {

const QList<EvidenceKind> &allEvidenceKinds()
{
    static const QList<EvidenceKind> all = {EvidenceKind::Url, EvidenceKind::File, EvidenceKind::Note,
                                            EvidenceKind::ClaimLink};
    return all;
}

QString evidenceKindKey(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Url:
        return QStringLiteral("url");
    case EvidenceKind::File:
        return QStringLiteral("file");
    case EvidenceKind::ClaimLink:
        return QStringLiteral("claim-link");
    case EvidenceKind::Note:
        break;
    }
    return QStringLiteral("note");
}

QString evidenceKindLabel(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Url:
        return QCoreApplication::translate("Credence::Core::Evidence", "Web page");
    case EvidenceKind::File:
        return QCoreApplication::translate("Credence::Core::Evidence", "Archived file");
    case EvidenceKind::ClaimLink:
        return QCoreApplication::translate("Credence::Core::Evidence", "Linked claim");
    case EvidenceKind::Note:
        break;
    }
    return QCoreApplication::translate("Credence::Core::Evidence", "Note");
}

std::optional<EvidenceKind> evidenceKindFromKey(const QString &key)
{
    for (const EvidenceKind kind : allEvidenceKinds()) {
        if (key.compare(evidenceKindKey(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<EvidenceKind> evidenceKindFromInt(int value)
{
    if (value >= static_cast<int>(EvidenceKind::Url) && value <= static_cast<int>(EvidenceKind::ClaimLink)) {
        return static_cast<EvidenceKind>(value);
    }
    return std::nullopt;
}

const QList<EvidenceStance> &allEvidenceStances()
{
    static const QList<EvidenceStance> all = {EvidenceStance::Supporting, EvidenceStance::Refuting,
                                              EvidenceStance::Context};
    return all;
}

QString evidenceStanceKey(EvidenceStance stance)
{
    switch (stance) {
    case EvidenceStance::Supporting:
        return QStringLiteral("supporting");
    case EvidenceStance::Refuting:
        return QStringLiteral("refuting");
    case EvidenceStance::Context:
        break;
    }
    return QStringLiteral("context");
}

QString evidenceStanceLabel(EvidenceStance stance)
{
    switch (stance) {
    case EvidenceStance::Supporting:
        return QCoreApplication::translate("Credence::Core::Evidence", "Supports the claim");
    case EvidenceStance::Refuting:
        return QCoreApplication::translate("Credence::Core::Evidence", "Refutes the claim");
    case EvidenceStance::Context:
        break;
    }
    return QCoreApplication::translate("Credence::Core::Evidence", "Context");
}

std::optional<EvidenceStance> evidenceStanceFromKey(const QString &key)
{
    for (const EvidenceStance stance : allEvidenceStances()) {
        if (key.compare(evidenceStanceKey(stance), Qt::CaseInsensitive) == 0) {
            return stance;
        }
    }
    return std::nullopt;
}

std::optional<EvidenceStance> evidenceStanceFromInt(int value)
{
    if (value >= static_cast<int>(EvidenceStance::Supporting) && value <= static_cast<int>(EvidenceStance::Context)) {
        return static_cast<EvidenceStance>(value);
    }
    return std::nullopt;
}

} // namespace Credence::Core
