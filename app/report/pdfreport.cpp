#include "pdfreport.h"

#include "exporttarget.h"
#include "project/project.h"
#include "reportchartobject.h"
#include "richtext/safetextdocument.h"
#include "scoring/reliability.h"
#include "usertext.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Credence::Core {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A source name as the report shows it: any page can set one (og:site_name), so it is cut to a length that wraps
/// within its column in a few lines, and characters that would reorder or hide the text around it are spelled out.
QString sourceName(const QString &name)
{
    constexpr qsizetype MaxShownLength = 160;
    return esc(shortened(withVisibleControls(name), MaxShownLength));
}

QString verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Corroborated:
        return QStringLiteral("#1b6e2d");
    case Verdict::Contradicted:
        return QStringLiteral("#a31515");
    case Verdict::Unverifiable:
        return QStringLiteral("#6b4e00");
    case Verdict::NotChecked:
        break;
    }
    return QStringLiteral("#666666");
}

} // namespace

QString PdfReport::html()
{
    const QLocale locale;
    // The summary the window shows: a claim that a near-duplicate article of the same source repeats counts once.
    const ReliabilitySummary scored = m_project.reliabilitySummary();
    const QList<ScoreRow> &tallies = scored.sources;
    const QList<ArticleSummary> articles = m_project.articles();
    int claimCount = 0;
    int decided = 0;
    int unverifiable = 0;
    int notChecked = 0;
    for (const ScoreRow &t : tallies) {
        claimCount += t.total();
        decided += t.corroborated() + t.contradicted();
        unverifiable += t.unverifiable();
        notChecked += t.notChecked();
    }

    QString html;
    html +=
        QStringLiteral("<html><head><style>"
                       "h1 { font-size: 26pt; } h2 { font-size: 16pt; margin-top: 12pt; }"
                       "h3 { font-size: 12pt; margin-top: 10pt; } .meta { color: #555555; }"
                       "th { background-color: #e8e8e8; text-align: left; font-size: 7.5pt; } td, th { padding: 3px; }"
                       ".summary { font-size: 8.5pt; }"
                       ".num { text-align: right; } .note { color: #444444; font-style: italic; }"
                       "</style></head><body>");

    // Title page.
    html += QStringLiteral("<p>%1</p><h1 align='center'>%2</h1>")
                .arg(QStringLiteral("<br/>").repeated(14), esc(PdfReport::tr("Source reliability report")));
    html += QStringLiteral("<p align='center' style='font-size: 16pt'>%1</p>").arg(esc(m_project.displayName()));
    html += QStringLiteral("<p align='center' class='meta'>%1</p>")
                .arg(esc(PdfReport::tr("Prepared %1").arg(locale.toString(QDate::currentDate(), QLocale::LongFormat))));
    html += QStringLiteral("<p align='center' class='meta'>%1</p>")
                .arg(esc(PdfReport::tr("%1 sources, %2 articles, %3 claims: %4 corroborated or contradicted, %5 "
                                       "unverifiable, %6 not checked")
                             .arg(QString::number(tallies.size()), QString::number(articles.size()),
                                  QString::number(claimCount), QString::number(decided), QString::number(unverifiable),
                                  QString::number(notChecked))));
    int unassigned = 0;
    for (const ArticleSummary &article : articles) {
        unassigned += article.publication.isEmpty() ? 1 : 0;
    }
    if (unassigned > 0) {
        html += QStringLiteral("<p align='center' class='meta'>%1</p>")
                    .arg(esc(PdfReport::tr("%n article(s) name no source and count in no source's score.", nullptr,
                                           unassigned)));
    }

    // Summary table.
    html +=
        QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(esc(PdfReport::tr("Summary by source")));
    html += QStringLiteral(
        "<table class='summary' width='100%' cellspacing='0' border='1' style='border-color: #bbbbbb'><tr>");
    // Explicit widths: without them QTextDocument gives the source names the least room.
    // The widths leave room for borders and padding: QTextDocument squeezes a column when they add up to 100.
    // Seven columns do not fit a portrait page at a readable size: the articles of each source are counted on its own
    // page and on the title page, so the table keeps to the claims.
    const QList<std::pair<QString, int>> columns = {
        {PdfReport::tr("Source"), 26},       {PdfReport::tr("Corroborated"), 13},
        {PdfReport::tr("Contradicted"), 13}, {PdfReport::tr("Unverifiable"), 12},
        {PdfReport::tr("Not checked"), 10},  {PdfReport::tr("Reliability (95% interval)"), 17},
        {PdfReport::tr("Grade"), 7}};
    for (const auto &[heading, width] : columns) {
        html += QStringLiteral("<th width='%1%'>%2</th>").arg(QString::number(width), esc(heading));
    }
    html += QStringLiteral("</tr>");
    for (const ScoreRow &t : tallies) {
        // The grade from the claims, and the one set by hand beside it when there is one.
        const QString grade = t.manualGrade.isEmpty() ? t.computedGrade : t.computedGrade + u'/' + t.manualGrade;
        // One arg() call substitutes all at once: chained, a name holding "%1" would take the next column's figure.
        // Top-aligned, so a name that wraps keeps its figures on its first line.
        html += QStringLiteral("<tr><td valign='top'>%1</td><td valign='top' class='num'>%2</td>"
                               "<td valign='top' class='num'>%3</td><td valign='top' class='num'>%4</td>"
                               "<td valign='top' class='num'>%5</td><td valign='top' class='num'>%6</td>"
                               "<td valign='top' align='center'>%7</td></tr>")
                    .arg(sourceName(t.name), QString::number(t.corroborated()), QString::number(t.contradicted()),
                         QString::number(t.unverifiable()), QString::number(t.notChecked()),
                         esc(t.reliability.display()), esc(grade));
    }
    html += QStringLiteral("</table>");
    // The charts the Summary view shows, drawn by the same code; write() swaps each placeholder for its chart.
    m_charts = m_chartPainter && !tallies.isEmpty() ? m_chartPainter(scored) : QList<ReportChart>();
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        html += QStringLiteral("<p align='center'><img src='%1' width='1' height='1'/></p>"
                               "<p align='center' class='meta'>%2</p>")
                    .arg(ReportChartObject::placeholder(int(i)), esc(m_charts.at(i).caption));
    }
    html += QStringLiteral("<p class='meta'>%1</p>")
                .arg(esc(PdfReport::tr(
                             "Reliability is the mean of a Beta(1 + corroborated, 1 + contradicted) posterior, with "
                             "its central 95% credible interval. Only corroborated and contradicted claims count: "
                             "unverifiable claims (checked, not settled) and claims not checked yet do not, and a "
                             "claim that a near-duplicate article of the same source repeats (a reprint, an update, "
                             "the same wire copy) counts once. A source with fewer than %1 such claims cannot be "
                             "judged. The grade (Admiralty scale) is read from the lower end of the interval: A from "
                             "0.80, B from 0.65, C from 0.50, D from 0.35, E below, F cannot be judged; a grade set by "
                             "hand follows it after a slash.")
                             .arg(DefaultMinimumDecided)));

    // Details per source.
    for (const ScoreRow &t : tallies) {
        html += QStringLiteral("<h2 style='page-break-before: always'>%1</h2>").arg(sourceName(t.name));
        for (const ArticleSummary &summary : articles) {
            if (summary.publication.compare(t.name, Qt::CaseInsensitive) != 0) {
                continue;
            }
            QStringList meta;
            if (!summary.author.isEmpty()) {
                meta << PdfReport::tr("by %1").arg(summary.author);
            }
            if (summary.published.isValid()) {
                meta << locale.toString(summary.published, QLocale::ShortFormat);
            }
            html += QStringLiteral("<h3>%1</h3>").arg(esc(summary.title));
            if (!meta.isEmpty()) {
                html += QStringLiteral("<p class='meta'>%1</p>").arg(esc(meta.join(QStringLiteral(", "))));
            }
            html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2'>");
            for (const Claim &claim : m_project.claims(summary.id)) {
                html +=
                    QStringLiteral("<tr><td width='17%' style='color: %1; white-space: nowrap'><b>%2</b></td><td>%3")
                        .arg(verdictColour(claim.verdict), esc(verdictLabel(claim.verdict)), esc(claim.text));
                if (claim.orphaned) {
                    html += QStringLiteral("<br/><span class='note'>%1</span>")
                                .arg(esc(PdfReport::tr("No longer in the article's text as extracted now.")));
                }
                if (!claim.note.isEmpty()) {
                    html += QStringLiteral("<br/><span class='note'>%1</span>")
                                .arg(esc(PdfReport::tr("Note: %1").arg(claim.note)));
                }
                html += QStringLiteral("</td></tr>");
            }
            html += QStringLiteral("</table>");
        }
    }
    html += QStringLiteral("</body></html>");
    return html;
}

bool PdfReport::write(QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setTitle(PdfReport::tr("Source reliability report: %1").arg(m_project.displayName()));
    writer.setCreator(QStringLiteral("Credence " CREDENCE_VERSION));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 14),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);

    // Declared before the document: its layout keeps a pointer to the handler.
    ReportChartObject charts;
    SafeTextDocument document;
    // Lay out in the writer's own units so point sizes, page size and page breaks agree.
    document.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    // Without ligatures "fi" stays two letters in the PDF's text, so "Unverifiable" can be searched and copied.
    font.setFeature(QFont::Tag("liga"), 0);
    document.setDefaultFont(font);
    // A word longer than its column (a name without spaces, which any page can set) breaks inside the column rather
    // than pushing the table past the edge of the page.
    QTextOption wrapping = document.defaultTextOption();
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(wrapping);
    document.setHtml(html());
    charts.place(document, m_charts);

    const QRectF paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
    QFont footerFont = font;
    footerFont.setPointSizeF(7.5);
    const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() * 2.5;
    const QSizeF body(paintRect.width(), paintRect.height() - footerHeight);
    document.setPageSize(body);

    QPainter painter;
    if (!painter.begin(&writer)) {
        m_lastError = PdfReport::tr("Cannot start the PDF.");
        return false;
    }
    const int pages = document.pageCount();
    const QString footerLeft = PdfReport::tr("Credence · %1").arg(m_project.displayName());
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            writer.newPage();
        }
        painter.save();
        painter.translate(0, -page * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();
        if (page > 0) { // the title page has no footer
            painter.setFont(footerFont);
            painter.setPen(QColor(0x66, 0x66, 0x66));
            const QRectF footer(0, body.height(), body.width(), footerHeight);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerLeft);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                             PdfReport::tr("Page %1 of %2").arg(page + 1).arg(pages));
        }
    }
    return painter.end();
}

bool PdfReport::write(const QString &path)
{
    // Checked here rather than by each caller, so the window's Export and the command line refuse alike.
    if (const QString refusal = refusedExportTarget(path, m_project.path()); !refusal.isEmpty()) {
        m_lastError = refusal;
        return false;
    }
    // Written aside and renamed over the target: a failed export never leaves half a report behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = PdfReport::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(&file) || !file.commit()) {
        m_lastError = PdfReport::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Credence::Core
