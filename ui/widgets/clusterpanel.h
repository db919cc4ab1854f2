#pragma once

#include "domain/id.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

/// The same claim across sources, for the whole project: every group of claims linked to one another, with how many
/// sources and independent origins it has and whether they disagree (those first, marked); under each, its claims
/// with their source, stance towards the first claim and state. Enter or a double click shows a claim in its article.
class ClusterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterPanel(Core::Project *project, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    /// Reads the clusters now (changes to links and states read them a moment later).
    void refresh();

    static constexpr int ClaimIdRole = Qt::UserRole + 1;

Q_SIGNALS:
    void showClaimRequested(Core::Id claimId);

private:
    Core::Project *m_project;
    QLabel *m_title;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QTimer *m_reload;
};

} // namespace Credence::Ui
