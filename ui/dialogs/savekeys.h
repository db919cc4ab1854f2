#pragma once

class QDialog;
class QPlainTextEdit;

namespace Credence::Ui {

/// Ctrl+Enter (either Enter key) accepts @p dialog from anywhere in it, @p editor included, where plain Enter makes
/// a new line. The editor would take Ctrl+Enter as a line break too, so it is caught there before the editor sees it.
void acceptOnCtrlEnter(QDialog *dialog, QPlainTextEdit *editor);

} // namespace Credence::Ui
