#include "reportjob.h"

#include "project/project.h"

namespace Credence::Core {

ReportJob::ReportJob(const QString &projectPath, const ReportOptions &options, const QList<ReportChart> &charts,
                     const QString &outPath, QObject *parent)
    : QObject(parent)
    , m_projectPath(projectPath)
    , m_options(options)
    , m_charts(charts)
    , m_outPath(outPath)
{}

void ReportJob::run()
{
    Project project;
    // The project is open (and was checked) in the window: this is a second connection to it, reading only.
    if (!project.open(m_projectPath, {OpenMode::Existing, true, false})) {
        Q_EMIT finished(project.lastError(), false, 0);
        return;
    }
    PdfReport report(project, m_options);
    report.setCharts(m_charts);
    report.setProgress([this](qint64 done, qint64 total) {
        Q_EMIT progress(done, total);
        return !m_cancelled;
    });
    if (m_cancelled) {
        Q_EMIT finished(PdfReport::tr("The report was cancelled."), true, 0);
        return;
    }
    const bool ok = report.write(m_outPath);
    Q_EMIT finished(ok ? QString() : report.lastError(), report.wasCancelled(), ok ? report.pageCount() : 0);
}

} // namespace Credence::Core
