#pragma once

#include "domain/evidence.h"
#include "similar/similarclaim.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Credence::Ui {

/// The claims of other articles most like the current claim (Project::similarClaims()), most alike first: how
/// alike, whose, their state, the text, and what to look at (figures that differ, figures that agree, a copy of the
/// claim's own article, a link already made). Read-only; the panel fills it.
class SimilarClaimModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MatchColumn,
        SourceColumn,
        ArticleColumn,
        StateColumn,
        TextColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role
    {
        ClaimIdRole = Qt::UserRole + 1,
        ArticleIdRole,
    };

    explicit SimilarClaimModel(QObject *parent = nullptr);

    /// @p linked: the stance of each listed claim already linked to the current claim as evidence.
    void setItems(const QList<Core::SimilarClaim> &items, const QHash<Core::Id, Core::EvidenceStance> &linked);
    const QList<Core::SimilarClaim> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The Notes column of @p item: each point on a line of its own.
    static QStringList notes(const Core::SimilarClaim &item, std::optional<Core::EvidenceStance> linked);

private:
    QList<Core::SimilarClaim> m_items;
    QHash<Core::Id, Core::EvidenceStance> m_linked;
};

} // namespace Credence::Ui
