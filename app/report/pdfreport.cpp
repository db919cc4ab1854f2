#include "pdfreport.h"

#include "domain/credibility.h"
#include "domain/criteria.h"
#include "domain/evidence.h"
#include "exporttarget.h"
#include "pdffinisher.h"
#include "project/project.h"
#include "scoring/reliability.h"
#include "usertext.h"

#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>
#include <QUrl>

#include <algorithm>

namespace Credence::Core {

QPageSize::PageSizeId defaultPageSize(const QLocale &locale)
{
    // The countries whose usual paper is Letter (ISO 216 is used everywhere else).
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::PuertoRico:
    case QLocale::DominicanRepublic:
    case QLocale::Panama:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

ReliabilitySummary PdfReport::selectedSummary(const ReliabilitySummary &summary, const ReportOptions &options)
{
    if (options.sources.isEmpty()) {
        return summary;
    }
    ReliabilitySummary selected = summary;
    const QSet<Id> wanted(options.sources.cbegin(), options.sources.cend());
    selected.sources.removeIf([&wanted](const ScoreRow &row) { return !wanted.contains(row.id); });
    return selected;
}

namespace {

constexpr qsizetype MaxNameLength = 160;

QColor verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Corroborated:
        return QColor(0x1b, 0x6e, 0x2d);
    case Verdict::Contradicted:
        return QColor(0xa3, 0x15, 0x15);
    case Verdict::Unverifiable:
        return QColor(0x6b, 0x4e, 0x00);
    case Verdict::NotChecked:
        break;
    }
    return QColor(0x66, 0x66, 0x66);
}

const QColor Grey(0x55, 0x55, 0x55);

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

/// Appends @p text with the web addresses in it as links.
void addWithLinks(RichText &rich, const QString &text)
{
    static const QRegularExpression address(QStringLiteral("https?://[^\\s<>\"]+"));
    qsizetype at = 0;
    for (QRegularExpressionMatchIterator it = address.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString url = m.captured();
        // Punctuation that ends the sentence around an address is not part of it.
        while (!url.isEmpty() && QStringLiteral(".,;:!?)]'").contains(url.back())) {
            url.chop(1);
        }
        rich.add(text.mid(at, m.capturedStart() - at));
        if (isWebAddress(url)) {
            rich.link(url, url);
        } else {
            rich.add(url);
        }
        at = m.capturedStart() + url.size();
    }
    rich.add(text.mid(at));
}

QString percent(const QLocale &locale, double share)
{
    return locale.toString(share * 100, 'f', 0) + QStringLiteral(" %");
}

} // namespace

/// Everything read before the first page is drawn; articles' claims and evidence are read one article at a time.
struct ReportPlan
{
    QString title;
    ProjectDetails details;
    ReliabilitySummary selected;
    QList<ArticleSummary> articles;
    QHash<Id, QList<qsizetype>> articlesOfSource; ///< indices into articles
    QList<qsizetype> unassigned;
    bool withUnassigned = false; ///< every source is in the report, so are the articles without one
    QHash<Id, SignalTally> signalsOfSource;
    int sourcesInProject = 0;
    qint64 work = 0; ///< articles to draw
    VerdictCounts claims{};
    int articlesInReport = 0;
};

class PdfReport::Writer
{
public:
    Writer(PdfReport &report, PageComposer &page, const ReportPlan &plan)
        : m_report(report)
        , m_page(page)
        , m_plan(plan)
    {}

    int anchorCount() const
    {
        int count = 3; // summary, overview, method
        if (!m_plan.selected.sources.isEmpty()) {
            count += 1 + int(m_plan.selected.sources.size());
        }
        if (m_plan.withUnassigned && !m_plan.unassigned.isEmpty()) {
            ++count;
        }
        return count;
    }

    void cover()
    {
        const QLocale locale;
        // The title a little above the middle of the page.
        m_page.advance(m_page.bodyHeight() / m_page.unit() * 0.28);
        ParagraphStyle kicker;
        kicker.colour = Grey;
        kicker.scale = 1.2;
        m_page.paragraph(RichText(PdfReport::tr("Source reliability report")), kicker);
        ParagraphStyle title;
        title.scale = 2.6;
        title.bold = true;
        title.spaceAfter = 14;
        m_page.paragraph(RichText(userText(m_plan.title, 300)), title);
        if (!m_plan.details.scope.trimmed().isEmpty()) {
            ParagraphStyle scope;
            scope.scale = 1.2;
            scope.spaceAfter = 14;
            RichText text;
            addWithLinks(text, userText(m_plan.details.scope.trimmed(), 3000));
            m_page.paragraph(text, scope);
        }
        ParagraphStyle meta;
        meta.scale = 1.1;
        meta.colour = Grey;
        if (!m_plan.details.author.trimmed().isEmpty()) {
            m_page.paragraph(RichText(PdfReport::tr("Prepared by %1").arg(userText(m_plan.details.author, 300))), meta);
        }
        m_page.paragraph(RichText(locale.toString(QDate::currentDate(), QLocale::LongFormat)), meta);
        m_page.skip(10);
        const int total = m_plan.sourcesInProject;
        const int shown = int(m_plan.selected.sources.size());
        QString scopeLine;
        if (m_report.m_options.sources.isEmpty()) {
            scopeLine = PdfReport::tr("All %n source(s) of the project", nullptr, total);
        } else if (shown == 1) {
            scopeLine =
                PdfReport::tr("One source: %1").arg(userText(m_plan.selected.sources.first().name, MaxNameLength));
        } else {
            scopeLine =
                PdfReport::tr("%1 of the project's %2 sources").arg(QString::number(shown), QString::number(total));
        }
        m_page.paragraph(RichText(scopeLine), meta);
        const VerdictCounts &c = m_plan.claims;
        const int checked = c[1] + c[2] + c[3];
        m_page.paragraph(
            RichText(PdfReport::tr("%1 · %2, %3 checked")
                         .arg(PdfReport::tr("%n article(s)", nullptr, m_plan.articlesInReport),
                              PdfReport::tr("%n claim(s)", nullptr, c[0] + checked), QString::number(checked))),
            meta);
    }

    /// The contents: pages it takes, for @p anchors (as placed) with their page numbers.
    void contents(const QList<ReportAnchor> &anchors, const std::function<int(int)> &pageNumber)
    {
        heading1(PdfReport::tr("Contents"), QString());
        ParagraphStyle entry;
        ParagraphStyle sub;
        sub.indent = 12;
        for (qsizetype i = 0; i < anchors.size(); ++i) {
            const ReportAnchor &anchor = anchors.at(i);
            m_page.leaderLine(anchor.title, QString::number(pageNumber(anchor.page)), anchor.level > 0 ? sub : entry,
                              int(i));
        }
    }

    int contentsPages() const
    {
        ParagraphStyle entry;
        const qreal line = m_page.lineHeight(entry) * 1.35;
        const qreal first = m_page.bodyHeight() - headingHeight();
        const int perFirst = std::max(1, int(first / line));
        const int perPage = std::max(1, int(m_page.bodyHeight() / line));
        const int entries = anchorCount();
        if (entries <= perFirst) {
            return 1;
        }
        return 1 + (entries - perFirst + perPage - 1) / perPage;
    }

    void summary()
    {
        const QLocale locale;
        heading1(PdfReport::tr("Summary"), PdfReport::tr("Summary"));
        const QList<ScoreRow> &rows = m_plan.selected.sources;
        QStringList sentences;
        const VerdictCounts &c = m_plan.claims;
        sentences << PdfReport::tr("This report covers %1 and %2.")
                         .arg(PdfReport::tr("%n source(s)", nullptr, int(rows.size())),
                              PdfReport::tr("%n article(s)", nullptr, m_plan.articlesInReport));
        int held = 0, mixed = 0, poor = 0, unjudged = 0, manual = 0, repeats = 0;
        const ScoreRow *best = nullptr;
        const ScoreRow *worst = nullptr;
        for (const ScoreRow &row : rows) {
            const QString &g = row.computedGrade;
            if (g == u"A" || g == u"B") {
                ++held;
            } else if (g == u"C" || g == u"D") {
                ++mixed;
            } else if (g == u"E") {
                ++poor;
            } else {
                ++unjudged;
            }
            manual += row.manualGrade.isEmpty() ? 0 : 1;
            repeats += row.repeats();
            if (row.reliability.judged) {
                if (!best || row.reliability.score > best->reliability.score) {
                    best = &row;
                }
                if (!worst || row.reliability.score < worst->reliability.score) {
                    worst = &row;
                }
            }
        }
        QStringList grades;
        if (held > 0) {
            grades << PdfReport::tr("%n held up (grade A or B)", nullptr, held);
        }
        if (mixed > 0) {
            grades << PdfReport::tr("%n had a mixed record (grade C or D)", nullptr, mixed);
        }
        if (poor > 0) {
            grades << PdfReport::tr("%n did poorly (grade E)", nullptr, poor);
        }
        if (unjudged > 0) {
            grades << PdfReport::tr("%n cannot be judged yet: fewer than %1 claims corroborated or contradicted "
                                    "(grade F)",
                                    nullptr, unjudged)
                          .arg(DefaultMinimumDecided);
        }
        if (!grades.isEmpty()) {
            sentences << PdfReport::tr("Of the sources, %1.").arg(locale.createSeparatedList(grades));
        }
        const int checked = c[1] + c[2] + c[3];
        sentences << PdfReport::tr("Of %1, %2 were checked: %3 corroborated, %4 contradicted and %5 unverifiable; "
                                   "%6 not checked yet.")
                         .arg(PdfReport::tr("%n claim(s)", nullptr, checked + c[0]), QString::number(checked),
                              QString::number(c[1]), QString::number(c[2]), QString::number(c[3]),
                              QString::number(c[0]));
        if (best && worst && best != worst) {
            // One arg() call: a name holding "%1" is printed as written, never filled in.
            sentences << PdfReport::tr("The most reliable is %1 (estimate %2, grade %3); the least reliable is %4 "
                                       "(estimate %5, grade %6).")
                             .arg(userText(best->name, MaxNameLength), best->reliability.display(), best->computedGrade,
                                  userText(worst->name, MaxNameLength), worst->reliability.display(),
                                  worst->computedGrade);
        } else if (best) {
            sentences << PdfReport::tr("The one source that can be judged is %1 (estimate %2, grade %3).")
                             .arg(userText(best->name, MaxNameLength), best->reliability.display(),
                                  best->computedGrade);
        }
        if (repeats > 0) {
            sentences << PdfReport::tr("%n claim(s) that reprints of the same story repeat were counted once.", nullptr,
                                       repeats);
        }
        if (manual > 0) {
            sentences << PdfReport::tr("%n source(s) carry a grade set by hand, given beside the computed one with "
                                       "its reason.",
                                       nullptr, manual);
        }
        if (m_plan.withUnassigned && !m_plan.unassigned.isEmpty()) {
            sentences << PdfReport::tr("%n article(s) name no source and count in no source's score.", nullptr,
                                       int(m_plan.unassigned.size()));
        }
        ParagraphStyle body;
        body.scale = 1.1;
        body.spaceAfter = 6;
        for (const QString &sentence : std::as_const(sentences)) {
            m_page.paragraph(RichText(sentence), body);
        }

        // The contradicted claims, where an editor looks first.
        QList<const ScoreRow *> contradicted;
        for (const ScoreRow &row : rows) {
            if (row.contradicted() > 0) {
                contradicted.append(&row);
            }
        }
        std::sort(contradicted.begin(), contradicted.end(),
                  [](const ScoreRow *a, const ScoreRow *b) { return a->contradicted() > b->contradicted(); });
        if (!contradicted.isEmpty()) {
            QStringList named;
            for (qsizetype i = 0; i < contradicted.size() && i < 5; ++i) {
                named << PdfReport::tr("%1 (%2)").arg(userText(contradicted.at(i)->name, MaxNameLength),
                                                      QString::number(contradicted.at(i)->contradicted()));
            }
            m_page.paragraph(
                RichText(PdfReport::tr("Most contradicted claims: %1.").arg(locale.createSeparatedList(named))), body);
        }
    }

    void overview(const QList<ReportChart> &charts)
    {
        m_page.freshPage();
        heading1(PdfReport::tr("Overview by source"), PdfReport::tr("Overview by source"));
        const QList<ScoreRow> &rows = m_plan.selected.sources;
        if (rows.isEmpty()) {
            m_page.paragraph(RichText(PdfReport::tr("The report has no sources.")));
            return;
        }
        m_page.beginTable({{PdfReport::tr("Source"), 24},
                           {PdfReport::tr("Corroborated"), 13, Qt::AlignRight},
                           {PdfReport::tr("Contradicted"), 13, Qt::AlignRight},
                           {PdfReport::tr("Unverifiable"), 13, Qt::AlignRight},
                           {PdfReport::tr("Not checked"), 10, Qt::AlignRight},
                           {PdfReport::tr("Reliability (95% interval)"), 16},
                           {PdfReport::tr("Grade"), 6, Qt::AlignHCenter},
                           {PdfReport::tr("Criteria"), 8, Qt::AlignRight}},
                          0.85);
        for (const ScoreRow &row : rows) {
            const QString grade =
                row.manualGrade.isEmpty() ? row.computedGrade : row.computedGrade + u'/' + row.manualGrade;
            m_page.row({RichText(userText(row.name, MaxNameLength)), RichText(QString::number(row.corroborated())),
                        RichText(QString::number(row.contradicted())), RichText(QString::number(row.unverifiable())),
                        RichText(QString::number(row.notChecked())), RichText(row.reliability.display()),
                        RichText(grade),
                        RichText(row.criteria.isEmpty() ? QStringLiteral("–")
                                                        : QString::number(qRound(row.criteria.percent())))});
        }
        m_page.endTable();
        ParagraphStyle caption;
        caption.colour = Grey;
        caption.scale = 0.9;
        caption.alignment = Qt::AlignHCenter;
        caption.spaceAfter = 10;
        for (const ReportChart &chart : charts) {
            m_page.picture(chart);
            m_page.paragraph(RichText(chart.caption), caption);
        }
    }

    void method()
    {
        m_page.freshPage();
        heading1(PdfReport::tr("Method"), PdfReport::tr("Method"));
        ParagraphStyle body;
        body.spaceAfter = 6;
        m_page.paragraph(RichText(PdfReport::tr(
                             "Each claim was marked by a fact-checker: corroborated when independent reporting or "
                             "records bear it out, contradicted when they refute it, unverifiable when it was checked "
                             "and could not be settled. Evidence (web pages, archived files, notes, the same claim in "
                             "another article) is listed under each claim.")),
                         body);
        m_page.paragraph(
            RichText(PdfReport::tr(
                         "Reliability is the mean of a Beta(1 + corroborated, 1 + contradicted) posterior, with "
                         "its central 95% credible interval. Only corroborated and contradicted claims count: "
                         "unverifiable claims (checked, not settled) and claims not checked yet do not, and a "
                         "claim that a near-duplicate article of the same source repeats (a reprint, an update, "
                         "the same wire copy) counts once. A source with fewer than %1 such claims cannot be "
                         "judged. The grade (Admiralty scale) is read from the lower end of the interval: A from "
                         "0.80, B from 0.65, C from 0.50, D from 0.35, E below, F cannot be judged; a grade set by "
                         "hand follows it after a slash.")
                         .arg(DefaultMinimumDecided)),
            body);
        m_page.paragraph(
            RichText(PdfReport::tr("The criteria are the fact-checker's answers to nine questions raters of news sites "
                                   "ask, weighted in points out of 100; the figure is the points met out of those "
                                   "answered. It is shown beside the estimate and never enters it.")),
            body);
        m_page.paragraph(RichText(PdfReport::tr(
                             "Signals are measured on the articles' text (hedged and unattributed claims, machine-spun "
                             "text, captions, missing bylines and dates, copies that credit no one). They point to "
                             "what deserves a closer look and are never part of a score.")),
                         body);
        m_page.paragraph(RichText(m_report.m_options.listNotChecked
                                      ? PdfReport::tr("Claims not checked yet are listed with their article.")
                                      : PdfReport::tr("Claims not checked yet are counted, not listed.")),
                         body);
    }

    bool sources()
    {
        const QList<ScoreRow> &rows = m_plan.selected.sources;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const ScoreRow &row = rows.at(i);
            m_page.freshPage();
            if (i == 0) {
                m_page.addAnchor(PdfReport::tr("Sources"), 0);
            }
            if (!source(row)) {
                return false;
            }
        }
        if (m_plan.withUnassigned && !m_plan.unassigned.isEmpty()) {
            m_page.freshPage();
            heading1(PdfReport::tr("Articles without a source"), PdfReport::tr("Articles without a source"));
            m_page.paragraph(RichText(PdfReport::tr("These articles name no source: their claims count in no "
                                                    "source's score until one is assigned.")));
            if (!articles(m_plan.unassigned)) {
                return false;
            }
        }
        return true;
    }

private:
    qreal headingHeight() const
    {
        return m_page.lineHeight(headingStyle()) + (headingStyle().spaceAfter + 2) * m_page.unit();
    }

    static ParagraphStyle headingStyle()
    {
        ParagraphStyle style;
        style.scale = 1.9;
        style.bold = true;
        style.spaceAfter = 10;
        return style;
    }

    void heading1(const QString &text, const QString &anchor)
    {
        m_page.heading(RichText(text), headingStyle(), 60, anchor, 0);
    }

    void heading2(const QString &text)
    {
        ParagraphStyle style;
        style.scale = 1.25;
        style.bold = true;
        style.spaceBefore = 10;
        style.spaceAfter = 4;
        m_page.heading(RichText(text), style, 40);
    }

    bool source(const ScoreRow &row)
    {
        const QLocale locale;
        const QString name = userText(row.name, MaxNameLength);
        ParagraphStyle title = headingStyle();
        m_page.heading(RichText(name), title, 60, shortened(withVisibleControls(row.name), 80), 1);

        ParagraphStyle facts;
        facts.scale = 1.05;
        facts.spaceAfter = 3;
        RichText grade;
        grade.bold(PdfReport::tr("Grade: ")).add(sourceGradeLabel(row.computedGrade));
        if (!row.manualGrade.isEmpty()) {
            grade.add(QStringLiteral(" · "))
                .bold(PdfReport::tr("set by hand: "))
                .add(sourceGradeLabel(row.manualGrade));
            if (!row.manualReason.isEmpty()) {
                grade.add(QStringLiteral(" — ")).add(userText(row.manualReason, 2000));
            }
        }
        m_page.paragraph(grade, facts);
        RichText estimate;
        estimate.bold(PdfReport::tr("Reliability: "))
            .add(PdfReport::tr("%1, from %2 corroborated and %3 contradicted claims")
                     .arg(row.reliability.display(), QString::number(row.countedCorroborated),
                          QString::number(row.countedContradicted)));
        if (row.repeats() > 0) {
            estimate.add(PdfReport::tr(" (%n repeated by reprints counted once)", nullptr, row.repeats()));
        }
        m_page.paragraph(estimate, facts);
        RichText counts;
        counts.bold(PdfReport::tr("Claims: "))
            .add(PdfReport::tr("%1 in %2: %3 corroborated, %4 contradicted, %5 unverifiable, %6 not checked")
                     .arg(QString::number(row.total()), PdfReport::tr("%n article(s)", nullptr, row.articles),
                          QString::number(row.corroborated()), QString::number(row.contradicted()),
                          QString::number(row.unverifiable()), QString::number(row.notChecked())));
        m_page.paragraph(counts, facts);
        if (const std::optional<Source> record = m_report.m_project.source(row.id)) {
            QStringList about;
            about << sourceKindLabel(record->kind);
            if (!record->domains.isEmpty()) {
                about << userText(record->domains.join(QStringLiteral(", ")), 400);
            }
            if (!record->country.isEmpty()) {
                about << userText(record->country, 100);
            }
            if (!record->language.isEmpty()) {
                about << userText(record->language, 100);
            }
            RichText text;
            text.bold(PdfReport::tr("About: ")).add(about.join(QStringLiteral(" · ")));
            m_page.paragraph(text, facts);
            if (!record->notes.trimmed().isEmpty()) {
                RichText notes;
                notes.bold(PdfReport::tr("Notes: "));
                addWithLinks(notes, userText(record->notes.trimmed()));
                m_page.paragraph(notes, facts);
            }
        }

        criteria(row);
        signalsOf(row);
        const QList<qsizetype> articleRows = m_plan.articlesOfSource.value(row.id);
        heading2(PdfReport::tr("Articles"));
        articleTable(articleRows);
        return articles(articleRows);
    }

    void criteria(const ScoreRow &row)
    {
        heading2(PdfReport::tr("Criteria"));
        bool anyAnswered = false;
        for (const CriterionEntry &entry : row.criteriaAnswers) {
            anyAnswered = anyAnswered || entry.answer != CriterionAnswer::Unanswered || !entry.note.isEmpty();
        }
        if (!anyAnswered) {
            m_page.paragraph(RichText(PdfReport::tr("No criterion answered.")), grey());
            return;
        }
        m_page.paragraph(RichText(row.criteria.isEmpty() ? PdfReport::tr("No criterion answered met or not met yet.")
                                                         : PdfReport::tr("%1 of 100 points, from %n answered criteria",
                                                                         nullptr, row.criteria.answered)
                                                               .arg(qRound(row.criteria.percent()))));
        m_page.beginTable({{PdfReport::tr("Criterion"), 38},
                           {PdfReport::tr("Points"), 8, Qt::AlignRight},
                           {PdfReport::tr("Answer"), 14},
                           {PdfReport::tr("Evidence and note"), 40}},
                          0.9);
        const QLocale locale;
        for (const CriterionEntry &entry : row.criteriaAnswers) {
            const std::optional<Criterion> criterion = criterionByKey(entry.key);
            if (!criterion) {
                continue;
            }
            RichText note;
            addWithLinks(note, userText(entry.note));
            m_page.row({RichText(criterionLabel(*criterion)), RichText(locale.toString(criterion->points)),
                        RichText(criterionAnswerLabel(entry.answer)), note});
        }
        m_page.endTable();
    }

    void signalsOf(const ScoreRow &row)
    {
        heading2(PdfReport::tr("Signals"));
        const SignalTally tally = m_plan.signalsOfSource.value(row.id);
        const QLocale locale;
        QList<std::pair<QString, QString>> lines;
        if (const auto share = tally.hedgedShare()) {
            lines.append({PdfReport::tr("Hedged claims"),
                          PdfReport::tr("%1 of %2 (%3)")
                              .arg(QString::number(tally.hedgedClaims), QString::number(tally.claimsCounted),
                                   percent(locale, *share))});
        }
        if (const auto share = tally.unattributedShare()) {
            lines.append({PdfReport::tr("Unattributed claims"),
                          PdfReport::tr("%1 of %2 (%3)")
                              .arg(QString::number(tally.unattributedClaims), QString::number(tally.claimsCounted),
                                   percent(locale, *share))});
        }
        if (tally.spinJudged > 0) {
            lines.append({PdfReport::tr("Reads as machine-spun text"),
                          PdfReport::tr("%1 of %n article(s) judged", nullptr, tally.spinJudged).arg(tally.spun)});
        }
        lines.append({PdfReport::tr("Flagged captions"),
                      PdfReport::tr("%1 (generated image: %2, unrelated to the text: %3)")
                          .arg(QString::number(tally.flaggedCaptions()), QString::number(tally.aiGeneratedCaptions),
                               QString::number(tally.unrelatedCaptions))});
        lines.append({PdfReport::tr("Articles without a byline"), QString::number(tally.withoutByline)});
        lines.append({PdfReport::tr("Articles without a date"), QString::number(tally.withoutDate)});
        lines.append({PdfReport::tr("Copies of another source's article, uncredited"),
                      QString::number(tally.republishedWithoutCredit)});
        m_page.beginTable({{PdfReport::tr("Signal"), 50}, {PdfReport::tr("Found"), 50}}, 0.9);
        for (const auto &[label, figure] : std::as_const(lines)) {
            m_page.row({RichText(label), RichText(figure)});
        }
        m_page.endTable();
    }

    void articleTable(const QList<qsizetype> &rows)
    {
        if (rows.isEmpty()) {
            m_page.paragraph(RichText(PdfReport::tr("No articles.")), grey());
            return;
        }
        const QLocale locale;
        m_page.beginTable({{PdfReport::tr("Title"), 52},
                           {PdfReport::tr("Author"), 20},
                           {PdfReport::tr("Published"), 14},
                           {PdfReport::tr("Checked"), 14, Qt::AlignRight}},
                          0.9);
        for (const qsizetype index : rows) {
            const ArticleSummary &article = m_plan.articles.at(index);
            RichText title;
            const QString shown = userText(article.title.isEmpty() ? PdfReport::tr("(untitled)") : article.title, 400);
            if (isWebAddress(article.url)) {
                title.link(shown, article.url);
            } else {
                title.add(shown);
            }
            if (!article.originSource.isEmpty()) {
                title.lineBreak().coloured(
                    PdfReport::tr("republished from %1").arg(userText(article.originSource, MaxNameLength)), Grey);
            }
            m_page.row({title, RichText(userText(article.author, 200)),
                        RichText(article.published.isValid() ? locale.toString(article.published, QLocale::ShortFormat)
                                                             : QString()),
                        RichText(PdfReport::tr("%1 of %2")
                                     .arg(QString::number(article.checked), QString::number(article.claims)))});
        }
        m_page.endTable();
    }

    bool articles(const QList<qsizetype> &rows)
    {
        if (rows.isEmpty()) {
            return true;
        }
        heading2(PdfReport::tr("Claims"));
        const QLocale locale;
        for (const qsizetype index : rows) {
            const ArticleSummary &article = m_plan.articles.at(index);
            article_(article, locale);
            ++m_done;
            if (m_report.m_progress && !m_report.m_progress(m_done, m_plan.work)) {
                return false;
            }
        }
        return true;
    }

    void article_(const ArticleSummary &article, const QLocale &locale)
    {
        const QList<Claim> claims = m_report.m_project.claims(article.id);
        QHash<Id, QList<Evidence>> evidence;
        bool anyEvidence = false;
        for (const Claim &claim : claims) {
            anyEvidence = anyEvidence || claim.evidenceCount > 0;
        }
        if (anyEvidence) {
            for (const Evidence &item : m_report.m_project.articleEvidence(article.id)) {
                evidence[item.claimId].append(item);
            }
        }
        ParagraphStyle style;
        style.bold = true;
        style.spaceBefore = 8;
        style.spaceAfter = 2;
        RichText title;
        title.add(userText(article.title.isEmpty() ? PdfReport::tr("(untitled)") : article.title, 400));
        QStringList meta;
        if (!article.author.isEmpty()) {
            meta << PdfReport::tr("by %1").arg(userText(article.author, 200));
        }
        if (article.published.isValid()) {
            meta << locale.toString(article.published, QLocale::ShortFormat);
        }
        m_page.heading(title, style, 30);
        if (!meta.isEmpty() || isWebAddress(article.url)) {
            RichText line;
            line.coloured(meta.join(QStringLiteral(", ")), Grey);
            if (isWebAddress(article.url)) {
                if (!meta.isEmpty()) {
                    line.add(QStringLiteral(" · "));
                }
                line.link(userText(article.url, 300), article.url);
            }
            ParagraphStyle metaStyle = grey();
            metaStyle.scale = 0.9;
            m_page.paragraph(line, metaStyle);
        }
        int notChecked = 0;
        bool tableOpen = false;
        for (const Claim &claim : claims) {
            if (claim.verdict == Verdict::NotChecked && !m_report.m_options.listNotChecked) {
                ++notChecked;
                continue;
            }
            if (!tableOpen) {
                m_page.beginTable({{PdfReport::tr("State"), 15}, {PdfReport::tr("Claim, note and evidence"), 85}},
                                  0.92);
                tableOpen = true;
            }
            RichText state;
            state.coloured(verdictLabel(claim.verdict), verdictColour(claim.verdict), true);
            if (claim.credibility != Credibility::NotGraded) {
                state.lineBreak().coloured(credibilityLabel(claim.credibility), Grey);
            }
            RichText text;
            text.add(userText(claim.text));
            if (claim.orphaned) {
                text.lineBreak().coloured(PdfReport::tr("No longer in the article's text as extracted now."), Grey);
            }
            if (!claim.note.isEmpty()) {
                text.lineBreak().coloured(PdfReport::tr("Note: "), Grey, true);
                addWithLinks(text, userText(claim.note));
            }
            for (const Evidence &item : evidence.value(claim.id)) {
                text.lineBreak().coloured(evidenceStanceLabel(item.stance) + QStringLiteral(": "), Grey, true);
                evidenceText(text, item);
            }
            m_page.row({state, text});
        }
        if (tableOpen) {
            m_page.endTable();
        }
        if (notChecked > 0) {
            m_page.paragraph(RichText(PdfReport::tr("%n claim(s) not checked yet, not listed.", nullptr, notChecked)),
                             grey());
        }
    }

    static void evidenceText(RichText &text, const Evidence &item)
    {
        switch (item.kind) {
        case EvidenceKind::Url: {
            const QString title = userText(item.title, 300);
            if (!title.isEmpty()) {
                text.add(title + QStringLiteral(" — "));
            }
            if (isWebAddress(item.url)) {
                text.link(userText(item.url), item.url);
            } else {
                text.add(userText(item.url));
            }
            if (item.accessed.isValid()) {
                text.add(PdfReport::tr(" (read %1)").arg(QLocale().toString(item.accessed, QLocale::ShortFormat)));
            }
            break;
        }
        case EvidenceKind::File:
            text.add(PdfReport::tr("file %1, SHA-256 %2")
                         .arg(userText(item.file.name.isEmpty() ? item.title : item.file.name, 300),
                              item.file.sha256.left(16)));
            break;
        case EvidenceKind::Note:
            break;
        case EvidenceKind::ClaimLink:
            text.add(PdfReport::tr("the same claim elsewhere: “%1”").arg(userText(item.title, 600)));
            break;
        }
        if (!item.note.isEmpty()) {
            if (item.kind != EvidenceKind::Note) {
                text.add(QStringLiteral(" — "));
            }
            addWithLinks(text, userText(item.note));
        }
    }

    static ParagraphStyle grey()
    {
        ParagraphStyle style;
        style.colour = Grey;
        return style;
    }

    PdfReport &m_report;
    PageComposer &m_page;
    const ReportPlan &m_plan;
    qint64 m_done = 0;
};

PdfReport::PdfReport(Project &project, ReportOptions options)
    : m_project(project)
    , m_options(std::move(options))
{}

PdfReport::~PdfReport() = default;

namespace {

ReportPlan readPlan(Project &project, const ReportOptions &options)
{
    ReportPlan plan;
    plan.details = project.details();
    plan.title = project.reportTitle();
    const ReliabilitySummary all = project.reliabilitySummary();
    plan.sourcesInProject = int(all.sources.size());
    plan.selected = PdfReport::selectedSummary(all, options);
    plan.withUnassigned = options.sources.isEmpty();
    plan.articles = project.articles();
    QSet<Id> selected;
    for (const ScoreRow &row : std::as_const(plan.selected.sources)) {
        selected.insert(row.id);
    }
    for (qsizetype i = 0; i < plan.articles.size(); ++i) {
        const ArticleSummary &article = plan.articles.at(i);
        if (article.sourceId == 0) {
            if (plan.withUnassigned) {
                plan.unassigned.append(i);
                ++plan.work;
                ++plan.articlesInReport;
            }
        } else if (selected.contains(article.sourceId)) {
            plan.articlesOfSource[article.sourceId].append(i);
            ++plan.work;
            ++plan.articlesInReport;
        }
    }
    for (const ScoreRow &row : std::as_const(plan.selected.sources)) {
        for (int v = 0; v < 4; ++v) {
            plan.claims[size_t(v)] += row.claims[size_t(v)];
        }
    }
    if (plan.withUnassigned) {
        for (int v = 0; v < 4; ++v) {
            plan.claims[size_t(v)] += all.unassignedClaims[size_t(v)];
        }
    }
    plan.signalsOfSource = project.sourceSignals();
    return plan;
}

QFont reportFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    // Without ligatures "fi" stays two letters in the PDF's text, so "Unverifiable" can be searched and copied.
    font.setFeature(QFont::Tag("liga"), 0);
    return font;
}

void setUpPage(QPagedPaintDevice &device, const ReportOptions &options)
{
    device.setPageLayout(QPageLayout(QPageSize(options.pageSize.value_or(defaultPageSize())), QPageLayout::Portrait,
                                     QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter));
}

} // namespace

bool PdfReport::render(QPagedPaintDevice &device, bool contentsInPlace, PdfFinish *finish)
{
    m_cancelled = false;
    const int errors = m_project.errorCount();
    const ReportPlan plan = readPlan(m_project, m_options);
    if (m_project.errorCount() != errors) {
        m_lastError = PdfReport::tr("The project could not be read: %1").arg(m_project.lastError());
        return false;
    }
    const QList<ReportChart> charts =
        m_presetCharts ? *m_presetCharts
                       : (m_chartPainter && !plan.selected.sources.isEmpty() ? m_chartPainter(plan.selected)
                                                                             : QList<ReportChart>());

    QPainter painter;
    if (!painter.begin(&device)) {
        m_lastError = PdfReport::tr("Cannot start the PDF.");
        return false;
    }
    const QString footer = PdfReport::tr("Credence · %1").arg(userText(plan.title, 200));
    PageComposer page(painter, device, reportFont(), footer, 0);
    Writer writer(*this, page, plan);
    writer.cover();
    const int contentsPages = writer.contentsPages();
    if (contentsInPlace) {
        page.newPage();
        const int before = page.page();
        writer.contents(m_knownAnchors, [](int final) { return final + 1; });
        if (page.page() - before + 1 != contentsPages) {
            qWarning("The report's contents took %d pages, not %d", page.page() - before + 1, contentsPages);
        }
    } else {
        page.setPageNumberShift(contentsPages);
    }
    page.newPage();
    writer.summary();
    writer.overview(charts);
    writer.method();
    if (!writer.sources()) {
        m_cancelled = true;
        m_lastError = PdfReport::tr("The report was cancelled.");
        painter.end();
        return false;
    }
    if (!contentsInPlace) {
        // The contents go last, now that the pages they list are known, and are moved behind the cover.
        page.newPage();
        const int first = page.page();
        page.setPageNumberShift(1 - first);
        PdfFinish placing;
        placing.moveFrom = first;
        placing.moveCount = contentsPages;
        placing.moveTo = 1;
        const QList<ReportAnchor> anchors = page.anchors();
        writer.contents(anchors, [&placing](int drawn) { return placing.finalPage(drawn) + 1; });
        const int drawnPages = page.page() - first + 1;
        if (drawnPages != contentsPages) {
            qWarning("The report's contents took %d pages, not %d", drawnPages, contentsPages);
        }
        if (finish) {
            finish->moveFrom = first;
            finish->moveCount = drawnPages;
            finish->moveTo = 1;
        }
    }
    page.finish();
    m_pageCount = page.page() + 1;
    if (finish) {
        finish->anchors = page.anchors();
        finish->links = page.links();
        finish->title = PdfReport::tr("Source reliability report: %1").arg(plan.title);
        finish->author = plan.details.author;
    }
    if (!painter.end()) {
        m_lastError = PdfReport::tr("Cannot finish the PDF.");
        return false;
    }
    return true;
}

bool PdfReport::write(QIODevice *device)
{
    // Qt writes the pages to a file beside nothing the user sees; qpdf then adds what Qt cannot (see PdfFinisher) and
    // writes the result to the device.
    QTemporaryFile drawn(QDir::tempPath() + QStringLiteral("/credence-report-XXXXXX.pdf"));
    if (!drawn.open()) {
        m_lastError =
            PdfReport::tr("Cannot write a temporary file in %1: %2").arg(QDir::tempPath(), drawn.errorString());
        return false;
    }
    PdfFinish finish;
    {
        QPdfWriter writer(&drawn);
        writer.setCreator(QStringLiteral("Credence " CREDENCE_VERSION));
        writer.setTitle(PdfReport::tr("Source reliability report: %1").arg(m_project.reportTitle()));
        writer.setResolution(300);
        setUpPage(writer, m_options);
        if (!render(writer, false, &finish)) {
            return false;
        }
    }
    if (!drawn.flush()) {
        m_lastError =
            PdfReport::tr("Cannot write a temporary file in %1: %2").arg(QDir::tempPath(), drawn.errorString());
        return false;
    }
    const QString error = PdfFinisher::finish(drawn.fileName(), device, finish);

    if (!error.isEmpty()) {
        m_lastError = error;
        return false;
    }
    // The contents moved behind the cover: the anchors' pages as the reader sees them, for print().
    m_knownAnchors = finish.anchors;
    for (ReportAnchor &anchor : m_knownAnchors) {
        anchor.page = finish.finalPage(anchor.page);
    }
    return true;
}

bool PdfReport::print(QPagedPaintDevice &device)
{
    // A first run, into nothing, finds the pages the contents list; the second draws in reading order.
    class Discard : public QIODevice
    {
    protected:
        qint64 readData(char *, qint64) override { return -1; }
        qint64 writeData(const char *, qint64 length) override { return length; }
    };
    Discard nowhere;
    nowhere.open(QIODevice::WriteOnly);
    PdfFinish finish;
    {
        QPdfWriter writer(&nowhere);
        writer.setResolution(300);
        setUpPage(writer, m_options);
        if (!render(writer, false, &finish)) {
            return false;
        }
    }
    m_knownAnchors = finish.anchors;
    for (ReportAnchor &anchor : m_knownAnchors) {
        anchor.page = finish.finalPage(anchor.page);
    }
    setUpPage(device, m_options);
    return render(device, true, nullptr);
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
    if (!write(&file)) {
        file.cancelWriting();
        if (m_lastError.isEmpty()) {
            m_lastError = PdfReport::tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    if (!file.commit()) {
        m_lastError = PdfReport::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Credence::Core
