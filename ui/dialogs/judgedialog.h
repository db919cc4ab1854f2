#pragma once

#include "domain/claim.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace Credence::Ui {

/// Sets a claim's state and credibility grade with the reason for the decision, which the claim's history keeps
/// ("Why: two council minutes say otherwise"). Ctrl+Enter saves, Esc cancels. The reason is plain text.
class JudgeDialog : public QDialog
{
    Q_OBJECT
public:
    JudgeDialog(const Core::Claim &claim, QWidget *parent = nullptr);

    Core::Verdict verdict() const;
    Core::Credibility credibility() const;
    QString reason() const;

private:
    QComboBox *m_state;
    QComboBox *m_grade;
    QPlainTextEdit *m_reason;
};

} // namespace Credence::Ui
