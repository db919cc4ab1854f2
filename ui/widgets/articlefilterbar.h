#pragma once

#include "models/articlelistmodel.h"

#include <QWidget>

class QLabel;

namespace Credence::Ui {

/// The line above the article list while it lists one source's or one author's articles only: says whose, and
/// gives every article back with one click (or Escape in the list).
class ArticleFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleFilterBar(ArticleListModel *model, QWidget *parent = nullptr);

    /// Lists the articles of the source or author @p id named @p name (0: those without one); FilterBy::Nothing
    /// lists all again.
    void setFilter(ArticleListModel::FilterBy by, Core::Id id, const QString &name);
    void clear();

private:
    ArticleListModel *m_model;
    QLabel *m_text;
};

} // namespace Credence::Ui
