#include "claimsimilarity.h"

#include "wordforms.h"

#include <QHash>

#include <rapidfuzz/fuzz.hpp>

#include <cmath>
#include <string>

namespace Credence::Core {

namespace {

/// Two spellings of one word: "afrikakorps" and "africakorps", "criticised" and "criticized".
/// Not lower: "counter" and "country" are 85.7 alike.
constexpr double SameWordRatio = 88.0;
constexpr int ShortestFuzzyWord = 6;

std::u16string utf16(const QString &text)
{
    return std::u16string(reinterpret_cast<const char16_t *>(text.utf16()), size_t(text.size()));
}

QString figureWord(const Figure &figure)
{
    return (figure.percent ? QStringLiteral("%") : QString()) + QString::number(figure.value, 'g', 15);
}

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == QChar(0x2026);
}

/// @p words with each word that is another spelling of one of @p reference's words (or of two of them written
/// together) replaced by it, so the comparisons after count them as one.
QStringList alignSpellings(const QStringList &words, const QStringList &reference)
{
    const QSet<QString> referenceSet(reference.cbegin(), reference.cend());
    const QSet<QString> wordSet(words.cbegin(), words.cend());
    QStringList candidates;
    for (qsizetype i = 0; i < reference.size(); ++i) {
        if (!wordSet.contains(reference.at(i)) && reference.at(i).size() >= ShortestFuzzyWord) {
            candidates.append(reference.at(i));
        }
        if (i + 1 < reference.size()) {
            candidates.append(reference.at(i) + reference.at(i + 1));
        }
    }
    QStringList aligned;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (referenceSet.contains(word)) {
            aligned.append(word);
            continue;
        }
        // One word, or this word and the next written as one, against each candidate.
        bool replaced = false;
        for (const int span : {2, 1}) {
            if (i + span > words.size()) {
                continue;
            }
            const QString joined = span == 1 ? word : word + words.at(i + 1);
            if (joined.size() < ShortestFuzzyWord) {
                continue;
            }
            const rapidfuzz::fuzz::CachedRatio<char16_t> ratio(utf16(joined));
            for (const QString &candidate : std::as_const(candidates)) {
                if (ratio.similarity(utf16(candidate), SameWordRatio) >= SameWordRatio) {
                    // A joined candidate is two reference words: give both back.
                    const qsizetype at = reference.indexOf(candidate);
                    if (at >= 0) {
                        aligned.append(candidate);
                    } else {
                        for (qsizetype r = 0; r + 1 < reference.size(); ++r) {
                            if (reference.at(r) + reference.at(r + 1) == candidate) {
                                aligned.append(reference.at(r));
                                aligned.append(reference.at(r + 1));
                                break;
                            }
                        }
                    }
                    i += span - 1;
                    replaced = true;
                    break;
                }
            }
            if (replaced) {
                break;
            }
        }
        if (!replaced) {
            aligned.append(word);
        }
    }
    return aligned;
}

} // namespace

ClaimFeatures claimFeatures(const QString &text)
{
    ClaimFeatures features;
    features.text = text;
    features.figures = figuresIn(text);
    qsizetype nextFigure = 0;
    bool sentenceStart = true;
    int i = 0;
    while (i < text.size()) {
        if (nextFigure < features.figures.size() && i >= features.figures.at(nextFigure).start) {
            const Figure &figure = features.figures.at(nextFigure++);
            features.words.append(figureWord(figure));
            i = qMax(i, figure.start + figure.length);
            sentenceStart = false;
            continue;
        }
        const QChar c = text.at(i);
        if (!c.isLetterOrNumber()) {
            sentenceStart = sentenceStart || endsSentence(c);
            ++i;
            continue;
        }
        int end = i;
        while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end).isMark() ||
                                     ((text.at(end) == u'\'' || text.at(end) == QChar(0x2019)) &&
                                      end + 1 < text.size() && text.at(end + 1).isLetter()))) {
            ++end;
        }
        const QString written = text.mid(i, end - i);
        const QString lower = written.toLower();
        const bool capitalised = written.at(0).isUpper();
        const bool first = sentenceStart;
        sentenceStart = false;
        i = end;
        if (isFunctionWord(lower) || (lower.size() < 2 && !lower.at(0).isDigit())) {
            continue;
        }
        const QString word = canonicalWord(lower);
        features.words.append(word);
        features.written.append(lower);
        // The first word of a sentence is capitalised anyway: a name there only when it is a country's.
        if (capitalised && (!first || spellingsOf(word).size() > 1)) {
            features.names.insert(word);
        }
    }
    return features;
}

ClaimSimilarity compareClaims(const ClaimFeatures &first, const ClaimFeatures &second, const WordWeights &weights)
{
    ClaimSimilarity result;
    if (first.words.isEmpty() || second.words.isEmpty()) {
        return result;
    }
    const QStringList secondWords = alignSpellings(second.words, first.words);
    const std::u16string a = utf16(first.words.join(u' '));
    const std::u16string b = utf16(secondWords.join(u' '));
    // Token set: how much of the shorter claim the longer one says; token sort: how much the two say alike overall,
    // so a short claim inside a long one is close without being the same claim.
    const double set = rapidfuzz::fuzz::token_set_ratio(a, b) / 100.0;
    const double sort = rapidfuzz::fuzz::token_sort_ratio(a, b) / 100.0;
    // Weighted Dice over the word sets: shared rare words say more than shared common ones.
    const QSet<QString> firstSet(first.words.cbegin(), first.words.cend());
    const QSet<QString> secondSet(secondWords.cbegin(), secondWords.cend());
    const auto weightOf = [&weights](const QString &word) { return weights.value(word, 1.0); };
    double shared = 0;
    double total = 0;
    for (const QString &word : firstSet) {
        total += weightOf(word);
        if (secondSet.contains(word)) {
            shared += 2 * weightOf(word);
        }
    }
    for (const QString &word : secondSet) {
        total += weightOf(word);
    }
    const double dice = total > 0 ? shared / total : 0.0;
    result.words = 0.3 * set + 0.25 * sort + 0.45 * dice;

    // A name the second claim spells differently is in its aligned words but not its own. Names weigh as words do:
    // the country every article of a story names tells less than the unit only two of them name.
    const QSet<QString> alignedSet(secondWords.cbegin(), secondWords.cend());
    double sharedNameWeight = 0;
    double nameWeight = 0;
    for (const QString &name : first.names) {
        nameWeight += weightOf(name);
        if (second.names.contains(name) || (alignedSet.contains(name) && !second.words.contains(name))) {
            result.sharedNames.append(name);
            sharedNameWeight += 2 * weightOf(name);
        }
    }
    for (const QString &name : second.names) {
        nameWeight += weightOf(name);
    }
    std::sort(result.sharedNames.begin(), result.sharedNames.end());
    const double names = nameWeight > 0 ? qMin(1.0, sharedNameWeight / nameWeight) : 0.0;

    QList<bool> secondMatched(second.figures.size(), false);
    QList<bool> firstMatched(first.figures.size(), false);
    for (qsizetype i = 0; i < first.figures.size(); ++i) {
        for (qsizetype j = 0; j < second.figures.size(); ++j) {
            if (!secondMatched.at(j) && first.figures.at(i).year == second.figures.at(j).year &&
                sameValue(first.figures.at(i), second.figures.at(j))) {
                secondMatched[j] = firstMatched[i] = true;
                result.agreeing.append({first.figures.at(i).text(first.text), second.figures.at(j).text(second.text)});
                break;
            }
        }
    }
    for (qsizetype i = 0; i < first.figures.size(); ++i) {
        const Figure &one = first.figures.at(i);
        if (firstMatched.at(i) || one.year || one.counted.isEmpty()) {
            continue;
        }
        for (qsizetype j = 0; j < second.figures.size(); ++j) {
            const Figure &other = second.figures.at(j);
            if (!secondMatched.at(j) && !other.year && other.counted == one.counted && other.percent == one.percent) {
                secondMatched[j] = true;
                result.differing.append({one.text(first.text), other.text(second.text)});
                break;
            }
        }
    }
    const double figures = qMin(3, int(result.agreeing.size())) * 0.05;
    result.score = qMin(1.0, 0.7 * result.words + 0.2 * names + figures);
    return result;
}

WordWeights wordWeights(const QList<ClaimFeatures> &claims)
{
    QHash<QString, int> holding;
    for (const ClaimFeatures &claim : claims) {
        const QSet<QString> words(claim.words.cbegin(), claim.words.cend());
        for (const QString &word : words) {
            ++holding[word];
        }
    }
    WordWeights weights;
    const double n = double(claims.size());
    const double most = std::log((n + 1) / 0.5);
    for (auto it = holding.cbegin(); it != holding.cend(); ++it) {
        weights.insert(it.key(), std::log((n + 1) / (it.value() + 0.5)) / most);
    }
    return weights;
}

QStringList lookupWords(const ClaimFeatures &features)
{
    QStringList words;
    QSet<QString> seen;
    const auto add = [&](const QString &word) {
        if (!seen.contains(word)) {
            seen.insert(word);
            words.append(word);
        }
    };
    for (const QString &written : features.written) {
        if (written.isEmpty() || written.at(0).isDigit()) {
            continue;
        }
        add(written);
        // "French" finds "France" too.
        for (const QString &spelling : spellingsOf(canonicalWord(written))) {
            add(spelling);
        }
    }
    return words;
}

} // namespace Credence::Core
