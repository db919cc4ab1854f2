#pragma once

#include "domain/article.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ArticleDetailsDialog;
}

namespace Credence::Ui {

/// Lets the user correct an article's title, source, author, date and URL.
class ArticleDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    ArticleDetailsDialog(const Core::ArticleMetadata &metadata, const QStringList &knownSources,
                         QWidget *parent = nullptr);
    ~ArticleDetailsDialog() override;

    Core::ArticleMetadata metadata() const;

private:
    std::unique_ptr<::Ui::ArticleDetailsDialog> m_ui;
};

} // namespace Credence::Ui
