#pragma once

#include "domain/evidence.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QMimeData;
class QStatusBar;
class QTableView;
class QWidget;

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

class EvidencePanel;

/// Evidence work as actions with keys: add a web page, a file (archived in the project), a note or a link to
/// another claim; paste an address from the clipboard; open, edit and remove items. Files and addresses dropped on
/// a claim's row or on the evidence panel become evidence of that claim. Every change is one undoable step through
/// Core::Project; what cannot be done is said in the status bar or a dialog, never dropped.
class EvidenceActions : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        Core::Project *project;
        EvidencePanel *panel;
        QTableView *claims; ///< rows carry ClaimTableModel::ClaimIdRole; drops on a row go to its claim
        QStatusBar *status;
        QWidget *window;
        std::function<Core::Id()> currentClaim;
    };

    explicit EvidenceActions(const Parts &parts);

    void populate(QMenu *menu) const;
    /// Actions that change evidence: enabled only with a claim to change in a writable project.
    QList<QAction *> editingActions() const;
    /// The evidence list's context menu (nullptr: a separator).
    QList<QAction *> listMenu() const;

    /// Adds what @p data holds (addresses, local files) as evidence of @p claimId; returns how many were added.
    int addFromMime(const QMimeData *data, Core::Id claimId);
    void addWebPage(const QString &url = {});
    void addFile();
    void addNote();
    void linkClaim();
    void pasteAddress();
    void openCurrent();
    void editCurrent();
    void removeSelected();
    void saveFileAs();

Q_SIGNALS:
    /// The user asked to see a linked claim.
    void showClaimRequested(Core::Id claimId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *make(const QString &name, const QString &text, const QList<QKeySequence> &keys);
    /// The claim to add to, or 0 after saying what to do.
    Core::Id targetClaim() const;
    QString claimText(Core::Id claimId) const;
    void say(const QString &message) const;
    /// Adds @p item and selects it in the evidence list; returns the new id or 0.
    Core::Id addAndSelect(Core::Id claimId, const Core::Evidence &item);
    /// Shows @p item in the evidence dialog and adds what the user saves, again after a refusal; the new id or 0.
    Core::Id editAndAdd(Core::Id claimId, Core::Evidence item);

    Parts m_parts;
    QAction *m_addWeb;
    QAction *m_addFile;
    QAction *m_addNote;
    QAction *m_link;
    QAction *m_paste;
    QAction *m_open;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_saveAs;
};

} // namespace Credence::Ui
