#pragma once

#include <QString>

namespace Credence::Core {

/// Whether a text was judged for machine spinning, and if not, why not.
enum class SpinJudgement
{
    Judged,
    NotEnglish, ///< the measure is a model of English grammar
    TooShort,   ///< too few articles ("the", "a", "an") for their share to mean anything
};

/// How improbable an English text's word sequences are, as a spinner leaves them. A spinner swaps words for
/// dictionary synonyms, and the most frequent words it can swap are prepositions: "in the state" becomes
/// "successful the state". English puts an article after a preposition, a verb or a conjunction; after two content
/// words, the second with no verb ending ("situation successful the"), almost never. The score is the share of
/// the text's articles that stand there.
struct SpunTextScore
{
    SpinJudgement judgement = SpinJudgement::TooShort;
    double score = 0;     ///< improbable / articles: the share of articles after an improbable pair of words
    double threshold = 0; ///< the share above which a text is called spun
    int words = 0;        ///< words in the text
    int articles = 0;     ///< lower-case "the", "a", "an"
    int improbable = 0;   ///< of which after two content words, the second not a verb form (each phrase once)
    bool spun = false;    ///< judged and score > threshold
};

/// The share above which a text is called spun, and the least a text must hold to be judged: see spuntext.cpp.
inline constexpr double SpunTextThreshold = 0.10;
inline constexpr int SpunTextMinWords = 250;
inline constexpr int SpunTextMinArticles = 30;

/// Judges @p text (an article's body) in @p language (ISO 639-1; empty means English).
SpunTextScore spunTextScore(const QString &text, const QString &language);

} // namespace Credence::Core
