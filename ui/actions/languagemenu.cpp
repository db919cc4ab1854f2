#include "languagemenu.h"

#include "i18n/translations.h"
#include "settings/settings.h"

#include <QActionGroup>
#include <QMessageBox>

namespace Credence::Ui {

LanguageMenu::LanguageMenu(Core::Settings *settings, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString chosen = m_settings->language();
    for (const QString &code : QStringList{QString()} + Core::availableLanguages()) {
        const QString name = code.isEmpty() ? tr("&System Default") : QLatin1Char('&') + Core::languageName(code);
        QAction *action = addAction(name, this, [this, code] { choose(code); });
        action->setObjectName(QStringLiteral("language-") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
    }
}

void LanguageMenu::choose(const QString &code)
{
    if (code == m_settings->language()) {
        return;
    }
    m_settings->setLanguage(code);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("Credence will use the new language the next time it starts."), QMessageBox::Ok,
                                parentWidget());
    box->setObjectName(QStringLiteral("languageRestartMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Credence::Ui
