#include "pagecomposer.h"

#include "usertext.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextCharFormat>

#include <algorithm>
#include <vector>

namespace Credence::Core {

RichText &RichText::add(const QString &text, const QTextCharFormat &format)
{
    if (text.isEmpty()) {
        return *this;
    }
    if (format.propertyCount() > 0) {
        m_formats.append({int(m_text.size()), int(text.size()), format});
    }
    m_text += text;
    return *this;
}

RichText &RichText::bold(const QString &text)
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    return add(text, format);
}

RichText &RichText::coloured(const QString &text, const QColor &colour, bool bold)
{
    QTextCharFormat format;
    format.setForeground(colour);
    if (bold) {
        format.setFontWeight(QFont::Bold);
    }
    return add(text, format);
}

RichText &RichText::link(const QString &text, const QString &url)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(url);
    format.setForeground(QColor(0x1a, 0x4f, 0x9c));
    format.setFontUnderline(true);
    return add(text, format);
}

RichText &RichText::lineBreak()
{
    m_text += QChar::LineSeparator;
    return *this;
}

QString userText(const QString &text, qsizetype maxLength)
{
    // Line breaks the user typed stay line breaks; everything else that acts on the text around it is written out.
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        line = withVisibleControls(line);
    }
    const QString joined = lines.join(QChar::LineSeparator);
    return maxLength > 0 ? shortened(joined, maxLength) : joined;
}

/// A cell laid out: its text at its column's width.
struct PageComposer::Cell
{
    std::unique_ptr<QTextLayout> layout;
    qreal x = 0;
    qreal height = 0;
    int nextLine = 0;  ///< the first line not drawn yet (a block split across pages)
    qreal drawnTo = 0; ///< the top of that line in the layout
};

struct PageComposer::Block
{
    std::vector<Cell> cells;
    qreal height = 0; ///< the tallest cell, padding included
    qreal padding = 0;
    QColor background;
    bool rule = false; ///< a line under it
};

struct PageComposer::Table
{
    QList<TableColumn> columns;
    qreal fontScale = 1.0;
    QList<qreal> x;
    QList<qreal> width;
    bool headingDrawnOnPage = false;
};

PageComposer::PageComposer(QPainter &painter, QPagedPaintDevice &device, const QFont &baseFont, const QString &footer,
                           int pageNumberShift)
    : m_painter(painter)
    , m_device(device)
    , m_base(baseFont)
    , m_footer(footer)
    , m_pageNumberShift(pageNumberShift)
{
    const int resolution = device.logicalDpiY();
    m_unit = resolution / 72.0;
    const QRectF paint = device.pageLayout().paintRectPixels(resolution);
    QFont footerFont = m_base;
    footerFont.setPointSizeF(m_base.pointSizeF() * 0.8);
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height() * 2.5;
    m_body = QRectF(0, 0, paint.width(), paint.height() - footerHeight);
    m_footerRect = QRectF(0, m_body.height(), m_body.width(), footerHeight);
}

PageComposer::~PageComposer() = default;

QFont PageComposer::font(const ParagraphStyle &style) const
{
    // A report uses a handful of sizes: each font is made once (a new QFont is resolved anew by every layout).
    const std::pair<qreal, bool> key{style.scale, style.bold};
    if (const auto it = m_fonts.constFind(key); it != m_fonts.constEnd()) {
        return it->first;
    }
    QFont f = m_base;
    f.setPointSizeF(m_base.pointSizeF() * style.scale);
    f.setBold(style.bold);
    m_fonts.insert(key, {f, QFontMetricsF(f, &m_device).height()});
    return f;
}

qreal PageComposer::lineHeight(const ParagraphStyle &style) const
{
    font(style);
    return m_fonts.value({style.scale, style.bold}).second;
}

void PageComposer::drawFooter()
{
    if (m_page == 0) {
        return; // the cover has none
    }
    QFont footerFont = m_base;
    footerFont.setPointSizeF(m_base.pointSizeF() * 0.8);
    m_painter.save();
    m_painter.setFont(footerFont);
    m_painter.setPen(QColor(0x66, 0x66, 0x66));
    const QString number = QString::number(m_page + 1 + m_pageNumberShift);
    const QFontMetricsF metrics(footerFont, &m_device);
    const qreal numberWidth = metrics.horizontalAdvance(number) + metrics.averageCharWidth() * 4;
    const QString left = metrics.elidedText(m_footer, Qt::ElideRight, m_footerRect.width() - numberWidth);
    m_painter.drawText(m_footerRect, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine, left);
    m_painter.drawText(m_footerRect, Qt::AlignRight | Qt::AlignBottom | Qt::TextSingleLine, number);
    m_painter.restore();
}

void PageComposer::newPage()
{
    drawFooter();
    m_device.newPage();
    ++m_page;
    m_y = 0;
    m_pageEmpty = true;
    if (m_table) {
        m_table->headingDrawnOnPage = false;
    }
}

void PageComposer::advance(qreal points)
{
    m_y = std::min(m_y + points * m_unit, m_body.height());
    m_pageEmpty = false;
}

int PageComposer::addAnchor(const QString &title, int level)
{
    const QRectF paint = m_device.pageLayout().paintRect(QPageLayout::Point);
    m_anchors.append({title, level, m_page, paint.top() + m_y / m_unit});
    return int(m_anchors.size() - 1);
}

void PageComposer::freshPage()
{
    if (!m_pageEmpty) {
        newPage();
    }
}

void PageComposer::skip(qreal points)
{
    if (m_pageEmpty) {
        return;
    }
    if (m_y + points * m_unit > m_body.height()) {
        newPage();
    } else {
        m_y += points * m_unit;
    }
}

void PageComposer::keep(qreal points)
{
    if (!m_pageEmpty && m_y + points * m_unit > m_body.height()) {
        newPage();
    }
}

void PageComposer::layoutCell(Cell &cell, const RichText &text, const QFont &font, qreal width, Qt::Alignment alignment,
                              const QColor &colour, bool breakWords) const
{
    cell.layout = std::make_unique<QTextLayout>(text.text(), font, &m_device);
    if (colour.isValid() && colour != Qt::black) {
        // The paragraph's colour under the runs' own: a link in a grey line stays blue.
        QList<QTextLayout::FormatRange> formats{{0, int(text.text().size()), {}}};
        formats.first().format.setForeground(colour);
        formats.append(text.formats());
        cell.layout->setFormats(formats);
    } else {
        cell.layout->setFormats(text.formats());
    }
    QTextOption option;
    // A word longer than its column (a name without spaces, which any page can set) breaks inside the column.
    option.setWrapMode(breakWords ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::WordWrap);
    option.setAlignment(alignment);
    option.setTextDirection(Qt::LayoutDirectionAuto);
    cell.layout->setTextOption(option);
    cell.layout->setCacheEnabled(true);
    qreal height = 0;
    cell.layout->beginLayout();
    for (QTextLine line = cell.layout->createLine(); line.isValid(); line = cell.layout->createLine()) {
        line.setLineWidth(std::max<qreal>(width, 1));
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    cell.layout->endLayout();
    cell.height = height;
}

void PageComposer::drawBlock(Block &block, bool splittable, bool tableRow)
{
    const qreal lineRoom = 2 * lineHeight({});
    if (tableRow && m_table && !m_table->headingDrawnOnPage && !m_pageEmpty &&
        m_y + block.height + lineRoom * 1.5 > m_body.height()) {
        newPage(); // a table's heading never stands alone at the foot of a page
    }
    const qreal available = m_body.height() - m_y;
    if (!m_pageEmpty && block.height > available && (!splittable || available < lineRoom)) {
        // A row moves to the next page whole; one taller than a page starts at the top of one and is split there.
        newPage();
    }
    if (tableRow && m_table && !m_table->headingDrawnOnPage) {
        drawTableHeading();
    }
    const qreal pad = block.padding;
    for (;;) {
        const qreal room = m_body.height() - m_y - 2 * pad;
        // Draw the lines of each cell that fit in the room left on this page.
        qreal used = 0;
        bool unfinished = false;
        QList<std::pair<Cell *, std::pair<int, int>>> spans; // cell, first and end line on this page
        for (Cell &cell : block.cells) {
            const int first = cell.nextLine;
            int end = first;
            const int count = cell.layout->lineCount();
            while (end < count) {
                const QTextLine line = cell.layout->lineAt(end);
                if (line.y() + line.height() - cell.drawnTo > room && end > first) {
                    break;
                }
                if (line.y() + line.height() - cell.drawnTo > room && m_y > 0) {
                    break; // not even one line fits: continue on the next page
                }
                ++end;
            }
            spans.append({&cell, {first, end}});
            if (end > first) {
                const QTextLine last = cell.layout->lineAt(end - 1);
                used = std::max(used, last.y() + last.height() - cell.drawnTo);
            }
            unfinished = unfinished || end < count;
        }
        const qreal shown = unfinished ? used + 2 * pad : std::max(used + 2 * pad, block.height);
        if (block.background.isValid()) {
            m_painter.fillRect(QRectF(0, m_y, m_body.width(), shown), block.background);
        }
        for (auto &[cell, range] : spans) {
            for (int i = range.first; i < range.second; ++i) {
                const QTextLine line = cell->layout->lineAt(i);
                line.draw(&m_painter, QPointF(cell->x, m_y + pad - cell->drawnTo));
            }
            if (range.second > range.first) {
                if (range.second < cell->layout->lineCount()) {
                    cell->drawnTo = cell->layout->lineAt(range.second).y();
                }
                cell->nextLine = range.second;
            }
        }
        if (block.rule) {
            m_painter.save();
            m_painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), m_unit * 0.5));
            m_painter.drawLine(QPointF(0, m_y + shown), QPointF(m_body.width(), m_y + shown));
            m_painter.restore();
        }
        m_y += shown;
        m_pageEmpty = false;
        if (!unfinished) {
            return;
        }
        newPage();
        if (tableRow && m_table) {
            drawTableHeading();
        }
    }
}

void PageComposer::paragraph(const RichText &text, const ParagraphStyle &style)
{
    if (!m_pageEmpty) {
        m_y += style.spaceBefore * m_unit;
    }
    Block block;
    Cell cell;
    cell.x = style.indent * m_unit;
    layoutCell(cell, text, font(style), m_body.width() - cell.x, style.alignment, style.colour);
    block.height = cell.height;
    block.cells.push_back(std::move(cell));
    drawBlock(block, true, false);
    m_y += style.spaceAfter * m_unit;
}

int PageComposer::heading(const RichText &text, const ParagraphStyle &style, qreal keepWith, const QString &anchorTitle,
                          int level)
{
    Block block;
    Cell cell;
    layoutCell(cell, text, font(style), m_body.width(), style.alignment, style.colour);
    block.height = cell.height;
    block.cells.push_back(std::move(cell));
    const qreal before = m_pageEmpty ? 0 : style.spaceBefore * m_unit;
    if (!m_pageEmpty && m_y + before + block.height + keepWith * m_unit > m_body.height()) {
        newPage();
    }
    if (!m_pageEmpty) {
        m_y += before;
    }
    const int anchor = anchorTitle.isEmpty() ? -1 : addAnchor(anchorTitle, level);
    drawBlock(block, true, false);
    m_y += style.spaceAfter * m_unit;
    return anchor;
}

void PageComposer::leaderLine(const QString &left, const QString &right, const ParagraphStyle &style, int anchor)
{
    const QFont f = font(style);
    const QFontMetricsF metrics(f, &m_device);
    const qreal height = metrics.height() * 1.35;
    if (!m_pageEmpty && m_y + height > m_body.height()) {
        newPage();
    }
    const qreal indent = style.indent * m_unit;
    const qreal rightWidth = metrics.horizontalAdvance(right);
    const qreal room = m_body.width() - indent - rightWidth - metrics.averageCharWidth() * 3;
    const QString shown = metrics.elidedText(left, Qt::ElideRight, room);
    m_painter.save();
    m_painter.setFont(f);
    m_painter.setPen(style.colour);
    const QRectF line(indent, m_y, m_body.width() - indent, height);
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown);
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, right);
    // Dots between the name and its page number, as a contents page has them.
    const qreal from = indent + metrics.horizontalAdvance(shown) + metrics.averageCharWidth();
    const qreal to = m_body.width() - rightWidth - metrics.averageCharWidth();
    m_painter.setPen(QPen(QColor(0xaa, 0xaa, 0xaa), m_unit * 0.6, Qt::DotLine));
    if (to > from) {
        m_painter.drawLine(QPointF(from, m_y + height * 0.7), QPointF(to, m_y + height * 0.7));
    }
    m_painter.restore();
    if (anchor >= 0) {
        const QRectF paint = m_device.pageLayout().paintRect(QPageLayout::Point);
        m_links.append({m_page,
                        QRectF(paint.left() + line.left() / m_unit, paint.top() + line.top() / m_unit,
                               line.width() / m_unit, line.height() / m_unit),
                        anchor});
    }
    m_y += height;
    m_pageEmpty = false;
}

void PageComposer::beginTable(const QList<TableColumn> &columns, qreal fontScale)
{
    m_table = std::make_unique<Table>();
    m_table->columns = columns;
    m_table->fontScale = fontScale;
    qreal total = 0;
    for (const TableColumn &column : columns) {
        total += column.share;
    }
    qreal x = 0;
    for (const TableColumn &column : columns) {
        const qreal width = m_body.width() * column.share / (total > 0 ? total : 1);
        m_table->x.append(x);
        m_table->width.append(width);
        x += width;
    }
}

void PageComposer::drawTableHeading()
{
    Table &table = *m_table;
    table.headingDrawnOnPage = true;
    Block block;
    block.padding = 2 * m_unit;
    block.background = QColor(0xe8, 0xe8, 0xe8);
    ParagraphStyle style;
    style.scale = table.fontScale * 0.9;
    style.bold = true;
    const QFont f = font(style);
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        Cell cell;
        cell.x = table.x.at(i) + 2 * m_unit;
        // A heading breaks between words only: "Corroborated" never becomes "Corroborate / d".
        layoutCell(cell, RichText(table.columns.at(i).heading), f, table.width.at(i) - 4 * m_unit,
                   table.columns.at(i).alignment, {}, false);
        block.height = std::max(block.height, cell.height + 2 * block.padding);
        block.cells.push_back(std::move(cell));
    }
    std::unique_ptr<Table> keep = std::move(m_table); // no heading inside the heading
    drawBlock(block, false, false);
    m_table = std::move(keep);
}

void PageComposer::row(const QList<RichText> &cells)
{
    Q_ASSERT(m_table);
    Table &table = *m_table;
    Block block;
    block.padding = 2 * m_unit;
    block.rule = true;
    ParagraphStyle style;
    style.scale = table.fontScale;
    const QFont f = font(style);
    for (qsizetype i = 0; i < table.columns.size() && i < cells.size(); ++i) {
        Cell cell;
        cell.x = table.x.at(i) + 2 * m_unit;
        layoutCell(cell, cells.at(i), f, table.width.at(i) - 4 * m_unit, table.columns.at(i).alignment);
        block.height = std::max(block.height, cell.height + 2 * block.padding);
        block.cells.push_back(std::move(cell));
    }
    drawBlock(block, false, true);
}

void PageComposer::endTable()
{
    m_table.reset();
    m_y += 6 * m_unit;
}

void PageComposer::picture(const ReportChart &chart)
{
    if (chart.size.isEmpty()) {
        return;
    }
    qreal scale = m_body.width() / chart.size.width();
    scale = std::min(scale, m_body.height() * 0.9 / chart.size.height());
    const QSizeF size = chart.size * scale;
    if (!m_pageEmpty && m_y + size.height() > m_body.height()) {
        newPage();
    }
    m_painter.save();
    m_painter.translate((m_body.width() - size.width()) / 2, m_y);
    // A QPicture replays scaled by the target's resolution over the one it was recorded at; undo that, then fit.
    const qreal recorded = chart.picture.logicalDpiX();
    const qreal target = m_device.logicalDpiX();
    m_painter.scale(scale * recorded / target, scale * recorded / target);
    m_painter.drawPicture(QPointF(0, 0), chart.picture);
    m_painter.restore();
    m_y += size.height();
    m_pageEmpty = false;
}

void PageComposer::finish()
{
    drawFooter();
}

} // namespace Credence::Core
