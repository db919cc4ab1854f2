#include "demo.h"

#include "project.h"
#include "storage/claimrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Credence::Core {

QString defaultProjectPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("Demo project.credence"));
}

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
    for (const QJsonValue &value : verdicts) {
        const QJsonObject entry = value.toObject();
        const Id articleId = articleIds.value(entry.value(QStringLiteral("file")).toString());
        const QString opening = entry.value(QStringLiteral("claim")).toString();
        const Verdict verdict =
            verdictFromKey(entry.value(QStringLiteral("verdict")).toString()).value_or(Verdict::NotChecked);
        // Written through the project (not as undoable commands: the demo starts with them done), so the views hear.
        for (const Claim &claim : project.claims(articleId)) {
            if (claim.text.startsWith(opening)) {
                if (!project.writeVerdict(claim.id, verdict) ||
                    !project.writeNote(claim.id, entry.value(QStringLiteral("note")).toString())) {
                    return false;
                }
                break;
            }
        }
    }
    return true;
}

} // namespace Credence::Core
