#include "judgedialog.h"

#include "savekeys.h"
#include "style/verdictstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Credence::Ui {

JudgeDialog::JudgeDialog(const Core::Claim &claim, QWidget *parent)
    : QDialog(parent)
    , m_state(new QComboBox(this))
    , m_grade(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("judgeDialog"));
    setWindowTitle(tr("Mark with Reason"));
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("judgeClaim"));
    text->setAccessibleName(tr("Claim"));
    text->setTextFormat(Qt::PlainText); // the claim is text from the page
    text->setWordWrap(true);
    text->setText(claim.text.size() > 600 ? claim.text.left(600) + QChar(0x2026) : claim.text);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_state->setObjectName(QStringLiteral("judgeState"));
    for (const Core::Verdict verdict : Core::allVerdicts()) {
        m_state->addItem(VerdictStyle::icon(verdict, palette()), Core::verdictLabel(verdict),
                         static_cast<int>(verdict));
        m_state->setItemData(m_state->count() - 1, Core::verdictDescription(verdict), Qt::ToolTipRole);
    }
    m_state->setCurrentIndex(m_state->findData(static_cast<int>(claim.verdict)));
    m_grade->setObjectName(QStringLiteral("judgeCredibility"));
    for (const Core::Credibility grade : Core::allCredibilities()) {
        m_grade->addItem(Core::credibilityLabel(grade), static_cast<int>(grade));
        m_grade->setItemData(m_grade->count() - 1, Core::credibilityDescription(grade), Qt::ToolTipRole);
    }
    m_grade->setCurrentIndex(m_grade->findData(static_cast<int>(claim.credibility)));

    m_reason->setObjectName(QStringLiteral("judgeReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why you decided so: what settled it, or what is still missing."));
    m_reason->setAccessibleDescription(tr("Kept in the claim's history beside the change. Ctrl+Enter saves."));
    acceptOnCtrlEnter(this, m_reason);

    auto *form = new QFormLayout;
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("C&redibility:"), m_grade);
    form->addRow(tr("&Why:"), m_reason);
    auto *hint = new QLabel(tr("Ctrl+Enter saves, Esc cancels."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(560, 320);
    m_state->setFocus();
}

Core::Verdict JudgeDialog::verdict() const
{
    return static_cast<Core::Verdict>(m_state->currentData().toInt());
}

Core::Credibility JudgeDialog::credibility() const
{
    return static_cast<Core::Credibility>(m_grade->currentData().toInt());
}

QString JudgeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace Credence::Ui
