#include "authordialog.h"

#include "formfields.h"
#include "models/authortablemodel.h"
#include "savekeys.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Credence::Ui {

AuthorDialog::AuthorDialog(const Core::AuthorSummary &summary, QWidget *parent)
    : QDialog(parent)
    , m_author(summary.author)
    , m_name(new QLineEdit(summary.author.name, this))
    , m_aliases(smallEditor(this, 3))
    , m_notes(smallEditor(this, 4))
{
    setObjectName(QStringLiteral("authorDialog"));
    setWindowTitle(tr("Author"));
    m_name->setObjectName(QStringLiteral("authorName"));
    m_aliases->setObjectName(QStringLiteral("authorAliases"));
    m_aliases->setPlainText(summary.author.aliases.join(u'\n'));
    m_aliases->setPlaceholderText(tr("Other ways bylines write the name, one a line"));
    m_notes->setObjectName(QStringLiteral("authorNotes"));
    m_notes->setPlainText(summary.author.notes);
    auto *writesFor =
        new QLabel(tr("%n article(s):", nullptr, summary.articles) + u' ' + AuthorTableModel::writesFor(summary), this);
    writesFor->setTextFormat(Qt::PlainText); // source names are page text
    writesFor->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Other names:"), m_aliases);
    form->addRow(tr("No&tes:"), m_notes);
    form->addRow(tr("Writes for:"), writesFor);
    acceptOnCtrlEnter(this, m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, 320);
    m_name->setFocus();
}

Core::Author AuthorDialog::author() const
{
    Core::Author edited = m_author;
    edited.name = m_name->text().simplified();
    edited.aliases = linesOf(m_aliases);
    edited.notes = m_notes->toPlainText().trimmed();
    return edited;
}

} // namespace Credence::Ui
