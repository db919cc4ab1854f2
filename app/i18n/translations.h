#pragma once

class QCoreApplication;

namespace Credence::Core {

/// Installs the translation for the user's language from the resources, falling back to English, whose
/// translation file supplies the plural forms ("1 claim", "2 claims"). Returns false if none could be loaded.
bool installTranslations(QCoreApplication &app);

} // namespace Credence::Core
