#pragma once

#include <QMenu>

namespace Credence::Core {
class Settings;
}

namespace Credence::Ui {

/// View › Language: the system's language or one Credence is translated into. The choice is stored in the settings
/// and applies from the next start; the menu says so when it is changed.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    LanguageMenu(Core::Settings *settings, QWidget *parent);

private:
    void choose(const QString &code);

    Core::Settings *m_settings;
};

} // namespace Credence::Ui
