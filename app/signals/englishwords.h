#pragma once

#include <QStringView>

namespace Credence::Core::EnglishWords {

// Tables of English grammar, not of any text: the closed word classes and the irregular verb forms. Each takes a
// lower-case word.

/// A closed-class word: article, determiner, pronoun, preposition, conjunction, auxiliary or modal verb, or one of
/// the few adverbs that work like them ("not", "also", "then"). English adds no new words to these classes, so a
/// short table holds them all.
bool isClosedClass(QStringView word);
/// The past tense or past participle of an irregular verb ("won", "made", "taken"): a verb form that takes an
/// object without the "-ed" that marks the regular ones.
bool isIrregularVerbForm(QStringView word);

} // namespace Credence::Core::EnglishWords
