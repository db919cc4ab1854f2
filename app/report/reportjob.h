#pragma once

#include "pdfreport.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace Credence::Core {

/// Writes the PDF report from a worker thread, through its own read-only connection to the project (Qt SQL
/// connections belong to one thread), so the window stays responsive and can cancel. The charts are drawn beforehand
/// on the GUI thread (Qt Charts is GUI-thread only). Move it to a QThread and invoke run(); cancel() may be called
/// from any thread and takes effect between two articles; a cancelled or failed report leaves no file.
class ReportJob : public QObject
{
    Q_OBJECT
public:
    ReportJob(const QString &projectPath, const ReportOptions &options, const QList<ReportChart> &charts,
              const QString &outPath, QObject *parent = nullptr);

    void cancel() { m_cancelled = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /// After each article: @p done of @p total articles drawn.
    void progress(qint64 done, qint64 total);
    /// @p error is empty on success; @p cancelled when the user stopped it.
    void finished(const QString &error, bool cancelled, int pages);

private:
    QString m_projectPath;
    ReportOptions m_options;
    QList<ReportChart> m_charts;
    QString m_outPath;
    std::atomic<bool> m_cancelled{false};
};

} // namespace Credence::Core
