#include "evidencelistmodel.h"

#include "project/project.h"
#include "style/tooltips.h"

#include <QLocale>

namespace Credence::Ui {

using Core::Evidence;
using Core::EvidenceKind;

EvidenceListModel::EvidenceListModel(Core::Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    connect(project, &Core::Project::evidenceChanged, this, [this](Core::Id claimId) {
        if (claimId == m_claimId) {
            reload();
        }
    });
    connect(project, &Core::Project::closed, this, [this] { setClaim(0); });
}

void EvidenceListModel::setClaim(Core::Id claimId)
{
    m_claimId = claimId;
    reload();
}

void EvidenceListModel::reload()
{
    beginResetModel();
    m_items = m_claimId && m_project && m_project->isOpen() ? m_project->evidence(m_claimId) : QList<Evidence>();
    endResetModel();
}

int EvidenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EvidenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidenceListModel::summary(const Evidence &item)
{
    switch (item.kind) {
    case EvidenceKind::Url:
        return item.title.isEmpty() ? item.url : item.title + QStringLiteral(" — ") + item.url;
    case EvidenceKind::File:
        return item.file.name + QStringLiteral(" (") + QLocale().formattedDataSize(item.file.size) + u')';
    case EvidenceKind::Note:
        return item.note.section(QLatin1Char('\n'), 0, 0);
    case EvidenceKind::ClaimLink:
        return item.linkedClaimId ? item.title : tr("(removed claim) %1").arg(item.title);
    }
    return {};
}

QString EvidenceListModel::details(const Evidence &item)
{
    // Lines built by concatenation: titles, addresses and notes are the user's or a page's text.
    QStringList lines{Core::evidenceKindLabel(item.kind) + QStringLiteral(" · ") +
                      Core::evidenceStanceLabel(item.stance)};
    switch (item.kind) {
    case EvidenceKind::Url:
        lines << item.title << item.url;
        if (item.accessed.isValid()) {
            lines << tr("Accessed:") + u' ' + QLocale().toString(item.accessed, QLocale::LongFormat);
        }
        break;
    case EvidenceKind::File:
        lines << item.file.name
              << item.file.mediaType + QStringLiteral(", ") + QLocale().formattedDataSize(item.file.size)
              << tr("SHA-256:") + u' ' + item.file.sha256
              << tr("Archived:") + u' ' + QLocale().toString(item.file.archivedAt.toLocalTime(), QLocale::LongFormat);
        break;
    case EvidenceKind::ClaimLink:
        lines << (item.linkedClaimId ? tr("Claim %1:").arg(item.linkedClaimId) : tr("A claim since removed:")) + u' ' +
                     item.title;
        break;
    case EvidenceKind::Note:
        break;
    }
    if (!item.note.isEmpty()) {
        lines << item.note;
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

QVariant EvidenceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const Evidence &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StanceColumn:
            return Core::evidenceStanceLabel(item.stance);
        case KindColumn:
            return Core::evidenceKindLabel(item.kind);
        case ItemColumn: {
            QString text = summary(item);
            return text.replace(u'\n', u' ');
        }
        case DateColumn: {
            const QDate date = item.kind == EvidenceKind::Url && item.accessed.isValid() ? item.accessed
                               : item.kind == EvidenceKind::File ? item.file.archivedAt.toLocalTime().date()
                                                                 : item.created.toLocalTime().date();
            return QLocale().toString(date, QLocale::ShortFormat);
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return role == Qt::ToolTipRole ? QVariant(plainToolTip(details(item))) : QVariant(details(item));
    case EvidenceIdRole:
        return item.id;
    default:
        return {};
    }
}

QVariant EvidenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StanceColumn:
        return tr("Stance");
    case KindColumn:
        return tr("Kind");
    case ItemColumn:
        return tr("Evidence");
    case DateColumn:
        return tr("Date");
    default:
        return {};
    }
}

} // namespace Credence::Ui
