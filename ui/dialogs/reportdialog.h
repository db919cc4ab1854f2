#pragma once

#include "domain/id.h"
#include "domain/projectdetails.h"
#include "report/pdfreport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QListWidget;
class QRadioButton;

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

class ProjectDetailsForm;

/// File › Export Report: what the report covers (its cover's title, author and scope, which are the project's own;
/// all sources or some; whether claims not checked are listed) and its paper. Preview shows it as it will print;
/// Export asks where to write the PDF.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p selected: the sources chosen in the window (an empty list: every source).
    ReportDialog(Core::Project &project, const QList<Core::Id> &selected, QWidget *parent = nullptr);

    Core::ReportOptions options() const;
    Core::ProjectDetails details() const;
    void accept() override;

Q_SIGNALS:
    /// The user asked to see the report before writing it.
    void previewRequested();

private:
    ProjectDetailsForm *m_form;
    QRadioButton *m_all;
    QRadioButton *m_some;
    QListWidget *m_sources;
    QCheckBox *m_notChecked;
    QComboBox *m_paper;
};

/// Writes the report to @p path on a worker thread with a progress dialog that can cancel it; the charts are drawn
/// here first. Returns an empty string on success, else why not (cancelled: @p cancelled is set).
QString writeReportWithProgress(QWidget *parent, Core::Project &project, const Core::ReportOptions &options,
                                const QString &path, bool *cancelled = nullptr, int *pages = nullptr);

} // namespace Credence::Ui
