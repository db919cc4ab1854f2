#pragma once

#include <QString>

#include <optional>

namespace Credence::Core {

/// What a unit of an article's text is. The numeric values are stored in the database: never renumber.
enum class UnitKind : int
{
    Sentence = 0,
    Heading = 1,
    ListItem = 2,
    TableRow = 3,
    Quotation = 4,
    Caption = 5,
    Bio = 6,
    Furniture = 7,
};

/// Stable machine name ("sentence", "list-item", ...), used in JSON and the CLI.
QString unitKindKey(UnitKind kind);
/// Translated name for people.
QString unitKindLabel(UnitKind kind);
std::optional<UnitKind> unitKindFromKey(const QString &key);
std::optional<UnitKind> unitKindFromInt(int value);
/// Sentences, list items and quotations are claims unless the user says otherwise; headings, table rows,
/// captions, bios and page furniture are not.
bool isClaimByDefault(UnitKind kind);

} // namespace Credence::Core
