#include "terminaltext.h"

#include <QList>
#include <QTextBoundaryFinder>

#include <unicode/uchar.h>

namespace Credence::Core {

namespace {

int codePointWidth(char32_t c)
{
    switch (u_charType(UChar32(c))) {
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
    case U_CONTROL_CHAR:
        return 0;
    default:
        break;
    }
    const int eastAsian = u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH);
    return eastAsian == U_EA_WIDE || eastAsian == U_EA_FULLWIDTH ? 2 : 1;
}

} // namespace

int terminalWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        width += codePointWidth(c);
    }
    return width;
}

QString fittedToWidth(const QString &text, int width, Qt::Alignment alignment)
{
    QString fitted = text;
    int used = terminalWidth(text);
    if (used > width) {
        // Whole user-perceived characters while they fit beside the ellipsis.
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
        qsizetype end = 0;
        used = 0;
        for (qsizetype next = graphemes.toNextBoundary(); next > 0; next = graphemes.toNextBoundary()) {
            const int cluster = terminalWidth(QStringView(text).sliced(end, next - end));
            if (used + cluster > width - 1) {
                break;
            }
            used += cluster;
            end = next;
        }
        fitted = text.left(end) + u'…';
        ++used;
    }
    const QString padding(qMax(width - used, 0), u' ');
    return alignment & Qt::AlignRight ? QString(padding + fitted) : QString(fitted + padding);
}

} // namespace Credence::Core
