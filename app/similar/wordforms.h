#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Credence::Core {

/// Words as the comparison of claims sees them. Lists of English and German words that carry no content, what a
/// country's adjective and people are called ("French", "Malians"), and number words.

/// Is @p lower (a lower-case word) a word every text has ("the", "and", "der", "und") or a reporting verb ("said")?
bool isFunctionWord(QStringView lower);

/// The form under which two spellings of one thing compare equal: a country for its adjective or people ("french",
/// "malians" give "france", "mali"), no possessive "'s", and a plural's singular when the word is long enough to
/// tell ("troops" gives "troop"). @p lower is one lower-case word.
QString canonicalWord(const QString &lower);

/// Every spelling whose canonicalWord() is @p canonical among the countries and their peoples ("france" gives
/// "france", "french", "frenchman", "frankreich"); just @p canonical for any other word.
QStringList spellingsOf(const QString &canonical);

/// The value of a number word ("twelve" 12, "thousand" 1000, "zwölf" 12), or nothing.
std::optional<double> numberWordValue(QStringView lower);
/// Is @p lower a word that multiplies the number before it ("thousand", "million", "bn", "Mio")? Its factor.
std::optional<double> multiplierValue(QStringView lower);

} // namespace Credence::Core
