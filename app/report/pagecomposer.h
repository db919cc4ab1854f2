#pragma once

#include "reportchart.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace Credence::Core {

/// A run of text with its formats, built from pieces so that text read from pages is only ever text: never markup,
/// never a format string. Line breaks are QChar::LineSeparator.
class RichText
{
public:
    RichText() = default;
    explicit RichText(const QString &plain) { add(plain); }

    /// Appends @p text as written (user text goes through userText() first).
    RichText &add(const QString &text, const QTextCharFormat &format = {});
    RichText &bold(const QString &text);
    RichText &coloured(const QString &text, const QColor &colour, bool bold = false);
    /// Appends @p text as a link to @p url: blue, underlined and clickable in the PDF.
    RichText &link(const QString &text, const QString &url);
    RichText &lineBreak();

    bool isEmpty() const { return m_text.isEmpty(); }
    const QString &text() const { return m_text; }
    const QList<QTextLayout::FormatRange> &formats() const { return m_formats; }

private:
    QString m_text;
    QList<QTextLayout::FormatRange> m_formats;
};

/// Text from a page or the user as the report prints it: characters that would act on the text around it (bidi
/// overrides, controls) written out, line breaks kept as line breaks, and cut to @p maxLength when it is positive.
QString userText(const QString &text, qsizetype maxLength = 0);

/// How a paragraph looks: a size relative to the base font, weight, colour, spacing in points, alignment.
struct ParagraphStyle
{
    qreal scale = 1.0;
    bool bold = false;
    QColor colour = Qt::black;
    qreal spaceBefore = 0; ///< points
    qreal spaceAfter = 4;  ///< points
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal indent = 0; ///< points from the left margin
};

/// One column of a table: its heading, its share of the text width, its alignment.
struct TableColumn
{
    QString heading;
    qreal share = 0;
    Qt::Alignment alignment = Qt::AlignLeft;
};

/// A place in the report to link or bookmark to.
struct ReportAnchor
{
    QString title; ///< as the outline shows it
    int level = 0; ///< 0: a chapter; 1: a source under "Sources"
    int page = 0;  ///< physical page, 0-based, as drawn
    qreal top = 0; ///< in points from the top of the page
};

/// A rectangle on a page that links to an anchor (the contents' lines).
struct ReportLink
{
    int page = 0;
    QRectF rect; ///< in points from the top left of the page
    int anchor = 0;
};

/// Lays text, tables and pictures out on the pages of a paged device (QPdfWriter, QPrinter) as it goes, one page at a
/// time, so a report of any length takes the memory of one page. A table row is never split across pages (unless it
/// is taller than a page, then between its lines); a table's heading is repeated on each page it continues on.
class PageComposer
{
public:
    /// @p footer is printed at the bottom left of every page but the first, with the page number at the right:
    /// physical page p (0-based) is numbered p + 1 + @p pageNumberShift (pages moved in later come before it).
    PageComposer(QPainter &painter, QPagedPaintDevice &device, const QFont &baseFont, const QString &footer,
                 int pageNumberShift);
    ~PageComposer();

    int page() const { return m_page; }
    qreal bodyWidth() const { return m_body.width(); }
    qreal bodyHeight() const { return m_body.height(); }
    /// Device units per point.
    qreal unit() const { return m_unit; }
    QFont font(const ParagraphStyle &style) const;
    /// The height in device units one line of @p style takes.
    qreal lineHeight(const ParagraphStyle &style) const;

    /// Physical page p (0-based) is numbered p + 1 + @p shift from the next footer on.
    void setPageNumberShift(int shift) { m_pageNumberShift = shift; }
    void newPage();
    /// Moves down @p points, even at the top of a page (the cover's space above its title).
    void advance(qreal points);
    /// Bookmarks the current place as @p title at @p level without drawing anything; returns the anchor's index.
    int addAnchor(const QString &title, int level);
    /// Starts a new page unless nothing is drawn on this one yet.
    void freshPage();
    /// Moves down @p points, or to a new page when less than that is left.
    void skip(qreal points);
    /// Starts a new page unless @p points are left on this one.
    void keep(qreal points);

    void paragraph(const RichText &text, const ParagraphStyle &style = {});
    /// A heading kept with at least @p keepWith points of what follows it; bookmarked when @p anchorTitle is set.
    /// Returns the anchor's index, or -1.
    int heading(const RichText &text, const ParagraphStyle &style, qreal keepWith, const QString &anchorTitle = {},
                int level = 0);
    /// One line: @p left and, aligned right on the same line, @p right; clickable to @p anchor when it is >= 0.
    void leaderLine(const QString &left, const QString &right, const ParagraphStyle &style, int anchor);

    void beginTable(const QList<TableColumn> &columns, qreal fontScale = 1.0);
    void row(const QList<RichText> &cells);
    void endTable();

    /// @p chart scaled to the text width (never taller than a page).
    void picture(const ReportChart &chart);

    /// Draws the last page's footer. Call once, after the last content.
    void finish();

    const QList<ReportAnchor> &anchors() const { return m_anchors; }
    const QList<ReportLink> &links() const { return m_links; }

private:
    struct Cell;
    struct Block;
    void layoutCell(Cell &cell, const RichText &text, const QFont &font, qreal width, Qt::Alignment alignment,
                    const QColor &colour = {}, bool breakWords = true) const;
    void drawBlock(Block &block, bool splittable, bool tableRow);
    void drawTableHeading();
    void drawFooter();

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    QFont m_base;
    QString m_footer;
    int m_pageNumberShift = 0;
    qreal m_unit = 1;
    QRectF m_body; ///< device units, origin at the top left of the printable area
    QRectF m_footerRect;
    qreal m_y = 0; ///< device units from the top of the body
    int m_page = 0;
    bool m_pageEmpty = true;
    QList<ReportAnchor> m_anchors;
    QList<ReportLink> m_links;

    struct Table;
    std::unique_ptr<Table> m_table;
    /// By scale and weight: the font and its line height on the device.
    mutable QHash<std::pair<qreal, bool>, std::pair<QFont, qreal>> m_fonts;
};

} // namespace Credence::Core
