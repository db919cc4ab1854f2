#pragma once

#include "claims/segmenter.h"
#include "domain/claimkind.h"

namespace Credence::Core {

/// One sentence-level unit of an article body and what it is.
struct TextUnit
{
    TextSpan span;
    UnitKind kind = UnitKind::Sentence;

    bool operator==(const TextUnit &) const = default;
};

/// Every sentence-level unit of @p body in order, with its kind. The units are the spans of segmentSentences(),
/// except that a list item's span leaves out its marker ("• ", "1. "): no letter or digit of those spans is lost
/// other than a list marker. A list item of several sentences gives one ListItem unit per sentence.
///
/// The body is read line by line, as the importers write it (paragraphs apart by blank lines, one line per list
/// item, table row and heading):
/// - ListItem: a line opening with a marker and a space ("•", "-", "*", "–", "·", "1.", "12)", "a)").
/// - Caption: a line labelled "Photo:", "Foto:", "Image:" ... or closing on an agency credit ("/ Reuters").
/// - Furniture: site labels, promotions, copyright and wire-credit lines, contact lines, embedded-post signatures.
/// - TableRow: a run of three or more short lines (at most 16 words, no closing punctuation); an end line of the
///   run whose word count is far from the others' is a heading instead ("Closing Remarks" after a table).
/// - Heading: such a short line that is not in a table run, starts with a capital or digit and has text after it;
///   also a short question of up to 8 words on a line of its own ("Who is behind the offensive?").
/// - Bio: in the last lines, an "About NAME" heading and the lines after it when they describe a writer, or a
///   closing line "NAME is/was ... journalist/editor/reporter/...".
/// - Quotation: a prose sentence with at least half of its letters inside quotation marks.
/// - Sentence: everything else.
QList<TextUnit> segmentUnits(const QString &body, const QString &language = QStringLiteral("en"));

} // namespace Credence::Core
