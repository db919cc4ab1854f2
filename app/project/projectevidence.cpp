// Project's evidence: reading, adding, changing and removing evidence items, each change one undoable step.

#include "archivefile.h"
#include "commands/evidencecommand.h"
#include "project.h"

#include <QUrl>

#include <memory>

namespace Credence::Core {

QList<Evidence> Project::evidence(Id claimId)
{
    return reported([&] { return EvidenceRepository(*m_db).forClaim(claimId); });
}

QList<Evidence> Project::articleEvidence(Id articleId)
{
    return reported([&] { return EvidenceRepository(*m_db).forArticle(articleId); });
}

std::optional<Evidence> Project::evidenceItem(Id evidenceId)
{
    return reported([&] { return EvidenceRepository(*m_db).get(evidenceId); });
}

std::optional<QString> Project::evidenceRefusal(Id claimId, Evidence &item)
{
    switch (item.kind) {
    case EvidenceKind::Url: {
        const QString typed = item.url.trimmed();
        const QUrl url(typed, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (typed.isEmpty()) {
            return tr("Type or paste the web page's address.");
        }
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            url.host().isEmpty()) {
            return tr("“%1” is not a web address: evidence links only to pages whose address starts with http:// or "
                      "https://. Archive a file instead, or write a note.")
                .arg(typed);
        }
        item.url = typed;
        if (!item.accessed.isValid()) {
            item.accessed = QDate::currentDate();
        }
        break;
    }
    case EvidenceKind::File:
        if (item.file.name.trimmed().isEmpty()) {
            return tr("An archived file needs a name.");
        }
        if (item.file.bytes.size() > m_archiveLimit) {
            return tr("The file is %1, more than the %2 a project archives. Keep it elsewhere and add a note or a "
                      "link saying where.")
                .arg(ArchiveFile::sizeText(item.file.bytes.size()), ArchiveFile::sizeText(m_archiveLimit));
        }
        ArchiveFile::complete(item.file);
        break;
    case EvidenceKind::Note:
        if (item.note.trimmed().isEmpty()) {
            return tr("Write the note before adding it.");
        }
        break;
    case EvidenceKind::ClaimLink: {
        if (item.linkedClaimId == claimId) {
            return tr("A claim cannot be evidence for itself: choose another claim.");
        }
        const auto linked = item.linkedClaimId ? claim(item.linkedClaimId) : std::nullopt;
        if (!linked) {
            return tr("The linked claim no longer exists: choose another claim.");
        }
        if (item.title.isEmpty()) {
            item.title = linked->text; // kept, so a link whose claim is removed still says what it linked to
        }
        break;
    }
    }
    if (item.kind != EvidenceKind::File) {
        item.file = {};
    }
    if (item.kind != EvidenceKind::Url) {
        item.url.clear();
        item.accessed = {};
    }
    if (item.kind != EvidenceKind::ClaimLink) {
        item.linkedClaimId = 0;
    }
    return std::nullopt;
}

void Project::announceEvidence(const QList<Id> &claimIds)
{
    ClaimRepository claims(*m_db);
    for (const Id id : claimIds) {
        Q_EMIT evidenceChanged(id);
        const auto claim = claims.get(id);
        Q_EMIT claimChanged(claim ? claim->articleId : 0, id);
    }
}

bool Project::writeEvidence(const EvidenceSnapshot &snapshot)
{
    if (!EvidenceRepository(*m_db).restore(snapshot)) {
        reportFailure();
        return false;
    }
    announceEvidence(snapshot.claimIds);
    return true;
}

bool Project::changeEvidence(const QString &text, const EvidenceSnapshot &before,
                             const std::function<std::optional<EvidenceSnapshot>()> &apply)
{
    const int failures = m_writeFailures;
    m_undoStack.push(new EvidenceCommand(
        text, before,
        [this, apply]() -> std::optional<EvidenceSnapshot> {
            auto after = apply();
            if (!after) {
                reportFailure();
                return std::nullopt;
            }
            announceEvidence(after->claimIds);
            return after;
        },
        [this](const EvidenceSnapshot &snapshot) { return writeEvidence(snapshot); }));
    return m_writeFailures == failures;
}

std::optional<Id> Project::addEvidence(Id claimId, const Evidence &item)
{
    if (refuseIfReadOnly()) {
        return std::nullopt;
    }
    if (!claim(claimId)) {
        refuse(tr("The claim no longer exists."));
        return std::nullopt;
    }
    Evidence added = item;
    added.id = 0;
    added.claimId = claimId;
    if (const auto why = evidenceRefusal(claimId, added)) {
        refuse(*why);
        return std::nullopt;
    }
    EvidenceRepository repository(*m_db);
    const auto position = repository.nextPosition(claimId);
    const auto before = position ? repository.snapshot({claimId}, {}) : std::nullopt;
    if (!before) {
        reportFailure();
        return std::nullopt;
    }
    added.position = *position;
    // Known now, so the state after the change is known without reading the bytes back.
    added.created = QDateTime::currentDateTimeUtc();
    auto id = std::make_shared<Id>(0);
    const QString text = tr("Add evidence: %1").arg(evidenceKindLabel(added.kind));
    const bool stored = changeEvidence(text, *before, [this, before = *before, added, id]() {
        EvidenceRepository evidence(*m_db);
        Transaction tx(*m_db);
        const auto newId = tx.isActive() ? evidence.insert(added) : std::nullopt;
        if (!newId || !tx.commit()) {
            return std::optional<EvidenceSnapshot>();
        }
        *id = *newId;
        EvidenceSnapshot after = before;
        after.present.append(*newId);
        after.items = {added};
        after.items.first().id = *newId;
        return std::optional<EvidenceSnapshot>(after);
    });
    return stored && *id ? std::optional<Id>(*id) : std::nullopt;
}

std::optional<Id> Project::addFileEvidence(Id claimId, const QString &path, EvidenceStance stance, const QString &note)
{
    if (refuseIfReadOnly()) {
        return std::nullopt;
    }
    QString error;
    auto file = ArchiveFile::read(path, m_archiveLimit, &error);
    if (!file) {
        refuse(error);
        return std::nullopt;
    }
    Evidence item;
    item.kind = EvidenceKind::File;
    item.stance = stance;
    item.note = note;
    item.file = std::move(*file);
    return addEvidence(claimId, item);
}

bool Project::updateEvidence(const Evidence &item)
{
    if (refuseIfReadOnly()) {
        return false;
    }
    EvidenceRepository repository(*m_db);
    const int errors = m_db->errorCount();
    const auto stored = repository.get(item.id);
    if (!stored) {
        if (m_db->errorCount() != errors) {
            reportFailure();
            return false;
        }
        return refuse(tr("The evidence item no longer exists."));
    }
    Evidence changed = item;
    changed.claimId = stored->claimId;
    changed.kind = stored->kind;
    changed.created = stored->created;
    changed.file = stored->file; // bytes are not part of a change: a new file is a new item
    if (changed.kind == EvidenceKind::ClaimLink && changed.linkedClaimId == 0 && stored->linkedClaimId == 0) {
        // A link whose claim was removed may keep pointing nowhere while its stance or note changes.
        changed.title = changed.title.isEmpty() ? stored->title : changed.title;
        changed.url.clear();
        changed.accessed = {};
    } else if (const auto why = evidenceRefusal(changed.claimId, changed)) {
        return refuse(*why);
    }
    if (changed.kind == EvidenceKind::File) {
        changed.file = stored->file;
    }
    if (changed == *stored) {
        return true; // nothing to change: no undo step
    }
    const auto before = repository.snapshot({stored->claimId}, {});
    if (!before) {
        reportFailure();
        return false;
    }
    EvidenceSnapshot undo = *before;
    undo.items = {*stored};
    EvidenceSnapshot redo = *before;
    redo.items = {changed};
    return changeEvidence(tr("Change evidence"), undo, [this, redo]() {
        return EvidenceRepository(*m_db).restore(redo) ? std::optional<EvidenceSnapshot>(redo) : std::nullopt;
    });
}

bool Project::removeEvidence(const QList<Id> &evidenceIds)
{
    if (evidenceIds.isEmpty() || refuseIfReadOnly()) {
        return false;
    }
    EvidenceRepository repository(*m_db);
    const int errors = m_db->errorCount();
    QList<Id> claimIds;
    for (const Id id : evidenceIds) {
        const auto item = repository.get(id);
        if (!item) {
            if (m_db->errorCount() != errors) {
                reportFailure();
                return false;
            }
            return refuse(tr("The evidence item no longer exists."));
        }
        if (!claimIds.contains(item->claimId)) {
            claimIds.append(item->claimId);
        }
    }
    // Read whole, bytes included: undo writes them back.
    const auto before = repository.snapshot(claimIds, evidenceIds);
    if (!before) {
        reportFailure();
        return false;
    }
    EvidenceSnapshot after = *before;
    after.items.clear();
    after.present.removeIf([&evidenceIds](Id id) { return evidenceIds.contains(id); });
    return changeEvidence(tr("Remove %n evidence item(s)", nullptr, int(evidenceIds.size())), *before, [this, after]() {
        return EvidenceRepository(*m_db).restore(after) ? std::optional<EvidenceSnapshot>(after) : std::nullopt;
    });
}

bool Project::exportEvidenceFile(Id evidenceId, const QString &path)
{
    const int errors = m_db->errorCount();
    const auto item = EvidenceRepository(*m_db).get(evidenceId);
    const auto bytes =
        item && item->kind == EvidenceKind::File ? EvidenceRepository(*m_db).fileBytes(evidenceId) : std::nullopt;
    if (!bytes) {
        m_lastError = m_db->errorCount() != errors ? m_db->lastError() : tr("The archived file no longer exists.");
        return false;
    }
    QString error;
    if (!ArchiveFile::write(*bytes, path, &error)) {
        m_lastError = error;
        return false;
    }
    return true;
}

} // namespace Credence::Core
