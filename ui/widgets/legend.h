#pragma once

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

    ArticleHighlighter *m_highlighter = nullptr;
};

} // namespace Credence::Ui
