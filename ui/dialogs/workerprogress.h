#pragma once

#include <QEventLoop>
#include <QObject>
#include <QProgressDialog>
#include <QThread>

namespace Credence::Ui {

/// @p dialog set up as the window's long jobs show it: modal to the window, shown only when the job takes a moment,
/// left open until the job says it has ended (a cancelled job still finishes what it is doing).
inline void setUpProgress(QProgressDialog &dialog, const QString &title)
{
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
}

/// Runs @p job (a QObject with a run() slot and a thread-safe cancel(), see Core::ImportJob and Core::ReportJob) on a
/// worker thread until it emits @p finished, while the window stays responsive; Cancel in @p dialog cancels it. Connect
/// to its progress and finished signals (with a context on this thread) before calling. The job is deleted after.
template <typename Job, typename Finished> void runOnWorker(QProgressDialog &dialog, Job *job, Finished finished)
{
    QThread thread;
    job->moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, job, &Job::run);
    QObject::connect(&thread, &QThread::finished, job, &QObject::deleteLater);
    const auto cancel = [job] { job->cancel(); };
    QObject::connect(&dialog, &QProgressDialog::canceled, job, cancel, Qt::DirectConnection);
    QEventLoop loop;
    QObject::connect(job, finished, &loop, &QEventLoop::quit);
    thread.start();
    loop.exec();
    thread.quit();
    thread.wait();
}

} // namespace Credence::Ui
