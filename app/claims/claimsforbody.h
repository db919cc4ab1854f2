#pragma once

#include "domain/claim.h"

#include <QStringList>

namespace Credence::Core {

/// The claims a body holds by default: one per checkable unit (see segmentUnits()), each with its kind and quote
/// anchors. Units whose text is in @p dismissed (the user said they are no claims) are left out.
QList<Claim> claimsForBody(const QString &body, const QString &language = QStringLiteral("en"),
                           const QStringList &dismissed = {});

} // namespace Credence::Core
