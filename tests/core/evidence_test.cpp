// Evidence, credibility grades and history reasons, down to the database: every change is read back through a
// second connection, undone and redone twice (every table exactly as before and after it: ids, archived bytes,
// history); removing a claim or an article with evidence and undoing it brings the evidence back; refusals change
// nothing and push no undo step.

#include "project/archivefile.h"
#include "project/project.h"
#include "projectdump.h"
#include "projectfiles.h"
#include "storage/database.h"
#include "storage/evidencerepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Credence::Core;
using Credence::Test::dumpTables;
using Credence::Test::firstDifference;

namespace {

const QByteArray Ferry = QByteArrayLiteral(
    "Ferry service cut after storm damage\n"
    "By Ines Marlow\n"
    "Source: Bayside Herald\n"
    "\n"
    "The island ferry will run twice a day instead of six times until March, the operator said on Monday.\n"
    "\n"
    "Storm waves damaged the northern pier last week, according to the harbour master.\n"
    "\n"
    "Repairs are expected to cost about 2.4 million euros. The council will pay half of the bill.\n");

const QByteArray Bridge = QByteArrayLiteral("Harbour bridge to close for repairs\n"
                                            "By Lena Fischer\n"
                                            "Source: Westport Evening Post\n"
                                            "\n"
                                            "The harbour bridge will close for six weeks from May, the city said.\n"
                                            "\n"
                                            "Traffic will be diverted through the old town, police said.\n");

/// Evidence read through a connection of its own, with the archived bytes.
QList<Evidence> storedEvidence(const QString &path, Id claimId)
{
    Database db;
    return db.open(path, {OpenMode::Existing, false, false})
               ? EvidenceRepository(db).forClaim(claimId, EvidenceRepository::Bytes::With)
               : QList<Evidence>();
}

std::optional<Claim> storedClaim(const QString &path, Id claimId)
{
    Database db;
    return db.open(path, {OpenMode::Existing, false, false}) ? ClaimRepository(db).get(claimId) : std::nullopt;
}

QList<ClaimChange> storedChanges(const QString &path, Id claimId)
{
    Database db;
    return db.open(path, {OpenMode::Existing, false, false}) ? ClaimRepository(db).changes(claimId)
                                                             : QList<ClaimChange>();
}

Evidence urlItem(const QString &url, const QString &title = QStringLiteral("Harbour report"))
{
    Evidence item;
    item.kind = EvidenceKind::Url;
    item.stance = EvidenceStance::Supporting;
    item.url = url;
    item.title = title;
    return item;
}

Evidence noteItem(const QString &text)
{
    Evidence item;
    item.kind = EvidenceKind::Note;
    item.stance = EvidenceStance::Refuting;
    item.note = text;
    return item;
}

Evidence linkItem(Id claimId)
{
    Evidence item;
    item.kind = EvidenceKind::ClaimLink;
    item.stance = EvidenceStance::Context;
    item.linkedClaimId = claimId;
    return item;
}

/// Bytes that cover every byte value, NULs included, so nothing in between may treat them as text.
QByteArray binaryBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        bytes[i] = char((i * 7 + 3) & 0xff);
    }
    return bytes;
}

} // namespace

class EvidenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void addEachKind_data();
    void addEachKind();
    void archivedFileKeepsItsBytes();
    void emptyFileIsArchived();
    void updateEvidence();
    void removeEvidenceBringsBytesBack();
    void removeClaimWithEvidence();
    void removeArticleWithEvidence();
    void splitKeepsEvidenceOnTheFirstPart();
    void mergeTakesTheNextClaimsEvidence();
    void refusals_data();
    void refusals();
    void readOnlyProjectRefusesEvidence();
    void credibility();
    void historyKeepsReasons();
    void hostileTextIsStoredVerbatim();
    void evidenceCountIsReadWithClaims();

private:
    Id claimStartingWith(const QString &opening, Id articleId = 0);
    void verifyUndoRedo(const QStringList &before, int stackBefore);
    QStringList dump() const { return dumpTables(m_path); }
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    Id m_ferry = 0;
    Id m_bridge = 0;
};

void EvidenceTest::init()
{
    static int round = 0;
    m_path = m_dir.filePath(QStringLiteral("evidence-%1.credence").arg(++round));
    m_project = std::make_unique<Project>();
    QVERIFY2(m_project->open(m_path), qPrintable(m_project->lastError()));
    const ImportOutcome ferry = m_project->importBytes(Ferry, QStringLiteral("ferry.txt"));
    QVERIFY2(ferry.ok(), qPrintable(ferry.error));
    const ImportOutcome bridge = m_project->importBytes(Bridge, QStringLiteral("bridge.txt"));
    QVERIFY2(bridge.ok(), qPrintable(bridge.error));
    m_ferry = *ferry.articleId;
    m_bridge = *bridge.articleId;
    QVERIFY(m_project->claims(m_ferry).size() >= 3);
}

void EvidenceTest::cleanup()
{
    m_project.reset();
}

Id EvidenceTest::claimStartingWith(const QString &opening, Id articleId)
{
    for (const Claim &c : m_project->claims(articleId ? articleId : m_ferry)) {
        if (c.text.startsWith(opening)) {
            return c.id;
        }
    }
    return 0;
}

QString EvidenceTest::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

void EvidenceTest::verifyUndoRedo(const QStringList &before, int stackBefore)
{
    QUndoStack *stack = m_project->undoStack();
    QCOMPARE(stack->count(), stackBefore + 1);
    const QStringList after = dump();
    QVERIFY(after != before);
    for (int round = 0; round < 2; ++round) {
        stack->undo();
        const QStringList undone = dump();
        QVERIFY2(undone == before, qPrintable(QStringLiteral("undo: ") + firstDifference(undone, before)));
        stack->redo();
        const QStringList redone = dump();
        QVERIFY2(redone == after, qPrintable(QStringLiteral("redo: ") + firstDifference(redone, after)));
    }
}

void EvidenceTest::addEachKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("url") << int(EvidenceKind::Url);
    QTest::newRow("file") << int(EvidenceKind::File);
    QTest::newRow("note") << int(EvidenceKind::Note);
    QTest::newRow("claim-link") << int(EvidenceKind::ClaimLink);
}

void EvidenceTest::addEachKind()
{
    QFETCH(int, kind);
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    const Id bridge = claimStartingWith(QStringLiteral("The harbour bridge"), m_bridge);
    QVERIFY(storm && bridge);
    // One item first, so the new one has a place after it.
    QVERIFY(m_project->addEvidence(storm, noteItem(QStringLiteral("Called the harbour master."))));
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QSignalSpy changed(m_project.get(), &Project::evidenceChanged);

    std::optional<Id> id;
    const QByteArray bytes = binaryBytes(5000);
    switch (EvidenceKind(kind)) {
    case EvidenceKind::Url:
        id = m_project->addEvidence(storm, urlItem(QStringLiteral("https://harbour.example/report?id=7#pier")));
        break;
    case EvidenceKind::File:
        id = m_project->addFileEvidence(storm, writeFile(QStringLiteral("survey.pdf"), bytes),
                                        EvidenceStance::Supporting, QStringLiteral("Pier survey"));
        break;
    case EvidenceKind::Note:
        id = m_project->addEvidence(storm, noteItem(QStringLiteral("Line one\nLine two\n")));
        break;
    case EvidenceKind::ClaimLink:
        id = m_project->addEvidence(storm, linkItem(bridge));
        break;
    }
    QVERIFY2(id, qPrintable(m_project->lastError()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<Id>(), storm);

    const QList<Evidence> stored = storedEvidence(m_path, storm);
    QCOMPARE(stored.size(), 2);
    const Evidence &item = stored.last();
    QCOMPARE(item.id, *id);
    QCOMPARE(item.claimId, storm);
    QCOMPARE(int(item.kind), kind);
    QVERIFY(item.position > stored.first().position);
    QVERIFY(item.created.isValid());
    switch (EvidenceKind(kind)) {
    case EvidenceKind::Url:
        QCOMPARE(item.url, QStringLiteral("https://harbour.example/report?id=7#pier"));
        QCOMPARE(item.title, QStringLiteral("Harbour report"));
        QCOMPARE(item.accessed, QDate::currentDate()); // not given: today
        QCOMPARE(item.stance, EvidenceStance::Supporting);
        break;
    case EvidenceKind::File:
        QCOMPARE(item.file.name, QStringLiteral("survey.pdf"));
        QCOMPARE(item.file.size, bytes.size());
        QCOMPARE(item.file.bytes, bytes);
        QCOMPARE(item.file.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QVERIFY(item.file.archivedAt.isValid());
        QVERIFY(!item.file.mediaType.isEmpty());
        QCOMPARE(item.note, QStringLiteral("Pier survey"));
        break;
    case EvidenceKind::Note:
        QCOMPARE(item.note, QStringLiteral("Line one\nLine two\n"));
        QCOMPARE(item.stance, EvidenceStance::Refuting);
        break;
    case EvidenceKind::ClaimLink:
        QCOMPARE(item.linkedClaimId, bridge);
        QVERIFY(item.title.startsWith(QStringLiteral("The harbour bridge"))); // the linked claim's text, kept
        break;
    }
    verifyUndoRedo(before, count);
    QCOMPARE(storedEvidence(m_path, storm).last().id, *id); // redone under the same id
}

void EvidenceTest::archivedFileKeepsItsBytes()
{
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    const QString path = writeFile(QStringLiteral("photo.jpg"), binaryBytes(70000));
    const auto id = m_project->addFileEvidence(storm, path, EvidenceStance::Supporting);
    QVERIFY2(id, qPrintable(m_project->lastError()));
    const QList<Evidence> stored = storedEvidence(m_path, storm);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().file.sha256, QString::fromLatin1(Credence::Test::sha256(path)));
    // The project alone holds it: the original may go.
    QVERIFY(QFile::remove(path));
    const QString exported = m_dir.filePath(QStringLiteral("exported.jpg"));
    QVERIFY2(m_project->exportEvidenceFile(*id, exported), qPrintable(m_project->lastError()));
    QCOMPARE(QString::fromLatin1(Credence::Test::sha256(exported)), stored.first().file.sha256);
    // Views read no bytes.
    QVERIFY(m_project->evidence(storm).first().file.bytes.isEmpty());
    QCOMPARE(m_project->evidence(storm).first().file.size, 70000);
    // A note has no file to export.
    const auto note = m_project->addEvidence(storm, noteItem(QStringLiteral("n")));
    QVERIFY(note);
    QVERIFY(!m_project->exportEvidenceFile(*note, m_dir.filePath(QStringLiteral("none"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none"))));
}

void EvidenceTest::emptyFileIsArchived()
{
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    const auto id = m_project->addFileEvidence(storm, writeFile(QStringLiteral("empty.txt"), QByteArray()),
                                               EvidenceStance::Context);
    QVERIFY2(id, qPrintable(m_project->lastError()));
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY(m_project->removeEvidence({*id}));
    verifyUndoRedo(before, count);
    m_project->undoStack()->undo();
    QCOMPARE(storedEvidence(m_path, storm).first().file.size, 0);
}

void EvidenceTest::updateEvidence()
{
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    const auto id = m_project->addEvidence(storm, urlItem(QStringLiteral("http://harbour.example/a")));
    QVERIFY(id);
    Evidence item = *m_project->evidenceItem(*id);
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    item.stance = EvidenceStance::Refuting;
    item.title = QStringLiteral("Harbour report, corrected");
    item.accessed = QDate(2025, 3, 1);
    item.note = QStringLiteral("The report was corrected on 1 March.");
    QVERIFY2(m_project->updateEvidence(item), qPrintable(m_project->lastError()));
    const Evidence stored = storedEvidence(m_path, storm).first();
    QCOMPARE(stored.stance, EvidenceStance::Refuting);
    QCOMPARE(stored.title, item.title);
    QCOMPARE(stored.accessed, QDate(2025, 3, 1));
    QCOMPARE(stored.note, item.note);
    QCOMPARE(stored.created, m_project->evidenceItem(*id)->created);
    verifyUndoRedo(before, count);
    // The same values again are no step.
    QVERIFY(m_project->updateEvidence(*m_project->evidenceItem(*id)));
    QCOMPARE(m_project->undoStack()->count(), count + 1);
    // A change to a bad address is refused.
    item.url = QStringLiteral("javascript:alert(1)");
    QVERIFY(!m_project->updateEvidence(item));
    QCOMPARE(m_project->undoStack()->count(), count + 1);
}

void EvidenceTest::removeEvidenceBringsBytesBack()
{
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    const Id repairs = claimStartingWith(QStringLiteral("Repairs are"));
    const auto file = m_project->addFileEvidence(storm, writeFile(QStringLiteral("a.bin"), binaryBytes(3000)),
                                                 EvidenceStance::Supporting);
    const auto note = m_project->addEvidence(repairs, noteItem(QStringLiteral("Council minutes")));
    const auto keep = m_project->addEvidence(storm, urlItem(QStringLiteral("https://harbour.example/")));
    QVERIFY(file && note && keep);
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY(m_project->removeEvidence({*file, *note})); // two claims, one step
    QCOMPARE(storedEvidence(m_path, storm).size(), 1);
    QVERIFY(storedEvidence(m_path, repairs).isEmpty());
    verifyUndoRedo(before, count);
    m_project->undoStack()->undo();
    QCOMPARE(storedEvidence(m_path, storm).first().file.bytes, binaryBytes(3000));
}

void EvidenceTest::removeClaimWithEvidence()
{
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    const Id repairs = claimStartingWith(QStringLiteral("Repairs are"));
    const Id bridge = claimStartingWith(QStringLiteral("The harbour bridge"), m_bridge);
    QVERIFY(m_project->addFileEvidence(storm, writeFile(QStringLiteral("b.bin"), binaryBytes(2000)),
                                       EvidenceStance::Supporting));
    QVERIFY(m_project->setCredibility({storm}, Credibility::ProbablyTrue, QStringLiteral("two sources")));
    // Links into the claim from its own article and from another one.
    const auto inside = m_project->addEvidence(repairs, linkItem(storm));
    const auto outside = m_project->addEvidence(bridge, linkItem(storm));
    QVERIFY(inside && outside);
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY(m_project->removeClaims({storm}));
    QVERIFY(storedEvidence(m_path, storm).isEmpty());
    // The links stay, pointing nowhere, with the removed claim's text.
    const Evidence cut = storedEvidence(m_path, bridge).first();
    QCOMPARE(cut.linkedClaimId, 0);
    QVERIFY(cut.title.startsWith(QStringLiteral("Storm waves")));
    QCOMPARE(storedEvidence(m_path, repairs).first().linkedClaimId, 0);
    verifyUndoRedo(before, count);
    m_project->undoStack()->undo();
    QCOMPARE(storedEvidence(m_path, bridge).first().linkedClaimId, storm);
    QCOMPARE(storedEvidence(m_path, storm).size(), 1);
    QCOMPARE(storedClaim(m_path, storm)->credibility, Credibility::ProbablyTrue);
}

void EvidenceTest::removeArticleWithEvidence()
{
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    const Id bridge = claimStartingWith(QStringLiteral("The harbour bridge"), m_bridge);
    QVERIFY(m_project->addFileEvidence(storm, writeFile(QStringLiteral("c.bin"), binaryBytes(4000)),
                                       EvidenceStance::Refuting));
    QVERIFY(m_project->addEvidence(storm, urlItem(QStringLiteral("https://harbour.example/x"))));
    QVERIFY(m_project->addEvidence(bridge, linkItem(storm)));
    QVERIFY(m_project->setCredibility({storm}, Credibility::Doubtful));
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY(m_project->removeArticle(m_ferry));
    QCOMPARE(storedEvidence(m_path, bridge).first().linkedClaimId, 0);
    verifyUndoRedo(before, count);
    m_project->undoStack()->undo();
    QCOMPARE(storedEvidence(m_path, storm).size(), 2);
    QCOMPARE(storedEvidence(m_path, storm).first().file.bytes, binaryBytes(4000));
    QCOMPARE(storedEvidence(m_path, bridge).first().linkedClaimId, storm);
}

void EvidenceTest::splitKeepsEvidenceOnTheFirstPart()
{
    const Id repairs = claimStartingWith(QStringLiteral("The island ferry"));
    const auto item = m_project->addEvidence(repairs, noteItem(QStringLiteral("timetable")));
    QVERIFY(item);
    QVERIFY(m_project->setCredibility({repairs}, Credibility::PossiblyTrue));
    const Claim whole = *m_project->claim(repairs);
    const int at = int(whole.start + whole.text.indexOf(QStringLiteral("the operator")));
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY2(m_project->splitClaim(repairs, at), qPrintable(m_project->lastError()));
    QCOMPARE(storedEvidence(m_path, repairs).size(), 1);
    QCOMPARE(storedClaim(m_path, repairs)->credibility, Credibility::PossiblyTrue);
    const Id second = claimStartingWith(QStringLiteral("the operator"));
    QVERIFY(second && second != repairs);
    QVERIFY(storedEvidence(m_path, second).isEmpty());
    QCOMPARE(storedClaim(m_path, second)->credibility, Credibility::NotGraded);
    verifyUndoRedo(before, count);
}

void EvidenceTest::mergeTakesTheNextClaimsEvidence()
{
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    const Id next = claimStartingWith(QStringLiteral("Repairs are"));
    const Id bridge = claimStartingWith(QStringLiteral("The harbour bridge"), m_bridge);
    QVERIFY(m_project->addEvidence(storm, noteItem(QStringLiteral("first"))));
    QVERIFY(m_project->addEvidence(next, noteItem(QStringLiteral("second"))));
    QVERIFY(m_project->addEvidence(bridge, linkItem(next)));
    QVERIFY(m_project->setCredibility({next}, Credibility::Confirmed));
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY2(m_project->mergeWithNext(storm), qPrintable(m_project->lastError()));
    const QList<Evidence> merged = storedEvidence(m_path, storm);
    QCOMPARE(merged.size(), 2);
    QCOMPARE(merged.at(0).note, QStringLiteral("first"));
    QCOMPARE(merged.at(1).note, QStringLiteral("second"));
    QCOMPARE(storedEvidence(m_path, bridge).first().linkedClaimId, storm);
    QCOMPARE(storedClaim(m_path, storm)->credibility, Credibility::Confirmed);
    verifyUndoRedo(before, count);
}

void EvidenceTest::refusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected"); // a part of the message
    QTest::newRow("javascript") << QStringLiteral("url:javascript:alert(1)") << QStringLiteral("http://");
    QTest::newRow("ftp") << QStringLiteral("url:ftp://files.example/x") << QStringLiteral("https://");
    QTest::newRow("file url") << QStringLiteral("url:file:///etc/passwd") << QStringLiteral("https://");
    QTest::newRow("no scheme") << QStringLiteral("url:harbour.example/report") << QStringLiteral("http://");
    QTest::newRow("no host") << QStringLiteral("url:https://") << QStringLiteral("http://");
    QTest::newRow("empty url") << QStringLiteral("url:") << QStringLiteral("address");
    QTest::newRow("unreadable file") << QStringLiteral("file:missing") << QStringLiteral("Cannot read");
    QTest::newRow("folder") << QStringLiteral("file:folder") << QStringLiteral("folder");
    QTest::newRow("too large") << QStringLiteral("file:large") << QStringLiteral("more than");
    QTest::newRow("empty note") << QStringLiteral("note: \n ") << QStringLiteral("note");
    QTest::newRow("self link") << QStringLiteral("link:self") << QStringLiteral("itself");
    QTest::newRow("link to nothing") << QStringLiteral("link:none") << QStringLiteral("no longer exists");
    QTest::newRow("no claim") << QStringLiteral("claim:none") << QStringLiteral("no longer exists");
}

void EvidenceTest::refusals()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    m_project->setArchiveLimit(1000);
    const QString large = writeFile(QStringLiteral("large.bin"), binaryBytes(1001));
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QSignalSpy errors(m_project.get(), &Project::storageError);
    const QString argument = what.section(QLatin1Char(':'), 1);
    std::optional<Id> id;
    if (what.startsWith(QLatin1String("url:"))) {
        id = m_project->addEvidence(storm, urlItem(argument));
    } else if (what == QLatin1String("file:missing")) {
        id = m_project->addFileEvidence(storm, m_dir.filePath(QStringLiteral("no such file")), EvidenceStance::Context);
    } else if (what == QLatin1String("file:folder")) {
        id = m_project->addFileEvidence(storm, m_dir.path(), EvidenceStance::Context);
    } else if (what == QLatin1String("file:large")) {
        id = m_project->addFileEvidence(storm, large, EvidenceStance::Context);
    } else if (what.startsWith(QLatin1String("note:"))) {
        id = m_project->addEvidence(storm, noteItem(argument));
    } else if (what == QLatin1String("link:self")) {
        id = m_project->addEvidence(storm, linkItem(storm));
    } else if (what == QLatin1String("link:none")) {
        id = m_project->addEvidence(storm, linkItem(999999));
    } else {
        id = m_project->addEvidence(999999, noteItem(QStringLiteral("x")));
    }
    QVERIFY(!id);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(m_project->lastError().contains(expected), qPrintable(m_project->lastError()));
    QCOMPARE(m_project->undoStack()->count(), count);
    QCOMPARE(dump(), before);
}

void EvidenceTest::readOnlyProjectRefusesEvidence()
{
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    const auto note = m_project->addEvidence(storm, noteItem(QStringLiteral("kept")));
    QVERIFY(note);
    const QString file = writeFile(QStringLiteral("d.bin"), binaryBytes(10));
    m_project->close();
    const QByteArray checksum = Credence::Test::sha256(m_path);
    const QStringList before = dump();
    QVERIFY(m_project->open(m_path, {OpenMode::Existing, true}));
    QVERIFY(m_project->isReadOnly());
    QVERIFY(!m_project->addEvidence(storm, noteItem(QStringLiteral("no"))));
    QVERIFY(!m_project->addFileEvidence(storm, file, EvidenceStance::Context));
    Evidence changed = *m_project->evidenceItem(*note);
    changed.note = QStringLiteral("changed");
    QVERIFY(!m_project->updateEvidence(changed));
    QVERIFY(!m_project->removeEvidence({*note}));
    QVERIFY(!m_project->setCredibility({storm}, Credibility::Improbable));
    QVERIFY(!m_project->setVerdict({storm}, Verdict::Contradicted, QStringLiteral("no")));
    QVERIFY(m_project->lastError().contains(QStringLiteral("read-only")));
    QCOMPARE(m_project->undoStack()->count(), 0);
    // Reading still works, and so does exporting an archived file.
    QCOMPARE(m_project->evidence(storm).size(), 1);
    m_project->close();
    QCOMPARE(Credence::Test::sha256(m_path), checksum);
    QCOMPARE(dump(), before);
}

void EvidenceTest::credibility()
{
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    const Id repairs = claimStartingWith(QStringLiteral("Repairs are"));
    QSignalSpy changed(m_project.get(), &Project::claimChanged);
    const QStringList before = dump();
    const int count = m_project->undoStack()->count();
    QVERIFY(m_project->setCredibility({storm, repairs}, Credibility::Improbable, QStringLiteral("contradicted")));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(storedClaim(m_path, storm)->credibility, Credibility::Improbable);
    QCOMPARE(storedClaim(m_path, repairs)->credibility, Credibility::Improbable);
    QCOMPARE(m_project->claim(storm)->credibility, Credibility::Improbable);
    verifyUndoRedo(before, count);
    // The same grade again is no step.
    QVERIFY(m_project->setCredibility({storm}, Credibility::Improbable));
    QCOMPARE(m_project->undoStack()->count(), count + 1);
    // Keys, labels and numbers.
    QCOMPARE(credibilityKey(Credibility::CannotBeJudged), QStringLiteral("cannot-be-judged"));
    QCOMPARE(credibilityFromKey(QStringLiteral("Probably-True")), Credibility::ProbablyTrue);
    QCOMPARE(credibilityFromKey(QStringLiteral("4")), Credibility::Doubtful);
    QCOMPARE(credibilityFromInt(7), std::nullopt);
    QCOMPARE(allCredibilities().size(), 7);
    for (const Credibility grade : allCredibilities()) {
        QVERIFY(!credibilityLabel(grade).isEmpty());
        QVERIFY(!credibilityDescription(grade).isEmpty());
        QCOMPARE(credibilityFromKey(credibilityKey(grade)), grade);
    }
}

void EvidenceTest::historyKeepsReasons()
{
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    QVERIFY(m_project->setVerdict({storm}, Verdict::Corroborated, QStringLiteral("Harbour master confirmed")));
    QVERIFY(m_project->setCredibility({storm}, Credibility::Confirmed, QStringLiteral("Two independent sources")));
    QVERIFY(m_project->setVerdict({storm}, Verdict::Unverifiable));
    const QList<ClaimChange> changes = storedChanges(m_path, storm);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).field, ClaimField::Verdict);
    QCOMPARE(changes.at(0).from, int(Verdict::NotChecked));
    QCOMPARE(changes.at(0).to, int(Verdict::Corroborated));
    QCOMPARE(changes.at(0).reason, QStringLiteral("Harbour master confirmed"));
    QCOMPARE(changes.at(1).field, ClaimField::Credibility);
    QCOMPARE(changes.at(1).to, int(Credibility::Confirmed));
    QCOMPARE(changes.at(1).reason, QStringLiteral("Two independent sources"));
    QCOMPARE(changes.at(1).label(changes.at(1).to), credibilityLabel(Credibility::Confirmed));
    QCOMPARE(changes.at(2).reason, QString());
    QVERIFY(changes.at(2).at.isValid());
    QCOMPARE(m_project->claimHistory(storm).size(), 3);
    // The verdict history alone leaves the grades out.
    const QList<VerdictChange> verdicts = m_project->history(storm);
    QCOMPARE(verdicts.size(), 2);
    QCOMPARE(verdicts.first().reason, QStringLiteral("Harbour master confirmed"));
    // Undo takes the entry back; redo brings it back with its reason.
    m_project->undoStack()->undo();
    QCOMPARE(storedChanges(m_path, storm).size(), 2);
    m_project->undoStack()->redo();
    QCOMPARE(storedChanges(m_path, storm).size(), 3);
}

void EvidenceTest::hostileTextIsStoredVerbatim()
{
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    const QString hostile = QStringLiteral("%1 <b>bold</b> <script>x()</script> \u202Egnp.exe %2 & \"'\n\u200B?");
    const auto url =
        m_project->addEvidence(storm, urlItem(QStringLiteral("https://harbour.example/%31?q=%3Cb%3E"), hostile));
    QVERIFY2(url, qPrintable(m_project->lastError()));
    const auto note = m_project->addEvidence(storm, noteItem(hostile));
    QVERIFY(note);
    const QString name = QStringLiteral("\u202Efdp.exe %1 <i>.pdf");
    const auto file =
        m_project->addFileEvidence(storm, writeFile(name, QByteArrayLiteral("x")), EvidenceStance::Context, hostile);
    QVERIFY2(file, qPrintable(m_project->lastError()));
    QVERIFY(m_project->setVerdict({storm}, Verdict::Contradicted, hostile));
    const QList<Evidence> stored = storedEvidence(m_path, storm);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(0).title, hostile);
    QCOMPARE(stored.at(0).url, QStringLiteral("https://harbour.example/%31?q=%3Cb%3E"));
    QCOMPARE(stored.at(1).note, hostile);
    QCOMPARE(stored.at(2).file.name, name);
    QCOMPARE(stored.at(2).note, hostile);
    QCOMPARE(storedChanges(m_path, storm).last().reason, hostile);
}

void EvidenceTest::evidenceCountIsReadWithClaims()
{
    const Id storm = claimStartingWith(QStringLiteral("Storm waves"));
    QCOMPARE(m_project->claim(storm)->evidenceCount, 0);
    QVERIFY(m_project->addEvidence(storm, noteItem(QStringLiteral("a"))));
    QVERIFY(m_project->addEvidence(storm, noteItem(QStringLiteral("b"))));
    for (const Claim &claim : m_project->claims(m_ferry)) {
        QCOMPARE(claim.evidenceCount, claim.id == storm ? 2 : 0);
        QCOMPARE(claim.isJudged(), claim.id == storm);
    }
    QCOMPARE(m_project->articleEvidence(m_ferry).size(), 2);
}

QTEST_GUILESS_MAIN(EvidenceTest)
#include "evidence_test.moc"
