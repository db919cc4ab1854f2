#include "summarycharts.h"

#include "style/openingwords.h"
#include "style/verdictstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPainter>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>

namespace Credence::Ui::SummaryCharts {

namespace {

// lupdate reads the context and the plural from QCoreApplication::translate() calls as they are written.
constexpr const char *Context = "Credence::Ui::SummaryCharts";

/// A record's name on an axis: short enough to leave the bars room. Axis labels are plain text in Qt Charts only
/// when they hold no markup, so a name's '<' and '&' are escaped.
QString axisName(const QString &name)
{
    return openingWords(name, 28).toHtmlEscaped();
}

/// Axis names for @p rows, each different: a category axis keeps only the first of two equal names, which would
/// put two records' bars on one line.
QStringList axisNames(const QList<Core::ScoreRow> &rows)
{
    QStringList names;
    for (const Core::ScoreRow &row : rows) {
        QString name = axisName(row.name);
        for (int n = 2; names.contains(name); ++n) {
            name = axisName(row.name) + QStringLiteral(" (") + QString::number(n) + u')';
        }
        names.append(name);
    }
    return names;
}

void styleChart(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.text());
    chart->legend()->setLabelBrush(palette.text());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsBrush(palette.text());
    axis->setLinePenColor(palette.color(QPalette::Mid));
    axis->setGridLineColor(palette.color(QPalette::Midlight));
}

} // namespace

QChart *verdictChart(const QList<Core::ScoreRow> &rows, const QPalette &palette)
{
    QList<Core::ScoreRow> shown = rows;
    std::stable_sort(shown.begin(), shown.end(),
                     [](const Core::ScoreRow &a, const Core::ScoreRow &b) { return a.total() > b.total(); });
    if (shown.size() > MostRecords) {
        shown.resize(MostRecords);
    }
    // A horizontal bar chart draws its first category at the bottom: reversed, the largest is on top.
    std::reverse(shown.begin(), shown.end());
    auto *series = new QHorizontalStackedBarSeries;
    const struct
    {
        Core::Verdict verdict;
        const char *label;
    } states[] = {{Core::Verdict::Corroborated, QT_TRANSLATE_NOOP("Credence::Ui::SummaryCharts", "Corroborated")},
                  {Core::Verdict::Contradicted, QT_TRANSLATE_NOOP("Credence::Ui::SummaryCharts", "Contradicted")},
                  {Core::Verdict::Unverifiable, QT_TRANSLATE_NOOP("Credence::Ui::SummaryCharts", "Unverifiable")},
                  {Core::Verdict::NotChecked, QT_TRANSLATE_NOOP("Credence::Ui::SummaryCharts", "Not checked")}};
    const QStringList names = axisNames(shown);
    for (const auto &state : states) {
        auto *set = new QBarSet(QCoreApplication::translate(Context, state.label));
        const QColor colour = VerdictStyle::color(state.verdict, palette);
        set->setColor(colour);
        set->setBorderColor(colour);
        for (const Core::ScoreRow &row : std::as_const(shown)) {
            set->append(row.claims[int(state.verdict)]);
        }
        series->append(set);
    }
    series->setBarWidth(0.7);
    auto *chart = new QChart;
    styleChart(chart, palette);
    chart->setTitle(rows.size() > shown.size()
                        ? QCoreApplication::translate("Credence::Ui::SummaryCharts",
                                                      "Claims by state: the %n record(s) with the most claims", nullptr,
                                                      int(shown.size()))
                        : QCoreApplication::translate("Credence::Ui::SummaryCharts", "Claims by state"));
    chart->addSeries(series);
    auto *names_ = new QBarCategoryAxis;
    names_->append(names);
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setMin(0);
    chart->addAxis(names_, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(names_);
    series->attachAxis(counts);
    counts->applyNiceNumbers();
    styleAxis(names_, palette);
    styleAxis(counts, palette);
    return chart;
}

QChart *estimateChart(const QList<Core::ScoreRow> &rows, const QPalette &palette)
{
    QList<Core::ScoreRow> judged;
    for (const Core::ScoreRow &row : rows) {
        if (row.reliability.judged) {
            judged.append(row);
        }
    }
    const qsizetype unjudged = rows.size() - judged.size();
    std::stable_sort(judged.begin(), judged.end(), [](const Core::ScoreRow &a, const Core::ScoreRow &b) {
        return a.reliability.score > b.reliability.score;
    });
    if (judged.size() > MostRecords) {
        judged.resize(MostRecords);
    }
    auto *series = new QBoxPlotSeries;
    series->setName(QCoreApplication::translate("Credence::Ui::SummaryCharts", "Estimate and 95% interval"));
    const QColor colour = palette.color(QPalette::Highlight);
    series->setBrush(QColor(colour.red(), colour.green(), colour.blue(), 90));
    series->setPen(QPen(palette.color(QPalette::Text), 1.5));
    series->setBoxWidth(0.45);
    const QStringList names = axisNames(judged);
    for (qsizetype i = 0; i < judged.size(); ++i) {
        const Core::Reliability &r = judged.at(i).reliability;
        // Whiskers at the box's ends: the interval is the box, the estimate the line across it.
        series->append(new QBoxSet(r.low, r.low, r.score, r.high, r.high, names.at(i)));
    }
    auto *chart = new QChart;
    styleChart(chart, palette);
    chart->setTitle(unjudged > 0 ? QCoreApplication::translate("Credence::Ui::SummaryCharts",
                                                               "Reliability estimate; %n cannot be judged yet", nullptr,
                                                               int(unjudged))
                                 : QCoreApplication::translate("Credence::Ui::SummaryCharts", "Reliability estimate"));
    chart->addSeries(series);
    auto *names_ = new QBarCategoryAxis;
    names_->append(names);
    auto *scale = new QValueAxis;
    scale->setRange(0, 1);
    scale->setTickCount(6);
    scale->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(names_, Qt::AlignBottom);
    chart->addAxis(scale, Qt::AlignLeft);
    series->attachAxis(names_);
    series->attachAxis(scale);
    names_->setLabelsAngle(names.size() > 4 ? -35 : 0);
    styleAxis(names_, palette);
    styleAxis(scale, palette);
    chart->legend()->setVisible(false);
    return chart;
}

namespace {

/// The colours of a printed page: a light palette, so a report made from a dark window prints dark on white.
QPalette printPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef), QColor(Qt::white));
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return palette;
}

/// @p chart (taken and deleted) recorded at @p size, as the window would draw it.
Core::ReportChart recorded(QChart *chart, const QSizeF &size, const QString &caption)
{
    // The report's font, without ligatures: "fi" stays two letters in the PDF's text, so "Unverifiable" is found.
    const auto printFont = [](const QFont &font) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() : 9);
        f.setBold(font.bold());
        f.setFeature(QFont::Tag("liga"), 0);
        return f;
    };
    chart->setTitleFont(printFont(chart->titleFont()));
    chart->legend()->setFont(printFont(chart->legend()->font()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(printFont(axis->labelsFont()));
    }
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it now
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    Core::ReportChart out;
    out.size = size;
    out.caption = caption;
    QPainter painter(&out.picture);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    painter.end();
    return out;
}

} // namespace

QList<Core::ReportChart> reportCharts(const Core::ReliabilitySummary &summary)
{
    const QPalette palette = printPalette();
    const qsizetype shown = std::min<qsizetype>(summary.sources.size(), MostRecords);
    // Bars a readable height each; the estimates as wide as the page, less high.
    const QSizeF bars(640, 110 + 26 * shown);
    const QSizeF boxes(640, 300);
    return {
        recorded(verdictChart(summary.sources, palette), bars,
                 QCoreApplication::translate("Credence::Ui::SummaryCharts", "Claims by state per source, as marked.")),
        recorded(estimateChart(summary.sources, palette), boxes,
                 QCoreApplication::translate("Credence::Ui::SummaryCharts",
                                             "Each source's reliability estimate (the line) with its 95% "
                                             "interval (the box), from the decided claims counted."))};
}

} // namespace Credence::Ui::SummaryCharts
