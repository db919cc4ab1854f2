#pragma once

#include "domain/id.h"
#include "signals/textsignals.h"

#include <optional>

namespace Credence::Core {

/// An article's text-quality signals as the project keeps them (storage/signalindex.h), with the one signal only the
/// project as a whole can tell: whether the article copies an earlier article of another source without crediting it.
struct StoredSignals
{
    Id articleId = 0;
    ArticleSignals measured; ///< as measured when the article was stored or last changed (spunText.threshold: today's)
    /// The article is a near-duplicate (OriginIndex) of an earlier article of another source and of no earlier article
    /// of its own source (that would make it the outlet's own story again: an update, a re-run), and it credits no
    /// original source. Earlier: published before it when both give different dates, else stored before it.
    bool republishedWithoutCredit = false;
};

/// The text-quality signals of a source's or an author's articles, added up; counts, never a score.
struct SignalTally
{
    int articles = 0;      ///< articles whose signals are stored (every article, once the project was opened writable)
    int spinJudged = 0;    ///< judged for machine spinning (English, long enough)
    int spun = 0;          ///< of which found spun
    int claimsCounted = 0; ///< claims judged for hedging and attribution (English articles only)
    int hedgedClaims = 0;
    int unattributedClaims = 0;
    int withoutByline = 0;
    int withoutDate = 0;
    int republishedWithoutCredit = 0;
    int aiGeneratedCaptions = 0; ///< captions that disclose a generated image
    int unrelatedCaptions = 0;   ///< captions that describe something the article does not talk about

    int flaggedCaptions() const { return aiGeneratedCaptions + unrelatedCaptions; }
    /// hedged / counted claims; nullopt when no claim was counted (a share of nothing is no 0 %).
    std::optional<double> hedgedShare() const { return share(hedgedClaims); }
    std::optional<double> unattributedShare() const { return share(unattributedClaims); }

    bool operator==(const SignalTally &) const = default;

private:
    std::optional<double> share(int part) const
    {
        return claimsCounted > 0 ? std::optional<double>(double(part) / claimsCounted) : std::nullopt;
    }
};

} // namespace Credence::Core
