#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>

namespace Credence::Ui {

FindBar::FindBar(QPlainTextEdit *text, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setAccessibleName(tr("Find in article"));
    m_field->setPlaceholderText(tr("Find in article"));
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setAccessibleName(tr("Matches"));
    m_previous->setText(tr("Previous"));
    m_previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_previous->setAccessibleName(tr("Previous match"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    m_next->setText(tr("Next"));
    m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    m_next->setAccessibleName(tr("Next match"));
    m_next->setToolTip(tr("Next match (Enter, F3)"));
    m_close->setText(tr("Close"));
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    m_close->setAccessibleName(tr("Close the find bar"));
    m_close->setToolTip(tr("Close (Escape)"));
    for (QToolButton *button : {m_previous, m_next, m_close}) {
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus); // the keys do all of it; Tab goes on to the next pane
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::refresh);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::dismiss);
    // Another article, or the same one changed: the matches are found again.
    connect(m_text->document(), &QTextDocument::contentsChanged, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
    m_field->installEventFilter(this);
    hide();
}

void FindBar::open()
{
    const QString selected = m_text->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) && selected.size() <= 200) {
        m_field->setText(selected);
    }
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    refresh();
}

void FindBar::dismiss()
{
    hide();
    m_text->setFocus(Qt::OtherFocusReason);
}

void FindBar::refresh()
{
    m_matches.clear();
    m_current = -1;
    const QString needle = m_field->text();
    if (!needle.isEmpty()) {
        const QString body = m_text->toPlainText();
        for (qsizetype at = body.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = body.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
            m_matches.append(int(at));
        }
    }
    if (m_matches.isEmpty()) {
        updateCount();
        return;
    }
    // From where the reader is: the first match at or after the start of the selection or cursor.
    const int from = m_text->textCursor().selectionStart();
    const auto after = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from);
    showMatch(after == m_matches.cend() ? 0 : int(after - m_matches.cbegin()));
}

void FindBar::step(int direction)
{
    if (!isVisible()) {
        open();
        return;
    }
    if (m_matches.isEmpty()) {
        return;
    }
    const int count = int(m_matches.size());
    showMatch(m_current < 0 ? 0 : (m_current + direction + count) % count);
}

void FindBar::showMatch(int index)
{
    m_current = index;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_matches.at(index));
    cursor.setPosition(m_matches.at(index) + int(m_field->text().size()), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    updateCount();
}

void FindBar::updateCount()
{
    if (m_field->text().isEmpty()) {
        m_count->clear();
    } else if (m_matches.isEmpty()) {
        m_count->setText(tr("No matches"));
    } else {
        //: "3 of 12": the match shown and how many there are
        m_count->setText(tr("%1 of %2").arg(QString::number(m_current + 1), QString::number(m_matches.size())));
    }
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // Enter and Escape are the window's shortcuts elsewhere (Enter edits a claim's note): here they are the field's.
    if (watched == m_field && event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    }
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            step(key->modifiers() & Qt::ShiftModifier ? -1 : +1);
            return true;
        case Qt::Key_Escape:
            dismiss();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Credence::Ui
