#pragma once

#include "claims/checkworthiness.h"
#include "domain/article.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

/// The claims of one article, in text order: state, credibility grade, text, kind, check-worthiness, evidence count
/// and note. State and note are
/// editable; edits become undoable commands. Orphaned claims (their text is gone from the body) stay, in italics
/// and marked.
class ClaimTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        VerdictColumn,
        CredibilityColumn,
        TextColumn,
        KindColumn,
        WorthColumn,
        EvidenceColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        ClaimIdRole = Qt::UserRole + 1,
        VerdictRole,
        StartRole,
        EndRole,
        OrphanedRole,
        EvidenceCountRole,
        CredibilityRole,
        /// What a column sorts by: text order, state, kind, score (a number), or the text.
        SortRole,
        KindRole, ///< the claim's Core::UnitKind as an int
    };

    explicit ClaimTableModel(Core::Project *project, QObject *parent = nullptr);

    void setArticle(Core::Id articleId);
    Core::Id articleId() const { return m_articleId; }
    const QList<Core::Claim> &claims() const { return m_claims; }
    /// The row whose claim covers @p position in the body, or -1.
    int rowAtPosition(int position) const;
    int rowOfClaim(Core::Id claimId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();
    void onClaimChanged(Core::Id articleId, Core::Id claimId);
    QVariant display(int row, int column) const;

    QPointer<Core::Project> m_project;
    Core::Id m_articleId = 0;
    QString m_language;
    QList<Core::Claim> m_claims;
    QList<Core::CheckHints> m_hints; ///< per row, from the claim's text
};

} // namespace Credence::Ui
