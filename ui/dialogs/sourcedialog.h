#pragma once

#include "domain/criteria.h"
#include "domain/source.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

class CriteriaEditor;

/// A source's record: its name, kind, web domains and other names (one a line: what imports find it by), country,
/// language and notes; and its reliability grade set by hand (Admiralty A–F) with the reason, the grade its claims
/// give beside it, and every grade set before. Saving stores the record and the grade as undoable steps.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    SourceDialog(Core::Project *project, const Core::Source &source, QWidget *parent = nullptr);

    /// The record as edited (grade and reason included).
    Core::Source source() const;
    /// The criteria as answered.
    QList<Core::CriterionEntry> criteria() const;

private:
    Core::Source m_source;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QPlainTextEdit *m_domains;
    QPlainTextEdit *m_aliases;
    QLineEdit *m_country;
    QLineEdit *m_language;
    QPlainTextEdit *m_notes;
    QComboBox *m_grade;
    QLineEdit *m_reason;
    QListWidget *m_history;
    CriteriaEditor *m_criteria;
};

} // namespace Credence::Ui
