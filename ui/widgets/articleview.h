#pragma once

#include "claims/textunits.h"
#include "domain/article.h"

#include <QPlainTextEdit>

namespace Credence::Ui {

class ArticleHighlighter;

/// Read-only article text with its claims underlined by state (see VerdictStyle), the current claim marked and
/// headings shown as structure. Clicking in the text reports the position so the claim there can be selected; Up
/// and Down move between claims, so the keys that judge claims work the same here as in the claims table.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void setArticle(const QString &body, const QList<Core::Claim> &claims, const QString &language = {});
    /// Refreshes the state marks after a change, keeping text and scroll position.
    void setClaims(const QList<Core::Claim> &claims);
    /// Marks claim @p row (an index into the claims list) and scrolls to it; -1 clears the mark.
    void setCurrentClaim(int row);
    int currentClaim() const { return m_current; }
    /// The unit of the body at @p position that no claim covers (a heading, a caption ...), if any.
    std::optional<Core::TextUnit> unclaimedUnitAt(int position) const;
    /// Actions shown after the standard ones (Copy, Select All) in the context menu.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

Q_SIGNALS:
    /// The user clicked at @p position in the body.
    void positionActivated(int position);
    /// The user pressed Up (-1) or Down (+1): move to the claim before or after the current one.
    void claimStepRequested(int step);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void updateSelections();
    void markHeadings();

    ArticleHighlighter *m_highlighter = nullptr;
    QList<Core::Claim> m_claims;
    QList<Core::TextUnit> m_units;
    QList<QAction *> m_contextActions;
    int m_current = -1;
};

} // namespace Credence::Ui
