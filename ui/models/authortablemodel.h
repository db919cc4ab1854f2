#pragma once

#include "domain/author.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

/// Every author of the project with the sources they write for and their claims by state; reloads when articles or
/// verdicts change.
class AuthorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ArticlesColumn,
        SourcesColumn,
        CorroboratedColumn,
        ContradictedColumn,
        NotCheckedColumn,
        ColumnCount
    };
    static constexpr int AuthorIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit AuthorTableModel(Core::Project *project, QObject *parent = nullptr);

    void reload();
    void refreshAuthorOf(Core::Id articleId);
    /// The sources an author writes for, joined, with how many of the author's articles have none: "Valley Post,
    /// 2 unassigned".
    static QString writesFor(const Core::AuthorSummary &summary);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<Core::Project> m_project;
    QList<Core::AuthorSummary> m_rows;
};

} // namespace Credence::Ui
