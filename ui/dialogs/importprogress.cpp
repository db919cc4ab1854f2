#include "importprogress.h"

#include "import/importjob.h"
#include "project/project.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

namespace Credence::Ui {

QList<Core::ImportOutcome> importWithProgress(QWidget *parent, Core::Project *project, const QStringList &files,
                                              bool *cancelled)
{
    QProgressDialog dialog(QObject::tr("Importing articles…"), QObject::tr("Cancel"), 0, int(files.size()), parent);
    dialog.setWindowTitle(QObject::tr("Import"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    QThread thread;
    auto *job = new Core::ImportJob(project->path(), files);
    job->moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, job, &Core::ImportJob::run);
    QObject::connect(&thread, &QThread::finished, job, &QObject::deleteLater);
    QObject::connect(&dialog, &QProgressDialog::canceled, job, [job] { job->cancel(); }, Qt::DirectConnection);
    QObject::connect(job, &Core::ImportJob::progress, &dialog, [&dialog](int index, int total, const QString &file) {
        dialog.setLabelText(QObject::tr("Importing %1 (%2 of %3)…")
                                .arg(QFileInfo(file).fileName(), QString::number(index + 1), QString::number(total)));
        dialog.setValue(index);
    });

    QList<Core::ImportOutcome> outcomes;
    bool wasCancelled = false;
    QEventLoop loop;
    QObject::connect(job, &Core::ImportJob::finished, &loop,
                     [&](const QList<Core::ImportOutcome> &result, bool stopped) {
                         outcomes = result;
                         wasCancelled = stopped;
                         loop.quit();
                     });
    thread.start();
    loop.exec();
    thread.quit();
    thread.wait();
    dialog.setValue(dialog.maximum());
    project->refresh();
    if (cancelled) {
        *cancelled = wasCancelled;
    }
    return outcomes;
}

} // namespace Credence::Ui
