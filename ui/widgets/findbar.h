#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Credence::Ui {

/// Edit › Find in Article: a bar under the article text that finds text in it, ignoring case, and says "n of m".
/// Enter and F3 go to the next match, Shift+Enter and Shift+F3 to the previous one (both wrap); Escape closes the
/// bar and gives the text the focus back. The match is shown as the text's selection.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *text, QWidget *parent = nullptr);

    /// Shows the bar with the keyboard focus in its field (the text selected in the article, if any, as its text).
    void open();
    void dismiss();
    void findNext() { step(+1); }
    void findPrevious() { step(-1); }
    /// The matches of the field's text in the article, as body offsets, and the one shown (-1: none).
    const QList<int> &matches() const { return m_matches; }
    int current() const { return m_current; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Finds every match again (the text or the article changed) and shows the first one at or after the cursor.
    void refresh();
    void step(int direction);
    void showMatch(int index);
    void updateCount();

    QPlainTextEdit *m_text;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QList<int> m_matches;
    int m_current = -1;
};

} // namespace Credence::Ui
