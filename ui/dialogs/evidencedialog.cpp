#include "evidencedialog.h"

#include "models/evidencelistmodel.h"
#include "savekeys.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Credence::Ui {

using Core::EvidenceKind;

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setText(text.size() > 600 ? text.left(600) + QChar(0x2026) : text);
    return label;
}

} // namespace

EvidenceDialog::EvidenceDialog(const Core::Evidence &item, const QString &claimText, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
    , m_stance(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(item.id ? tr("Edit Evidence") : tr("Add %1").arg(Core::evidenceKindLabel(item.kind)));
    auto *form = new QFormLayout;
    form->addRow(tr("Claim:"), plainLabel(claimText, this));

    switch (item.kind) {
    case EvidenceKind::Url:
        m_url = new QLineEdit(item.url, this);
        m_url->setObjectName(QStringLiteral("evidenceUrl"));
        m_url->setPlaceholderText(QStringLiteral("https://"));
        m_title = new QLineEdit(item.title, this);
        m_title->setObjectName(QStringLiteral("evidenceTitle"));
        m_title->setPlaceholderText(tr("The page's title, as you would cite it"));
        m_accessed = new QDateEdit(item.accessed.isValid() ? item.accessed : QDate::currentDate(), this);
        m_accessed->setObjectName(QStringLiteral("evidenceAccessed"));
        m_accessed->setCalendarPopup(true);
        m_accessed->setMaximumDate(QDate::currentDate().addDays(1));
        form->addRow(tr("&Address:"), m_url);
        form->addRow(tr("&Title:"), m_title);
        form->addRow(tr("A&ccessed:"), m_accessed);
        break;
    case EvidenceKind::File:
    case EvidenceKind::ClaimLink:
        form->addRow(item.kind == EvidenceKind::File ? tr("File:") : tr("Linked claim:"),
                     plainLabel(EvidenceListModel::details(item).section(u'\n', 1), this));
        break;
    case EvidenceKind::Note:
        break;
    }

    m_stance->setObjectName(QStringLiteral("evidenceStance"));
    for (const Core::EvidenceStance stance : Core::allEvidenceStances()) {
        m_stance->addItem(Core::evidenceStanceLabel(stance), static_cast<int>(stance));
    }
    m_stance->setCurrentIndex(m_stance->findData(static_cast<int>(item.stance)));
    form->addRow(tr("&Stance:"), m_stance);

    m_note->setObjectName(QStringLiteral("evidenceNote"));
    m_note->setPlainText(item.note);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(item.kind == EvidenceKind::Note
                                   ? tr("What you found: a call, an interview, a document you read…")
                                   : tr("Optional: what this shows, and where in it"));
    acceptOnCtrlEnter(this, m_note);
    form->addRow(item.kind == EvidenceKind::Note ? tr("&Note:") : tr("C&omment:"), m_note);

    auto *hint = new QLabel(tr("Ctrl+Enter saves, Esc cancels."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(560, 340);
    if (m_url && item.url.isEmpty()) {
        m_url->setFocus();
    } else if (item.kind == EvidenceKind::Note) {
        m_note->setFocus();
    } else {
        m_stance->setFocus();
    }
}

Core::Evidence EvidenceDialog::evidence() const
{
    Core::Evidence item = m_item;
    item.stance = static_cast<Core::EvidenceStance>(m_stance->currentData().toInt());
    item.note = m_note->toPlainText().trimmed();
    if (m_url) {
        item.url = m_url->text().trimmed();
        item.title = m_title->text().trimmed();
        item.accessed = m_accessed->date();
    }
    return item;
}

} // namespace Credence::Ui
