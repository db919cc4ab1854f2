#pragma once

#include "figures.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Credence::Core {

/// What the comparison of two claims looks at, read once per claim.
struct ClaimFeatures
{
    QString text;
    /// The content words in order, as canonicalWord() gives them; a figure is one word, its value ("12000"), however
    /// it was written.
    QStringList words;
    /// The content words as written, lower case: what the full-text index holds.
    QStringList written;
    /// Proper names: capitalised words that are not the claim's first word (unless that is a country), canonical.
    QSet<QString> names;
    QList<Figure> figures;
};

ClaimFeatures claimFeatures(const QString &text);

/// A figure as each claim writes it.
struct FigurePair
{
    QString first;
    QString second;

    bool operator==(const FigurePair &) const = default;
};

/// How alike two claims are and what they agree and differ on.
struct ClaimSimilarity
{
    double score = 0; ///< 0 to 1: the words, the names and the figures together
    double words = 0; ///< 0 to 1: fuzzy token-set and token-sort similarity of the content words
    QStringList sharedNames;
    QList<FigurePair> agreeing; ///< the same number in both (years included)
    /// The same kind of count with different numbers ("2,500 people" against "2,100 people"): a possible
    /// contradiction for the user to look at.
    QList<FigurePair> differing;
};

/// How much each word says about which claim is meant: words most claims have weigh little. Words not in it weigh
/// 1. See wordWeights().
using WordWeights = QHash<QString, double>;

/// Compares two claims. Words that differ only in spelling ("Afrikakorps" and "Africa Korps", "criticised" and
/// "criticized") count as the same word. @p weights, when given, makes shared rare words count more than shared
/// common ones.
ClaimSimilarity compareClaims(const ClaimFeatures &first, const ClaimFeatures &second, const WordWeights &weights = {});

/// Inverse document frequencies of the words of @p claims: log((n + 1) / (claims holding the word + 0.5)), divided
/// by its largest value, so a word of every claim weighs near 0 and a word of one claim 1.
WordWeights wordWeights(const QList<ClaimFeatures> &claims);

/// The words to look the claim's like up by in the full-text index: its content words as written (lower case), with
/// every other spelling of the countries among them ("french" brings "france"); no figures (the index splits them).
QStringList lookupWords(const ClaimFeatures &features);

} // namespace Credence::Core
