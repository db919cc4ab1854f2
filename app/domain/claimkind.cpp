#include "claimkind.h"

#include <QCoreApplication>

namespace Credence::Core {

namespace {

constexpr UnitKind AllKinds[] = {UnitKind::Sentence,  UnitKind::Heading, UnitKind::ListItem, UnitKind::TableRow,
                                 UnitKind::Quotation, UnitKind::Caption, UnitKind::Bio,      UnitKind::Furniture};

} // namespace

QString unitKindKey(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Heading:
        return QStringLiteral("heading");
    case UnitKind::ListItem:
        return QStringLiteral("list-item");
    case UnitKind::TableRow:
        return QStringLiteral("table-row");
    case UnitKind::Quotation:
        return QStringLiteral("quotation");
    case UnitKind::Caption:
        return QStringLiteral("caption");
    case UnitKind::Bio:
        return QStringLiteral("bio");
    case UnitKind::Furniture:
        return QStringLiteral("furniture");
    case UnitKind::Sentence:
        break;
    }
    return QStringLiteral("sentence");
}

QString unitKindLabel(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Heading:
        return QCoreApplication::translate("Credence::Core::UnitKind", "Heading");
    case UnitKind::ListItem:
        return QCoreApplication::translate("Credence::Core::UnitKind", "List item");
    case UnitKind::TableRow:
        return QCoreApplication::translate("Credence::Core::UnitKind", "Table row");
    case UnitKind::Quotation:
        return QCoreApplication::translate("Credence::Core::UnitKind", "Quotation");
    case UnitKind::Caption:
        return QCoreApplication::translate("Credence::Core::UnitKind", "Caption");
    case UnitKind::Bio:
        return QCoreApplication::translate("Credence::Core::UnitKind", "Author bio");
    case UnitKind::Furniture:
        return QCoreApplication::translate("Credence::Core::UnitKind", "Page furniture");
    case UnitKind::Sentence:
        break;
    }
    return QCoreApplication::translate("Credence::Core::UnitKind", "Sentence");
}

std::optional<UnitKind> unitKindFromKey(const QString &key)
{
    for (const UnitKind kind : AllKinds) {
        if (key.compare(unitKindKey(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<UnitKind> unitKindFromInt(int value)
{
    if (value >= static_cast<int>(UnitKind::Sentence) && value <= static_cast<int>(UnitKind::Furniture)) {
        return static_cast<UnitKind>(value);
    }
    return std::nullopt;
}

bool isClaimByDefault(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Sentence:
    case UnitKind::ListItem:
    case UnitKind::Quotation:
        return true;
    case UnitKind::Heading:
    case UnitKind::TableRow:
    case UnitKind::Caption:
    case UnitKind::Bio:
    case UnitKind::Furniture:
        break;
    }
    return false;
}

} // namespace Credence::Core
