#include "claimfiltermodel.h"

#include "claimtablemodel.h"

namespace Credence::Ui {

ClaimFilterModel::ClaimFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ClaimTableModel::SortRole);
}

void ClaimFilterModel::setVerdictFilter(std::optional<Core::Verdict> verdict)
{
    if (m_verdict != verdict) {
        m_verdict = verdict;
        refilter();
    }
}

void ClaimFilterModel::setKindFilter(std::optional<Core::UnitKind> kind)
{
    if (m_kind != kind) {
        m_kind = kind;
        refilter();
    }
}

void ClaimFilterModel::setEvidenceCountRole(int role)
{
    m_evidenceCountRole = role;
    refilter();
}

void ClaimFilterModel::setEvidenceFilter(Evidence evidence)
{
    if (m_evidence != evidence) {
        m_evidence = evidence;
        refilter();
    }
}

bool ClaimFilterModel::isFiltering() const
{
    return m_verdict || m_kind || (m_evidence != Evidence::Any && m_evidenceCountRole >= 0);
}

void ClaimFilterModel::clearFilters()
{
    m_verdict.reset();
    m_kind.reset();
    m_evidence = Evidence::Any;
    refilter();
}

void ClaimFilterModel::refilter()
{
    invalidateRowsFilter();
    Q_EMIT filtersChanged();
}

bool ClaimFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_verdict && index.data(ClaimTableModel::VerdictRole).value<Core::Verdict>() != *m_verdict) {
        return false;
    }
    if (m_kind && index.data(ClaimTableModel::KindRole).toInt() != static_cast<int>(*m_kind)) {
        return false;
    }
    if (m_evidence != Evidence::Any && m_evidenceCountRole >= 0) {
        const bool has = index.data(m_evidenceCountRole).toInt() > 0;
        if (has != (m_evidence == Evidence::With)) {
            return false;
        }
    }
    return true;
}

} // namespace Credence::Ui
