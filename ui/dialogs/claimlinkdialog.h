#pragma once

#include "domain/id.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTimer;

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

/// Finds another claim of the project to link as evidence: type words of it, pick it from the list (arrows, Enter).
/// The claim being judged is not offered.
class ClaimLinkDialog : public QDialog
{
    Q_OBJECT
public:
    ClaimLinkDialog(Core::Project *project, Core::Id forClaim, QWidget *parent = nullptr);

    /// The claim picked, or 0.
    Core::Id linkedClaim() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find();

    Core::Project *m_project;
    Core::Id m_forClaim;
    QLineEdit *m_query;
    QListWidget *m_results;
    QTimer *m_debounce;
};

} // namespace Credence::Ui
