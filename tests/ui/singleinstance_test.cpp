// A project opened from the file manager while Credence runs opens in the running window: the real credence binary,
// started with a project path, hands it to this process's SingleInstance server and exits 0 without a window of its
// own. Also: a socket left by a crashed instance is taken over.

#include "mainwindow.h"
#include "project/project.h"
#include "settings/settings.h"
#include "singleinstance.h"
#include "storage/database.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
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

private:
    /// Runs the real credence binary with @p arguments against our server; returns its exit code, -1 if it had to
    /// be killed (it opened a window of its own instead of handing over).
    int runSecondInstance(const QStringList &arguments, const QString &workingDirectory = QString());

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

int SingleInstanceTest::runSecondInstance(const QStringList &arguments, const QString &workingDirectory)
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
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
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
    {
        Core::Database second;
        QVERIFY(second.open(m_dir.filePath(QStringLiteral("second.credence")), {Core::OpenMode::Create}));
    }
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

QTEST_MAIN(SingleInstanceTest)
#include "singleinstance_test.moc"
