#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace Credence::Core {

/// Typed access to the user's settings; every key lives in the Key enum and keyName(), nowhere else.
/// Every setter writes the file at once (atomically, through QSettings), so a crash or a killed process keeps the
/// recent projects and the last project the user opened.
class Settings
{
public:
    enum class Key
    {
        LastProject,
        RecentProjects,
        WindowGeometry,
        WindowState,
        SplitterState,
        AutoAdvance,
        Language,
    };

    /// The user's settings file; tests pass their own path.
    Settings();
    explicit Settings(const QString &fileName);

    QString lastProject() const;
    void setLastProject(const QString &path);
    QStringList recentProjects() const;
    /// Moves @p path to the front of the recent list (at most MaxRecent entries).
    void addRecentProject(const QString &path);
    /// After marking claims, move to the next claim not checked yet (default on).
    bool autoAdvance() const;
    void setAutoAdvance(bool on);
    /// The language of the workbench, as a code of Core::availableLanguages(); empty (the default) for the system's.
    /// Read at start-up: a change applies after a restart.
    QString language() const;
    void setLanguage(const QString &code);
    QByteArray bytes(Key key) const;
    void setBytes(Key key, const QByteArray &value);
    /// Writes to disk now (the setters already do); QSettings writes atomically, so a crash keeps either the old or
    /// the new file.
    void sync();

    static constexpr int MaxRecent = 8;
    static QString keyName(Key key);

private:
    QSettings m_settings;
};

} // namespace Credence::Core
