#include "claims/claimsforbody.h"

#include "claims/anchor.h"
#include "claims/segmenter.h"

#include <QSet>

namespace Credence::Core {

QList<Claim> claimsForBody(const QString &body, const QString &language, const QStringList &dismissed)
{
    const QSet<QString> skip(dismissed.cbegin(), dismissed.cend());
    QList<Claim> claims;
    const QList<TextSpan> spans = segmentSentences(body, language);
    claims.reserve(spans.size());
    for (const TextSpan &span : spans) {
        Claim claim;
        claim.start = span.start;
        claim.end = span.end;
        anchorClaim(claim, body);
        if (!skip.contains(claim.text)) {
            claims.append(claim);
        }
    }
    return claims;
}

} // namespace Credence::Core
