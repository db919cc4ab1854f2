#pragma once

#include "domain/id.h"
#include "domain/verdict.h"

#include <QObject>

class QAction;
class QMenu;
class QSortFilterProxyModel;
class QStatusBar;
class QTableView;
class QWidget;

namespace Credence::Core {
class Project;
class Settings;
} // namespace Credence::Core

namespace Credence::Ui {

class ArticleView;
class ClaimTableModel;

/// The claim work of the workbench as actions that work from every pane (article list, text, claims table):
/// marking the state of the selected claims (then moving on to the next claim not checked, when the setting says
/// so), the note, moving between claims, and reshaping claims (add from the selection, make a claim of a heading,
/// split, merge, adjust, remove). Every change goes through Core::Project, so it is one undoable step; what cannot be
/// done is said in the status bar, never silently dropped.
class ClaimActions : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        Core::Project *project;
        Core::Settings *settings;
        ClaimTableModel *model;
        QSortFilterProxyModel *proxy;
        QTableView *claims;
        ArticleView *text;
        QStatusBar *status;
        QWidget *window; ///< owns the actions and parents the note dialog
    };

    explicit ClaimActions(const Parts &parts);

    /// Fills the Claim menu.
    void populate(QMenu *menu) const;
    /// Actions that change claims: enabled only with an article shown in a writable project.
    QList<QAction *> editingActions() const;
    /// The context menus of the claims table and the text (nullptr: a separator).
    QList<QAction *> tableMenu() const;
    QList<QAction *> textMenu() const;
    QList<QAction *> markActions() const { return m_mark; }

    /// The current claim's row in the model (text order), or -1.
    int currentRow() const;
    /// Makes @p row of the model (text order) the current, selected claim, whatever the table is sorted by.
    void selectRow(int row);
    QList<Core::Id> selectedClaimIds() const;

    void mark(Core::Verdict verdict);
    void editNote();
    void judge();
    /// Moves @p step claims on in the table's order.
    void step(int step);
    void nextNotChecked();

private:
    QAction *make(const QString &name, const QString &text, const QList<QKeySequence> &keys);
    /// The table row after @p fromViewRow (wrapping) whose claim is not checked, or -1.
    int nextNotCheckedViewRow(int fromViewRow) const;
    void say(const QString &message, int timeout = 4000) const;
    /// The text selection as body offsets, or says what to do and returns false.
    bool textSelection(int *start, int *end) const;
    void addFromSelection();
    void makeClaimOfUnit();
    void split();
    void merge();
    void adjust();
    void remove();

    Parts m_parts;
    QList<QAction *> m_mark;
    QAction *m_autoAdvance = nullptr;
    QAction *m_note = nullptr;
    QAction *m_judge = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_nextNotChecked = nullptr;
    QAction *m_add = nullptr;
    QAction *m_makeClaim = nullptr;
    QAction *m_split = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_adjust = nullptr;
    QAction *m_remove = nullptr;
};

} // namespace Credence::Ui
