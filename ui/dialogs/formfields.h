#pragma once

#include <QPlainTextEdit>
#include <QStringList>

namespace Credence::Ui {

/// The lines of @p edit, trimmed, without empty lines or repeats: a list typed one item a line.
inline QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty() && !lines.contains(line.trimmed())) {
            lines.append(line.trimmed());
        }
    }
    return lines;
}

/// A plain-text field of a form @p lines high, which Tab leaves (a form is walked with Tab).
inline QPlainTextEdit *smallEditor(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace Credence::Ui
