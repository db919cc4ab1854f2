#include "articleview.h"

#include "highlight/articlehighlighter.h"
#include "models/claimtablemodel.h"

#include <QEvent>
#include <QMouseEvent>
#include <QTextBlock>

namespace Credence::Ui {

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setFrameShape(QFrame::NoFrame);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
}

void ArticleView::setArticle(const QString &body, const QList<Core::Claim> &claims)
{
    // Made with the first article, not with the view: reading the syntax definitions and themes takes long enough
    // to be felt when the main window opens.
    if (!m_highlighter && !body.isEmpty()) {
        m_highlighter = new ArticleHighlighter(document());
        m_highlighter->updateTheme(palette());
    }
    m_current = -1;
    setPlainText(body);
    setClaims(claims);
    moveCursor(QTextCursor::Start);
}

void ArticleView::setClaims(const QList<Core::Claim> &claims)
{
    m_claims = claims;
    if (m_current >= m_claims.size()) {
        m_current = -1;
    }
    updateSelections();
}

void ArticleView::setCurrentClaim(int row)
{
    m_current = (row >= 0 && row < m_claims.size()) ? row : -1;
    updateSelections();
    if (m_current >= 0) {
        QTextCursor cursor(document());
        cursor.setPosition(m_claims.at(m_current).end);
        setTextCursor(cursor);
        cursor.setPosition(m_claims.at(m_current).start);
        setTextCursor(cursor);
        ensureCursorVisible();
    }
}

void ArticleView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_claims.size() + 1);
    const int length = document()->characterCount();
    for (int row = 0; row < m_claims.size(); ++row) {
        const Core::Claim &claim = m_claims.at(row);
        if (claim.end >= length) {
            continue;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(claim.start);
        selection.cursor.setPosition(claim.end, QTextCursor::KeepAnchor);
        if (row == m_current) {
            QColor mark = palette().color(QPalette::Highlight);
            mark.setAlpha(90);
            selection.format.setBackground(mark);
            selection.format.setProperty(QTextFormat::OutlinePen, QPen(palette().color(QPalette::Highlight)));
        } else if (claim.verdict != Core::Verdict::NotChecked) {
            QColor tint = verdictColor(claim.verdict);
            tint.setAlpha(45);
            selection.format.setBackground(tint);
        } else {
            continue;
        }
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void ArticleView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        if (m_highlighter) {
            m_highlighter->updateTheme(palette());
        }
        updateSelections();
    }
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection()) {
        Q_EMIT positionActivated(cursorForPosition(event->position().toPoint()).position());
    }
}

} // namespace Credence::Ui
