#include "notedialog.h"

#include "savekeys.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Credence::Ui {

NoteDialog::NoteDialog(const QString &claimText, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("Note"));
    auto *claim = new QLabel(this);
    claim->setObjectName(QStringLiteral("noteClaim"));
    claim->setAccessibleName(tr("Claim"));
    claim->setTextFormat(Qt::PlainText); // the claim is text from the page
    claim->setWordWrap(true);
    claim->setText(claimText.size() > 600 ? claimText.left(600) + QChar(0x2026) : claimText);
    claim->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit->setObjectName(QStringLiteral("noteEdit"));
    m_edit->setAccessibleName(tr("Note"));
    m_edit->setAccessibleDescription(tr("The evidence for the claim above. Ctrl+Enter saves, Esc cancels."));
    m_edit->setPlainText(note);
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("The evidence: what you checked, where, and what it showed."));
    m_edit->moveCursor(QTextCursor::End);
    auto *hint = new QLabel(tr("Ctrl+Enter saves, Esc cancels."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    acceptOnCtrlEnter(this, m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(claim);
    layout->addWidget(m_edit, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(520, 300);
    m_edit->setFocus();
}

QString NoteDialog::note() const
{
    return m_edit->toPlainText().trimmed();
}

} // namespace Credence::Ui
