// Help › About Credence shows the icon, this version and the full licence text.

#include "dialogs/aboutdialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

using namespace Credence;

class AboutDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsIconVersionAndLicence();
};

void AboutDialogTest::showsIconVersionAndLicence()
{
    Ui::AboutDialog dialog;
    const auto *icon = dialog.findChild<QLabel *>(QStringLiteral("aboutIcon"));
    QVERIFY(icon);
    QVERIFY(!icon->pixmap().isNull()); // the SVG was read: the icon engine plugin is there
    const auto *text = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
    QVERIFY(text);
    QVERIFY(text->text().contains(QStringLiteral(CREDENCE_VERSION)));
    QVERIFY(text->text().contains(QStringLiteral("MIT")));
    const auto *licence = dialog.findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
    QVERIFY(licence);
    QVERIFY(licence->toPlainText().startsWith(QStringLiteral("MIT License")));
    QVERIFY(licence->toPlainText().contains(QStringLiteral("WITHOUT WARRANTY OF ANY KIND")));
}

QTEST_MAIN(AboutDialogTest)
#include "aboutdialog_test.moc"
