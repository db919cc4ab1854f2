#include "articledetailsdialog.h"

#include "ui_articledetailsdialog.h"

namespace Credence::Ui {

ArticleDetailsDialog::ArticleDetailsDialog(const Core::ArticleMetadata &metadata, const QStringList &knownSources,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ArticleDetailsDialog>())
{
    m_ui->setupUi(this);
    m_ui->title->setText(metadata.title);
    m_ui->publication->addItems(knownSources);
    m_ui->publication->setCurrentText(metadata.publication);
    m_ui->author->setText(metadata.author);
    m_ui->hasDate->setChecked(metadata.published.isValid());
    m_ui->published->setEnabled(metadata.published.isValid());
    m_ui->published->setDate(metadata.published.isValid() ? metadata.published : QDate::currentDate());
    m_ui->url->setText(metadata.url);
    m_ui->originalSource->setText(metadata.originalSource);
    m_ui->language->setText(metadata.language);
    m_ui->standfirst->setPlainText(metadata.standfirst);
    m_ui->title->setFocus();
}

ArticleDetailsDialog::~ArticleDetailsDialog() = default;

Core::ArticleMetadata ArticleDetailsDialog::metadata() const
{
    Core::ArticleMetadata m;
    m.title = m_ui->title->text().trimmed();
    m.publication = m_ui->publication->currentText().trimmed();
    m.author = m_ui->author->text().trimmed();
    m.published = m_ui->hasDate->isChecked() ? m_ui->published->date() : QDate();
    m.url = m_ui->url->text().trimmed();
    m.originalSource = m_ui->originalSource->text().trimmed();
    m.language = m_ui->language->text().trimmed();
    m.standfirst = m_ui->standfirst->toPlainText().trimmed();
    return m;
}

} // namespace Credence::Ui
