#include "articlelistmodel.h"

#include "project/project.h"
#include "style/tooltips.h"

#include <QFont>
#include <QLocale>

namespace Credence::Ui {

ArticleListModel::ArticleListModel(Core::Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    connect(project, &Core::Project::opened, this, &ArticleListModel::reload);
    connect(project, &Core::Project::closed, this, &ArticleListModel::reload);
    connect(project, &Core::Project::articlesChanged, this, &ArticleListModel::reload);
    // A verdict changes one article's progress: refresh that row only, not the whole list.
    connect(project, &Core::Project::claimChanged, this,
            [this](Core::Id articleId, Core::Id) { refreshArticle(articleId); });
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_articles = (m_project && m_project->isOpen()) ? m_project->articles() : QList<Core::ArticleSummary>();
    m_articles.removeIf([this](const Core::ArticleSummary &article) { return !isListed(article); });
    endResetModel();
}

void ArticleListModel::setFilter(FilterBy by, Core::Id id)
{
    if (by == m_filterBy && id == m_filterId) {
        return;
    }
    m_filterBy = by;
    m_filterId = id;
    reload();
}

bool ArticleListModel::isListed(const Core::ArticleSummary &article) const
{
    switch (m_filterBy) {
    case FilterBy::Nothing:
        return true;
    case FilterBy::Source:
        return article.sourceId == m_filterId;
    case FilterBy::Author:
        return article.authorId == m_filterId;
    }
    return true;
}

void ArticleListModel::refreshArticle(Core::Id articleId)
{
    const int row = rowOfArticle(articleId);
    const auto fresh = row >= 0 ? m_project->articleSummary(articleId) : std::nullopt;
    if (!fresh) {
        return;
    }
    m_articles[row] = *fresh;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ArticleListModel::rowOfArticle(Core::Id articleId) const
{
    for (int row = 0; row < m_articles.size(); ++row) {
        if (m_articles.at(row).id == articleId) {
            return row;
        }
    }
    return -1;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Core::ArticleSummary &a = m_articles.at(index.row());
    if (role == ArticleIdRole) {
        return a.id;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return a.title;
        case SourceColumn:
            return sourceText(a);
        case AuthorColumn:
            return a.author;
        case DateColumn:
            return a.published.isValid() ? a.published.toString(Qt::ISODate) : QString();
        case ProgressColumn:
            return tr("%1/%2").arg(a.checked).arg(a.claims);
        }
    }
    if (role == Qt::ToolTipRole) {
        // One arg() call: a title holding "%2" must not receive the figures. Page text: never markup.
        return plainToolTip(tr("%1\n%2\n%3 of %4 claims checked")
                                .arg(a.title, sourceText(a), QString::number(a.checked), QString::number(a.claims)));
    }
    if (role == Qt::FontRole && index.column() == SourceColumn && a.publication.isEmpty()) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    return {};
}

QString ArticleListModel::sourceText(const Core::ArticleSummary &a)
{
    // An article whose page names no source counts in no source's score until one is given.
    const QString source = a.publication.isEmpty() ? tr("Unassigned") : a.publication;
    return a.originSource.isEmpty() ? source : tr("%1, republished from %2").arg(source, a.originSource);
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case AuthorColumn:
        return tr("Author");
    case DateColumn:
        return tr("Published");
    case ProgressColumn:
        return tr("Decided");
    }
    return {};
}

} // namespace Credence::Ui
