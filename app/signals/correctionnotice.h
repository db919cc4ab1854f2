#pragma once

#include <QString>

namespace Credence::Core {

/// The correction notice an article prints, or an empty string: a line that begins "Correction:" or
/// "Clarification:", or a sentence saying an earlier version of the article was wrong ("An earlier version of this
/// article misstated…", "This story has been corrected", "updated to correct"). An update that adds news ("Editor's
/// note: this story was updated to include…") is no correction. English only; one notice is enough to tell.
QString correctionNotice(const QString &body);

} // namespace Credence::Core
