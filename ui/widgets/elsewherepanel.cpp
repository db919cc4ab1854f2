#include "elsewherepanel.h"

#include "models/similarclaimmodel.h"
#include "project/project.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Credence::Ui {

namespace {

/// How long the lookup waits after the current claim changes: J held down passes claims without looking each up.
constexpr int LookupDelayMs = 150;
constexpr int MostListed = 20;

} // namespace

ElsewherePanel::ElsewherePanel(Core::Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_title(new QLabel(this))
    , m_support(new QLabel(this))
    , m_model(new SimilarClaimModel(this))
    , m_view(new QTableView(this))
    , m_lookup(new QTimer(this))
{
    setObjectName(QStringLiteral("elsewherePanel"));
    setAccessibleName(tr("The same claim in other articles"));
    m_title->setObjectName(QStringLiteral("elsewhereTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_support->setObjectName(QStringLiteral("supportLabel"));
    m_support->setTextFormat(Qt::PlainText);
    m_support->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("elsewhereView"));
    m_view->setAccessibleName(tr("Similar claims"));
    m_view->setAccessibleDescription(
        tr("Claims of other articles like the current one. S links one as supporting evidence, R as refuting; with "
           "Shift the claim is marked corroborated or contradicted too. Enter shows it in its article."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SimilarClaimModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SimilarClaimModel::NotesColumn, QHeaderView::Interactive);
    header->resizeSection(SimilarClaimModel::NotesColumn, 200);
    header->setSectionResizeMode(SimilarClaimModel::ArticleColumn, QHeaderView::Interactive);
    header->resizeSection(SimilarClaimModel::ArticleColumn, 150);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT showClaimRequested(index.data(SimilarClaimModel::ClaimIdRole).toLongLong());
    });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString &name, const QString &text, const QKeySequence &key, Core::EvidenceStance stance,
                         std::optional<Core::Verdict> verdict) {
        QAction *action = make(name, text, key);
        connect(action, &QAction::triggered, this, [this, stance, verdict] { link(stance, verdict); });
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    };
    add(QStringLiteral("linkSupporting"), tr("Supports (S)"), QKeySequence(Qt::Key_S), Core::EvidenceStance::Supporting,
        std::nullopt);
    add(QStringLiteral("linkRefuting"), tr("Refutes (R)"), QKeySequence(Qt::Key_R), Core::EvidenceStance::Refuting,
        std::nullopt);
    add(QStringLiteral("linkCorroborates"), tr("Supports, Mark Corroborated (Shift+S)"),
        QKeySequence(Qt::SHIFT | Qt::Key_S), Core::EvidenceStance::Supporting, Core::Verdict::Corroborated);
    add(QStringLiteral("linkContradicts"), tr("Refutes, Mark Contradicted (Shift+R)"),
        QKeySequence(Qt::SHIFT | Qt::Key_R), Core::EvidenceStance::Refuting, Core::Verdict::Contradicted);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_support);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    m_lookup->setSingleShot(true);
    m_lookup->setInterval(LookupDelayMs);
    connect(m_lookup, &QTimer::timeout, this, &ElsewherePanel::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ElsewherePanel::updateActions);
    // A link made or removed anywhere (here, the evidence list, undo) changes the counts and the Look at column.
    connect(project, &Core::Project::evidenceChanged, this, [this](Core::Id claimId) {
        if (claimId == m_claimId) {
            refresh();
        }
    });
    connect(project, &Core::Project::articlesChanged, m_lookup, qOverload<>(&QTimer::start));
    connect(project, &Core::Project::closed, this, [this] { setClaim(0); });
    refresh();
}

QAction *ElsewherePanel::make(const QString &name, const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    // The keys mean this only in the list: S and R split and adjust claims in the article text.
    action->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(action);
    m_linkActions.append(action);
    return action;
}

void ElsewherePanel::setClaim(Core::Id claimId)
{
    if (claimId == m_claimId) {
        return;
    }
    m_claimId = claimId;
    m_model->setItems({}, {});
    m_title->setText(claimId ? tr("Looking for the same claim in other articles…")
                             : tr("Select a claim to see the same claim in other articles."));
    m_support->clear();
    m_support->setVisible(false);
    updateActions();
    if (claimId) {
        m_lookup->start();
    }
}

void ElsewherePanel::refresh()
{
    m_lookup->stop();
    if (!m_claimId || !m_project->isOpen()) {
        m_model->setItems({}, {});
        m_title->setText(tr("Select a claim to see the same claim in other articles."));
        m_support->setVisible(false);
        updateActions();
        return;
    }
    const Core::Id keep = selectedClaim();
    QHash<Core::Id, Core::EvidenceStance> linked;
    for (const Core::Evidence &item : m_project->evidence(m_claimId)) {
        if (item.kind == Core::EvidenceKind::ClaimLink && item.linkedClaimId) {
            linked.insert(item.linkedClaimId, item.stance);
        }
    }
    const QList<Core::SimilarClaim> similar = m_project->similarClaims(m_claimId, MostListed);
    m_model->setItems(similar, linked);
    m_title->setText(similar.isEmpty() ? tr("No claim of another article is like this one.")
                                       : tr("%n claim(s) of other articles like this one, most alike first.", nullptr,
                                            int(similar.size())));
    const QString support = supportText(m_project->support(m_claimId));
    m_support->setText(support);
    m_support->setVisible(!support.isEmpty());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->items().at(row).claim.claimId == keep || (!keep && row == 0)) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    updateActions();
}

QString ElsewherePanel::supportText(const Core::ClaimSupport &support)
{
    QStringList parts;
    if (support.supporting.sources > 0) {
        parts.append(tr("Supported by %1").arg(originCountText(support.supporting)));
    }
    if (support.refuting.sources > 0) {
        parts.append(tr("Refuted by %1").arg(originCountText(support.refuting)));
    }
    return parts.join(QStringLiteral(" · "));
}

QString ElsewherePanel::originCountText(const Core::OriginCount &count)
{
    return tr("%1, %2").arg(tr("%n source(s)", nullptr, count.sources),
                            tr("%n independent origin(s)", nullptr, count.origins));
}

Core::Id ElsewherePanel::selectedClaim() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(SimilarClaimModel::ClaimIdRole).toLongLong() : 0;
}

void ElsewherePanel::updateActions()
{
    const bool can = m_claimId && selectedClaim() && m_project->isOpen() && !m_project->isReadOnly();
    for (QAction *action : std::as_const(m_linkActions)) {
        action->setEnabled(can);
    }
}

void ElsewherePanel::link(Core::EvidenceStance stance, std::optional<Core::Verdict> verdict)
{
    const Core::Id other = selectedClaim();
    if (!m_claimId || !other) {
        Q_EMIT message(tr("Select a claim in the list first."));
        return;
    }
    if (m_project->linkSimilarClaim(m_claimId, other, stance, verdict)) {
        Q_EMIT message(verdict ? tr("Linked as evidence and marked %1.").arg(Core::verdictLabel(*verdict))
                               : tr("Linked as evidence (%1).").arg(Core::evidenceStanceLabel(stance)));
    } else {
        Q_EMIT message(m_project->lastError());
    }
}

} // namespace Credence::Ui
