#include "import/importjob.h"

#include "storage/database.h"

#include <QDirIterator>
#include <QFileInfo>

namespace Credence::Core {

ImportJob::ImportJob(const QString &projectPath, const QStringList &files, QObject *parent)
    : QObject(parent)
    , m_projectPath(projectPath)
    , m_files(files)
{
    qRegisterMetaType<Credence::Core::ImportOutcome>();
    qRegisterMetaType<QList<Credence::Core::ImportOutcome>>();
}

void ImportJob::run()
{
    QList<ImportOutcome> outcomes;
    Database db;
    // The project is open (and was checked) in the window: this is a second connection to it.
    if (!db.open(m_projectPath, {OpenMode::Existing, false, false})) {
        for (const QString &file : std::as_const(m_files)) {
            outcomes.append({QFileInfo(file).fileName(), std::nullopt, db.lastError(), false, {}});
        }
        Q_EMIT finished(outcomes, false);
        return;
    }
    Importer importer(db);
    const int total = int(m_files.size());
    for (int i = 0; i < total; ++i) {
        if (m_cancelled) {
            break;
        }
        Q_EMIT progress(i, total, m_files.at(i));
        outcomes.append(importer.importFile(m_files.at(i)));
    }
    Q_EMIT finished(outcomes, m_cancelled);
}

QStringList expandImportPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isImportableName(file)) {
                found.append(file);
            }
        }
        found.sort(); // the order a person expects in the results list
        files.append(found);
    }
    return files;
}

} // namespace Credence::Core
