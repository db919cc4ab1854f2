#include "usertext.h"

#include <QList>
#include <QTextBoundaryFinder>

namespace Credence::Core {

namespace {

bool actsOnOtherText(char32_t c)
{
    switch (QChar::direction(c)) {
    case QChar::DirLRE:
    case QChar::DirLRO:
    case QChar::DirRLE:
    case QChar::DirRLO:
    case QChar::DirPDF:
    case QChar::DirLRI:
    case QChar::DirRLI:
    case QChar::DirFSI:
    case QChar::DirPDI:
        return true;
    default:
        break;
    }
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

QString withVisibleControls(const QString &text)
{
    QString visible;
    visible.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (actsOnOtherText(c)) {
            visible += u"<U+" + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0') + u'>';
        } else {
            visible += QString::fromUcs4(&c, 1);
        }
    }
    return visible;
}

QString shortened(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength) {
        return text;
    }
    if (maxLength <= 0) {
        return {};
    }
    // The last boundary that leaves room for the ellipsis.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    graphemes.setPosition(maxLength - 1);
    if (!graphemes.isAtBoundary()) {
        graphemes.toPreviousBoundary();
    }
    return text.left(qMax<qsizetype>(graphemes.position(), 0)) + u'…';
}

} // namespace Credence::Core
