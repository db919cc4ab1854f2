#pragma once

#include "domain/author.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Credence::Ui {

/// An author's record: the name, the other names bylines give (one a line: an import takes them for this author)
/// and notes; with the sources the author's articles come from, for reference.
class AuthorDialog : public QDialog
{
    Q_OBJECT
public:
    AuthorDialog(const Core::AuthorSummary &summary, QWidget *parent = nullptr);

    Core::Author author() const;

private:
    Core::Author m_author;
    QLineEdit *m_name;
    QPlainTextEdit *m_aliases;
    QPlainTextEdit *m_notes;
};

} // namespace Credence::Ui
