#include "claims/anchor.h"

#include <algorithm>
#include <cstdlib>

namespace Credence::Core {

void anchorClaim(Claim &claim, const QString &body)
{
    const int start = std::clamp(claim.start, 0, int(body.size()));
    const int end = std::clamp(claim.end, start, int(body.size()));
    claim.text = body.mid(start, end - start);
    const int before = std::max(0, start - QuoteContext);
    claim.prefix = body.mid(before, start - before);
    claim.suffix = body.mid(end, QuoteContext);
}

namespace {

/// How many characters of @p context agree with the text next to the match, read outwards from it.
int agreement(QStringView context, QStringView text, bool backwards)
{
    const qsizetype n = std::min(context.size(), text.size());
    int same = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar a = backwards ? context.at(context.size() - 1 - i) : context.at(i);
        const QChar b = backwards ? text.at(text.size() - 1 - i) : text.at(i);
        if (a != b) {
            break;
        }
        ++same;
    }
    return same;
}

} // namespace

QList<QuoteMatch> quoteMatches(const QString &body, const QString &exact, const QString &prefix, const QString &suffix,
                               int near)
{
    QList<QuoteMatch> matches;
    if (exact.isEmpty()) {
        return matches;
    }
    const QStringView all(body);
    for (qsizetype at = body.indexOf(exact); at >= 0; at = body.indexOf(exact, at + 1)) {
        const int start = int(at);
        const int end = start + int(exact.size());
        const int score =
            agreement(prefix, all.mid(std::max(0, start - int(prefix.size())), std::min(start, int(prefix.size()))),
                      true) +
            agreement(suffix, all.mid(end, suffix.size()), false);
        matches.append({TextSpan{start, end}, score, std::abs(start - near)});
    }
    return matches;
}

std::optional<TextSpan> findQuote(const QString &body, const QString &exact, const QString &prefix,
                                  const QString &suffix, int near, const QList<TextSpan> &taken)
{
    std::optional<QuoteMatch> best;
    for (const QuoteMatch &match : quoteMatches(body, exact, prefix, suffix, near)) {
        const TextSpan &span = match.span;
        if (std::any_of(taken.cbegin(), taken.cend(),
                        [&](const TextSpan &t) { return span.start < t.end && t.start < span.end; })) {
            continue;
        }
        if (!best || isBetterMatch(match, *best)) {
            best = match;
        }
    }
    return best ? std::optional<TextSpan>(best->span) : std::nullopt;
}

TextSpan trimmedSpan(const QString &body, int start, int end)
{
    start = std::clamp(start, 0, int(body.size()));
    end = std::clamp(end, start, int(body.size()));
    while (start < end && body.at(start).isSpace()) {
        ++start;
    }
    while (end > start && body.at(end - 1).isSpace()) {
        --end;
    }
    return {start, end};
}

} // namespace Credence::Core
