#pragma once

#include "domain/id.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableView;

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

class EvidenceListModel;

/// Beside the claims table: the current claim's credibility grade (Admiralty scale), its evidence, and its history
/// (every change of state and grade, when, and why). The grade is changed here; evidence through EvidenceActions.
class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePanel(Core::Project *project, QWidget *parent = nullptr);

    void setClaim(Core::Id claimId);
    Core::Id claim() const { return m_claimId; }
    QTableView *evidenceView() const { return m_view; }
    EvidenceListModel *model() const { return m_model; }
    /// The evidence items selected in the list, or the current one.
    QList<Core::Id> selectedEvidence() const;
    Core::Id currentEvidence() const;

private:
    void refresh();
    void refreshHistory();

    Core::Project *m_project;
    Core::Id m_claimId = 0;
    QLabel *m_title;
    QLabel *m_support;
    QComboBox *m_credibility;
    EvidenceListModel *m_model;
    QTableView *m_view;
    QListWidget *m_history;
};

} // namespace Credence::Ui
