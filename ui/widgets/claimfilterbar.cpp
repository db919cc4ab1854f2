#include "claimfilterbar.h"

#include "domain/claimkind.h"
#include "domain/verdict.h"
#include "models/claimfiltermodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace Credence::Ui {

ClaimFilterBar::ClaimFilterBar(ClaimFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_state(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_evidence(new QComboBox(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("claimFilterBar"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("Show claims in state"));
    m_state->addItem(tr("All states"));
    for (const Core::Verdict verdict : Core::allVerdicts()) {
        m_state->addItem(Core::verdictLabel(verdict), static_cast<int>(verdict));
    }
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Show claims of kind"));
    m_kind->addItem(tr("All kinds"));
    for (int kind = static_cast<int>(Core::UnitKind::Sentence); kind <= static_cast<int>(Core::UnitKind::Furniture);
         ++kind) {
        m_kind->addItem(Core::unitKindLabel(static_cast<Core::UnitKind>(kind)), kind);
    }
    m_evidence->setObjectName(QStringLiteral("evidenceFilter"));
    m_evidence->setAccessibleName(tr("Show claims by evidence"));
    m_evidence->addItem(tr("With or without evidence"), static_cast<int>(ClaimFilterModel::Evidence::Any));
    m_evidence->addItem(tr("With evidence"), static_cast<int>(ClaimFilterModel::Evidence::With));
    m_evidence->addItem(tr("Without evidence"), static_cast<int>(ClaimFilterModel::Evidence::Without));
    m_count->setObjectName(QStringLiteral("claimFilterCount"));
    m_count->setTextFormat(Qt::PlainText);
    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_state);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(stateLabel);
    layout->addWidget(m_state);
    layout->addWidget(kindLabel);
    layout->addWidget(m_kind);
    auto *evidenceLabel = new QLabel(tr("Ev&idence:"), this);
    evidenceLabel->setBuddy(m_evidence);
    layout->addWidget(evidenceLabel);
    layout->addWidget(m_evidence);
    layout->addStretch(1);
    layout->addWidget(m_count);

    connect(m_state, &QComboBox::currentIndexChanged, this, &ClaimFilterBar::apply);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ClaimFilterBar::apply);
    connect(m_evidence, &QComboBox::currentIndexChanged, this, &ClaimFilterBar::apply);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ClaimFilterBar::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ClaimFilterBar::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ClaimFilterBar::updateCount);
    connect(m_filter, &ClaimFilterModel::filtersChanged, this, &ClaimFilterBar::updateCount);
}

void ClaimFilterBar::clear()
{
    m_state->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_evidence->setCurrentIndex(0);
}

void ClaimFilterBar::apply()
{
    const QVariant state = m_state->currentData();
    const QVariant kind = m_kind->currentData();
    m_filter->setVerdictFilter(state.isValid() ? Core::verdictFromInt(state.toInt()) : std::nullopt);
    m_filter->setKindFilter(kind.isValid() ? Core::unitKindFromInt(kind.toInt()) : std::nullopt);
    m_filter->setEvidenceFilter(static_cast<ClaimFilterModel::Evidence>(m_evidence->currentData().toInt()));
}

void ClaimFilterBar::updateCount()
{
    const int all = m_filter->sourceModel() ? m_filter->sourceModel()->rowCount() : 0;
    m_count->setText(m_filter->isFiltering() ? tr("%1 of %n claim(s)", nullptr, all).arg(m_filter->rowCount())
                                             : QString());
}

} // namespace Credence::Ui
