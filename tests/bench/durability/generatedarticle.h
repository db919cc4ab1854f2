#pragma once

#include <QByteArray>
#include <QString>

namespace Credence::Core {

/// The bytes of a small plain-text news article made up from @p name alone, so the writer that imports it and the
/// bench that checks it agree on every byte without passing the text between them. The name appears in the title,
/// so every name gives an article whose content hash is new.
QByteArray generatedArticle(const QString &name);

} // namespace Credence::Core
