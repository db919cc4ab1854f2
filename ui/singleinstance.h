#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Credence::Ui {

/// One workbench per user and graphical session: the first process listens on a local socket, and a later one (say,
/// a double-clicked project in the file manager) hands its files to it and exits instead of opening a second window.
///
/// The socket lives in the user's private runtime folder when there is one (it is per login session) and its name
/// holds the app id, the user id and a hash of the display, so neither another user nor a window on another display
/// (or an offscreen instance) receives the files. CREDENCE_INSTANCE_NAME overrides the name (tests use it).
/// Only files that exist are passed on: a path handed over is opened, never created.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Handoff
    {
        Delivered,  ///< a running instance took the files
        NoInstance, ///< nothing listens (or only a stale socket from a crashed instance is left)
        NoAnswer,   ///< something listens but did not confirm in time
    };

    explicit SingleInstance(const QString &serverName = defaultServerName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultServerName();
    QString serverName() const { return m_serverName; }

    /// Sends @p files (absolute paths; may be empty, which just raises the running window) to a running instance.
    Handoff sendToRunning(const QStringList &files, int timeoutMs = 3000);
    /// Becomes the running instance; replaces a stale socket that nothing answers on. Call after sendToRunning()
    /// returned NoInstance.
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    /// Another process asked this one to open @p files (possibly none) and come to the front. Paths that do not
    /// exist have been dropped, with a warning.
    void filesReceived(const QStringList &files);

private:
    static QStringList existingFiles(const QStringList &files);
    void acceptConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace Credence::Ui
