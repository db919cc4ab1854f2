#include "claimtablemodel.h"

#include "domain/credibility.h"
#include "project/project.h"
#include "style/tooltips.h"
#include "style/verdictstyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace Credence::Ui {

using Core::Verdict;

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
    const bool open = m_articleId && m_project && m_project->isOpen();
    m_claims = open ? m_project->claims(m_articleId) : QList<Core::Claim>();
    const auto article = open ? m_project->article(m_articleId) : std::nullopt;
    m_language = article && !article->metadata.language.isEmpty() ? article->metadata.language : QStringLiteral("en");
    m_hints.clear();
    m_hints.reserve(m_claims.size());
    for (const Core::Claim &claim : std::as_const(m_claims)) {
        m_hints.append(Core::checkHints(claim.text, m_language));
    }
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
    m_hints[row] = Core::checkHints(fresh->text, m_language);
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

QVariant ClaimTableModel::display(int row, int column) const
{
    const Core::Claim &claim = m_claims.at(row);
    switch (column) {
    case NumberColumn:
        return row + 1;
    case VerdictColumn:
        return Core::verdictLabel(claim.verdict);
    case TextColumn:
        // Concatenated, never a format string: the claim is text from the page.
        return claim.orphaned ? tr("[orphaned]") + QLatin1Char(' ') + claim.text : claim.text;
    case KindColumn:
        return Core::unitKindLabel(claim.kind);
    case WorthColumn:
        return Core::checkWorthiness(m_hints.at(row));
    case CredibilityColumn:
        // The grade's number alone: the column stays narrow; the tooltip names it.
        return claim.credibility == Core::Credibility::NotGraded ? QVariant()
                                                                 : QVariant(static_cast<int>(claim.credibility));
    case EvidenceColumn:
        return claim.evidenceCount > 0 ? QVariant(claim.evidenceCount) : QVariant();
    case NoteColumn: {
        QString note = claim.note;
        return note.replace(QLatin1Char('\n'), QStringLiteral(" ¶ "));
    }
    }
    return {};
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
    case OrphanedRole:
        return claim.orphaned;
    case EvidenceCountRole:
        return claim.evidenceCount;
    case CredibilityRole:
        return static_cast<int>(claim.credibility);
    case KindRole:
        return static_cast<int>(claim.kind);
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return index.row();
        case VerdictColumn:
            return static_cast<int>(claim.verdict);
        case KindColumn:
            return static_cast<int>(claim.kind);
        case WorthColumn:
            return Core::checkWorthiness(m_hints.at(index.row()));
        case CredibilityColumn:
            // Not graded sorts after 6.
            return claim.credibility == Core::Credibility::NotGraded ? 7 : static_cast<int>(claim.credibility);
        case EvidenceColumn:
            return claim.evidenceCount;
        default:
            return display(index.row(), index.column());
        }
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::EditRole:
        if (index.column() == VerdictColumn) {
            return static_cast<int>(claim.verdict);
        }
        return index.column() == NoteColumn ? QVariant(claim.note) : display(index.row(), index.column());
    case Qt::ToolTipRole:
        if (claim.orphaned) {
            return plainToolTip(tr("No longer in the article's text (kept with its state and note).") +
                                QStringLiteral("\n\n") + claim.text);
        }
        switch (index.column()) {
        case VerdictColumn:
            return plainToolTip(Core::verdictDescription(claim.verdict));
        case TextColumn:
            return plainToolTip(claim.text);
        case WorthColumn: {
            const QString hints = Core::describeCheckHints(m_hints.at(index.row()));
            return plainToolTip(hints.isEmpty() ? tr("Nothing in this claim stands out as worth checking first.")
                                                : hints);
        }
        case NoteColumn:
            return plainToolTip(claim.note);
        case CredibilityColumn:
            return plainToolTip(Core::credibilityLabel(claim.credibility) + QStringLiteral(": ") +
                                Core::credibilityDescription(claim.credibility));
        case EvidenceColumn:
            return tr("%n evidence item(s)", nullptr, claim.evidenceCount);
        default:
            return {};
        }
    case Qt::FontRole:
        if (claim.orphaned) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn) {
            return VerdictStyle::icon(claim.verdict, QGuiApplication::palette());
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == WorthColumn || index.column() == EvidenceColumn ||
            index.column() == CredibilityColumn) {
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
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case VerdictColumn:
            return tr("Where you stand on the claim: 1 or C corroborated, 2 or X contradicted, 3 or U unverifiable, 0 "
                      "not checked.");
        case KindColumn:
            return tr("What the text is: a sentence, a list item, a quotation, or a heading you made a claim.");
        case WorthColumn:
            return tr("How much in the claim is worth checking: figures, named sources, hedges, superlatives, "
                      "quotations. Click to sort by it.");
        case CredibilityColumn:
            return tr("Credibility on the Admiralty scale: 1 confirmed by other sources, 2 probably true, 3 possibly "
                      "true, 4 doubtful, 5 improbable, 6 cannot be judged.");
        case EvidenceColumn:
            return tr("How many evidence items the claim has.");
        default:
            return {};
        }
    }
    switch (section) {
    case NumberColumn:
        return tr("#");
    case VerdictColumn:
        return tr("State");
    case TextColumn:
        return tr("Claim");
    case KindColumn:
        return tr("Kind");
    case WorthColumn:
        return tr("Worth");
    case NoteColumn:
        return tr("Note");
    case CredibilityColumn:
        return tr("Cred.");
    case EvidenceColumn:
        return tr("Evid.");
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
