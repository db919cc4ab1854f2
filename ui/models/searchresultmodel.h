#pragma once

#include "domain/searchhit.h"

#include <QAbstractListModel>

namespace Credence::Ui {

/// The results of a project-wide search, one row each: what it is, its article's title, and the snippet with the
/// ranges of the matches (painted in bold by SearchResultDelegate; the text is never markup).
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        KindLabelRole = Qt::UserRole + 1, ///< "Article", "Claim" or "Note"
        TitleRole,                        ///< the article's title
        SnippetRole,                      ///< the snippet, plain text
        RangesRole,                       ///< QList<Core::TextRange> into the snippet
        ArticleIdRole,
        ClaimIdRole,
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QList<Core::SearchHit> &hits);
    const QList<Core::SearchHit> &hits() const { return m_hits; }
    Core::SearchHit hit(int row) const { return m_hits.value(row); }

    static QString kindLabel(Core::SearchHitKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Core::SearchHit> m_hits;
};

} // namespace Credence::Ui

Q_DECLARE_METATYPE(Credence::Core::TextRange)
