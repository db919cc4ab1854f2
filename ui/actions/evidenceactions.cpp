#include "evidenceactions.h"

#include "dialogs/claimlinkdialog.h"
#include "dialogs/evidencedialog.h"
#include "models/claimtablemodel.h"
#include "models/evidencelistmodel.h"
#include "project/project.h"
#include "widgets/evidencepanel.h"
#include "windowaction.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUrl>

namespace Credence::Ui {

using Core::Evidence;
using Core::EvidenceKind;

namespace {

/// An http or https address in @p text (the whole text, trimmed), or an invalid QUrl.
QUrl webAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty() ? url : QUrl();
}

} // namespace

EvidenceActions::EvidenceActions(const Parts &parts)
    : QObject(parts.window)
    , m_parts(parts)
{
    m_addWeb = make(QStringLiteral("addWebEvidence"), tr("Add &Web Page…"), {QKeySequence(Qt::CTRL | Qt::Key_L)});
    connect(m_addWeb, &QAction::triggered, this, [this] { addWebPage(); });
    m_addFile =
        make(QStringLiteral("addFileEvidence"), tr("Add &File…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    connect(m_addFile, &QAction::triggered, this, &EvidenceActions::addFile);
    m_addNote =
        make(QStringLiteral("addNoteEvidence"), tr("Add &Note…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    connect(m_addNote, &QAction::triggered, this, &EvidenceActions::addNote);
    m_link =
        make(QStringLiteral("linkClaimEvidence"), tr("&Link to Another Claim…"), {QKeySequence(Qt::CTRL | Qt::Key_K)});
    connect(m_link, &QAction::triggered, this, &EvidenceActions::linkClaim);
    m_paste = make(QStringLiteral("pasteEvidence"), tr("&Paste Address as Evidence"), {QKeySequence::Paste});
    connect(m_paste, &QAction::triggered, this, &EvidenceActions::pasteAddress);
    // Ctrl+V is the text's own paste elsewhere: here it works only in the claims table and the evidence panel.
    m_paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_parts.window->removeAction(m_paste);
    m_parts.claims->addAction(m_paste);
    m_parts.panel->addAction(m_paste);

    QTableView *list = m_parts.panel->evidenceView();
    m_open = make(QStringLiteral("openEvidence"), tr("&Open Evidence"),
                  {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit = make(QStringLiteral("editEvidence"), tr("&Edit Evidence…"), {QKeySequence(Qt::Key_F2)});
    m_remove = make(QStringLiteral("removeEvidence"), tr("&Remove Evidence"), {QKeySequence::Delete});
    m_saveAs = make(QStringLiteral("saveEvidenceFile"), tr("&Save Archived File As…"), {});
    connect(m_open, &QAction::triggered, this, &EvidenceActions::openCurrent);
    connect(m_edit, &QAction::triggered, this, &EvidenceActions::editCurrent);
    connect(m_remove, &QAction::triggered, this, &EvidenceActions::removeSelected);
    connect(m_saveAs, &QAction::triggered, this, &EvidenceActions::saveFileAs);
    // Enter, F2 and Delete mean these only in the evidence list: in the claims table they edit the note and remove
    // the claim.
    for (QAction *action : {m_open, m_edit, m_remove, m_saveAs}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_parts.window->removeAction(action);
        list->addAction(action);
    }
    connect(list, &QAbstractItemView::activated, this, &EvidenceActions::openCurrent);

    for (QWidget *target : {m_parts.claims->viewport(), list->viewport(), static_cast<QWidget *>(m_parts.panel)}) {
        target->setAcceptDrops(true);
        target->installEventFilter(this);
    }
}

QAction *EvidenceActions::make(const QString &name, const QString &text, const QList<QKeySequence> &keys)
{
    return addWindowAction(m_parts.window, name, text, keys);
}

void EvidenceActions::populate(QMenu *menu) const
{
    menu->addActions({m_addWeb, m_addFile, m_addNote, m_link, m_paste});
    menu->addSeparator();
    menu->addActions({m_open, m_edit, m_saveAs, m_remove});
}

QList<QAction *> EvidenceActions::editingActions() const
{
    return {m_addWeb, m_addFile, m_addNote, m_link, m_paste, m_edit, m_remove};
}

QList<QAction *> EvidenceActions::listMenu() const
{
    return {m_open, m_edit, m_saveAs, m_remove, nullptr, m_addWeb, m_addFile, m_addNote, m_link, m_paste};
}

void EvidenceActions::say(const QString &message) const
{
    m_parts.status->showMessage(message, 5000);
}

Core::Id EvidenceActions::targetClaim() const
{
    const Core::Id claimId = m_parts.currentClaim();
    if (!claimId) {
        say(tr("Select a claim first: evidence belongs to a claim."));
    }
    return claimId;
}

QString EvidenceActions::claimText(Core::Id claimId) const
{
    const auto claim = m_parts.project->claim(claimId);
    return claim ? claim->text : QString();
}

Core::Id EvidenceActions::editAndAdd(Core::Id claimId, Evidence item)
{
    // A refusal (an address that is not http or https, an empty note) keeps what was typed for another try.
    for (;;) {
        EvidenceDialog dialog(item, claimText(claimId), m_parts.window);
        if (dialog.exec() != QDialog::Accepted) {
            return 0;
        }
        item = dialog.evidence();
        if (const Core::Id id = addAndSelect(claimId, item)) {
            return id;
        }
    }
}

Core::Id EvidenceActions::addAndSelect(Core::Id claimId, const Evidence &item)
{
    const auto id = m_parts.project->addEvidence(claimId, item);
    if (id) {
        const int row = int(m_parts.panel->model()->items().size()) - 1;
        m_parts.panel->evidenceView()->setCurrentIndex(m_parts.panel->model()->index(std::max(row, 0), 0));
    }
    return id.value_or(0);
}

void EvidenceActions::addWebPage(const QString &url)
{
    const Core::Id claimId = targetClaim();
    if (!claimId) {
        return;
    }
    Evidence item;
    item.kind = EvidenceKind::Url;
    item.stance = Core::EvidenceStance::Supporting;
    item.url = url;
    item.accessed = QDate::currentDate();
    if (editAndAdd(claimId, item)) {
        say(tr("Web page added as evidence."));
    }
}

void EvidenceActions::addFile()
{
    const Core::Id claimId = targetClaim();
    if (!claimId) {
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_parts.window, tr("Archive Files as Evidence"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Documents and pages (*.pdf *.html *.htm *.mhtml *.txt *.png *.jpg *.jpeg *.webp);;All files (*)"));
    int added = 0;
    for (const QString &path : paths) {
        added += m_parts.project->addFileEvidence(claimId, path, Core::EvidenceStance::Supporting) ? 1 : 0;
    }
    if (added) {
        say(tr("%n file(s) archived in the project as evidence; F2 in the evidence list changes the stance.", nullptr,
               added));
    }
}

void EvidenceActions::addNote()
{
    const Core::Id claimId = targetClaim();
    if (!claimId) {
        return;
    }
    Evidence item;
    item.kind = EvidenceKind::Note;
    item.stance = Core::EvidenceStance::Context;
    editAndAdd(claimId, item);
}

void EvidenceActions::linkClaim()
{
    const Core::Id claimId = targetClaim();
    if (!claimId) {
        return;
    }
    ClaimLinkDialog dialog(m_parts.project, claimId, m_parts.window);
    if (dialog.exec() != QDialog::Accepted || !dialog.linkedClaim()) {
        return;
    }
    Evidence item;
    item.kind = EvidenceKind::ClaimLink;
    item.stance = Core::EvidenceStance::Supporting;
    item.linkedClaimId = dialog.linkedClaim();
    if (addAndSelect(claimId, item)) {
        say(tr("Claim linked as evidence. F2 in the evidence list changes the stance."));
    }
}

void EvidenceActions::pasteAddress()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QString text;
    if (data && data->hasUrls() && !data->urls().isEmpty()) {
        text = data->urls().constFirst().toString();
    } else if (data && data->hasText()) {
        text = data->text();
    }
    const QUrl url = webAddress(text);
    if (!url.isValid()) {
        say(tr("The clipboard holds no web address (http or https) to add as evidence."));
        return;
    }
    addWebPage(url.toString());
}

int EvidenceActions::addFromMime(const QMimeData *data, Core::Id claimId)
{
    int added = 0;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile()) {
            added +=
                m_parts.project->addFileEvidence(claimId, url.toLocalFile(), Core::EvidenceStance::Supporting) ? 1 : 0;
        } else if (webAddress(url.toString()).isValid()) {
            Evidence item;
            item.kind = EvidenceKind::Url;
            item.stance = Core::EvidenceStance::Supporting;
            item.url = url.toString();
            item.accessed = QDate::currentDate();
            added += m_parts.project->addEvidence(claimId, item) ? 1 : 0;
        }
    }
    if (!data->hasUrls() && data->hasText()) {
        if (const QUrl url = webAddress(data->text()); url.isValid()) {
            Evidence item;
            item.kind = EvidenceKind::Url;
            item.stance = Core::EvidenceStance::Supporting;
            item.url = url.toString();
            item.accessed = QDate::currentDate();
            added += m_parts.project->addEvidence(claimId, item) ? 1 : 0;
        }
    }
    if (added) {
        say(tr("%n item(s) added as evidence of claim %1.", nullptr, added).arg(claimId));
    }
    return added;
}

bool EvidenceActions::eventFilter(QObject *watched, QEvent *event)
{
    const bool onClaims = watched == m_parts.claims->viewport();
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        const bool usable = drag->mimeData()->hasUrls() || webAddress(drag->mimeData()->text()).isValid();
        const Core::Id claimId =
            onClaims
                ? m_parts.claims->indexAt(drag->position().toPoint()).data(ClaimTableModel::ClaimIdRole).toLongLong()
                : m_parts.panel->claim();
        if (usable && claimId && !m_parts.project->isReadOnly()) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const Core::Id claimId =
            onClaims
                ? m_parts.claims->indexAt(drop->position().toPoint()).data(ClaimTableModel::ClaimIdRole).toLongLong()
                : m_parts.panel->claim();
        if (claimId && addFromMime(drop->mimeData(), claimId) > 0) {
            drop->setDropAction(Qt::CopyAction);
            drop->accept();
        } else {
            drop->ignore();
        }
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

void EvidenceActions::openCurrent()
{
    const auto item = m_parts.project->evidenceItem(m_parts.panel->currentEvidence());
    if (!item) {
        return;
    }
    switch (item->kind) {
    case EvidenceKind::Url:
        if (const QUrl url = webAddress(item->url); url.isValid()) {
            QDesktopServices::openUrl(url);
        }
        break;
    case EvidenceKind::File: {
        // The archived copy, written out where the system can open it: never a path the page chose.
        const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                   .filePath(QStringLiteral("credence-evidence-%1").arg(item->id));
        const QString name = QFileInfo(item->file.name).fileName();
        const QString path = QDir(folder).filePath(name.isEmpty() ? QStringLiteral("evidence") : name);
        if (QDir().mkpath(folder) && m_parts.project->exportEvidenceFile(item->id, path)) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        } else {
            say(tr("The archived file could not be written out to open it: %1").arg(m_parts.project->lastError()));
        }
        break;
    }
    case EvidenceKind::ClaimLink:
        if (item->linkedClaimId) {
            Q_EMIT showClaimRequested(item->linkedClaimId);
        } else {
            say(tr("The linked claim has been removed; its text is kept in the item."));
        }
        break;
    case EvidenceKind::Note:
        editCurrent();
        break;
    }
}

void EvidenceActions::editCurrent()
{
    const auto item = m_parts.project->evidenceItem(m_parts.panel->currentEvidence());
    if (!item) {
        say(tr("Select an evidence item first."));
        return;
    }
    Evidence edited = *item;
    for (;;) {
        EvidenceDialog dialog(edited, claimText(item->claimId), m_parts.window);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        edited = dialog.evidence();
        if (edited == *item || m_parts.project->updateEvidence(edited)) {
            return;
        }
    }
}

void EvidenceActions::removeSelected()
{
    const QList<Core::Id> ids = m_parts.panel->selectedEvidence();
    if (ids.isEmpty()) {
        say(tr("Select an evidence item first."));
        return;
    }
    if (m_parts.project->removeEvidence(ids)) {
        say(tr("%n evidence item(s) removed. Ctrl+Z brings them back.", nullptr, int(ids.size())));
    }
}

void EvidenceActions::saveFileAs()
{
    const auto item = m_parts.project->evidenceItem(m_parts.panel->currentEvidence());
    if (!item || item->kind != EvidenceKind::File) {
        say(tr("Select an archived file in the evidence list first."));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(m_parts.window, tr("Save Archived File As"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(QFileInfo(item->file.name).fileName()));
    if (!path.isEmpty() && m_parts.project->exportEvidenceFile(item->id, path)) {
        say(tr("Saved."));
    }
}

} // namespace Credence::Ui
