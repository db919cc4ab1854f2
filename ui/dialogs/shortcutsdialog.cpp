#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Credence::Ui {

namespace {

/// A menu text without its mnemonic marker: "Mark &Corroborated" -> "Mark Corroborated", "R&&D" -> "R&D".
QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void addMenu(QTreeWidget *tree, const QMenu *menu, const QString &path)
{
    QTreeWidgetItem *group = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator()) {
            continue;
        }
        if (action->menu()) {
            addMenu(tree, action->menu(), path + QStringLiteral(" › ") + withoutMnemonic(action->text()));
            continue;
        }
        if (action->shortcuts().isEmpty()) {
            continue;
        }
        if (!group) {
            group = new QTreeWidgetItem(tree, {path});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts()) {
            keys.append(sequence.toString(QKeySequence::NativeText));
        }
        auto *item =
            new QTreeWidgetItem(group, {withoutMnemonic(action->text()), keys.join(ShortcutsDialog::tr(" or "))});
        item->setToolTip(0, action->toolTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsSheet"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setAccessibleDescription(tr("Every action with its keys, by menu."));
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    for (QAction *action : menus->actions()) {
        if (action->menu()) {
            addMenu(m_tree, action->menu(), withoutMnemonic(action->text()));
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    // Wide enough for both columns in any language: "Strg+Z oder Alt+Rücktaste" is longer than "Ctrl+Z or
    // Alt+Backspace".
    const int columns = m_tree->columnWidth(0) + m_tree->columnWidth(1) +
                        m_tree->verticalScrollBar()->sizeHint().width() + 2 * m_tree->frameWidth();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    const QMargins margins = layout->contentsMargins();
    resize(std::max(560, columns + margins.left() + margins.right() + 24), 640);
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            rows.append(group->text(0) + QLatin1Char('\t') + group->child(i)->text(0) + QLatin1Char('\t') +
                        group->child(i)->text(1));
        }
    }
    return rows;
}

} // namespace Credence::Ui
