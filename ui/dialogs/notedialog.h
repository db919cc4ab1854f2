#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Credence::Ui {

/// Edits a claim's note over several lines. Ctrl+Enter saves, Esc cancels. The note is plain text: a URL typed in
/// stays the characters typed, never a link.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const QString &claimText, const QString &note, QWidget *parent = nullptr);

    QString note() const;

private:
    QPlainTextEdit *m_edit;
};

} // namespace Credence::Ui
