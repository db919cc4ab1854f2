// Settings survive a crash: every change is on disk as soon as the setter returns, without waiting for sync() or
// for the program to end.

#include "settings/settings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence::Core;

class SettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changesAreOnDiskAtOnce();
    void recentListMovesToFrontAndIsCapped();
    void autoAdvanceDefaultsOnAndIsKept();
    void languageDefaultsToTheSystemsAndIsKept();

private:
    QByteArray onDisk() const;

    QTemporaryDir m_dir;
    QString m_file;
};

void SettingsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("credence.conf"));
}

QByteArray SettingsTest::onDisk() const
{
    // The file's bytes, not another QSettings: those share an in-process cache and would see unsaved values.
    QFile file(m_file);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void SettingsTest::changesAreOnDiskAtOnce()
{
    Settings settings(m_file);
    settings.setLastProject(QStringLiteral("/projects/last-one.credence"));
    QVERIFY(onDisk().contains("last-one.credence"));
    settings.addRecentProject(QStringLiteral("/projects/recent-one.credence"));
    QVERIFY(onDisk().contains("recent-one.credence"));
    settings.setBytes(Settings::Key::WindowGeometry, QByteArrayLiteral("geometry-bytes"));
    QVERIFY(onDisk().contains("geometry-bytes"));
}

void SettingsTest::recentListMovesToFrontAndIsCapped()
{
    Settings settings(m_dir.filePath(QStringLiteral("recent.conf")));
    for (int i = 0; i < Settings::MaxRecent + 3; ++i) {
        settings.addRecentProject(QStringLiteral("/p/%1.credence").arg(i));
    }
    settings.addRecentProject(QStringLiteral("/p/5.credence"));
    const QStringList recent = settings.recentProjects();
    QCOMPARE(recent.size(), Settings::MaxRecent);
    QCOMPARE(recent.first(), QStringLiteral("/p/5.credence"));
    QCOMPARE(recent.count(QStringLiteral("/p/5.credence")), 1);
}

void SettingsTest::autoAdvanceDefaultsOnAndIsKept()
{
    const QString file = m_dir.filePath(QStringLiteral("advance.conf"));
    {
        Settings settings(file);
        QVERIFY(settings.autoAdvance());
        settings.setAutoAdvance(false);
    }
    QVERIFY(!Settings(file).autoAdvance());
}

void SettingsTest::languageDefaultsToTheSystemsAndIsKept()
{
    const QString file = m_dir.filePath(QStringLiteral("language.conf"));
    {
        Settings settings(file);
        QCOMPARE(settings.language(), QString());
        settings.setLanguage(QStringLiteral("de"));
    }
    QCOMPARE(Settings(file).language(), QStringLiteral("de"));
}

QTEST_GUILESS_MAIN(SettingsTest)
#include "settings_test.moc"
