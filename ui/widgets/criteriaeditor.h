#pragma once

#include "domain/criteria.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Credence::Ui {

/// The nine criteria of a source, each answered met, not met or not applicable with a note (the evidence, in words
/// or an address), with what the project's data suggests beside it and the criteria score below. A suggestion is
/// only a suggestion: Apply Suggestions copies them into the answers left open, for the user to check.
class CriteriaEditor : public QWidget
{
    Q_OBJECT
public:
    CriteriaEditor(const QList<Core::CriterionEntry> &entries, const QList<Core::CriterionProposal> &proposals,
                   QWidget *parent = nullptr);

    QList<Core::CriterionEntry> entries() const;
    QTableWidget *table() const { return m_table; }

private:
    void updateScore();
    void applySuggestions();

    QList<Core::CriterionProposal> m_proposals;
    QTableWidget *m_table;
    QLabel *m_score;
};

} // namespace Credence::Ui
