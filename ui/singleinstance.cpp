#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace Credence::Ui {

namespace {

// Bumped if the message format ever changes, so an old and a new version never misread each other.
constexpr quint32 ProtocolVersion = 1;
constexpr char Acknowledgement = 'K';
constexpr char Refusal = 'R';
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;

/// Which graphical session a window of this process would appear in: the Wayland or X display Qt will connect to,
/// or the platform itself when it has no display (offscreen), so that a project opened on one display never lands
/// in a window on another, or in an invisible test instance.
QByteArray graphicalSession()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    // "xcb", "wayland" or "offscreen", without the platform's options after a colon.
    const QByteArray platformName = platform.split(':').constFirst().trimmed();
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    QByteArray display = qgetenv("DISPLAY");
    // ":0" and ":0.0" are the same X server; the screen number after the dot does not make another session.
    if (const qsizetype colon = display.lastIndexOf(':'); colon >= 0) {
        if (const qsizetype dot = display.indexOf('.', colon); dot > 0) {
            display.truncate(dot);
        }
    }
    if (platformName == "xcb") {
        return "x11:" + display;
    }
    if (platformName.startsWith("wayland")) {
        return "wayland:" + wayland;
    }
    if (!platformName.isEmpty()) {
        return "platform:" + platform;
    }
    // No platform asked for: Qt takes Wayland when the session offers it, else X.
    return wayland.isEmpty() ? QByteArray("x11:" + display) : QByteArray("wayland:" + wayland);
}

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    const QString overridden = qEnvironmentVariable("CREDENCE_INSTANCE_NAME");
    if (!overridden.isEmpty()) {
        return overridden;
    }
    // The display is hashed: it may hold characters a socket name cannot, and a path's length is limited.
    const QByteArray session =
        QCryptographicHash::hash(graphicalSession(), QCryptographicHash::Sha256).toHex().left(16);
    const QString name =
        QStringLiteral(CREDENCE_APP_ID "-%1-%2.socket").arg(QString::number(::getuid()), QString::fromLatin1(session));
    // In a Flatpak sandbox only this folder of the runtime directory is shared between instances of the app.
    const QString flatpakId = qEnvironmentVariable("FLATPAK_ID");
    QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && !flatpakId.isEmpty()) {
        runtime = QDir(runtime).filePath(QStringLiteral("app/") + flatpakId);
    }
    // Without a private runtime folder QLocalServer puts the socket in /tmp, still named after the user.
    return !runtime.isEmpty() && QFileInfo(runtime).isDir() ? QDir(runtime).filePath(name) : name;
}

SingleInstance::Handoff SingleInstance::sendToRunning(const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs)) {
        const auto error = socket.error();
        return error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError
                   ? Handoff::NoInstance
                   : Handoff::NoAnswer;
    }
    QByteArray message;
    {
        QDataStream out(&message, QIODevice::WriteOnly);
        out.setVersion(StreamVersion);
        out << ProtocolVersion << files;
    }
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return Handoff::NoAnswer;
    }
    // Exit only once the running instance has the files: if it dies now, this process must not just vanish.
    while (socket.bytesAvailable() == 0) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            return Handoff::NoAnswer;
        }
    }
    char reply = 0;
    return socket.getChar(&reply) && reply == Acknowledgement ? Handoff::Delivered : Handoff::NoAnswer;
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    }
    if (m_server->listen(m_serverName)) {
        return true;
    }
    if (m_server->serverError() != QAbstractSocket::AddressInUseError) {
        qWarning("Cannot listen for other Credence instances on %s: %s", qPrintable(m_serverName),
                 qPrintable(m_server->errorString()));
        return false;
    }
    // A socket file nothing answers on is left over from an instance that crashed. One that answers now belongs to
    // an instance started at the same moment as this one, and is not ours to take.
    QLocalSocket live;
    live.connectToServer(m_serverName);
    if (live.waitForConnected(500)) {
        return false;
    }
    QLocalServer::removeServer(m_serverName);
    return m_server->listen(m_serverName);
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

QStringList SingleInstance::existingFiles(const QStringList &files)
{
    // Opening a project creates it when it is not there: a name handed over (by a mistyped command, by an older
    // Credence that did not check) must never leave a new file behind in someone else's window.
    QStringList existing;
    for (const QString &file : files) {
        if (QFileInfo::exists(file)) {
            existing.append(file);
        } else {
            qWarning("Not opening %s, handed over by another Credence: there is no such file.", qPrintable(file));
        }
    }
    return existing;
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto read = [this, socket] {
            QDataStream in(socket);
            in.setVersion(StreamVersion);
            in.startTransaction();
            quint32 version = 0;
            QStringList files;
            in >> version >> files;
            if (!in.commitTransaction()) {
                return; // the rest has not arrived yet
            }
            // A different version refuses, and its sender opens a window of its own rather than losing the files.
            const bool understood = version == ProtocolVersion;
            socket->putChar(understood ? Acknowledgement : Refusal);
            socket->flush();
            socket->disconnectFromServer();
            if (understood) {
                Q_EMIT filesReceived(existingFiles(files));
            }
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        if (socket->bytesAvailable() > 0) {
            read();
        }
    }
}

} // namespace Credence::Ui
