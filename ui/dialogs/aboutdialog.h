#pragma once

#include <QDialog>

namespace Credence::Ui {

/// Help › About Credence: the icon, the version (with the Qt it runs on, for bug reports) and the MIT licence text.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Credence::Ui
