#include "articleview.h"

#include "highlight/articlehighlighter.h"
#include "style/verdictstyle.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QTextBlock>

#include <algorithm>

namespace Credence::Ui {

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setFrameShape(QFrame::NoFrame);
    // Tab leaves the text for the next pane: the text is read, never typed into.
    setTabChangesFocus(true);
    setFocusPolicy(Qt::StrongFocus);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
}

void ArticleView::setArticle(const QString &body, const QList<Core::Claim> &claims, const QString &language)
{
    // Made with the first article, not with the view: reading the syntax definitions and themes takes long enough
    // to be felt when the main window opens.
    if (!m_highlighter && !body.isEmpty()) {
        m_highlighter = new ArticleHighlighter(document());
        m_highlighter->updateTheme(palette());
    }
    m_current = -1;
    setPlainText(body);
    m_units = body.isEmpty() ? QList<Core::TextUnit>()
                             : Core::segmentUnits(body, language.isEmpty() ? QStringLiteral("en") : language);
    markHeadings();
    setClaims(claims);
    moveCursor(QTextCursor::Start);
}

void ArticleView::markHeadings()
{
    // Headings are structure, not claims: bold, as in the page they came from.
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    const int length = document()->characterCount();
    for (const Core::TextUnit &unit : std::as_const(m_units)) {
        if (unit.kind != Core::UnitKind::Heading || unit.span.end >= length) {
            continue;
        }
        QTextCursor cursor(document());
        cursor.setPosition(unit.span.start);
        cursor.setPosition(unit.span.end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(heading);
    }
}

std::optional<Core::TextUnit> ArticleView::unclaimedUnitAt(int position) const
{
    for (const Core::TextUnit &unit : m_units) {
        if (position < unit.span.start || position > unit.span.end) {
            continue;
        }
        const bool claimed = std::any_of(m_claims.cbegin(), m_claims.cend(), [&](const Core::Claim &c) {
            return !c.orphaned && c.start < unit.span.end && unit.span.start < c.end;
        });
        if (!claimed) {
            return unit;
        }
    }
    return std::nullopt;
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
    if (m_current >= 0 && !m_claims.at(m_current).orphaned) {
        QTextCursor cursor(document());
        cursor.setPosition(std::min(m_claims.at(m_current).end, document()->characterCount() - 1));
        setTextCursor(cursor);
        cursor.setPosition(std::min(m_claims.at(m_current).start, document()->characterCount() - 1));
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
        if (claim.orphaned || claim.end >= length) {
            continue;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(claim.start);
        selection.cursor.setPosition(claim.end, QTextCursor::KeepAnchor);
        // Only the claim's own characters are marked, never the space after it: two neighbouring claims in the
        // same state stay two.
        selection.format = VerdictStyle::textFormat(claim.verdict, palette());
        if (row == m_current) {
            QColor mark = palette().color(QPalette::Highlight);
            mark.setAlpha(70);
            selection.format.setBackground(mark);
            selection.format.setProperty(QTextFormat::OutlinePen, QPen(palette().color(QPalette::Highlight)));
        } else if (claim.verdict == Core::Verdict::NotChecked) {
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

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    // The click also picks the claim under it, so the menu's claim actions act on what was clicked.
    if (event->reason() == QContextMenuEvent::Mouse && !textCursor().hasSelection()) {
        const int position = cursorForPosition(event->pos()).position();
        QTextCursor cursor(document());
        cursor.setPosition(position);
        setTextCursor(cursor);
        Q_EMIT positionActivated(position);
    }
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setObjectName(QStringLiteral("articleViewMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSeparator();
    for (QAction *action : std::as_const(m_contextActions)) {
        if (action) {
            menu->addAction(action);
        } else {
            menu->addSeparator();
        }
    }
    menu->popup(event->globalPos());
}

void ArticleView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        Q_EMIT claimStepRequested(event->key() == Qt::Key_Up ? -1 : 1);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection()) {
        Q_EMIT positionActivated(cursorForPosition(event->position().toPoint()).position());
    }
}

} // namespace Credence::Ui
