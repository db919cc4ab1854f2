#pragma once

#include <QString>
#include <QStringView>

namespace Credence::Core::UnitRules {

// Rules for one line of an imported body, used by segmentUnits(): what a bullet, a caption, a page-furniture line,
// an author bio or a heading-like line looks like. Lines are trimmed of white space.

/// Length of the list marker at the start of @p line with the spaces after it ("• ", "- ", "1. ", "a) "), or 0.
int bulletLength(QStringView line);
/// Words: runs of non-space characters holding a letter or digit ("–" alone is no word).
int wordCount(QStringView line);
/// Whether the line ends like a sentence: . ! ? : ; … or a comma (or their CJK forms, ؟ or ।), before any closing
/// quotes or brackets.
bool endsWithPunctuation(QStringView line);
/// A picture caption or credit: "Photo: Jane Roe / Reuters", "Foto: Karla Mertens / DER SPIEGEL", "Image: ...",
/// "Natalie Naccache | Bloomberg | Getty Images", "... (Photo by X/AFP via Getty Images)".
bool isCaption(const QString &line);
/// Site furniture that slipped into the body: labels ("Advertisement", "Close", "Image 1 of 5"), promotions
/// ("Sign up for ...", "Follow us ..."), copyright lines, wire credits ("(Reporting by ...)"), contact lines with an
/// e-mail address, the signature under an embedded post ("— Jane Roe (@jane) May 1, 2019").
bool isFurniture(const QString &line);
/// A heading that introduces an author bio: "About Carmen Mendez", "About the author".
bool isAboutHeading(const QString &line);
/// A line that describes a writer: "Carmen Mendez is an engaging editor and political journalist ...",
/// "Jane Roe is a reporter at ...". @p anywhere also accepts the description later in the line (after an "About"
/// heading the name may be left out: "She is a freelance journalist ...").
bool describesWriter(const QString &line, bool anywhere);

} // namespace Credence::Core::UnitRules
