#pragma once

#include "domain/article.h"

#include <QPlainTextEdit>

namespace Credence::Ui {

class ArticleHighlighter;

/// Read-only article text with its claims tinted by verdict and the current claim marked. Clicking in the text
/// reports the position so the claim there can be selected.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void setArticle(const QString &body, const QList<Core::Claim> &claims);
    /// Refreshes the verdict tints after a verdict change, keeping text and scroll position.
    void setClaims(const QList<Core::Claim> &claims);
    /// Marks claim @p row (an index into the claims list) and scrolls to it; -1 clears the mark.
    void setCurrentClaim(int row);
    int currentClaim() const { return m_current; }

Q_SIGNALS:
    /// The user clicked at @p position in the body.
    void positionActivated(int position);

protected:
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void updateSelections();

    ArticleHighlighter *m_highlighter = nullptr;
    QList<Core::Claim> m_claims;
    int m_current = -1;
};

} // namespace Credence::Ui
