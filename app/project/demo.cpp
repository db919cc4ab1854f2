#include "demo.h"

#include "project.h"
#include "storage/claimrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUndoStack>

namespace Credence::Core {

QString defaultProjectPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("Demo project.credence"));
}

namespace {

/// The claim of @p articleId whose text begins with @p opening, or 0.
Id claimByOpening(Project &project, Id articleId, const QString &opening)
{
    for (const Claim &claim : project.claims(articleId)) {
        if (claim.text.startsWith(opening)) {
            return claim.id;
        }
    }
    return 0;
}

/// Adds the evidence items of one entry of verdicts.json to @p claimId.
bool addDemoEvidence(Project &project, Id claimId, const QJsonArray &items, const QHash<QString, Id> &articleIds,
                     const QDir &demo)
{
    for (const QJsonValue &value : items) {
        const QJsonObject entry = value.toObject();
        const auto kind = evidenceKindFromKey(entry.value(QStringLiteral("kind")).toString());
        const EvidenceStance stance =
            evidenceStanceFromKey(entry.value(QStringLiteral("stance")).toString()).value_or(EvidenceStance::Context);
        const QString note = entry.value(QStringLiteral("note")).toString();
        if (kind == EvidenceKind::File) {
            if (!project.addFileEvidence(claimId, demo.filePath(entry.value(QStringLiteral("file")).toString()), stance,
                                         note)) {
                return false;
            }
            continue;
        }
        Evidence item;
        item.kind = kind.value_or(EvidenceKind::Note);
        item.stance = stance;
        item.note = note;
        item.url = entry.value(QStringLiteral("url")).toString();
        item.title = entry.value(QStringLiteral("title")).toString();
        item.accessed = QDate::fromString(entry.value(QStringLiteral("accessed")).toString(), Qt::ISODate);
        if (item.kind == EvidenceKind::ClaimLink) {
            item.linkedClaimId =
                claimByOpening(project, articleIds.value(entry.value(QStringLiteral("article")).toString()),
                               entry.value(QStringLiteral("claim")).toString());
        }
        if (!project.addEvidence(claimId, item)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool populateDemo(Project &project)
{
    const QDir demo(QStringLiteral(":/demo"));
    QHash<QString, Id> articleIds;
    for (const QString &name : demo.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files)) {
        QFile file(demo.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return false;
        }
        const ImportOutcome outcome = project.importBytes(file.readAll(), name);
        if (!outcome.ok()) {
            return false;
        }
        articleIds.insert(name, *outcome.articleId);
    }

    QFile verdictFile(demo.filePath(QStringLiteral("verdicts.json")));
    if (!verdictFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QJsonArray verdicts =
        QJsonDocument::fromJson(verdictFile.readAll()).object().value(QStringLiteral("verdicts")).toArray();
    bool ok = true;
    for (const QJsonValue &value : verdicts) {
        const QJsonObject entry = value.toObject();
        const Id claimId = claimByOpening(project, articleIds.value(entry.value(QStringLiteral("file")).toString()),
                                          entry.value(QStringLiteral("claim")).toString());
        if (!claimId) {
            continue;
        }
        const Verdict verdict =
            verdictFromKey(entry.value(QStringLiteral("verdict")).toString()).value_or(Verdict::NotChecked);
        const Credibility grade =
            credibilityFromKey(entry.value(QStringLiteral("credibility")).toString()).value_or(Credibility::NotGraded);
        // Written through the project, so the views hear. States and notes directly; evidence as the user adds it,
        // whose steps of Undo are then dropped: the demo starts with all of it done.
        ok = ok && project.writeVerdict(claimId, verdict) &&
             project.writeNote(claimId, entry.value(QStringLiteral("note")).toString()) &&
             (grade == Credibility::NotGraded || project.writeCredibility({claimId}, grade)) &&
             addDemoEvidence(project, claimId, entry.value(QStringLiteral("evidence")).toArray(), articleIds, demo);
        if (!ok) {
            break;
        }
    }
    project.undoStack()->clear();
    return ok;
}

} // namespace Credence::Core
