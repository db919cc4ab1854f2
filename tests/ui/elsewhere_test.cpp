// The same claim elsewhere in the workbench, on the seeds: showing seed 001's claim that Wagner left Mali lists seed
// 003's claim about the Africa Corps; with the keyboard (Ctrl+Shift+E to the list, S, Shift+R) it is linked as
// evidence and the claim marked, each one step of Undo; the evidence panel then says how many sources and
// independent origins support the claim. Checked on disk through a connection of its own.

#include "i18n/translations.h"
#include "mainwindow.h"
#include "models/similarclaimmodel.h"
#include "project/project.h"
#include "settings/settings.h"
#include "storage/database.h"
#include "testsupport.h"
#include "widgets/clusterpanel.h"
#include "widgets/elsewherepanel.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Credence;

class ElsewhereTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linkWithTheKeys();

private:
    QVariant stored(const QString &sql, const QVariantList &values = {})
    {
        Core::Database db;
        return db.open(m_path, {Core::OpenMode::Existing, true}) ? db.scalar(sql, values) : QVariant();
    }
    QWidget *focus() const { return QApplication::focusWidget(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Ui::MainWindow> m_window;
    QHash<QString, Core::Id> m_articles;
    QString m_path;
};

void ElsewhereTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English plural forms ("1 source") come from the English translation, as in the application.
    QVERIFY(Core::installTranslations(*QCoreApplication::instance()));
    m_path = m_dir.filePath(QStringLiteral("elsewhere.credence"));
    m_settings = std::make_unique<Core::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_project = std::make_unique<Core::Project>();
    m_window = std::make_unique<Ui::MainWindow>(m_project.get(), m_settings.get());
    QVERIFY(m_window->openProject(m_path, Core::OpenMode::Create));
    const QDir seeds(Credence::Test::seedsDir());
    for (const QString &name : seeds.entryList({QStringLiteral("00?_*.txt")}, QDir::Files, QDir::Name)) {
        const Core::ImportOutcome outcome = m_project->importBytes(Credence::Test::readAll(seeds.filePath(name)), name);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        m_articles.insert(name.left(3), *outcome.articleId);
    }
    m_project->refresh();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void ElsewhereTest::linkWithTheKeys()
{
    Core::Id wagner = 0;
    for (const Core::Claim &claim : m_project->claims(m_articles.value(QStringLiteral("001")))) {
        if (claim.text.startsWith(QStringLiteral("With the Wagner Group officially leaving Mali"))) {
            wagner = claim.id;
        }
    }
    QVERIFY(wagner);
    m_window->showClaim(wagner);
    auto *panel = m_window->findChild<Ui::ElsewherePanel *>(QStringLiteral("elsewherePanel"));
    QVERIFY(panel);
    QTRY_COMPARE(panel->claim(), wagner);
    // The lookup waits a moment after the claim changes.
    QTRY_VERIFY(panel->model()->rowCount() > 0);
    // Seed 003's claim is among the first three (similarclaims_test holds the ranking).
    int row = -1;
    for (int i = 0; i < 3 && i < panel->model()->rowCount(); ++i) {
        if (panel->model()->items().at(i).claim.articleId == m_articles.value(QStringLiteral("003"))) {
            row = i;
        }
    }
    QVERIFY(row >= 0);
    const Core::Id africaCorps = panel->model()->items().at(row).claim.claimId;
    // The claim is page text: its tooltip is escaped, never read as markup.
    QVERIFY(panel->model()
                ->index(row, Ui::SimilarClaimModel::TextColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("<p style='white-space:pre-wrap'>")));

    QTest::keyClick(focus(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(focus(), panel->view());
    QCOMPARE(panel->view()->currentIndex().row(), 0);
    for (int i = 0; i < row; ++i) {
        QTest::keyClick(focus(), Qt::Key_Down);
    }

    // S: linked as supporting evidence, one step of Undo; S again is refused, nothing doubled.
    const int steps = m_project->undoStack()->count();
    QTest::keyClick(focus(), Qt::Key_S);
    const QString links = QStringLiteral("SELECT count(*) FROM evidence WHERE claim_id = ? AND linked_claim_id = ?");
    QCOMPARE(stored(links, {wagner, africaCorps}).toInt(), 1);
    QCOMPARE(stored(QStringLiteral("SELECT stance FROM evidence WHERE claim_id = ?"), {wagner}).toInt(),
             int(Core::EvidenceStance::Supporting));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QTest::keyClick(focus(), Qt::Key_S);
    QCOMPARE(stored(links, {wagner, africaCorps}).toInt(), 1);
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("already linked")));
    // The link's Look at cell and the evidence panel's count of sources.
    QTRY_VERIFY(panel->model()
                    ->index(row, Ui::SimilarClaimModel::NotesColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Linked")));
    auto *support = m_window->findChild<QLabel *>(QStringLiteral("evidenceSupport"));
    QVERIFY(support);
    QTRY_COMPARE(support->text(), QStringLiteral("Supported by 1 source, 1 independent origin"));

    // Shift+R on another listed claim: linked as refuting and the claim marked contradicted, one step.
    QTest::keyClick(focus(), row == 0 ? Qt::Key_Down : Qt::Key_Up);
    const Core::Id second = panel->model()->items().at(row == 0 ? 1 : row - 1).claim.claimId;
    QTest::keyClick(focus(), Qt::Key_R, Qt::ShiftModifier);
    QCOMPARE(stored(links, {wagner, second}).toInt(), 1);
    QCOMPARE(stored(QStringLiteral("SELECT verdict FROM claims WHERE id = ?"), {wagner}).toInt(),
             int(Core::Verdict::Contradicted));
    QCOMPARE(m_project->undoStack()->count(), steps + 2);
    QVERIFY(stored(QStringLiteral("SELECT reason FROM verdict_history WHERE claim_id = ? ORDER BY id DESC"), {wagner})
                .toString()
                .startsWith(QStringLiteral("Contradicted elsewhere:")));

    // The clusters tab: one group of the three claims, the refuting link makes the sources disagree.
    auto *clusters = m_window->findChild<Ui::ClusterPanel *>(QStringLiteral("clusterPanel"));
    QVERIFY(clusters);
    QTRY_COMPARE(clusters->model()->rowCount(), 1);
    const QModelIndex group = clusters->model()->index(0, 0);
    QCOMPARE(clusters->model()->rowCount(group), 3);
    QCOMPARE(clusters->model()->index(0, 3).data().toString(), QStringLiteral("Sources disagree"));
    QStringList stances;
    for (int i = 0; i < 3; ++i) {
        stances.append(clusters->model()->index(i, 2, group).data().toString());
    }
    QVERIFY2(stances.contains(QStringLiteral("Says the opposite")), qPrintable(stances.join(u',')));
    QVERIFY(clusters->model()
                ->index(0, 0, group)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("<p style='white-space:pre-wrap'>")));

    // Undo takes back the mark and the link together, then the first link.
    m_project->undoStack()->undo();
    QCOMPARE(stored(links, {wagner, second}).toInt(), 0);
    QCOMPARE(stored(QStringLiteral("SELECT verdict FROM claims WHERE id = ?"), {wagner}).toInt(),
             int(Core::Verdict::NotChecked));
    m_project->undoStack()->undo();
    QCOMPARE(stored(links, {wagner, africaCorps}).toInt(), 0);
    QTRY_VERIFY(!support->isVisible());
    QTRY_COMPARE(clusters->model()->rowCount(), 0);
}

QTEST_MAIN(ElsewhereTest)
#include "elsewhere_test.moc"
