// Every control a keyboard or a screen reader can reach says what it is: the accessible name the platform's
// accessibility bridge reads (QAccessibleInterface::text(QAccessible::Name)), whether set on the widget, taken from
// its text, its window title or from a QLabel that is its buddy.

#include "dialogs/aboutdialog.h"
#include "dialogs/articledetailsdialog.h"
#include "dialogs/claimlinkdialog.h"
#include "dialogs/evidencedialog.h"
#include "dialogs/judgedialog.h"
#include "dialogs/notedialog.h"
#include "dialogs/shortcutsdialog.h"
#include "mainwindow.h"
#include "project/demo.h"
#include "project/project.h"
#include "settings/settings.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Credence;

class AccessibilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void walkFindsAnUnnamedControl();
    void mainWindowControlsHaveNames();
    void viewsSayWhatTheyHold();
    void dialogControlsHaveNames();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Credence::Ui::MainWindow> m_window;
};

namespace {

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

/// The widgets under @p window (itself included) that take focus and are shown, and say nothing of what they are.
QStringList unnamedFocusable(QWidget *window)
{
    QStringList unnamed;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        // A widget whose focus goes to a proxy (the line edit of an editable combo box) is named by the proxy.
        if (widget->focusPolicy() == Qt::NoFocus || widget->focusProxy() ||
            (widget != window && !widget->isVisibleTo(window))) {
            continue;
        }
        if (accessibleName(widget).isEmpty()) {
            unnamed.append(
                QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
                (widget->objectName().isEmpty() ? QStringLiteral("(no object name)") : widget->objectName()));
        }
    }
    return unnamed;
}

} // namespace

void AccessibilityTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Core::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_project = std::make_unique<Core::Project>();
    m_window = std::make_unique<Credence::Ui::MainWindow>(m_project.get(), m_settings.get());
    QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("demo.credence")), Core::OpenMode::Create));
    QVERIFY(Core::populateDemo(*m_project));
    m_window->selectArticle(0);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->currentArticle() != 0);
}

void AccessibilityTest::cleanupTestCase()
{
    m_window.reset();
    m_project.reset();
    m_settings.reset();
}

void AccessibilityTest::walkFindsAnUnnamedControl()
{
    // The check itself: a field with a label that is not its buddy says nothing; one whose buddy it is does.
    QDialog dialog;
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(QStringLiteral("&Name:"), &dialog);
    auto *named = new QLineEdit(&dialog);
    named->setObjectName(QStringLiteral("named"));
    label->setBuddy(named);
    auto *unnamed = new QLineEdit(&dialog);
    unnamed->setObjectName(QStringLiteral("unnamed"));
    layout->addWidget(label);
    layout->addWidget(named);
    layout->addWidget(new QLabel(QStringLiteral("Other:"), &dialog));
    layout->addWidget(unnamed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(accessibleName(named), QStringLiteral("Name:"));
    QCOMPARE(unnamedFocusable(&dialog), QStringList{QStringLiteral("QLineEdit unnamed")});
}

void AccessibilityTest::mainWindowControlsHaveNames()
{
    const QStringList unnamed = unnamedFocusable(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void AccessibilityTest::viewsSayWhatTheyHold()
{
    // Not only focusable ones: the legend and the article's header are read too, and the panes say what they are for.
    for (const char *name : {"articlesView", "articleView", "claimsView", "sourcesView", "legend", "articleHeader"}) {
        auto *widget = m_window->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(!accessibleName(widget).isEmpty(), name);
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(!face->text(QAccessible::Description).isEmpty(), name);
    }
}

void AccessibilityTest::dialogControlsHaveNames()
{
    Core::ArticleMetadata metadata;
    metadata.title = QStringLiteral("A title");
    metadata.publication = QStringLiteral("A paper");
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<Credence::Ui::ArticleDetailsDialog>(metadata, QStringList{metadata.publication},
                                                                           m_window.get()));
    dialogs.push_back(
        std::make_unique<Credence::Ui::NoteDialog>(QStringLiteral("The claim."), QString(), m_window.get()));
    dialogs.push_back(std::make_unique<Credence::Ui::ShortcutsDialog>(m_window->menuBar(), m_window.get()));
    dialogs.push_back(std::make_unique<Credence::Ui::AboutDialog>(m_window.get()));
    for (const Core::EvidenceKind kind : Core::allEvidenceKinds()) {
        Core::Evidence item;
        item.kind = kind;
        dialogs.push_back(
            std::make_unique<Credence::Ui::EvidenceDialog>(item, QStringLiteral("The claim."), m_window.get()));
    }
    dialogs.push_back(std::make_unique<Credence::Ui::ClaimLinkDialog>(m_project.get(), 0, m_window.get()));
    Core::Claim claim;
    claim.text = QStringLiteral("The claim.");
    dialogs.push_back(std::make_unique<Credence::Ui::JudgeDialog>(claim, m_window.get()));
    for (const auto &dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QStringList unnamed = unnamedFocusable(dialog.get());
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(dialog->objectName() + QStringLiteral(": ") + unnamed.join(QStringLiteral(", "))));
        dialog->hide();
    }
}

QTEST_MAIN(AccessibilityTest)
#include "accessibility_test.moc"
