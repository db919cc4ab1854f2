#include "authortablemodel.h"

#include "project/project.h"
#include "rowreplace.h"
#include "style/tooltips.h"

namespace Credence::Ui {

AuthorTableModel::AuthorTableModel(Core::Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    connect(project, &Core::Project::opened, this, &AuthorTableModel::reload);
    connect(project, &Core::Project::closed, this, &AuthorTableModel::reload);
    connect(project, &Core::Project::articlesChanged, this, &AuthorTableModel::reload);
    // A verdict changes the counts of one author: re-read that row, not every author with every claim.
    connect(project, &Core::Project::claimChanged, this,
            [this](Core::Id articleId, Core::Id) { refreshAuthorOf(articleId); });
    reload();
}

void AuthorTableModel::reload()
{
    QList<Core::AuthorSummary> rows;
    if (m_project && m_project->isOpen()) {
        rows = m_project->authors();
    }
    if (!replaceRowsInPlace(
            this, m_rows, rows, ColumnCount,
            [](const Core::AuthorSummary &a, const Core::AuthorSummary &b) { return a.author.id == b.author.id; })) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
}

void AuthorTableModel::refreshAuthorOf(Core::Id articleId)
{
    const auto summary = m_project ? m_project->authorOfArticle(articleId) : std::nullopt;
    if (!summary) {
        return; // no author: no row a verdict there changes
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).author.id == summary->author.id) {
            m_rows[row] = *summary;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    reload(); // an author we do not list yet
}

QString AuthorTableModel::writesFor(const Core::AuthorSummary &summary)
{
    QStringList parts = summary.sources;
    if (summary.unassigned > 0) {
        parts.append(tr("%n unassigned", nullptr, summary.unassigned));
    }
    return parts.join(QStringLiteral(", "));
}

int AuthorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuthorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Core::AuthorSummary &row = m_rows.at(index.row());
    if (role == AuthorIdRole) {
        return row.author.id;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return row.author.name;
        case ArticlesColumn:
            return row.articles;
        case SourcesColumn:
            return writesFor(row);
        case CorroboratedColumn:
            return row.corroborated;
        case ContradictedColumn:
            return row.contradicted;
        case NotCheckedColumn:
            return row.notChecked;
        }
    }
    // Names and notes are page text or the user's: never read as markup.
    if (role == Qt::ToolTipRole && index.column() == NameColumn) {
        QString tip = row.author.name;
        if (!row.author.aliases.isEmpty()) {
            tip += u'\n' + tr("Also written: %1").arg(row.author.aliases.join(QStringLiteral(", ")));
        }
        if (!row.author.notes.isEmpty()) {
            tip += u'\n' + row.author.notes;
        }
        return plainToolTip(tip);
    }
    if (role == Qt::ToolTipRole && index.column() == SourcesColumn) {
        return plainToolTip(writesFor(row));
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != SourcesColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AuthorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Author");
    case ArticlesColumn:
        return tr("Articles");
    case SourcesColumn:
        return tr("Writes for");
    case CorroboratedColumn:
        return tr("Corroborated");
    case ContradictedColumn:
        return tr("Contradicted");
    case NotCheckedColumn:
        return tr("Not checked");
    }
    return {};
}

} // namespace Credence::Ui
