#include "claimactions.h"

#include "commands/undomacro.h"
#include "dialogs/judgedialog.h"
#include "dialogs/notedialog.h"
#include "models/claimtablemodel.h"
#include "project/project.h"
#include "settings/settings.h"
#include "widgets/articleview.h"
#include "windowaction.h"

#include <QAction>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace Credence::Ui {

using Core::Verdict;

ClaimActions::ClaimActions(const Parts &parts)
    : QObject(parts.window)
    , m_parts(parts)
{
    struct Mark
    {
        Verdict verdict;
        QString text;
        QList<QKeySequence> keys;
    };
    const QList<Mark> marks = {
        {Verdict::Corroborated, tr("Mark &Corroborated"), {QKeySequence(Qt::Key_1), QKeySequence(Qt::Key_C)}},
        {Verdict::Contradicted, tr("Mark Contra&dicted"), {QKeySequence(Qt::Key_2), QKeySequence(Qt::Key_X)}},
        {Verdict::Unverifiable, tr("Mark &Unverifiable"), {QKeySequence(Qt::Key_3), QKeySequence(Qt::Key_U)}},
        {Verdict::NotChecked, tr("Mark &Not Checked"), {QKeySequence(Qt::Key_0)}},
    };
    for (const Mark &m : marks) {
        QAction *action = make(QStringLiteral("mark-") + Core::verdictKey(m.verdict), m.text, m.keys);
        action->setToolTip(Core::verdictDescription(m.verdict));
        connect(action, &QAction::triggered, this, [this, verdict = m.verdict] { mark(verdict); });
        m_mark.append(action);
    }
    m_autoAdvance = make(QStringLiteral("autoAdvance"), tr("&Go to Next Not-Checked Claim After Marking"), {});
    m_autoAdvance->setCheckable(true);
    m_autoAdvance->setChecked(m_parts.settings->autoAdvance());
    connect(m_autoAdvance, &QAction::toggled, this, [this](bool on) { m_parts.settings->setAutoAdvance(on); });

    m_note = make(QStringLiteral("editNote"), tr("Edit No&te…"),
                  {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    connect(m_note, &QAction::triggered, this, &ClaimActions::editNote);
    m_judge = make(QStringLiteral("judgeClaim"), tr("Mark w&ith Reason…"),
                   {QKeySequence(Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::SHIFT | Qt::Key_Enter)});
    m_judge->setToolTip(tr("Set the state and the credibility grade, with the reason the claim's history keeps"));
    connect(m_judge, &QAction::triggered, this, &ClaimActions::judge);
    m_next = make(QStringLiteral("nextClaim"), tr("Ne&xt Claim"), {QKeySequence(Qt::Key_J)});
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    m_previous = make(QStringLiteral("previousClaim"), tr("&Previous Claim"), {QKeySequence(Qt::Key_K)});
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    m_nextNotChecked = make(QStringLiteral("nextNotChecked"), tr("Next Not-C&hecked Claim"), {QKeySequence(Qt::Key_N)});
    connect(m_nextNotChecked, &QAction::triggered, this, &ClaimActions::nextNotChecked);

    m_add = make(QStringLiteral("addClaim"), tr("&Add Claim from Selection"), {QKeySequence(Qt::Key_A)});
    connect(m_add, &QAction::triggered, this, &ClaimActions::addFromSelection);
    m_makeClaim = make(QStringLiteral("makeClaim"), tr("&Make a Claim of the Heading or Line at the Cursor"),
                       {QKeySequence(Qt::SHIFT | Qt::Key_A)});
    connect(m_makeClaim, &QAction::triggered, this, &ClaimActions::makeClaimOfUnit);
    m_split = make(QStringLiteral("splitClaim"), tr("&Split Claim at Cursor"), {QKeySequence(Qt::Key_S)});
    connect(m_split, &QAction::triggered, this, &ClaimActions::split);
    m_merge = make(QStringLiteral("mergeClaim"), tr("Merge &with Next Claim"), {QKeySequence(Qt::Key_M)});
    connect(m_merge, &QAction::triggered, this, &ClaimActions::merge);
    m_adjust = make(QStringLiteral("adjustClaim"), tr("Ad&just Claim to Selection"), {QKeySequence(Qt::Key_R)});
    connect(m_adjust, &QAction::triggered, this, &ClaimActions::adjust);
    m_remove = make(QStringLiteral("removeClaim"), tr("&Remove Claim (Not a Claim)"), {QKeySequence::Delete});
    // Delete removes an article in the article list: here only in the claims table and the text.
    // Enter too: in the evidence list it opens the item.
    // S and R split and adjust at the text's cursor: in the list of similar claims they link one as evidence.
    for (QAction *action : {m_remove, m_note, m_judge, m_split, m_adjust}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_parts.window->removeAction(action);
        m_parts.claims->addAction(action);
        m_parts.text->addAction(action);
    }
}

QAction *ClaimActions::make(const QString &name, const QString &text, const QList<QKeySequence> &keys)
{
    return addWindowAction(m_parts.window, name, text, keys);
}

void ClaimActions::populate(QMenu *menu) const
{
    menu->addActions(m_mark);
    menu->addAction(m_judge);
    menu->addAction(m_autoAdvance);
    menu->addSeparator();
    menu->addAction(m_note);
    menu->addSeparator();
    menu->addAction(m_next);
    menu->addAction(m_previous);
    menu->addAction(m_nextNotChecked);
    menu->addSeparator();
    menu->addAction(m_add);
    menu->addAction(m_makeClaim);
    menu->addAction(m_split);
    menu->addAction(m_merge);
    menu->addAction(m_adjust);
    menu->addAction(m_remove);
}

QList<QAction *> ClaimActions::editingActions() const
{
    return m_mark + QList<QAction *>{m_judge, m_note, m_add, m_makeClaim, m_split, m_merge, m_adjust, m_remove};
}

QList<QAction *> ClaimActions::tableMenu() const
{
    return m_mark + QList<QAction *>{m_judge, nullptr, m_note, m_nextNotChecked, nullptr, m_merge, m_remove};
}

QList<QAction *> ClaimActions::textMenu() const
{
    return QList<QAction *>{m_add, m_makeClaim, m_split, m_adjust, m_remove, nullptr} + m_mark +
           QList<QAction *>{nullptr, m_note};
}

int ClaimActions::currentRow() const
{
    const QModelIndex current = m_parts.claims->currentIndex();
    return current.isValid() ? m_parts.proxy->mapToSource(current).row() : -1;
}

void ClaimActions::selectRow(int row)
{
    if (row < 0 || row >= m_parts.model->rowCount()) {
        return;
    }
    const QModelIndex index = m_parts.proxy->mapFromSource(m_parts.model->index(row, ClaimTableModel::TextColumn));
    m_parts.claims->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_parts.claims->scrollTo(index);
}

QList<Core::Id> ClaimActions::selectedClaimIds() const
{
    QList<Core::Id> ids;
    for (const QModelIndex &index : m_parts.claims->selectionModel()->selectedRows()) {
        ids.append(index.data(ClaimTableModel::ClaimIdRole).toLongLong());
    }
    if (ids.isEmpty() && m_parts.claims->currentIndex().isValid()) {
        ids.append(m_parts.claims->currentIndex().data(ClaimTableModel::ClaimIdRole).toLongLong());
    }
    return ids;
}

void ClaimActions::say(const QString &message, int timeout) const
{
    m_parts.status->showMessage(message, timeout);
}

void ClaimActions::mark(Verdict verdict)
{
    if (!m_parts.model->articleId()) {
        say(tr("No article is open: pick one in the article list, or import one with File › Import Articles…"));
        return;
    }
    if (m_parts.model->rowCount() == 0) {
        say(tr("This article has no claims to mark. Select text and press A to add one."));
        return;
    }
    const QList<Core::Id> ids = selectedClaimIds();
    if (ids.isEmpty()) {
        say(tr("No claim is selected: press J or K to pick one."));
        return;
    }
    if (!m_parts.project->setVerdict(ids, verdict)) {
        m_parts.status->clearMessage(); // the project said why in a message
        return;
    }
    const QString done =
        tr("Marked %n claim(s) %1.", nullptr, int(ids.size())).arg(Core::verdictLabel(verdict).toLower());
    if (!m_autoAdvance->isChecked()) {
        say(done);
        return;
    }
    // From the last of the marked rows, so marking a block moves past it.
    int from = m_parts.claims->currentIndex().row();
    for (const QModelIndex &index : m_parts.claims->selectionModel()->selectedRows()) {
        from = std::max(from, index.row());
    }
    const int next = nextNotCheckedViewRow(from);
    if (next < 0) {
        say(done + QLatin1Char(' ') + tr("Every claim of this article is checked."), 6000);
        return;
    }
    m_parts.claims->selectRow(next);
    say(done);
}

int ClaimActions::nextNotCheckedViewRow(int fromViewRow) const
{
    const int rows = m_parts.proxy->rowCount();
    for (int i = 1; i <= rows; ++i) {
        const int row = (fromViewRow + i + rows) % rows;
        const QModelIndex index = m_parts.proxy->index(row, ClaimTableModel::VerdictColumn);
        if (index.data(ClaimTableModel::VerdictRole).value<Verdict>() == Verdict::NotChecked) {
            return row;
        }
    }
    return -1;
}

void ClaimActions::nextNotChecked()
{
    const int next = nextNotCheckedViewRow(m_parts.claims->currentIndex().row());
    if (next < 0) {
        say(m_parts.proxy->rowCount() ? tr("Every claim of this article is checked.")
                                      : tr("This article has no claims."));
        return;
    }
    m_parts.claims->selectRow(next);
}

void ClaimActions::step(int step)
{
    const int rows = m_parts.proxy->rowCount();
    if (rows == 0) {
        say(tr("This article has no claims."));
        return;
    }
    const int current = m_parts.claims->currentIndex().row();
    m_parts.claims->selectRow(std::clamp(current < 0 ? 0 : current + step, 0, rows - 1));
}

void ClaimActions::editNote()
{
    const int row = currentRow();
    if (row < 0) {
        say(m_parts.model->rowCount() ? tr("No claim is selected: press J or K to pick one.")
                                      : tr("This article has no claims to write a note on."));
        return;
    }
    const Core::Claim claim = m_parts.model->claims().at(row);
    NoteDialog dialog(claim.text, claim.note, m_parts.window);
    if (dialog.exec() != QDialog::Accepted || dialog.note() == claim.note) {
        return;
    }
    if (m_parts.project->setNote(claim.id, dialog.note())) {
        say(tr("Note saved."), 3000);
    }
}

void ClaimActions::judge()
{
    const int row = currentRow();
    const QList<Core::Id> ids = selectedClaimIds();
    if (row < 0 || ids.isEmpty()) {
        say(m_parts.model->rowCount() ? tr("No claim is selected: press J or K to pick one.")
                                      : tr("This article has no claims to mark."));
        return;
    }
    const Core::Claim claim = m_parts.model->claims().at(row);
    JudgeDialog dialog(claim, m_parts.window);
    if (ids.size() > 1) {
        dialog.setWindowTitle(tr("Mark %n Claims with Reason", nullptr, int(ids.size())));
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QList<Core::Id> newState, newGrade;
    for (const Core::Claim &c : m_parts.model->claims()) {
        if (ids.contains(c.id)) {
            if (c.verdict != dialog.verdict()) {
                newState.append(c.id);
            }
            if (c.credibility != dialog.credibility()) {
                newGrade.append(c.id);
            }
        }
    }
    if (newState.isEmpty() && newGrade.isEmpty()) {
        say(tr("Nothing changed: the history keeps a reason beside a change of state or grade. A lasting remark "
               "belongs in the note (Enter)."),
            8000);
        return;
    }
    // Both changes are one step of Undo.
    QUndoStack *undo = m_parts.project->undoStack();
    const bool both = !newState.isEmpty() && !newGrade.isEmpty();
    if (both) {
        undo->beginMacro(tr("Mark %n claim(s) with a reason", nullptr, int(ids.size())));
    }
    const bool state = newState.isEmpty() || m_parts.project->setVerdict(newState, dialog.verdict(), dialog.reason());
    const bool grade = !state || newGrade.isEmpty() ||
                       m_parts.project->setCredibility(newGrade, dialog.credibility(), dialog.reason());
    if (both) {
        Core::endMacroDroppingEmpty(*undo); // nothing was written: no empty step of Undo either
    }
    if (state && grade) {
        say(tr("Marked; the reason is in the claim's history (the evidence pane)."), 5000);
    } else {
        m_parts.status->clearMessage(); // the project said why in a message
    }
}

bool ClaimActions::textSelection(int *start, int *end) const
{
    const QTextCursor cursor = m_parts.text->textCursor();
    if (!cursor.hasSelection()) {
        say(tr("Select the words in the article text first (Shift and the arrow keys, or the mouse)."), 6000);
        return false;
    }
    *start = cursor.selectionStart();
    *end = cursor.selectionEnd();
    return true;
}

void ClaimActions::addFromSelection()
{
    int start = 0;
    int end = 0;
    if (!textSelection(&start, &end)) {
        return;
    }
    if (m_parts.project->addClaim(m_parts.model->articleId(), start, end)) {
        selectRow(m_parts.model->rowAtPosition(start));
        say(tr("Claim added (Ctrl+Z takes it back)."));
    }
}

void ClaimActions::makeClaimOfUnit()
{
    const QTextCursor cursor = m_parts.text->textCursor();
    const auto unit = m_parts.text->unclaimedUnitAt(cursor.selectionStart());
    if (!unit) {
        say(tr("The text at the cursor is a claim already, or there is no text there. Put the cursor in a heading or "
               "a line that is not a claim."),
            6000);
        return;
    }
    if (m_parts.project->addClaim(m_parts.model->articleId(), unit->span.start, unit->span.end, unit->kind)) {
        selectRow(m_parts.model->rowAtPosition(unit->span.start));
        say(tr("%1 made a claim (Ctrl+Z takes it back).").arg(Core::unitKindLabel(unit->kind)));
    }
}

void ClaimActions::split()
{
    const int at = m_parts.text->textCursor().selectionStart();
    const int row = m_parts.model->rowAtPosition(at);
    if (row < 0 || at == m_parts.model->claims().at(row).start) {
        say(tr("Put the text cursor inside the claim, where its second part should start, then press S."), 6000);
        return;
    }
    if (m_parts.project->splitClaim(m_parts.model->claims().at(row).id, at)) {
        selectRow(row);
        say(tr("Claim split in two (Ctrl+Z joins it again)."));
    }
}

void ClaimActions::merge()
{
    const int row = currentRow();
    if (row < 0) {
        say(tr("No claim is selected: press J or K to pick one."));
        return;
    }
    if (row + 1 >= m_parts.model->rowCount()) {
        say(tr("This is the last claim of the article: there is no next claim to merge it with."));
        return;
    }
    if (m_parts.project->mergeWithNext(m_parts.model->claims().at(row).id)) {
        selectRow(row);
        say(tr("Merged with the next claim (Ctrl+Z splits them again)."));
    }
}

void ClaimActions::adjust()
{
    const int row = currentRow();
    if (row < 0) {
        say(tr("No claim is selected: press J or K to pick the claim to adjust."));
        return;
    }
    int start = 0;
    int end = 0;
    if (!textSelection(&start, &end)) {
        return;
    }
    if (m_parts.project->adjustClaim(m_parts.model->claims().at(row).id, start, end)) {
        selectRow(m_parts.model->rowAtPosition(start));
        say(tr("Claim adjusted to the selection (Ctrl+Z undoes it)."));
    }
}

void ClaimActions::remove()
{
    const QList<Core::Id> ids = selectedClaimIds();
    if (ids.isEmpty()) {
        say(tr("No claim is selected: press J or K to pick one."));
        return;
    }
    const int row = currentRow();
    if (m_parts.project->removeClaims(ids)) {
        selectRow(std::min(row, m_parts.model->rowCount() - 1));
        say(tr("Removed %n claim(s): not claims (Ctrl+Z brings them back).", nullptr, int(ids.size())));
    }
}

} // namespace Credence::Ui
