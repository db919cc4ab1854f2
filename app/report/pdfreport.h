#pragma once

#include "reportchart.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Credence::Core {

class Project;

/// The reliability summary of a project as a PDF an editor can read: a title page, one row per source with its
/// counts and score, then each source's articles with every claim and its verdict and note. Text stays text, so it
/// can be selected and searched. Needs a QGuiApplication (fonts); the offscreen platform is enough.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::PdfReport)

public:
    explicit PdfReport(Project &project)
        : m_project(project)
    {}

    /// Draws the charts shown under the summary table; without one the report has no charts (the core library has no
    /// chart code of its own: Qt Charts needs QtWidgets).
    void setChartPainter(ReportChartPainter painter) { m_chartPainter = std::move(painter); }

    /// The report as HTML for QTextDocument; exposed so tests can check the content without rendering.
    QString html();
    bool write(QIODevice *device);
    /// Writes aside and renames into place; refuses (see lastError()) the open project or any other Credence project
    /// as @p path.
    bool write(const QString &path);
    QString lastError() const { return m_lastError; }

private:
    Project &m_project;
    ReportChartPainter m_chartPainter;
    QList<ReportChart> m_charts; ///< drawn by html(), placed by write()
    QString m_lastError;
};

} // namespace Credence::Core
