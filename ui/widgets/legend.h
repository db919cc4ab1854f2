#pragma once

#include <QHash>
#include <QTextEdit>

namespace Credence::Ui {

class ArticleHighlighter;

/// The key to the article text, under it: each claim state with its icon and underline, and the cues the
/// highlighter marks, drawn by the same formats and the same highlighter as the text itself, so the key cannot
/// drift from what it explains.
class Legend : public QTextEdit
{
    Q_OBJECT
public:
    explicit Legend(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    /// How many claim states fit on one line at the current width: 4, 2 or 1. A state's icon and its name never
    /// part (a text layout may break a line after an inline image, whatever follows it), so the states are laid out
    /// in rows of whole entries instead of being wrapped.
    int statesPerLine();

    ArticleHighlighter *m_highlighter = nullptr;
    int m_statesPerLine = 4;
    QHash<int, qreal> m_statesWidth; ///< width the states take at 4 and 2 a line, measured once per font and palette
};

} // namespace Credence::Ui
