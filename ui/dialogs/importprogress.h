#pragma once

#include "import/importer.h"

#include <QStringList>

class QWidget;

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

/// Imports @p files on a worker thread while a progress dialog (shown only when the import takes a moment) lets
/// the user cancel. The window stays responsive. Returns what became of each file that was read.
QList<Core::ImportOutcome> importWithProgress(QWidget *parent, Core::Project *project, const QStringList &files,
                                              bool *cancelled = nullptr);

} // namespace Credence::Ui
