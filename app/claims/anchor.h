#pragma once

#include "claims/segmenter.h"
#include "domain/claim.h"

#include <optional>

namespace Credence::Core {

/// How much text before and after a claim its quote keeps: enough to tell two equal sentences apart, short enough
/// to survive edits nearby.
inline constexpr int QuoteContext = 32;

/// Sets @p claim's text, prefix and suffix from its offsets into @p body.
void anchorClaim(Claim &claim, const QString &body);

/// One place of a body holding a quote's exact text.
struct QuoteMatch
{
    TextSpan span;
    int score = 0;    ///< characters of the prefix and suffix that agree with the text around the place
    int distance = 0; ///< how far the place is from where the claim stood
};

/// Every place of @p body holding @p exact, in text order, each with how well it agrees with @p prefix and @p suffix
/// and its distance from @p near.
QList<QuoteMatch> quoteMatches(const QString &body, const QString &exact, const QString &prefix, const QString &suffix,
                               int near);
/// Whether @p a is a better place than @p b: better agreement, then nearer.
inline bool isBetterMatch(const QuoteMatch &a, const QuoteMatch &b)
{
    return a.score != b.score ? a.score > b.score : a.distance < b.distance;
}

/// Finds a claim's quote (its exact text with its prefix and suffix) in @p body. Of several places holding the
/// exact text, the one whose surroundings match the prefix and suffix best wins, then the one nearest @p near (the
/// claim's old start). Places overlapping a span of @p taken (claims placed already) are passed over. nullopt when
/// the exact text is nowhere else in the body.
std::optional<TextSpan> findQuote(const QString &body, const QString &exact, const QString &prefix,
                                  const QString &suffix, int near, const QList<TextSpan> &taken = {});

/// [start, end) with the white space at both ends left out, clamped to @p body.
TextSpan trimmedSpan(const QString &body, int start, int end);

} // namespace Credence::Core
