// The workbench in German, loaded the way the application loads it (app/i18n with the language setting, --lang,
// CREDENCE_LANG): menus, claim states, the status bar hint and the dialogs speak German, every menu's accelerators
// are distinct, and switching back to English gives English again.

#include "dialogs/articledetailsdialog.h"
#include "dialogs/notedialog.h"
#include "dialogs/shortcutsdialog.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "models/claimtablemodel.h"
#include "project/demo.h"
#include "project/project.h"
#include "settings/settings.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence;

class TranslationDeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void languageComesFromOptionEnvironmentOrSetting();
    void mainWindowSpeaksGerman();
    void acceleratorsAreDistinctInEveryMenu();
    void dialogsSpeakGerman();
    void languageMenuStoresTheChoice();
    void commandLineSpeaksGerman();
    void switchingBackGivesEnglish();

private:
    /// A window on a fresh demo project, built after the translation is installed (as at start-up).
    void openWindow();
    QStringList menuTitles() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Credence::Ui::MainWindow> m_window;
};

namespace {

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&')) {
                return text.at(i + 1).toLower();
            }
            ++i;
        }
    }
    return {};
}

/// Texts in @p texts whose accelerator another one already has.
QStringList clashes(const QString &where, const QStringList &texts)
{
    QHash<QChar, QString> taken;
    QStringList found;
    for (const QString &text : texts) {
        const QChar key = mnemonic(text);
        if (key.isNull()) {
            continue;
        }
        if (taken.contains(key)) {
            found.append(where + QStringLiteral(": “") + text + QStringLiteral("” and “") + taken.value(key) +
                         QStringLiteral("”"));
        }
        taken.insert(key, text);
    }
    return found;
}

QStringList menuClashes(const QMenu *menu, const QString &where)
{
    QStringList texts;
    QStringList found;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator()) {
            continue;
        }
        texts.append(action->text());
        if (action->menu()) {
            found += menuClashes(action->menu(), where + QStringLiteral(" › ") + action->text());
        }
    }
    return clashes(where, texts) + found;
}

/// With CREDENCE_SCREENSHOT_DIR set, keeps a picture of @p widget there, to look for German text that is cut off.
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CREDENCE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        if (qobject_cast<QMenu *>(widget)) { // a menu has its size once it pops up
            widget->adjustSize();
        } else {
            widget->show();
            if (!QTest::qWaitForWindowExposed(widget)) {
                qWarning("%s was not shown", qPrintable(name));
            }
        }
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

} // namespace

void TranslationDeTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qunsetenv("CREDENCE_LANG");
    m_settings = std::make_unique<Core::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings->setLanguage(QStringLiteral("de"));
    // As ui/main.cpp does without --lang.
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(),
                                      Core::chosenLanguage(QString(), m_settings->language())));
    openWindow();
}

void TranslationDeTest::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget != m_window.get() && qobject_cast<QDialog *>(widget)) {
            widget->close();
        }
    }
}

void TranslationDeTest::openWindow()
{
    m_window.reset();
    m_project = std::make_unique<Core::Project>();
    m_window = std::make_unique<Credence::Ui::MainWindow>(m_project.get(), m_settings.get());
    static int round = 0;
    QVERIFY(
        m_window->openProject(m_dir.filePath(QStringLiteral("demo-%1.credence").arg(++round)), Core::OpenMode::Create));
    QVERIFY(Core::populateDemo(*m_project));
    m_window->selectArticle(0);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QStringList TranslationDeTest::menuTitles() const
{
    QStringList titles;
    for (QAction *action : m_window->menuBar()->actions()) {
        titles.append(action->text());
    }
    return titles;
}

void TranslationDeTest::languageComesFromOptionEnvironmentOrSetting()
{
    QCOMPARE(Core::chosenLanguage(QString(), QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(Core::chosenLanguage(QString(), QString()), QString());
    qputenv("CREDENCE_LANG", "en");
    QCOMPARE(Core::chosenLanguage(QString(), QStringLiteral("de")), QStringLiteral("en"));
    QCOMPARE(Core::chosenLanguage(QStringLiteral("de"), QString()), QStringLiteral("de"));
    qunsetenv("CREDENCE_LANG");
}

void TranslationDeTest::mainWindowSpeaksGerman()
{
    QCOMPARE(menuTitles(),
             (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("A&rtikel"),
                          QStringLiteral("B&ehauptung"), QStringLiteral("Be&lege"), QStringLiteral("&Ansicht"),
                          QStringLiteral("&Hilfe")}));
    auto *claims = m_window->findChild<QTableView *>(QStringLiteral("claimsView"));
    QVERIFY(claims && claims->model()->rowCount() > 0);
    QCOMPARE(claims->model()->headerData(Credence::Ui::ClaimTableModel::TextColumn, Qt::Horizontal).toString(),
             QStringLiteral("Behauptung"));
    QStringList states;
    for (int row = 0; row < claims->model()->rowCount(); ++row) {
        states.append(
            claims->model()->index(row, Credence::Ui::ClaimTableModel::VerdictColumn).data(Qt::ToolTipRole).toString() +
            claims->model()->index(row, Credence::Ui::ClaimTableModel::VerdictColumn).data().toString());
    }
    QVERIFY2(states.join(u' ').contains(QStringLiteral("Nicht geprüft")), qPrintable(states.join(u'|')));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("1 (bestätigt), 2 (widerlegt)")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(QAccessible::queryAccessibleInterface(claims)->text(QAccessible::Name), QStringLiteral("Behauptungen"));
    auto *legend = m_window->findChild<QWidget *>(QStringLiteral("legend"));
    QVERIFY(legend);
    QVERIFY(legend->property("plainText").toString().startsWith(QStringLiteral("Behauptungen:")));
}

void TranslationDeTest::acceleratorsAreDistinctInEveryMenu()
{
    QStringList found = clashes(QStringLiteral("menu bar"), menuTitles());
    for (QAction *action : m_window->menuBar()->actions()) {
        found += menuClashes(action->menu(), action->text());
        keepScreenshot(action->menu(), QStringLiteral("menu-") + action->menu()->title().remove(QLatin1Char('&')));
    }
    keepScreenshot(m_window->findChild<QMenu *>(QStringLiteral("languageMenu")), QStringLiteral("menu-language"));
    // The context menus need no check of their own: each takes some actions of one of these menus.
    Credence::Ui::ArticleDetailsDialog details({}, {}, m_window.get());
    QStringList labels;
    for (const QLabel *label : details.findChildren<QLabel *>()) {
        labels.append(label->text());
    }
    for (const QCheckBox *box : details.findChildren<QCheckBox *>()) {
        labels.append(box->text());
    }
    // OK and Cancel as Plasma's platform theme names them, with accelerators (other themes give them none).
    labels << QStringLiteral("&OK") << QStringLiteral("&Abbrechen");
    found += clashes(QStringLiteral("Artikeldetails"), labels);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TranslationDeTest::dialogsSpeakGerman()
{
    Credence::Ui::ArticleDetailsDialog details({}, {}, m_window.get());
    QCOMPARE(details.windowTitle(), QStringLiteral("Artikeldetails"));
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("titleLabel"))->text(), QStringLiteral("&Titel:"));
    keepScreenshot(&details, QStringLiteral("details"));

    Credence::Ui::NoteDialog note(QStringLiteral("Die Behauptung."), QString(), m_window.get());
    QCOMPARE(note.windowTitle(), QStringLiteral("Notiz"));
    QStringList buttons;
    for (const QAbstractButton *button : note.findChildren<QAbstractButton *>()) {
        buttons.append(button->text().remove(QLatin1Char('&')));
    }
    // Qt's own translation (qt6-translations-l10n) names the standard buttons.
    QVERIFY2(buttons.contains(QStringLiteral("Abbrechen")) && buttons.contains(QStringLiteral("Speichern")),
             qPrintable(buttons.join(u'|')));
    keepScreenshot(&note, QStringLiteral("note"));

    Credence::Ui::ShortcutsDialog sheet(m_window->menuBar(), m_window.get());
    QCOMPARE(sheet.windowTitle(), QStringLiteral("Tastenkürzel"));
    keepScreenshot(&sheet, QStringLiteral("shortcuts"));
    QVERIFY2(sheet.rows().contains(QStringLiteral("Datei\tArtikel importieren…\tStrg+I")),
             qPrintable(sheet.rows().join(u'\n')));
    QVERIFY2(sheet.rows().contains(QStringLiteral("Behauptung\tAls bestätigt markieren\t1 oder C")),
             qPrintable(sheet.rows().join(u'\n')));
}

void TranslationDeTest::languageMenuStoresTheChoice()
{
    auto *english = m_window->findChild<QAction *>(QStringLiteral("language-en"));
    auto *german = m_window->findChild<QAction *>(QStringLiteral("language-de"));
    QVERIFY(english && german);
    QVERIFY(german->isChecked());
    QCOMPARE(english->text(), QStringLiteral("&English"));
    QCOMPARE(german->text(), QStringLiteral("&Deutsch"));
    english->trigger();
    QCOMPARE(Core::Settings(m_dir.filePath(QStringLiteral("settings.ini"))).language(), QStringLiteral("en"));
    auto *message = m_window->findChild<QMessageBox *>(QStringLiteral("languageRestartMessage"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(QStringLiteral("nächsten Start")), qPrintable(message->text()));
    message->close();
    m_window->findChild<QAction *>(QStringLiteral("language-system"))->trigger();
    QCOMPARE(m_settings->language(), QString());
    m_settings->setLanguage(QStringLiteral("de"));
}

void TranslationDeTest::commandLineSpeaksGerman()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    QProcess credence;
    credence.setProcessEnvironment(environment);
    credence.start(QStringLiteral(CREDENCE_BINARY),
                   {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    QVERIFY(credence.waitForFinished(30000));
    QCOMPARE(credence.exitCode(), 0);
    QVERIFY2(credence.readAllStandardOutput().contains("Befehle (jeder hat --help)"), "no German help");

    credence.start(QStringLiteral(CREDENCE_BINARY), {QStringLiteral("--lang"), QStringLiteral("fr")});
    QVERIFY(credence.waitForFinished(30000));
    QCOMPARE(credence.exitCode(), 2);
    QVERIFY(credence.readAllStandardError().contains("Unknown language fr"));

    environment.insert(QStringLiteral("CREDENCE_LANG"), QStringLiteral("de"));
    credence.setProcessEnvironment(environment);
    credence.start(QStringLiteral(CREDENCE_BINARY), {QStringLiteral("summary"), QStringLiteral("--db"),
                                                     m_dir.filePath(QStringLiteral("none.credence"))});
    QVERIFY(credence.waitForFinished(30000));
    QCOMPARE(credence.exitCode(), 1);
    const QString error = QString::fromUtf8(credence.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("Kein Projekt unter")), qPrintable(error));
}

void TranslationDeTest::switchingBackGivesEnglish()
{
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
    openWindow();
    QCOMPARE(menuTitles().constFirst(), QStringLiteral("&File"));
    QStringList found = clashes(QStringLiteral("menu bar"), menuTitles());
    for (QAction *action : m_window->menuBar()->actions()) {
        found += menuClashes(action->menu(), action->text());
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Press 1 (corroborated)")));
    Credence::Ui::NoteDialog note(QStringLiteral("The claim."), QString(), m_window.get());
    QCOMPARE(note.windowTitle(), QStringLiteral("Note"));
    auto *claims = m_window->findChild<QTableView *>(QStringLiteral("claimsView"));
    QCOMPARE(claims->model()->headerData(Credence::Ui::ClaimTableModel::TextColumn, Qt::Horizontal).toString(),
             QStringLiteral("Claim"));
}

QTEST_MAIN(TranslationDeTest)
#include "translation_de_test.moc"
