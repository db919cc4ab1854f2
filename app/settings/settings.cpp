#include "settings.h"

#include <QDir>
#include <QStandardPaths>

namespace Credence::Core {

Settings::Settings()
    : Settings(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                   .filePath(QStringLiteral("credence.conf")))
{}

Settings::Settings(const QString &fileName)
    : m_settings(fileName, QSettings::IniFormat)
{}

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::LastProject:
        return QStringLiteral("project/last");
    case Key::RecentProjects:
        return QStringLiteral("project/recent");
    case Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Key::WindowState:
        return QStringLiteral("window/state");
    case Key::SplitterState:
        return QStringLiteral("window/splitter");
    case Key::AutoAdvance:
        return QStringLiteral("claims/autoAdvance");
    case Key::Language:
        return QStringLiteral("ui/language");
    }
    return {};
}

QString Settings::lastProject() const
{
    return m_settings.value(keyName(Key::LastProject)).toString();
}

void Settings::setLastProject(const QString &path)
{
    m_settings.setValue(keyName(Key::LastProject), path);
    sync();
}

QStringList Settings::recentProjects() const
{
    return m_settings.value(keyName(Key::RecentProjects)).toStringList();
}

void Settings::addRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent) {
        recent.removeLast();
    }
    m_settings.setValue(keyName(Key::RecentProjects), recent);
    sync();
}

bool Settings::autoAdvance() const
{
    return m_settings.value(keyName(Key::AutoAdvance), true).toBool();
}

void Settings::setAutoAdvance(bool on)
{
    m_settings.setValue(keyName(Key::AutoAdvance), on);
    sync();
}

QString Settings::language() const
{
    return m_settings.value(keyName(Key::Language)).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(keyName(Key::Language), code);
    sync();
}

QByteArray Settings::bytes(Key key) const
{
    return m_settings.value(keyName(key)).toByteArray();
}

void Settings::setBytes(Key key, const QByteArray &value)
{
    m_settings.setValue(keyName(key), value);
    sync();
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace Credence::Core
