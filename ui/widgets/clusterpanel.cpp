#include "clusterpanel.h"

#include "elsewherepanel.h"
#include "project/project.h"
#include "style/openingwords.h"
#include "style/tooltips.h"
#include "style/verdictstyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Credence::Ui {

namespace {

constexpr int ReloadDelayMs = 200;

} // namespace

ClusterPanel::ClusterPanel(Core::Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_title(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_reload(new QTimer(this))
{
    setObjectName(QStringLiteral("clusterPanel"));
    setAccessibleName(tr("Claim clusters"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("clusterView"));
    m_view->setAccessibleName(tr("Claim clusters"));
    m_view->setAccessibleDescription(tr("Each group of linked claims with its sources; where sources disagree first. "
                                        "Enter shows a claim in its article."));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const Core::Id claim = index.sibling(index.row(), 0).data(ClaimIdRole).toLongLong();
        if (claim) {
            Q_EMIT showClaimRequested(claim);
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);

    m_reload->setSingleShot(true);
    m_reload->setInterval(ReloadDelayMs);
    connect(m_reload, &QTimer::timeout, this, &ClusterPanel::refresh);
    const auto later = [this] { m_reload->start(); };
    connect(project, &Core::Project::evidenceChanged, this, later);
    connect(project, &Core::Project::claimChanged, this, later);
    connect(project, &Core::Project::articlesChanged, this, later);
    connect(project, &Core::Project::opened, this, later);
    connect(project, &Core::Project::closed, this, later);
    refresh();
}

void ClusterPanel::refresh()
{
    m_reload->stop();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Claim"), tr("Source"), tr("Stance"), tr("State")});
    const QList<Core::ClaimCluster> clusters =
        m_project->isOpen() ? m_project->claimClusters() : QList<Core::ClaimCluster>();
    int disagreeing = 0;
    for (const Core::ClaimCluster &cluster : clusters) {
        disagreeing += cluster.disagreement ? 1 : 0;
        // Page text goes in as item text (plain), never through arg() one piece after another.
        auto *head = new QStandardItem(openingWords(cluster.members.first().claim.text, 90));
        auto *count = new QStandardItem(ElsewherePanel::originCountText(cluster.count));
        auto *verdict = new QStandardItem(cluster.disagreement ? tr("Sources disagree") : tr("Sources agree"));
        if (cluster.disagreement) {
            verdict->setForeground(VerdictStyle::color(Core::Verdict::Contradicted, palette()));
            verdict->setIcon(VerdictStyle::icon(Core::Verdict::Contradicted, palette()));
        }
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
        for (const Core::ClusterMember &member : cluster.members) {
            auto *text = new QStandardItem(openingWords(member.claim.text, 90));
            text->setData(member.claim.claimId, ClaimIdRole);
            text->setToolTip(plainToolTip(member.claim.text)); // page text, never read as markup
            auto *source = new QStandardItem(member.claim.sourceName.isEmpty() ? member.claim.articleTitle
                                                                               : member.claim.sourceName);
            auto *stance = new QStandardItem(member.stance == Core::EvidenceStance::Refuting  ? tr("Says the opposite")
                                             : member.stance == Core::EvidenceStance::Context ? tr("Context")
                                                                                              : tr("Says the same"));
            auto *state = new QStandardItem(VerdictStyle::icon(member.claim.verdict, palette()),
                                            Core::verdictLabel(member.claim.verdict));
            head->appendRow({text, source, stance, state});
        }
        head->setData(cluster.members.first().claim.claimId, ClaimIdRole);
        m_model->appendRow({head, count, new QStandardItem(), verdict});
    }
    m_title->setText(clusters.isEmpty()
                         ? tr("No claims are linked yet: link the same claim in other articles (Same Claim Elsewhere, "
                              "S or R) and they are grouped here.")
                         : tr("%n group(s) of linked claims", nullptr, int(clusters.size())) + QStringLiteral("; ") +
                               tr("%n where sources disagree", nullptr, disagreeing));
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column) {
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_view->header()->setStretchLastSection(false);
}

} // namespace Credence::Ui
