#pragma once

#include "domain/evidence.h"
#include "domain/verdict.h"
#include "origins/origins.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableView;
class QTimer;

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

class SimilarClaimModel;

/// The same claim elsewhere: for the current claim, the most alike claims of the project's other articles
/// (Project::similarClaims()), with what they agree and differ on, and how many sources and independent origins the
/// claims already linked stand for. One key links the selected one as evidence: S supporting, R refuting; with Shift
/// it also marks the current claim corroborated or contradicted. Enter shows it in its article.
class ElsewherePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ElsewherePanel(Core::Project *project, QWidget *parent = nullptr);

    /// Shows the claims like @p claimId, looked up a moment later so stepping through claims stays quick.
    void setClaim(Core::Id claimId);
    Core::Id claim() const { return m_claimId; }
    QTableView *view() const { return m_view; }
    SimilarClaimModel *model() const { return m_model; }
    /// Looks the claims up now (what the timer does).
    void refresh();
    /// "Supported by 3 sources, 1 independent origin", and the same for refuting links; empty when none.
    static QString supportText(const Core::ClaimSupport &support);
    /// "3 sources, 1 independent origin".
    static QString originCountText(const Core::OriginCount &count);

Q_SIGNALS:
    void showClaimRequested(Core::Id claimId);
    /// Something to tell the user (in the status bar).
    void message(const QString &text);

private:
    QAction *make(const QString &name, const QString &text, const QKeySequence &key);
    void link(Core::EvidenceStance stance, std::optional<Core::Verdict> verdict);
    Core::Id selectedClaim() const;
    void updateActions();

    Core::Project *m_project;
    Core::Id m_claimId = 0;
    QLabel *m_title;
    QLabel *m_support;
    SimilarClaimModel *m_model;
    QTableView *m_view;
    QTimer *m_lookup;
    QList<QAction *> m_linkActions;
};

} // namespace Credence::Ui
