// A project opened from the file manager while Credence runs opens in the running window: the real credence binary,
// started with a project path, hands it to this process's SingleInstance server and exits 0 without a window of its
// own. Also: a socket left by a crashed instance is taken over.

#include "mainwindow.h"
#include "project/project.h"
#include "settings/settings.h"
#include "singleinstance.h"
#include "storage/database.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <optional>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace Credence;

class SingleInstanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void secondProcessOpensProjectInRunningWindow();
    void secondProcessWithoutFilesOnlyRaises();
    void staleSocketIsReplaced();
    void defaultNameIsPerUser();
    void defaultNameIsPerSession_data();
    void defaultNameIsPerSession();
    void missingProjectIsNeitherHandedOverNorCreated_data();
    void missingProjectIsNeitherHandedOverNorCreated();
    void receiverOpensOnlyExistingFiles();

private:
    /// Runs the real credence binary with @p arguments against our server; returns its exit code, -1 if it had to
    /// be killed (it opened a window of its own instead of handing over). What it printed on stderr goes to
    /// @p errors when given, else to the test's own stderr.
    int runSecondInstance(const QStringList &arguments, const QString &workingDirectory = QString(),
                          QString *errors = nullptr);
    /// A project file on disk that is not open anywhere.
    bool makeProject(const QString &path);

    QTemporaryDir m_dir;
    QString m_serverName;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Ui::SingleInstance> m_instance;
};

void SingleInstanceTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void SingleInstanceTest::init()
{
    static int round = 0;
    // A full path keeps the socket inside the temporary folder and apart from any Credence the user is running.
    m_serverName = m_dir.filePath(QStringLiteral("instance-%1.socket").arg(++round));
    m_settings = std::make_unique<Core::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_project = std::make_unique<Core::Project>();
    m_window = std::make_unique<Ui::MainWindow>(m_project.get(), m_settings.get());
    m_instance = std::make_unique<Ui::SingleInstance>(m_serverName);
    // As ui/main.cpp does for the first process.
    QCOMPARE(m_instance->sendToRunning({}), Ui::SingleInstance::Handoff::NoInstance);
    QVERIFY(m_instance->listen());
    connect(m_instance.get(), &Ui::SingleInstance::filesReceived, m_window.get(), &Ui::MainWindow::openFiles);
    // The project the first process was started with.
    QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("first.credence")), Core::OpenMode::Create));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void SingleInstanceTest::cleanup()
{
    m_instance.reset();
    m_window.reset();
    m_project.reset();
    m_settings.reset();
}

bool SingleInstanceTest::makeProject(const QString &path)
{
    Core::Project project;
    return project.open(path);
}

int SingleInstanceTest::runSecondInstance(const QStringList &arguments, const QString &workingDirectory,
                                          QString *errors)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CREDENCE_INSTANCE_NAME"), m_serverName);
    // Should it not hand over, it must not touch the user's settings or demo project.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory.isEmpty() ? m_dir.path() : workingDirectory);
    process.setProcessChannelMode(errors ? QProcess::SeparateChannels : QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(CREDENCE_BINARY), arguments);
    if (!process.waitForStarted(10000)) {
        qWarning() << "cannot start" << CREDENCE_BINARY << process.errorString();
        return -2;
    }
    // Not waitForFinished(): this process must keep its event loop running to answer.
    const QDeadlineTimer deadline(20000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    if (errors) {
        *errors = QString::fromUtf8(process.readAllStandardError());
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void SingleInstanceTest::secondProcessOpensProjectInRunningWindow()
{
    QCOMPARE(m_project->path(), m_dir.filePath(QStringLiteral("first.credence")));
    QVERIFY(makeProject(m_dir.filePath(QStringLiteral("second.credence"))));
    // A relative path, as a shell would pass it, means the second process's working directory.
    QSignalSpy received(m_instance.get(), &Ui::SingleInstance::filesReceived);
    QCOMPARE(runSecondInstance({QStringLiteral("second.credence")}), 0);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), QStringList{m_dir.filePath(QStringLiteral("second.credence"))});
    QCOMPARE(m_project->path(), m_dir.filePath(QStringLiteral("second.credence")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("second")));
    QCOMPARE(m_settings->lastProject(), m_dir.filePath(QStringLiteral("second.credence")));
}

void SingleInstanceTest::secondProcessWithoutFilesOnlyRaises()
{
    m_window->showMinimized();
    QSignalSpy received(m_instance.get(), &Ui::SingleInstance::filesReceived);
    QCOMPARE(runSecondInstance({}), 0);
    QCOMPARE(received.size(), 1);
    QVERIFY(received.first().first().toStringList().isEmpty());
    QCOMPARE(m_project->path(), m_dir.filePath(QStringLiteral("first.credence")));
    QVERIFY(!m_window->isMinimized());
}

void SingleInstanceTest::staleSocketIsReplaced()
{
    // A socket file nobody listens on, as a crashed instance leaves it.
    const QString stale = m_dir.filePath(QStringLiteral("stale.socket"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(stale);
    QVERIFY(size_t(encoded.size()) < sizeof(address.sun_path));
    std::copy(encoded.begin(), encoded.end(), address.sun_path);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(stale));

    Ui::SingleInstance first(stale);
    QCOMPARE(first.sendToRunning({QStringLiteral("/nowhere.credence")}, 1000), Ui::SingleInstance::Handoff::NoInstance);
    QVERIFY(first.listen());

    // And it answers now.
    QLocalSocket client;
    client.connectToServer(stale);
    QVERIFY(client.waitForConnected(2000));
}

void SingleInstanceTest::defaultNameIsPerUser()
{
    qunsetenv("CREDENCE_INSTANCE_NAME");
    const QString name = Ui::SingleInstance::defaultServerName();
    QVERIFY(name.contains(QStringLiteral(CREDENCE_APP_ID)));
    QVERIFY(name.contains(QString::number(::getuid())));
    qputenv("CREDENCE_INSTANCE_NAME", "custom-name");
    QCOMPARE(Ui::SingleInstance::defaultServerName(), QStringLiteral("custom-name"));
    qunsetenv("CREDENCE_INSTANCE_NAME");
}

void SingleInstanceTest::defaultNameIsPerSession_data()
{
    // Two environments, as "NAME=value" pairs (an empty value unsets), and whether they share one workbench.
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("second");
    QTest::addColumn<bool>("shared");
    const auto env = [](const char *display, const char *wayland, const char *platform) {
        return QStringList{QStringLiteral("DISPLAY=") + QLatin1StringView(display),
                           QStringLiteral("WAYLAND_DISPLAY=") + QLatin1StringView(wayland),
                           QStringLiteral("QT_QPA_PLATFORM=") + QLatin1StringView(platform)};
    };
    QTest::newRow("the same X display") << env(":0", "", "") << env(":0", "", "") << true;
    QTest::newRow("another X display") << env(":0", "", "") << env(":1", "", "") << false;
    QTest::newRow("a screen of the same X display") << env(":0", "", "") << env(":0.0", "", "") << true;
    QTest::newRow("a remote X display") << env(":10", "", "") << env("localhost:10", "", "") << false;
    QTest::newRow("the same Wayland display") << env("", "wayland-0", "") << env("", "wayland-0", "") << true;
    QTest::newRow("another Wayland display") << env("", "wayland-0", "") << env("", "wayland-1", "") << false;
    QTest::newRow("Wayland, whatever X says") << env(":0", "wayland-0", "") << env(":1", "wayland-0", "") << true;
    QTest::newRow("X forced on a Wayland session")
        << env(":0", "wayland-0", "") << env(":0", "wayland-0", "xcb") << false;
    QTest::newRow("offscreen beside the display") << env(":0", "", "") << env(":0", "", "offscreen") << false;
    QTest::newRow("offscreen twice") << env(":0", "", "offscreen") << env(":1", "", "offscreen") << true;
}

void SingleInstanceTest::defaultNameIsPerSession()
{
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    QFETCH(bool, shared);
    const QStringList variables = {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                   QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("XDG_RUNTIME_DIR"),
                                   QStringLiteral("CREDENCE_INSTANCE_NAME")};
    QHash<QString, std::optional<QByteArray>> saved;
    for (const QString &name : variables) {
        saved.insert(name, qEnvironmentVariableIsSet(qPrintable(name))
                               ? std::optional<QByteArray>(qgetenv(qPrintable(name)))
                               : std::nullopt);
    }
    const auto nameIn = [this](const QStringList &environment) {
        for (const QString &assignment : environment) {
            const QString name = assignment.section(u'=', 0, 0);
            const QString value = assignment.section(u'=', 1);
            if (value.isEmpty()) {
                qunsetenv(qPrintable(name));
            } else {
                qputenv(qPrintable(name), value.toLocal8Bit());
            }
        }
        qunsetenv("CREDENCE_INSTANCE_NAME");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path()));
        return Ui::SingleInstance::defaultServerName();
    };
    const QString firstName = nameIn(first);
    const QString secondName = nameIn(second);
    for (const QString &name : variables) {
        if (const std::optional<QByteArray> value = saved.value(name)) {
            qputenv(qPrintable(name), *value);
        } else {
            qunsetenv(qPrintable(name));
        }
    }
    QCOMPARE(firstName == secondName, shared);
    // Per user, and in the runtime folder of the login session.
    for (const QString &name : {firstName, secondName}) {
        QVERIFY2(name.startsWith(m_dir.path() + u'/'), qPrintable(name));
        QVERIFY2(name.contains(QString::number(::getuid())), qPrintable(name));
    }
}

void SingleInstanceTest::missingProjectIsNeitherHandedOverNorCreated_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("message");
    QTest::newRow("a mistyped command") << QStringLiteral("frobnicate")
                                        << QStringLiteral("Unknown command 'frobnicate'");
    QTest::newRow("a misspelt command") << QStringLiteral("improt") << QStringLiteral("Did you mean 'import'?");
    QTest::newRow("a project that is not there") << QStringLiteral("new.credence") << QStringLiteral("No project at");
    QTest::newRow("a path that is not there")
        << QStringLiteral("folder/new.credence") << QStringLiteral("No project at");
    QTest::newRow("a name too long") << QString(300, u'n') + QStringLiteral(".credence")
                                     << QString::fromLocal8Bit(std::strerror(ENAMETOOLONG));
}

void SingleInstanceTest::missingProjectIsNeitherHandedOverNorCreated()
{
    QFETCH(QString, argument);
    QFETCH(QString, message);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder")));
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
    QSignalSpy received(m_instance.get(), &Ui::SingleInstance::filesReceived);
    QString errors;
    QCOMPARE(runSecondInstance({argument}, QString(), &errors), 2);
    QVERIFY2(errors.contains(message), qPrintable(errors));
    QCOMPARE(received.size(), 0);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files, QDir::Name), before);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(argument)));
    QCOMPARE(m_project->path(), m_dir.filePath(QStringLiteral("first.credence")));
}

void SingleInstanceTest::receiverOpensOnlyExistingFiles()
{
    // As an older Credence, or any process that reaches the socket, would send them: unchecked.
    const QString gone = m_dir.filePath(QStringLiteral("gone.credence"));
    const QString there = m_dir.filePath(QStringLiteral("there.credence"));
    QVERIFY(makeProject(there));
    QSignalSpy received(m_instance.get(), &Ui::SingleInstance::filesReceived);
    std::atomic<int> handoff = -1;
    // The sender blocks until the server answers, and the server answers from this thread's event loop.
    std::thread sender([&] {
        Ui::SingleInstance other(m_serverName);
        handoff = int(other.sendToRunning({gone, there}, 20000));
    });
    while (handoff == -1) {
        QTest::qWait(20);
    }
    sender.join();
    QCOMPARE(handoff.load(), int(Ui::SingleInstance::Handoff::Delivered));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), QStringList{there});
    QVERIFY(!QFileInfo::exists(gone));
    QCOMPARE(m_project->path(), there);
}

QTEST_MAIN(SingleInstanceTest)
#include "singleinstance_test.moc"
