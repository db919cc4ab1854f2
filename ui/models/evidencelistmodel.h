#pragma once

#include "domain/evidence.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

/// The evidence of one claim, in the order the fact-checker gave it: stance, kind, what it is (a page's title and
/// address, a file's name and size, a note's first line, the linked claim's text) and its date. Read-only: changes
/// go through Project as undoable steps, and the model follows Project::evidenceChanged().
class EvidenceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StanceColumn,
        KindColumn,
        ItemColumn,
        DateColumn,
        ColumnCount
    };
    enum Role
    {
        EvidenceIdRole = Qt::UserRole + 1,
    };

    explicit EvidenceListModel(Core::Project *project, QObject *parent = nullptr);

    void setClaim(Core::Id claimId);
    Core::Id claimId() const { return m_claimId; }
    const QList<Core::Evidence> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// What an item is, in one line: the text of the Item column.
    static QString summary(const Core::Evidence &item);
    /// Everything known about an item, as plain lines for a tooltip or a screen reader.
    static QString details(const Core::Evidence &item);

private:
    void reload();

    QPointer<Core::Project> m_project;
    Core::Id m_claimId = 0;
    QList<Core::Evidence> m_items;
};

} // namespace Credence::Ui
