#pragma once

#include "domain/projectdetails.h"

#include <QDialog>
#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace Credence::Ui {

/// The fields of a project's details as a form: the report's title, author and scope, and (when asked for) the
/// publisher fact-checks are published under. Shared by the Project Details dialog and the report's dialog.
class ProjectDetailsForm : public QWidget
{
    Q_OBJECT
public:
    /// @p fileName stands in for an empty title (it is what the report would use).
    ProjectDetailsForm(const Core::ProjectDetails &details, const QString &fileName, bool withPublisher,
                       QWidget *parent = nullptr);

    /// The details as edited; fields the form does not show keep their values.
    Core::ProjectDetails details() const;
    /// Why the details cannot be saved (a publisher address that is not a web address), or empty.
    QString problem() const;

private:
    Core::ProjectDetails m_details;
    QLineEdit *m_title;
    QLineEdit *m_author;
    QPlainTextEdit *m_scope;
    QLineEdit *m_publisherName = nullptr;
    QLineEdit *m_publisherUrl = nullptr;
};

/// File › Project Details: what the project says about itself.
class ProjectDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    ProjectDetailsDialog(const Core::ProjectDetails &details, const QString &fileName, QWidget *parent = nullptr);

    Core::ProjectDetails details() const { return m_form->details(); }
    void accept() override;

private:
    ProjectDetailsForm *m_form;
};

} // namespace Credence::Ui
