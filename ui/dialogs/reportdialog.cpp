#include "reportdialog.h"

#include "project/project.h"
#include "projectdetailsdialog.h"
#include "report/reportjob.h"
#include "widgets/summarycharts.h"
#include "workerprogress.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Credence::Ui {

namespace {
constexpr int SourceIdRole = Qt::UserRole + 1;
}

ReportDialog::ReportDialog(Core::Project &project, const QList<Core::Id> &selected, QWidget *parent)
    : QDialog(parent)
    , m_form(new ProjectDetailsForm(project.details(), project.displayName(), false, this))
    , m_all(new QRadioButton(tr("&All sources, and the articles without one"), this))
    , m_some(new QRadioButton(tr("&Only these sources:"), this))
    , m_sources(new QListWidget(this))
    , m_notChecked(new QCheckBox(tr("&List the claims not checked yet (else they are counted)"), this))
    , m_paper(new QComboBox(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export Report"));
    auto *cover = new QGroupBox(tr("Cover"), this);
    auto *coverLayout = new QVBoxLayout(cover);
    coverLayout->addWidget(m_form);
    if (project.isReadOnly()) {
        // What is typed here becomes the project's: a project that cannot be written keeps the cover it has.
        m_form->setEnabled(false);
        auto *why = new QLabel(tr("The project is read-only: the cover shows its details as they are."), cover);
        why->setWordWrap(true);
        coverLayout->addWidget(why);
    }

    auto *scope = new QGroupBox(tr("Sources"), this);
    m_all->setObjectName(QStringLiteral("reportAllSources"));
    m_some->setObjectName(QStringLiteral("reportSomeSources"));
    m_sources->setObjectName(QStringLiteral("reportSources"));
    m_sources->setAccessibleName(tr("Sources in the report"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_all);
    group->addButton(m_some);
    for (const Core::ScoreRow &row : project.reliabilitySummary().sources) {
        // Names come from pages: the item shows them as text (QListWidgetItem never reads markup).
        auto *item = new QListWidgetItem(tr("%1 — grade %2").arg(row.name, row.computedGrade), m_sources);
        item->setData(SourceIdRole, row.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(selected.contains(row.id) ? Qt::Checked : Qt::Unchecked);
    }
    (selected.isEmpty() ? m_all : m_some)->setChecked(true);
    m_sources->setEnabled(m_some->isChecked());
    connect(m_some, &QRadioButton::toggled, m_sources, &QWidget::setEnabled);
    auto *scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_some);
    scopeLayout->addWidget(m_sources);

    m_notChecked->setObjectName(QStringLiteral("reportListNotChecked"));
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(m_paper->findData(int(Core::defaultPageSize())));
    auto *optionsLayout = new QFormLayout;
    optionsLayout->addRow(m_notChecked);
    optionsLayout->addRow(tr("&Paper:"), m_paper);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("reportExport"));
    exportButton->setDefault(true);
    QPushButton *preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("reportPreview"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(preview, &QPushButton::clicked, this, [this] {
        if (m_some->isChecked() && options().sources.isEmpty()) {
            QMessageBox::information(this, windowTitle(), tr("Tick at least one source, or choose all sources."));
            return;
        }
        Q_EMIT previewRequested();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(cover);
    layout->addWidget(scope, 1);
    layout->addLayout(optionsLayout);
    layout->addWidget(buttons);
    resize(600, 620);
}

Core::ReportOptions ReportDialog::options() const
{
    Core::ReportOptions options;
    if (m_some->isChecked()) {
        for (int i = 0; i < m_sources->count(); ++i) {
            const QListWidgetItem *item = m_sources->item(i);
            if (item->checkState() == Qt::Checked) {
                options.sources.append(item->data(SourceIdRole).toLongLong());
            }
        }
    }
    options.listNotChecked = m_notChecked->isChecked();
    options.pageSize = QPageSize::PageSizeId(m_paper->currentData().toInt());
    return options;
}

Core::ProjectDetails ReportDialog::details() const
{
    return m_form->details();
}

void ReportDialog::accept()
{
    if (m_some->isChecked() && options().sources.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Tick at least one source, or choose all sources."));
        return;
    }
    QDialog::accept();
}

QString writeReportWithProgress(QWidget *parent, Core::Project &project, const Core::ReportOptions &options,
                                const QString &path, bool *cancelled, int *pages)
{
    // Qt Charts draws on the GUI thread only: the charts are recorded here, the pages are laid out on the worker.
    const Core::ReliabilitySummary summary = Core::PdfReport::selectedSummary(project.reliabilitySummary(), options);
    const QList<Core::ReportChart> charts =
        summary.sources.isEmpty() ? QList<Core::ReportChart>() : SummaryCharts::reportCharts(summary);
    project.checkpoint(); // the worker's connection reads what the window has written
    QProgressDialog dialog(QObject::tr("Writing the report…"), QObject::tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("reportProgress"));
    setUpProgress(dialog, QObject::tr("Export Report"));
    auto *job = new Core::ReportJob(project.path(), options, charts, path);
    QObject::connect(job, &Core::ReportJob::progress, &dialog, [&dialog](qint64 done, qint64 total) {
        dialog.setMaximum(int(std::min<qint64>(total, INT_MAX)));
        dialog.setValue(int(std::min<qint64>(done, INT_MAX)));
        dialog.setLabelText(
            QObject::tr("Writing the report: article %1 of %2…").arg(QString::number(done), QString::number(total)));
    });
    QString error;
    bool stopped = false;
    int written = 0;
    QObject::connect(job, &Core::ReportJob::finished, &dialog, [&](const QString &message, bool wasCancelled, int n) {
        error = message;
        stopped = wasCancelled;
        written = n;
    });
    runOnWorker(dialog, job, &Core::ReportJob::finished);
    dialog.reset();
    if (cancelled) {
        *cancelled = stopped;
    }
    if (pages) {
        *pages = written;
    }
    return error;
}

} // namespace Credence::Ui
