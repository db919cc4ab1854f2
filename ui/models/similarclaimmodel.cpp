#include "similarclaimmodel.h"

#include "style/tooltips.h"
#include "style/verdictstyle.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Credence::Ui {

SimilarClaimModel::SimilarClaimModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SimilarClaimModel::setItems(const QList<Core::SimilarClaim> &items,
                                 const QHash<Core::Id, Core::EvidenceStance> &linked)
{
    beginResetModel();
    m_items = items;
    m_linked = linked;
    endResetModel();
}

int SimilarClaimModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SimilarClaimModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList SimilarClaimModel::notes(const Core::SimilarClaim &item, std::optional<Core::EvidenceStance> linked)
{
    QStringList lines;
    if (linked) {
        lines.append(tr("Linked: %1").arg(Core::evidenceStanceLabel(*linked)));
    }
    for (const Core::FigurePair &pair : item.similarity.differing) {
        // Figures are page text: joined, never passed through arg() one after the other.
        lines.append(tr("Figures differ:") + u' ' + pair.first + QStringLiteral(" / ") + pair.second);
    }
    if (item.sameOrigin) {
        lines.append(tr("Same origin as this article: a repeat, not a confirmation"));
    }
    QStringList agreeing;
    for (const Core::FigurePair &pair : item.similarity.agreeing) {
        agreeing.append(pair.second);
    }
    if (!agreeing.isEmpty()) {
        lines.append(tr("Figures agree:") + u' ' + agreeing.join(QStringLiteral(", ")));
    }
    return lines;
}

QVariant SimilarClaimModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const Core::SimilarClaim &item = m_items.at(index.row());
    const auto linked = m_linked.constFind(item.claim.claimId);
    const std::optional<Core::EvidenceStance> stance =
        linked == m_linked.constEnd() ? std::nullopt : std::optional<Core::EvidenceStance>(*linked);
    if (role == ClaimIdRole) {
        return item.claim.claimId;
    }
    if (role == ArticleIdRole) {
        return item.claim.articleId;
    }
    const QString source = item.claim.sourceName.isEmpty() ? tr("Unassigned") : item.claim.sourceName;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MatchColumn:
            return QString(QLocale().toString(qRound(item.similarity.score * 100)) + QLocale().percent());
        case SourceColumn:
            return source;
        case ArticleColumn:
            return item.claim.articleTitle.simplified();
        case StateColumn:
            return Core::verdictLabel(item.claim.verdict);
        case TextColumn:
            return item.claim.text.simplified();
        case NotesColumn:
            return notes(item, stance).join(QStringLiteral("; "));
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{item.claim.text, source + QStringLiteral(" · ") + item.claim.articleTitle};
        if (!item.similarity.sharedNames.isEmpty()) {
            lines.append(tr("Names in common:") + u' ' + item.similarity.sharedNames.join(QStringLiteral(", ")));
        }
        lines.append(notes(item, stance));
        // Page text: Qt would read a tooltip that looks like markup as rich text.
        return plainToolTip(lines.join(u'\n'));
    }
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            return VerdictStyle::icon(item.claim.verdict, QGuiApplication::palette());
        }
        return {};
    case Qt::FontRole:
        if (index.column() == SourceColumn && item.claim.sourceName.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        // A possible contradiction is what the user must not miss.
        if (index.column() == NotesColumn && !item.similarity.differing.isEmpty()) {
            return VerdictStyle::color(Core::Verdict::Contradicted, QGuiApplication::palette());
        }
        if (index.column() != TextColumn && item.sameOrigin) {
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == MatchColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::AccessibleTextRole:
        return index.column() == MatchColumn ? tr("%1 alike").arg(data(index, Qt::DisplayRole).toString())
                                             : data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant SimilarClaimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    switch (section) {
    case MatchColumn:
        return role == Qt::DisplayRole ? tr("Match")
                                       : tr("How alike the two claims are: their words (spellings and country "
                                            "adjectives aside), the names they share and the figures they agree on.");
    case SourceColumn:
        return tr("Source");
    case ArticleColumn:
        return tr("Article");
    case StateColumn:
        return tr("State");
    case TextColumn:
        return tr("Claim");
    case NotesColumn:
        return tr("Look at");
    }
    return {};
}

} // namespace Credence::Ui
