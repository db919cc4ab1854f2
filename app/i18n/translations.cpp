#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Credence::Core {

bool installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("credence"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral(":/i18n/credence_en.qm"))) {
        return QCoreApplication::installTranslator(translator);
    }
    delete translator;
    return false;
}

} // namespace Credence::Core
