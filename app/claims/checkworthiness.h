#pragma once

#include <QFlags>
#include <QString>
#include <QStringView>

namespace Credence::Core {

/// What in a claim's text is worth checking. Attribution, hedges and superlatives are the word lists of the News
/// Article syntax definition (see NewsVocabulary), so the hints name what the article highlighter marks.
enum class CheckHint : unsigned
{
    Figure = 1,      ///< digits, percentages, money, spelled-out numbers ("thousands", "five million")
    Attribution = 2, ///< "said", "according to" ... with a named source near it
    Hedge = 4,       ///< "reportedly", "may", "sources say"
    Superlative = 8, ///< "largest", "first", "record"
    Quotation = 16,  ///< quotation marks
};
Q_DECLARE_FLAGS(CheckHints, CheckHint)

/// The hints found in @p text. The word lists are English; for another @p language only figures and quotation
/// marks are looked for.
CheckHints checkHints(QStringView text, const QString &language = QStringLiteral("en"));
/// A score to sort claims by, most worth checking first: higher is more.
int checkWorthiness(CheckHints hints);
/// A translated tooltip, one line per hint found saying what to check; empty without hints.
QString describeCheckHints(CheckHints hints);
/// Stable machine names for JSON, comma-separated in flag order: "figure,attribution".
QString checkHintKeys(CheckHints hints);

} // namespace Credence::Core

Q_DECLARE_OPERATORS_FOR_FLAGS(Credence::Core::CheckHints)
