#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Credence::Core {

namespace {

// Marks the translators installed here, so that the next call can take them out again.
constexpr auto installedName = "credence-translator";

void removeInstalled(QCoreApplication &app)
{
    for (QTranslator *translator : app.findChildren<QTranslator *>(QLatin1String(installedName))) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool install(QCoreApplication &app, QTranslator *translator)
{
    translator->setParent(&app);
    translator->setObjectName(QLatin1String(installedName));
    return QCoreApplication::installTranslator(translator);
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString languageName(const QString &code)
{
    // Not QLocale::nativeLanguageName(): for "en" that is "American English".
    if (code == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    return QLocale(code).nativeLanguageName();
}

QString chosenLanguage(const QString &override, const QString &setting)
{
    if (!override.isEmpty()) {
        return override;
    }
    const QString fromEnvironment = qEnvironmentVariable("CREDENCE_LANG");
    return fromEnvironment.isEmpty() ? setting : fromEnvironment;
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    removeInstalled(app);
    // An explicit choice sets the locale too (dates in the header, the report's "Prepared" line), unless the system
    // already speaks that language: a user in Austria who picks Deutsch keeps the Austrian formats.
    const QLocale system = QLocale::system();
    const QLocale locale =
        language.isEmpty() || QLocale(language).language() == system.language() ? system : QLocale(language);
    QLocale::setDefault(locale);

    auto *credence = new QTranslator;
    if (!credence->load(locale, QStringLiteral("credence"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !credence->load(QStringLiteral(":/i18n/credence_en.qm"))) {
        delete credence;
        return false;
    }
    // Qt's own strings (the buttons of standard dialogs, the context menu of a line edit); English needs none.
    auto *qt = new QTranslator;
    if (credence->language() != QLatin1String("en") && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                                                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        install(app, qt);
    } else {
        delete qt;
    }
    return install(app, credence);
}

} // namespace Credence::Core
