#pragma once

#include <QList>
#include <QString>

namespace Credence::Core {

/// A number a text states, however it is written: "12,000", "12 000", "12.000.000", "2,5", "12k", "2.5 million",
/// "twelve thousand", "40%". What the same claim in two articles must agree on.
struct Figure
{
    double value = 0;
    int start = 0; ///< where it is written in the text (UTF-16 code units)
    int length = 0;
    bool year = false; ///< a year ("2024"): four digits from 1800 to 2100, written without separators
    bool percent = false;
    /// What is counted: the word after the number ("people", "troops"), else the word before it ("killed"), lower
    /// case; empty when neither is a word.
    QString counted;

    QString text(const QString &in) const { return in.mid(start, length); }
};

/// Every figure of @p text, in order. Ordinal numbers ("1st") and a lone "one" ("one of the") are no figures.
QList<Figure> figuresIn(const QString &text);

/// Do two figures state the same number? Equal within half a percent, so "2.5 million" and "2,500,000" agree and
/// rounding in a rewrite ("about 12,000" for "11,970") does too.
bool sameValue(const Figure &a, const Figure &b);

} // namespace Credence::Core
