#pragma once

#include <QString>

namespace Credence::Core {

/// The text two copies of a claim share however a reprint set it: lower case, letters and digits, single spaces
/// ("2,400" and "2 400" agree).
QString claimKey(const QString &text);
/// A 64-bit hash of claimKey(@p text), computed without building the key, stored with each claim (claims.text_key)
/// so that the summary finds repeated claims from an index alone. Signed, as SQLite's integers are. Never change
/// the hash: stored keys would stop matching new ones.
qint64 claimTextKey(const QString &text);

} // namespace Credence::Core
