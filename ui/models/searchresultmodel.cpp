#include "searchresultmodel.h"

namespace Credence::Ui {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultModel::setHits(const QList<Core::SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

QString SearchResultModel::kindLabel(Core::SearchHitKind kind)
{
    switch (kind) {
    case Core::SearchHitKind::Article:
        return tr("Article");
    case Core::SearchHitKind::Claim:
        return tr("Claim");
    case Core::SearchHitKind::Note:
        return tr("Note");
    case Core::SearchHitKind::Evidence:
        return tr("Evidence");
    }
    return {};
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Core::SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        // One line for screen readers and keyboard search: what, where, and the snippet.
        return tr("%1 in “%2”: %3").arg(kindLabel(hit.kind), hit.articleTitle, hit.snippet);
    case KindLabelRole:
        return kindLabel(hit.kind);
    case TitleRole:
        return hit.articleTitle;
    case SnippetRole:
        return hit.snippet;
    case RangesRole:
        return QVariant::fromValue(hit.ranges);
    case ArticleIdRole:
        return hit.articleId;
    case ClaimIdRole:
        return hit.claimId;
    default:
        return {};
    }
}

} // namespace Credence::Ui
