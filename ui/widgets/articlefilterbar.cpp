#include "articlefilterbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Credence::Ui {

ArticleFilterBar::ArticleFilterBar(ArticleListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("articleFilterBar"));
    m_text->setTextFormat(Qt::PlainText); // a source's name is page text
    m_text->setObjectName(QStringLiteral("articleFilterText"));
    auto *all = new QToolButton(this);
    all->setObjectName(QStringLiteral("showAllArticles"));
    all->setText(tr("Show All"));
    all->setToolTip(tr("List every article of the project again"));
    connect(all, &QToolButton::clicked, this, &ArticleFilterBar::clear);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(all);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    hide();
}

void ArticleFilterBar::setFilter(ArticleListModel::FilterBy by, Core::Id id, const QString &name)
{
    m_model->setFilter(by, id);
    switch (by) {
    case ArticleListModel::FilterBy::Nothing:
        hide();
        return;
    case ArticleListModel::FilterBy::Source:
        m_text->setText(id == 0 ? tr("Articles without a source") : tr("Articles of %1").arg(name));
        break;
    case ArticleListModel::FilterBy::Author:
        m_text->setText(id == 0 ? tr("Articles without an author") : tr("Articles by %1").arg(name));
        break;
    }
    show();
}

void ArticleFilterBar::clear()
{
    setFilter(ArticleListModel::FilterBy::Nothing, 0, QString());
}

} // namespace Credence::Ui
