#include "claimtablemodel.h"

#include "project/project.h"

#include <QColor>

#include <algorithm>

namespace Credence::Ui {

using Core::Verdict;

QColor verdictColor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Corroborated:
        return QColor(0x2e, 0x9e, 0x5a);
    case Verdict::Contradicted:
        return QColor(0xd0, 0x3b, 0x3b);
    case Verdict::Unverifiable:
        return QColor(0xb8, 0x86, 0x0b);
    case Verdict::NotChecked:
        break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

ClaimTableModel::ClaimTableModel(Core::Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    connect(project, &Core::Project::claimChanged, this, &ClaimTableModel::onClaimChanged);
    connect(project, &Core::Project::closed, this, [this] { setArticle(0); });
}

void ClaimTableModel::setArticle(Core::Id articleId)
{
    m_articleId = articleId;
    reload();
}

void ClaimTableModel::reload()
{
    beginResetModel();
    m_claims =
        (m_articleId && m_project && m_project->isOpen()) ? m_project->claims(m_articleId) : QList<Core::Claim>();
    endResetModel();
}

void ClaimTableModel::onClaimChanged(Core::Id articleId, Core::Id claimId)
{
    if (articleId != m_articleId) {
        return;
    }
    const int row = rowOfClaim(claimId);
    const auto fresh = m_project->claim(claimId);
    if (row < 0 || !fresh) {
        reload();
        return;
    }
    m_claims[row] = *fresh;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ClaimTableModel::rowAtPosition(int position) const
{
    // Claims are sorted by start and never overlap.
    const auto it = std::upper_bound(m_claims.cbegin(), m_claims.cend(), position,
                                     [](int pos, const Core::Claim &c) { return pos < c.start; });
    if (it == m_claims.cbegin()) {
        return -1;
    }
    const auto candidate = std::prev(it);
    return candidate->contains(position) ? int(std::distance(m_claims.cbegin(), candidate)) : -1;
}

int ClaimTableModel::rowOfClaim(Core::Id claimId) const
{
    for (int row = 0; row < m_claims.size(); ++row) {
        if (m_claims.at(row).id == claimId) {
            return row;
        }
    }
    return -1;
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Core::Claim &claim = m_claims.at(index.row());
    switch (role) {
    case ClaimIdRole:
        return claim.id;
    case VerdictRole:
        return QVariant::fromValue(claim.verdict);
    case StartRole:
        return claim.start;
    case EndRole:
        return claim.end;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case VerdictColumn:
            return role == Qt::EditRole ? QVariant(static_cast<int>(claim.verdict))
                                        : QVariant(Core::verdictLabel(claim.verdict));
        case TextColumn:
            return claim.text;
        case NoteColumn:
            return claim.note;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn || index.column() == NoteColumn) {
            return index.column() == TextColumn ? claim.text : claim.note;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn) {
            return verdictColor(claim.verdict);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("#");
    case VerdictColumn:
        return tr("Verdict");
    case TextColumn:
        return tr("Claim");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags ClaimTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const bool writable = m_project && m_project->isOpen() && !m_project->isReadOnly();
    if (writable && index.isValid() && (index.column() == VerdictColumn || index.column() == NoteColumn)) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ClaimTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_project) {
        return false;
    }
    const Core::Id id = m_claims.at(index.row()).id;
    if (index.column() == VerdictColumn) {
        const auto verdict = value.canConvert<Verdict>() && value.metaType() == QMetaType::fromType<Verdict>()
                                 ? std::optional<Verdict>(value.value<Verdict>())
                                 : Core::verdictFromInt(value.toInt());
        if (!verdict) {
            return false;
        }
        return m_project->setVerdict({id}, *verdict);
    }
    if (index.column() == NoteColumn) {
        return m_project->setNote(id, value.toString().trimmed());
    }
    return false;
}

} // namespace Credence::Ui
