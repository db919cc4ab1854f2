#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Credence::Core {

/// The languages Credence is translated into, as ISO 639 codes ("en", "de"); an empty code means the system's.
QStringList availableLanguages();
/// A language of availableLanguages() by its own name ("Deutsch", not "German"), so that it can be found from any.
QString languageName(const QString &code);

/// The language asked for: @p override (from --lang) if given, else the CREDENCE_LANG environment variable, else
/// @p setting (the user's choice; empty for the system's language).
QString chosenLanguage(const QString &override, const QString &setting);

/// Installs Credence's translation for @p language (empty: the system's language), falling back to English, whose
/// translation file supplies the plural forms ("1 claim", "2 claims"), and Qt's own translation for the standard
/// dialogs and buttons when it is installed (Debian: qt6-translations-l10n). Replaces the translations an earlier
/// call installed, so a test can switch languages. An explicit language also becomes the default locale, for dates
/// and numbers in the same language as the words. Returns false if no Credence translation could be loaded.
bool installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace Credence::Core
