#include "importprogress.h"

#include "import/importjob.h"
#include "project/project.h"
#include "workerprogress.h"

#include <QFileInfo>
#include <QProgressDialog>

namespace Credence::Ui {

QList<Core::ImportOutcome> importWithProgress(QWidget *parent, Core::Project *project, const QStringList &files,
                                              bool *cancelled)
{
    QProgressDialog dialog(QObject::tr("Importing articles…"), QObject::tr("Cancel"), 0, int(files.size()), parent);
    setUpProgress(dialog, QObject::tr("Import"));
    auto *job = new Core::ImportJob(project->path(), files);
    QObject::connect(job, &Core::ImportJob::progress, &dialog, [&dialog](int index, int total, const QString &file) {
        dialog.setLabelText(QObject::tr("Importing %1 (%2 of %3)…")
                                .arg(QFileInfo(file).fileName(), QString::number(index + 1), QString::number(total)));
        dialog.setValue(index);
    });
    QList<Core::ImportOutcome> outcomes;
    bool wasCancelled = false;
    QObject::connect(job, &Core::ImportJob::finished, &dialog,
                     [&](const QList<Core::ImportOutcome> &result, bool stopped) {
                         outcomes = result;
                         wasCancelled = stopped;
                     });
    runOnWorker(dialog, job, &Core::ImportJob::finished);
    dialog.setValue(dialog.maximum());
    project->refresh();
    if (cancelled) {
        *cancelled = wasCancelled;
    }
    return outcomes;
}

} // namespace Credence::Ui
