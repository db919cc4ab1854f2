#include "evidencepanel.h"

#include "domain/claimchange.h"
#include "elsewherepanel.h"
#include "models/evidencelistmodel.h"
#include "project/project.h"
#include "style/openingwords.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Credence::Ui {

EvidencePanel::EvidencePanel(Core::Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_title(new QLabel(this))
    , m_support(new QLabel(this))
    , m_credibility(new QComboBox(this))
    , m_model(new EvidenceListModel(project, this))
    , m_view(new QTableView(this))
    , m_history(new QListWidget(this))
{
    setObjectName(QStringLiteral("evidencePanel"));
    setAccessibleName(tr("Evidence and history of the current claim"));
    m_title->setObjectName(QStringLiteral("evidenceTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_support->setObjectName(QStringLiteral("evidenceSupport"));
    m_support->setTextFormat(Qt::PlainText);
    m_support->setVisible(false);

    auto *gradeLabel = new QLabel(tr("C&redibility:"), this);
    gradeLabel->setBuddy(m_credibility);
    m_credibility->setObjectName(QStringLiteral("credibilityBox"));
    m_credibility->setAccessibleName(tr("Credibility of the claim"));
    for (const Core::Credibility grade : Core::allCredibilities()) {
        m_credibility->addItem(Core::credibilityLabel(grade), static_cast<int>(grade));
        m_credibility->setItemData(m_credibility->count() - 1, Core::credibilityDescription(grade), Qt::ToolTipRole);
    }
    m_credibility->setToolTip(tr("How far the information can be believed, on the Admiralty scale used by "
                                 "intelligence analysts: 1 confirmed by other sources … 6 cannot be judged."));
    connect(m_credibility, &QComboBox::activated, this, [this] {
        if (m_claimId) {
            const auto grade = static_cast<Core::Credibility>(m_credibility->currentData().toInt());
            if (!m_project->setCredibility({m_claimId}, grade)) {
                refresh(); // refused or failed: show what is stored
            }
        }
    });

    m_view->setObjectName(QStringLiteral("evidenceView"));
    m_view->setAccessibleName(tr("Evidence"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(EvidenceListModel::ItemColumn, QHeaderView::Stretch);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setAcceptDrops(true);

    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAccessibleName(tr("History of the claim"));
    m_history->setWordWrap(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::ClickFocus);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(gradeLabel);
    top->addWidget(m_credibility);
    auto *historyLabel = new QLabel(tr("History"), this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    auto *historyPane = new QWidget(splitter);
    auto *historyLayout = new QVBoxLayout(historyPane);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(historyLabel);
    historyLayout->addWidget(m_history, 1);
    splitter->addWidget(historyPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(top);
    layout->addWidget(m_support);
    layout->addWidget(splitter, 1);

    connect(project, &Core::Project::claimChanged, this, [this](Core::Id, Core::Id claimId) {
        if (claimId == m_claimId) {
            refresh();
        }
    });
    connect(project, &Core::Project::evidenceChanged, this, [this](Core::Id claimId) {
        if (claimId == m_claimId) {
            refresh();
        }
    });
    connect(project, &Core::Project::closed, this, [this] { setClaim(0); });
    refresh();
}

void EvidencePanel::setClaim(Core::Id claimId)
{
    m_claimId = claimId;
    m_model->setClaim(claimId);
    refresh();
}

void EvidencePanel::refresh()
{
    const auto claim = m_claimId && m_project->isOpen() ? m_project->claim(m_claimId) : std::nullopt;
    m_credibility->setEnabled(claim.has_value() && !m_project->isReadOnly());
    m_credibility->setCurrentIndex(
        m_credibility->findData(static_cast<int>(claim ? claim->credibility : Core::Credibility::NotGraded)));
    if (claim) {
        // The claim's opening words, as the table shows it: the id in the database means nothing to a reader.
        m_title->setText(tr("Evidence for “%1”").arg(openingWords(claim->text, 60)));
        // Claims linked from other articles: how many sources, and how many of them independent of one another.
        const QString support = ElsewherePanel::supportText(m_project->support(m_claimId));
        m_support->setText(support);
        m_support->setVisible(!support.isEmpty());
    } else {
        m_support->setVisible(false);
        m_title->setText(tr("No claim selected"));
    }
    refreshHistory();
}

void EvidencePanel::refreshHistory()
{
    m_history->clear();
    if (!m_claimId || !m_project->isOpen()) {
        return;
    }
    const QList<Core::ClaimChange> changes = m_project->claimHistory(m_claimId);
    // Newest first: the last decision is what a reader looks for.
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        const Core::ClaimChange &change = *it;
        const QString what = change.field == Core::ClaimField::Verdict ? tr("State") : tr("Credibility");
        QString line = QLocale().toString(change.at.toLocalTime(), QLocale::ShortFormat) + QStringLiteral(" · ") +
                       what + QStringLiteral(": ") + change.label(change.from) + QStringLiteral(" → ") +
                       change.label(change.to);
        if (!change.reason.isEmpty()) {
            line += QStringLiteral("\n") + tr("Why:") + u' ' + change.reason;
        }
        m_history->addItem(line);
    }
    if (changes.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No state or grade set yet."), m_history);
        none->setForeground(palette().color(QPalette::PlaceholderText));
    }
}

QList<Core::Id> EvidencePanel::selectedEvidence() const
{
    QList<Core::Id> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        ids.append(row.data(EvidenceListModel::EvidenceIdRole).toLongLong());
    }
    if (ids.isEmpty() && currentEvidence()) {
        ids.append(currentEvidence());
    }
    return ids;
}

Core::Id EvidencePanel::currentEvidence() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.sibling(current.row(), 0).data(EvidenceListModel::EvidenceIdRole).toLongLong()
                             : 0;
}

} // namespace Credence::Ui
