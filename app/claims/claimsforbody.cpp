#include "claims/claimsforbody.h"

#include "claims/anchor.h"
#include "claims/textunits.h"

#include <QSet>

namespace Credence::Core {

QList<Claim> claimsForBody(const QString &body, const QString &language, const QStringList &dismissed)
{
    const QSet<QString> skip(dismissed.cbegin(), dismissed.cend());
    QList<Claim> claims;
    const QList<TextUnit> units = segmentUnits(body, language);
    claims.reserve(units.size());
    for (const TextUnit &unit : units) {
        if (!isClaimByDefault(unit.kind)) {
            continue; // headings, table rows, captions, bios and furniture stay in the text as what they are
        }
        Claim claim;
        claim.start = unit.span.start;
        claim.end = unit.span.end;
        claim.kind = unit.kind;
        anchorClaim(claim, body);
        if (!skip.contains(claim.text)) {
            claims.append(claim);
        }
    }
    return claims;
}

} // namespace Credence::Core
