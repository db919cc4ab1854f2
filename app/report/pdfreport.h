#pragma once

#include "domain/id.h"
#include "pagecomposer.h"
#include "reportchart.h"
#include "scoring/summary.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;
class QPagedPaintDevice;

namespace Credence::Core {

class Project;
struct PdfFinish;

/// What goes into a report and on what paper.
struct ReportOptions
{
    /// The sources reported on, by id; empty: every source, and the articles without one.
    QList<Id> sources;
    /// List the claims nobody has checked yet (else they are counted only).
    bool listNotChecked = false;
    /// The paper; unset: what the locale uses (see defaultPageSize()).
    std::optional<QPageSize::PageSizeId> pageSize;
};

/// Letter where it is the usual paper (the United States, Canada, Mexico and a few others), else A4.
QPageSize::PageSizeId defaultPageSize(const QLocale &locale = QLocale());

/// Called between articles with the articles drawn so far and their total; returning false stops the report.
using ReportProgress = std::function<bool(qint64 done, qint64 total)>;

/// The reliability report an editor reads: a cover with the project's title, author, date and scope; the contents;
/// a summary in sentences; the overview table and charts; the method; one section per source (grade, estimate,
/// criteria, signals, articles, and its checked claims with state, credibility, note and evidence, links clickable);
/// the articles without a source. Laid out page by page as it is read (PageComposer), so memory does not grow with
/// the project; text stays text (searchable, no ligatures); the PDF has an outline and its title and author set.
/// Needs a QGuiApplication (fonts); the offscreen platform is enough. May run on a worker thread with a Project
/// opened there.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::PdfReport)

public:
    explicit PdfReport(Project &project, ReportOptions options = {});
    ~PdfReport();

    /// Draws the charts of the overview; without one the report has no charts (the core library has no chart code of
    /// its own: Qt Charts needs QtWidgets). Called on the thread that writes.
    void setChartPainter(ReportChartPainter painter) { m_chartPainter = std::move(painter); }
    /// Charts drawn beforehand (on the GUI thread, for a report written on another): used instead of the painter.
    void setCharts(const QList<ReportChart> &charts) { m_presetCharts = charts; }
    void setProgress(ReportProgress progress) { m_progress = std::move(progress); }

    /// Writes the PDF to @p device.
    bool write(QIODevice *device);
    /// Writes aside and renames into place; refuses (see lastError()) the open project or any other Credence project
    /// as @p path.
    bool write(const QString &path);
    /// Draws the report on @p device (a printer, a print preview) in reading order, its contents page in place.
    bool print(QPagedPaintDevice &device);
    QString lastError() const { return m_lastError; }
    bool wasCancelled() const { return m_cancelled; }
    /// Pages of the last report written or printed.
    int pageCount() const { return m_pageCount; }

    /// The summary of the sources in @p options (every one when it names none), for the charts.
    static ReliabilitySummary selectedSummary(const ReliabilitySummary &summary, const ReportOptions &options);

private:
    class Writer;
    bool render(QPagedPaintDevice &device, bool contentsInPlace, PdfFinish *finish);

    Project &m_project;
    ReportOptions m_options;
    ReportChartPainter m_chartPainter;
    std::optional<QList<ReportChart>> m_presetCharts;
    ReportProgress m_progress;
    /// From a first run, for print(): where each anchor landed, and the page numbers of the contents.
    QList<ReportAnchor> m_knownAnchors;
    QString m_lastError;
    bool m_cancelled = false;
    int m_pageCount = 0;
};

} // namespace Credence::Core
