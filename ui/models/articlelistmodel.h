#pragma once

#include "storage/articlerepository.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

/// The project's articles with their source, author, date and how many claims are decided.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        SourceColumn,
        AuthorColumn,
        DateColumn,
        ProgressColumn,
        ColumnCount
    };
    static constexpr int ArticleIdRole = Qt::UserRole + 1;

    /// Which articles are listed: all, or those of one source or one author (id 0: those without one).
    enum class FilterBy
    {
        Nothing,
        Source,
        Author,
    };

    explicit ArticleListModel(Core::Project *project, QObject *parent = nullptr);

    void reload();
    void setFilter(FilterBy by, Core::Id id);
    FilterBy filterBy() const { return m_filterBy; }
    int rowOfArticle(Core::Id articleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// The Source column: the source, "Unassigned", and the outlet it was republished from.
    static QString sourceText(const Core::ArticleSummary &a);

    void refreshArticle(Core::Id articleId);

    QPointer<Core::Project> m_project;
    bool isListed(const Core::ArticleSummary &article) const;

    QList<Core::ArticleSummary> m_articles;
    FilterBy m_filterBy = FilterBy::Nothing;
    Core::Id m_filterId = 0;
};

} // namespace Credence::Ui
