#pragma once

#include "domain/evidence.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Credence::Ui {

/// Adds or edits one evidence item: its stance and note for every kind, and for a web page its address, title and
/// access date. A file's name and digest and a linked claim are shown, not edited (they are what was archived or
/// linked). Every field is plain text: what a page's title holds is never read as markup.
class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    EvidenceDialog(const Core::Evidence &item, const QString &claimText, QWidget *parent = nullptr);

    /// The item with the fields as the user left them.
    Core::Evidence evidence() const;

private:
    Core::Evidence m_item;
    QComboBox *m_stance;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_accessed = nullptr;
    QPlainTextEdit *m_note;
};

} // namespace Credence::Ui
