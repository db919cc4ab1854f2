#include "projectdetailsdialog.h"

#include "formfields.h"
#include "savekeys.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Credence::Ui {

ProjectDetailsForm::ProjectDetailsForm(const Core::ProjectDetails &details, const QString &fileName, bool withPublisher,
                                       QWidget *parent)
    : QWidget(parent)
    , m_details(details)
    , m_title(new QLineEdit(details.title, this))
    , m_author(new QLineEdit(details.author, this))
    , m_scope(smallEditor(this, 3))
{
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setPlaceholderText(fileName);
    m_title->setToolTip(tr("The title on the report's cover; empty: the project file's name."));
    m_author->setObjectName(QStringLiteral("detailsAuthor"));
    m_author->setPlaceholderText(tr("Who prepared the report: a person or a desk"));
    m_scope->setObjectName(QStringLiteral("detailsScope"));
    m_scope->setPlainText(details.scope);
    m_scope->setPlaceholderText(tr("What was checked: the story, the period, the question"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("A&uthor:"), m_author);
    form->addRow(tr("&Scope:"), m_scope);
    if (withPublisher) {
        m_publisherName = new QLineEdit(details.publisherName, this);
        m_publisherName->setObjectName(QStringLiteral("detailsPublisherName"));
        m_publisherName->setPlaceholderText(tr("The organisation that publishes the fact-checks"));
        m_publisherUrl = new QLineEdit(details.publisherUrl, this);
        m_publisherUrl->setObjectName(QStringLiteral("detailsPublisherUrl"));
        m_publisherUrl->setPlaceholderText(QStringLiteral("https://"));
        form->addRow(tr("&Publisher:"), m_publisherName);
        form->addRow(tr("Publisher's &web address:"), m_publisherUrl);
    }
}

Core::ProjectDetails ProjectDetailsForm::details() const
{
    Core::ProjectDetails details = m_details;
    details.title = m_title->text().trimmed();
    details.author = m_author->text().trimmed();
    details.scope = m_scope->toPlainText().trimmed();
    if (m_publisherName) {
        details.publisherName = m_publisherName->text().trimmed();
        details.publisherUrl = m_publisherUrl->text().trimmed();
    }
    return details;
}

QString ProjectDetailsForm::problem() const
{
    const QString address = details().publisherUrl;
    if (address.isEmpty()) {
        return {};
    }
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        return tr("The publisher's web address must begin with http:// or https:// and name a site, such as "
                  "https://factcheck.example.org.");
    }
    return {};
}

ProjectDetailsDialog::ProjectDetailsDialog(const Core::ProjectDetails &details, const QString &fileName,
                                           QWidget *parent)
    : QDialog(parent)
    , m_form(new ProjectDetailsForm(details, fileName, true, this))
{
    setObjectName(QStringLiteral("projectDetailsDialog"));
    setWindowTitle(tr("Project Details"));
    auto *intro = new QLabel(tr("The report's cover shows the title, author and scope; fact-checks exported as "
                                "ClaimReview name the publisher."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ProjectDetailsDialog::accept()
{
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}

} // namespace Credence::Ui
