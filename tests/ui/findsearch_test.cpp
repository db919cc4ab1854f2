// Finding in the workbench, by keyboard alone: Ctrl+Shift+F, typing and Enter go to the claim found (also when the
// claim filters hid it); Ctrl+F finds in the article and cycles with Enter, Shift+Enter and F3, Escape closes; the
// claim filters, checked with QAbstractItemModelTester while states change underneath.

#include "mainwindow.h"
#include "models/claimfiltermodel.h"
#include "models/claimtablemodel.h"
#include "models/searchresultmodel.h"
#include "project/project.h"
#include "settings/settings.h"
#include "testsupport.h"
#include "widgets/articleview.h"
#include "widgets/findbar.h"
#include "widgets/searchpanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Credence;

namespace {

const QByteArray Lighthouse = QByteArrayLiteral("Lighthouse keeper retires after forty years\n"
                                                "By Ines Marlow\n"
                                                "Source: Bayside Herald\n"
                                                "\n"
                                                "The lighthouse on the northern cape will be run by machines from June,"
                                                " the harbour authority said.\n"
                                                "\n"
                                                "Its keeper said the lamp had never failed in a storm.\n"
                                                "\n"
                                                "Visitors may climb the lighthouse tower on Sundays.\n");

} // namespace

class FindSearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void searchProjectJumpsToTheClaim();
    void searchJumpsPastTheFilters();
    void findInArticleCycles();
    void claimFilters();

private:
    template <typename T> T *child(const char *name) { return m_window->findChild<T *>(QString::fromLatin1(name)); }
    Core::Id currentClaimId();

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Ui::MainWindow> m_window;
    Core::Id m_bridge = 0;
    Core::Id m_lighthouse = 0;
};

void FindSearchTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void FindSearchTest::init()
{
    static int round = 0;
    const QString path = m_dir.filePath(QStringLiteral("find-%1.credence").arg(++round));
    m_settings = std::make_unique<Core::Settings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(round)));
    m_project = std::make_unique<Core::Project>();
    m_window = std::make_unique<Ui::MainWindow>(m_project.get(), m_settings.get());
    QVERIFY(m_window->openProject(path, Core::OpenMode::Create));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->importPaths({Test::dataFile(QStringLiteral("harbour-bridge.txt"))});
    m_bridge = m_window->currentArticle();
    const Core::ImportOutcome lighthouse = m_project->importBytes(Lighthouse, QStringLiteral("lighthouse.txt"));
    QVERIFY2(lighthouse.ok(), qPrintable(lighthouse.error));
    m_lighthouse = *lighthouse.articleId;
    m_window->selectArticle(m_bridge);
    QCOMPARE(m_window->currentArticle(), m_bridge);
}

void FindSearchTest::cleanup()
{
    m_window.reset();
    m_project.reset();
    m_settings.reset();
}

Core::Id FindSearchTest::currentClaimId()
{
    return child<QTableView>("claimsView")->currentIndex().data(Ui::ClaimTableModel::ClaimIdRole).toLongLong();
}

void FindSearchTest::searchProjectJumpsToTheClaim()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *query = child<QLineEdit>("searchQuery");
    QVERIFY(child<QDockWidget>("searchDock")->isVisible());
    QTRY_VERIFY(query->hasFocus());
    QTest::keyClicks(query, QStringLiteral("never fail"));
    auto *results = child<QListView>("searchResults");
    // After the pause: "fail" is a prefix of "failed"; the claim ranks above its (much longer) article.
    QTRY_COMPARE(results->model()->rowCount(), 2);
    QCOMPARE(results->model()->index(0, 0).data(Ui::SearchResultModel::KindLabelRole).toString(),
             QStringLiteral("Claim"));
    QTest::keyClick(query, Qt::Key_Return);
    QCOMPARE(m_window->currentArticle(), m_lighthouse);
    const auto claims = m_project->claims(m_lighthouse);
    const auto keeper = std::find_if(claims.begin(), claims.end(), [](const Core::Claim &c) {
        return c.text.startsWith(QStringLiteral("Its keeper"));
    });
    QVERIFY(keeper != claims.end());
    QCOMPARE(currentClaimId(), keeper->id);
    QVERIFY(child<QTableView>("claimsView")->hasFocus());

    // Back to the field: the article itself (below its claim) chosen with Down and Enter puts the cursor in the text.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(query->hasFocus());
    QTest::keyClicks(query, QStringLiteral("\"northern cape\""));
    QTRY_VERIFY(results->model()
                    ->index(0, 0)
                    .data(Ui::SearchResultModel::SnippetRole)
                    .toString()
                    .contains(QStringLiteral("northern cape")));
    QCOMPARE(results->model()->rowCount(), 2);
    QTest::keyClick(query, Qt::Key_Down);
    QVERIFY(results->hasFocus());
    QTest::keyClick(results, Qt::Key_Down);
    QCOMPARE(results->currentIndex().data(Ui::SearchResultModel::KindLabelRole).toString(), QStringLiteral("Article"));
    QTest::keyClick(results, Qt::Key_Return);
    auto *text = child<Ui::ArticleView>("articleView");
    QVERIFY(text->hasFocus());
    const QString body = m_project->article(m_lighthouse)->body;
    QCOMPARE(text->textCursor().position(), int(body.indexOf(QStringLiteral("northern cape"))));
}

void FindSearchTest::searchJumpsPastTheFilters()
{
    auto *state = child<QComboBox>("stateFilter");
    state->setCurrentIndex(state->findText(Core::verdictLabel(Core::Verdict::Corroborated)));
    QCOMPARE(child<QTableView>("claimsView")->model()->rowCount(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *query = child<QLineEdit>("searchQuery");
    QTRY_VERIFY(query->hasFocus());
    QTest::keyClicks(query, QStringLiteral("lamp "));
    QTest::keyClick(query, Qt::Key_Return); // before the pause is over: Enter searches first
    QCOMPARE(m_window->currentArticle(), m_lighthouse);
    QCOMPARE(state->currentIndex(), 0);
    QVERIFY(currentClaimId() != 0);
    QVERIFY(m_project->claim(currentClaimId())->text.contains(QStringLiteral("lamp")));
}

void FindSearchTest::findInArticleCycles()
{
    auto *text = child<Ui::ArticleView>("articleView");
    text->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *bar = child<Ui::FindBar>("findBar");
    auto *field = child<QLineEdit>("findField");
    auto *count = child<QLabel>("findCount");
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("BRIDGE"));
    const int total = int(m_project->article(m_bridge)->body.count(QStringLiteral("bridge"), Qt::CaseInsensitive));
    QVERIFY(total >= 2);
    QCOMPARE(bar->matches().size(), total);
    QCOMPARE(count->text(), QStringLiteral("1 of %1").arg(total));
    QCOMPARE(text->textCursor().selectedText().toLower(), QStringLiteral("bridge"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(count->text(), QStringLiteral("2 of %1").arg(total));
    QCOMPARE(text->textCursor().selectionStart(), bar->matches().at(1));
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(count->text(), QStringLiteral("1 of %1").arg(total));
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier); // wraps to the last
    QCOMPARE(count->text(), QStringLiteral("%1 of %1").arg(total));
    QTest::keyClick(field, Qt::Key_F3);
    QCOMPARE(count->text(), QStringLiteral("1 of %1").arg(total));
    QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(count->text(), QStringLiteral("%1 of %1").arg(total));
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY(text->hasFocus());
    // A word not there.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("zeppelin"));
    QCOMPARE(count->text(), QStringLiteral("No matches"));
}

void FindSearchTest::claimFilters()
{
    Ui::ClaimTableModel claims(m_project.get());
    Ui::ClaimFilterModel filter;
    filter.setSourceModel(&claims);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    claims.setArticle(m_bridge);
    const QList<Core::Claim> all = claims.claims();
    QVERIFY(all.size() >= 3);
    QCOMPARE(filter.rowCount(), all.size());
    QVERIFY(!filter.isFiltering());

    QVERIFY(m_project->setVerdict({all.at(0).id, all.at(2).id}, Core::Verdict::Contradicted));
    filter.setVerdictFilter(Core::Verdict::Contradicted);
    QVERIFY(filter.isFiltering());
    QCOMPARE(filter.rowCount(), 2);
    // A change of state underneath: the claim leaves the filtered rows.
    QVERIFY(m_project->setVerdict({all.at(2).id}, Core::Verdict::Corroborated));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(Ui::ClaimTableModel::ClaimIdRole).toLongLong(), all.at(0).id);
    m_project->undoStack()->undo();
    QCOMPARE(filter.rowCount(), 2);

    filter.setVerdictFilter(std::nullopt);
    filter.setKindFilter(Core::UnitKind::Sentence);
    int sentences = 0;
    for (const Core::Claim &claim : claims.claims()) {
        sentences += claim.kind == Core::UnitKind::Sentence ? 1 : 0;
    }
    QCOMPARE(filter.rowCount(), sentences);
    filter.setKindFilter(Core::UnitKind::Caption);
    QCOMPARE(filter.rowCount(), 0);
    // The evidence hook lets everything through until a model gives evidence counts.
    filter.setKindFilter(std::nullopt);
    filter.setEvidenceFilter(Ui::ClaimFilterModel::Evidence::With);
    QVERIFY(!filter.isFiltering());
    QCOMPARE(filter.rowCount(), all.size());
    filter.clearFilters();
    claims.setArticle(m_lighthouse);
    QCOMPARE(filter.rowCount(), claims.rowCount());
}

QTEST_MAIN(FindSearchTest)
#include "findsearch_test.moc"
