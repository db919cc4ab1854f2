#pragma once

#include <QString>

#include <optional>

namespace Credence::Core {

/// What a sentence-level unit of an article body is: prose, a heading, a list item, a table row and so on. Only
/// some kinds are claims by default; the others are kept so that no text of the body is lost.
/// The numeric values are stored in the database: never renumber.
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

/// Stable machine name ("list-item"), used in JSON and the CLI.
QString unitKindKey(UnitKind kind);
/// Translated, capitalised name for people ("List item").
QString unitKindLabel(UnitKind kind);
std::optional<UnitKind> unitKindFromKey(const QString &key);
std::optional<UnitKind> unitKindFromInt(int value);
/// Whether a unit of this kind becomes a claim unless the user says otherwise: prose, list items and quotations
/// assert something; headings, table rows, captions, author bios and page furniture do not.
bool isClaimByDefault(UnitKind kind);

} // namespace Credence::Core
