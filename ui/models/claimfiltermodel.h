#pragma once

#include "domain/claimkind.h"
#include "domain/verdict.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Credence::Ui {

/// The claims table as the filters above it let it through: by state, by kind, and (once claims carry evidence)
/// by whether a claim has evidence. Sorting is QSortFilterProxyModel's, by ClaimTableModel::SortRole.
class ClaimFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    /// "Has evidence": Any lets every claim through; the others need setEvidenceCountRole().
    enum class Evidence
    {
        Any,
        With,
        Without,
    };

    explicit ClaimFilterModel(QObject *parent = nullptr);

    /// Only claims in @p verdict; nullopt: every state.
    void setVerdictFilter(std::optional<Core::Verdict> verdict);
    std::optional<Core::Verdict> verdictFilter() const { return m_verdict; }
    /// Only claims of @p kind; nullopt: every kind.
    void setKindFilter(std::optional<Core::UnitKind> kind);
    std::optional<Core::UnitKind> kindFilter() const { return m_kind; }

    /// The hook for evidence: the role of the source model that gives a claim's number of evidence items. Until it is
    /// set (-1) the evidence filter lets every claim through.
    void setEvidenceCountRole(int role);
    void setEvidenceFilter(Evidence evidence);
    Evidence evidenceFilter() const { return m_evidence; }

    /// Is any filter hiding claims?
    bool isFiltering() const;
    void clearFilters();

Q_SIGNALS:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    std::optional<Core::Verdict> m_verdict;
    std::optional<Core::UnitKind> m_kind;
    Evidence m_evidence = Evidence::Any;
    int m_evidenceCountRole = -1;
};

} // namespace Credence::Ui
