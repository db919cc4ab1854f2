#pragma once

#include "import/importer.h"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace Credence::Core {

/// Imports files into a project file from a worker thread, through its own database connection (Qt SQL
/// connections belong to one thread). Move it to a QThread and invoke run(); cancel() may be called from any
/// thread and takes effect between two files. Articles already stored stay stored.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(const QString &projectPath, const QStringList &files, QObject *parent = nullptr);

    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /// Before file @p index (0-based) of @p total is read.
    void progress(int index, int total, const QString &file);
    void finished(const QList<Credence::Core::ImportOutcome> &outcomes, bool cancelled);

private:
    QString m_projectPath;
    QStringList m_files;
    std::atomic<bool> m_cancelled{false};
};

/// Files to import from paths the user dropped or chose: folders are searched recursively for text, Markdown and
/// HTML files.
QStringList expandImportPaths(const QStringList &paths);

} // namespace Credence::Core

Q_DECLARE_METATYPE(Credence::Core::ImportOutcome)
