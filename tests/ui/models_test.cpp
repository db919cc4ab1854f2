// The view models over a real project file, checked by QAbstractItemModelTester while the data changes.

#include "i18n/translations.h"
#include "models/articlelistmodel.h"
#include "models/claimtablemodel.h"
#include "models/sourcetablemodel.h"
#include "project/demo.h"
#include "project/project.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Credence;

class ModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void claimModelFollowsVerdicts();
    void claimModelEditsAreUndoable();
    void claimModelFindsClaimAtPosition();
    void sourceModelCountsAndScores();
    void articleModelFollowsImportsAndEdits();
    void demoStartsWithEvidenceOfEveryKind();
    void articleModelShowsUnassignedAndOrigin();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Core::Project> m_project;
    Core::Id m_clarion = 0;
};

void ModelsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Core::installTranslations(*QCoreApplication::instance()));
    QVERIFY(m_dir.isValid());
}

void ModelsTest::init()
{
    static int round = 0;
    m_project = std::make_unique<Core::Project>();
    QVERIFY2(m_project->open(m_dir.filePath(QStringLiteral("models-%1.credence").arg(++round))),
             qPrintable(m_project->lastError()));
    QVERIFY2(Core::populateDemo(*m_project), qPrintable(m_project->lastError()));
    for (const Core::ArticleSummary &a : m_project->articles()) {
        if (a.publication == QLatin1String("The Daily Clarion")) {
            m_clarion = a.id;
        }
    }
    QVERIFY(m_clarion);
}

void ModelsTest::cleanup()
{
    m_project.reset();
}

void ModelsTest::claimModelFollowsVerdicts()
{
    Ui::ClaimTableModel model(m_project.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(m_clarion);
    QCOMPARE(model.rowCount(), m_project->claims(m_clarion).size());
    QVERIFY(model.rowCount() >= 5);

    // The demo marks the first claim of the Clarion piece contradicted.
    const QModelIndex verdict = model.index(0, Ui::ClaimTableModel::VerdictColumn);
    QCOMPARE(verdict.data(Ui::ClaimTableModel::VerdictRole).value<Core::Verdict>(), Core::Verdict::Contradicted);
    QCOMPARE(verdict.data().toString(), QStringLiteral("Contradicted"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const Core::Id last = model.index(model.rowCount() - 1, 0).data(Ui::ClaimTableModel::ClaimIdRole).toLongLong();
    m_project->setVerdict({last}, Core::Verdict::Corroborated);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowCount() - 1);
    QCOMPARE(model.index(model.rowCount() - 1, Ui::ClaimTableModel::VerdictColumn)
                 .data(Ui::ClaimTableModel::VerdictRole)
                 .value<Core::Verdict>(),
             Core::Verdict::Corroborated);

    model.setArticle(0);
    QCOMPARE(model.rowCount(), 0);
}

void ModelsTest::claimModelEditsAreUndoable()
{
    Ui::ClaimTableModel model(m_project.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(m_clarion);
    const QModelIndex note = model.index(1, Ui::ClaimTableModel::NoteColumn);
    QVERIFY(model.flags(note) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(1, Ui::ClaimTableModel::TextColumn)) & Qt::ItemIsEditable));
    const QString before = note.data().toString();
    QVERIFY(model.setData(note, QStringLiteral("Police log says 340")));
    QCOMPARE(note.data().toString(), QStringLiteral("Police log says 340"));
    QCOMPARE(m_project->claim(model.index(1, 0).data(Ui::ClaimTableModel::ClaimIdRole).toLongLong())->note,
             QStringLiteral("Police log says 340"));
    m_project->undoStack()->undo();
    QCOMPARE(note.data().toString(), before);

    const QModelIndex verdict = model.index(2, Ui::ClaimTableModel::VerdictColumn);
    QVERIFY(model.setData(verdict, static_cast<int>(Core::Verdict::Corroborated)));
    QCOMPARE(verdict.data(Ui::ClaimTableModel::VerdictRole).value<Core::Verdict>(), Core::Verdict::Corroborated);
    QVERIFY(!model.setData(verdict, 7)); // no such verdict
    QCOMPARE(verdict.data(Ui::ClaimTableModel::VerdictRole).value<Core::Verdict>(), Core::Verdict::Corroborated);
}

void ModelsTest::claimModelFindsClaimAtPosition()
{
    Ui::ClaimTableModel model(m_project.get());
    model.setArticle(m_clarion);
    for (int row = 0; row < model.rowCount(); ++row) {
        const Core::Claim &c = model.claims().at(row);
        QCOMPARE(model.rowAtPosition(c.start), row);
        QCOMPARE(model.rowAtPosition(c.end - 1), row);
        QCOMPARE(model.rowOfClaim(c.id), row);
    }
    // Between two paragraphs there is no claim.
    QCOMPARE(model.rowAtPosition(model.claims().at(0).end), -1);
    QCOMPARE(model.rowAtPosition(-5), -1);
}

void ModelsTest::sourceModelCountsAndScores()
{
    Ui::SourceTableModel model(m_project.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    int clarionRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString() == QLatin1String("The Daily Clarion")) {
            clarionRow = row;
        }
    }
    QVERIFY(clarionRow >= 0);
    const auto cell = [&](int column) { return model.index(clarionRow, column).data(); };
    QCOMPARE(cell(Ui::SourceTableModel::ContradictedColumn).toInt(), 3);
    QCOMPARE(cell(Ui::SourceTableModel::CorroboratedColumn).toInt(), 0);
    // Beta(1, 4): mean 0.2.
    QCOMPARE(cell(Ui::SourceTableModel::ScoreColumn).toString(), QStringLiteral("0.20"));

    // Plural forms come from the English translation file.
    int riverWatch = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        riverWatch = model.index(row, 0).data().toString() == QLatin1String("RiverWatch Notes") ? row : riverWatch;
    }
    QCOMPARE(model.index(riverWatch, Ui::SourceTableModel::ScoreColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("1 corroborated or contradicted claim; at least 3 are needed to judge a source."));

    const Core::Id claim = m_project->claims(m_clarion).last().id;
    m_project->setVerdict({claim}, Core::Verdict::Corroborated);
    // The counts at once, the score once the verdicts have stopped.
    QCOMPARE(cell(Ui::SourceTableModel::CorroboratedColumn).toInt(), 1);
    QTRY_COMPARE(cell(Ui::SourceTableModel::ScoreColumn).toString(), QStringLiteral("0.33"));
    m_project->undoStack()->undo();
    QCOMPARE(cell(Ui::SourceTableModel::CorroboratedColumn).toInt(), 0);
    QTRY_COMPARE(cell(Ui::SourceTableModel::ScoreColumn).toString(), QStringLiteral("0.20"));

    // A reprint: the same story twice from one source, its claims marked alike in both. The list shows every claim
    // as marked and scores as the Summary does, each repeated claim once.
    const QByteArray story = Credence::Test::readAll(QStringLiteral(CREDENCE_TEST_DATA_DIR "/harbour-bridge.txt"));
    const Core::ImportOutcome first = m_project->importBytes(story, QStringLiteral("bridge.txt"));
    const Core::ImportOutcome reprint = m_project->importBytes(
        story + "\nThis story first ran in the morning edition.\n", QStringLiteral("bridge-2.txt"));
    QVERIFY(first.ok() && reprint.ok());
    for (const Core::ImportOutcome &outcome : {first, reprint}) {
        const QList<Core::Claim> claims = m_project->claims(*outcome.articleId);
        QVERIFY(claims.size() >= 3);
        m_project->setVerdict({claims.at(0).id, claims.at(1).id, claims.at(2).id}, Core::Verdict::Corroborated);
    }
    const Core::ReliabilitySummary summary = m_project->reliabilitySummary();
    const auto westport = std::find_if(summary.sources.cbegin(), summary.sources.cend(), [](const Core::ScoreRow &r) {
        return r.name == QLatin1String("Westport Evening Post");
    });
    QVERIFY(westport != summary.sources.cend());
    QCOMPARE(westport->corroborated(), 6);
    QCOMPARE(westport->countedCorroborated, 3); // the reprint's copies count once
    int westportRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        westportRow = model.index(row, 0).data().toString() == westport->name ? row : westportRow;
    }
    QVERIFY(westportRow >= 0);
    QCOMPARE(model.index(westportRow, Ui::SourceTableModel::CorroboratedColumn).data().toInt(), 6);
    QTRY_COMPARE(model.index(westportRow, Ui::SourceTableModel::ScoreColumn).data().toString(),
                 QLocale().toString(westport->reliability.score, 'f', 2));
    QCOMPARE(model.index(westportRow, Ui::SourceTableModel::ComputedGradeColumn).data().toString(),
             westport->computedGrade);
    QVERIFY(westport->reliability.score != Core::assessReliability(6, 0).score);
    m_project->undoStack()->undo();
    m_project->undoStack()->undo();
    QVERIFY(m_project->removeArticle(*first.articleId));
    QVERIFY(m_project->removeArticle(*reprint.articleId));
    QCOMPARE(model.rowCount(), 4);

    // Moving the only article of a source to another source removes the row.
    Core::ArticleMetadata meta = m_project->article(m_clarion)->metadata;
    meta.publication = QStringLiteral("Northgate Wire");
    m_project->setMetadata(m_clarion, meta);
    QCOMPARE(model.rowCount(), 3);
    m_project->undoStack()->undo();
    QCOMPARE(model.rowCount(), 4);
}

void ModelsTest::articleModelFollowsImportsAndEdits()
{
    Ui::ArticleListModel model(m_project.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    const QList<Core::ImportOutcome> outcomes =
        m_project->importFiles({QStringLiteral(CREDENCE_TEST_DATA_DIR "/harbour-bridge.txt")});
    QVERIFY(outcomes.first().ok());
    QCOMPARE(model.rowCount(), 5);
    const int row = model.rowOfArticle(*outcomes.first().articleId);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, Ui::ArticleListModel::TitleColumn).data().toString(),
             QStringLiteral("Harbour bridge to close for repairs in May"));
    QCOMPARE(model.index(row, Ui::ArticleListModel::ProgressColumn).data().toString(), QStringLiteral("0/3"));
    m_project->setVerdict({m_project->claims(*outcomes.first().articleId).first().id}, Core::Verdict::Contradicted);
    QCOMPARE(model.index(row, Ui::ArticleListModel::ProgressColumn).data().toString(), QStringLiteral("1/3"));
}

void ModelsTest::demoStartsWithEvidenceOfEveryKind()
{
    // Every entry of verdicts.json found its claim (a change to the demo texts or the segmenter shows here).
    QFile file(QStringLiteral(":/demo/verdicts.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray entries =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("verdicts")).toArray();
    int judged = 0, graded = 0;
    QHash<Core::EvidenceKind, int> kinds;
    for (const Core::ArticleSummary &article : m_project->articles()) {
        for (const Core::Claim &claim : m_project->claims(article.id)) {
            judged += claim.verdict != Core::Verdict::NotChecked ? 1 : 0;
            graded += claim.credibility != Core::Credibility::NotGraded ? 1 : 0;
            for (const Core::Evidence &item : m_project->evidence(claim.id)) {
                ++kinds[item.kind];
                if (item.kind == Core::EvidenceKind::ClaimLink) {
                    QVERIFY2(item.linkedClaimId != 0, qPrintable(claim.text));
                }
                if (item.kind == Core::EvidenceKind::File) {
                    QFile log(QStringLiteral(":/demo/evidence/fire-service-incident-log.txt"));
                    QVERIFY(log.open(QIODevice::ReadOnly));
                    QCOMPARE(item.file.sha256,
                             QString::fromLatin1(
                                 QCryptographicHash::hash(log.readAll(), QCryptographicHash::Sha256).toHex()));
                }
            }
        }
    }
    QCOMPARE(judged, entries.size());
    QCOMPARE(graded, 6);
    for (const Core::EvidenceKind kind : Core::allEvidenceKinds()) {
        QVERIFY2(kinds.value(kind) > 0, qPrintable(Core::evidenceKindKey(kind)));
    }
    QCOMPARE(m_project->undoStack()->count(), 0); // the demo starts with its work done
}

void ModelsTest::articleModelShowsUnassignedAndOrigin()
{
    const Core::ImportOutcome nameless = m_project->importBytes(
        QByteArrayLiteral("Nameless\n\nThe dam held, the <b>board</b> said.\n"), QStringLiteral("nameless.txt"));
    const Core::ImportOutcome reprint = m_project->importBytes(
        QByteArrayLiteral("Reprint\nSource: Valley Post\nOriginal Source: www.Harbour-Wire.example\n\n"
                          "The dam held, the board said.\n"),
        QStringLiteral("reprint.txt"));
    QVERIFY2(nameless.ok() && reprint.ok(), qPrintable(nameless.error + reprint.error));
    Ui::ArticleListModel model(m_project.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto rowOf = [&model](Core::Id id) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(Ui::ArticleListModel::ArticleIdRole).toLongLong() == id) {
                return row;
            }
        }
        return -1;
    };
    const QModelIndex unassigned = model.index(rowOf(*nameless.articleId), Ui::ArticleListModel::SourceColumn);
    QCOMPARE(unassigned.data().toString(), QStringLiteral("Unassigned"));
    QVERIFY(unassigned.data(Qt::FontRole).value<QFont>().italic());
    const QModelIndex copied = model.index(rowOf(*reprint.articleId), Ui::ArticleListModel::SourceColumn);
    QCOMPARE(copied.data().toString(), QStringLiteral("Valley Post, republished from harbour-wire.example"));
    QVERIFY(!copied.data(Qt::FontRole).isValid());
    // Unassigned counts in no source's row.
    for (const Core::SourceTally &tally : m_project->sourceTallies()) {
        QVERIFY2(tally.name != QLatin1String("Unknown source") && !tally.name.isEmpty(), qPrintable(tally.name));
    }
}

QTEST_MAIN(ModelsTest)
#include "models_test.moc"
