#include "verdictstyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Credence::Ui::VerdictStyle {

using Core::Verdict;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor color(Verdict verdict, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (verdict) {
    case Verdict::Corroborated:
        return dark ? QColor(0x5c, 0xc9, 0x8a) : QColor(0x1b, 0x7f, 0x45);
    case Verdict::Contradicted:
        return dark ? QColor(0xff, 0x73, 0x6b) : QColor(0xc4, 0x1e, 0x1e);
    case Verdict::Unverifiable:
        return dark ? QColor(0xf2, 0xb2, 0x3e) : QColor(0xa8, 0x62, 0x00);
    case Verdict::NotChecked:
        break;
    }
    return dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x75, 0x75, 0x75);
}

namespace {

/// @p selected: for a selected row, where the style would tint the icon with the selection colour and the grey ring
/// of "not checked" would vanish into it; the ring is drawn in the selection's text colour instead.
QPixmap drawIcon(Verdict verdict, const QPalette &palette, int size, qreal ratio, bool selected)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c =
        selected && verdict == Verdict::NotChecked ? palette.color(QPalette::HighlightedText) : color(verdict, palette);
    const QRectF box(1, 1, size - 2, size - 2);
    const qreal pen = size / 8.0;
    if (verdict == Verdict::NotChecked) {
        p.setPen(QPen(c, pen));
        p.drawEllipse(box.adjusted(pen, pen, -pen, -pen));
        return pixmap;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(box);
    // The mark inside is drawn in the base colour of a light palette, so it shows on the filled disc in both.
    const QColor mark = isDark(palette) ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
    p.setPen(QPen(mark, pen * 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    const qreal s = size;
    switch (verdict) {
    case Verdict::Corroborated: {
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.73, s * 0.34);
        p.drawPath(tick);
        break;
    }
    case Verdict::Contradicted:
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case Verdict::Unverifiable: {
        QPainterPath hook;
        hook.moveTo(s * 0.36, s * 0.38);
        hook.cubicTo(s * 0.36, s * 0.22, s * 0.66, s * 0.22, s * 0.64, s * 0.40);
        hook.cubicTo(s * 0.62, s * 0.52, s * 0.50, s * 0.50, s * 0.50, s * 0.60);
        p.drawPath(hook);
        p.drawPoint(QPointF(s * 0.50, s * 0.74));
        break;
    }
    case Verdict::NotChecked:
        break;
    }
    return pixmap;
}

} // namespace

QIcon icon(Verdict verdict, const QPalette &palette)
{
    // Tables ask for the icon of every visible row on every repaint: draw each once per light and dark.
    static QHash<int, QIcon> cache;
    const int key = int(verdict) * 2 + (isDark(palette) ? 1 : 0);
    if (const auto found = cache.constFind(key); found != cache.cend()) {
        return *found;
    }
    QIcon result;
    for (const int size : {16, 24, 32}) {
        for (const qreal ratio : {1.0, 2.0}) {
            result.addPixmap(drawIcon(verdict, palette, size, ratio, false), QIcon::Normal);
            result.addPixmap(drawIcon(verdict, palette, size, ratio, true), QIcon::Selected);
        }
    }
    cache.insert(key, result);
    return result;
}

QTextCharFormat::UnderlineStyle underline(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Corroborated:
        return QTextCharFormat::SingleUnderline;
    case Verdict::Contradicted:
        return QTextCharFormat::WaveUnderline;
    case Verdict::Unverifiable:
        return QTextCharFormat::DotLine;
    case Verdict::NotChecked:
        break;
    }
    return QTextCharFormat::NoUnderline;
}

QTextCharFormat textFormat(Verdict verdict, const QPalette &palette)
{
    QTextCharFormat format;
    if (verdict == Verdict::NotChecked) {
        return format;
    }
    const QColor c = color(verdict, palette);
    format.setUnderlineStyle(underline(verdict));
    format.setUnderlineColor(c);
    QColor tint = c;
    tint.setAlpha(isDark(palette) ? 40 : 30);
    format.setBackground(tint);
    return format;
}

} // namespace Credence::Ui::VerdictStyle
