#include "sourcedialog.h"

#include "formfields.h"
#include "project/project.h"
#include "savekeys.h"
#include "widgets/criteriaeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Credence::Ui {

SourceDialog::SourceDialog(Core::Project *project, const Core::Source &source, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_name(new QLineEdit(source.name, this))
    , m_kind(new QComboBox(this))
    , m_domains(smallEditor(this, 2))
    , m_aliases(smallEditor(this, 2))
    , m_country(new QLineEdit(source.country, this))
    , m_language(new QLineEdit(source.language, this))
    , m_notes(smallEditor(this, 3))
    , m_grade(new QComboBox(this))
    , m_reason(new QLineEdit(source.gradeReason, this))
    , m_history(new QListWidget(this))
    , m_criteria(new CriteriaEditor(project->criteriaOf(source.id), project->proposedCriteria(source.id), this))
{
    setObjectName(QStringLiteral("sourceDialog"));
    setWindowTitle(tr("Source"));
    m_name->setObjectName(QStringLiteral("sourceName"));
    for (const Core::SourceKind kind : Core::allSourceKinds()) {
        m_kind->addItem(Core::sourceKindLabel(kind), static_cast<int>(kind));
    }
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(source.kind)));
    m_domains->setObjectName(QStringLiteral("sourceDomains"));
    m_domains->setPlainText(source.domains.join(u'\n'));
    m_domains->setPlaceholderText(tr("example.com, one a line"));
    m_aliases->setObjectName(QStringLiteral("sourceAliases"));
    m_aliases->setPlainText(source.aliases.join(u'\n'));
    m_aliases->setPlaceholderText(tr("Other names pages give it, one a line"));
    m_country->setPlaceholderText(tr("e.g. NO"));
    m_language->setPlaceholderText(tr("e.g. en"));
    m_notes->setPlainText(source.notes);

    m_grade->setObjectName(QStringLiteral("sourceGrade"));
    m_grade->addItem(Core::sourceGradeLabel(QString()), QString());
    for (const QString &grade : Core::sourceGrades()) {
        m_grade->addItem(Core::sourceGradeLabel(grade), grade);
    }
    m_grade->setCurrentIndex(qMax(0, m_grade->findData(source.grade)));
    m_reason->setObjectName(QStringLiteral("sourceGradeReason"));
    m_reason->setPlaceholderText(tr("Why this grade: what the source did, where it was seen"));
    // The claims' grade beside the user's: the two are never blended.
    auto *computed = new QLabel(
        tr("From its claims: %1").arg(Core::sourceGradeLabel(project->computedSourceGrade(source.id))), this);
    computed->setObjectName(QStringLiteral("sourceComputedGrade"));
    computed->setTextFormat(Qt::PlainText);
    m_history->setObjectName(QStringLiteral("sourceHistory"));
    m_history->setAccessibleName(tr("Grades set before"));
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFixedHeight(m_history->fontMetrics().lineSpacing() * 4 + 8);
    const QList<Core::SourceGradeChange> history = project->sourceGradeHistory(source.id);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const QString from = it->from.isEmpty() ? tr("none") : it->from;
        const QString to = it->to.isEmpty() ? tr("none") : it->to;
        QString line = QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat) + QStringLiteral(" · ") + from +
                       QStringLiteral(" → ") + to + QStringLiteral(" (") + tr("computed %1").arg(it->computed) + u')';
        if (!it->reason.isEmpty()) {
            line += QStringLiteral(": ") + it->reason;
        }
        m_history->addItem(line);
    }
    if (history.isEmpty()) {
        m_history->addItem(tr("No grade set yet."));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Domains:"), m_domains);
    form->addRow(tr("&Other names:"), m_aliases);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("No&tes:"), m_notes);
    form->addRow(tr("&Grade:"), m_grade);
    form->addRow(QString(), computed);
    form->addRow(tr("&Why:"), m_reason);
    form->addRow(tr("History:"), m_history);
    acceptOnCtrlEnter(this, m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The record and its grade on one page, the criteria raters judge a source by on the other.
    auto *record = new QWidget(this);
    auto *recordLayout = new QVBoxLayout(record);
    recordLayout->addLayout(form);
    recordLayout->addStretch(1); // extra height below the fields, not between them
    auto *pages = new QTabWidget(this);
    pages->setObjectName(QStringLiteral("sourcePages"));
    pages->addTab(record, tr("&Record"));
    pages->addTab(m_criteria, tr("Cr&iteria"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pages, 1);
    layout->addWidget(buttons);
    resize(760, 560);
    m_name->setFocus();
}

Core::Source SourceDialog::source() const
{
    Core::Source edited = m_source;
    edited.name = m_name->text().simplified();
    edited.kind = static_cast<Core::SourceKind>(m_kind->currentData().toInt());
    edited.domains = linesOf(m_domains);
    for (QString &domain : edited.domains) {
        domain = domain.toLower();
        if (domain.startsWith(QLatin1String("www."))) {
            domain = domain.mid(4);
        }
    }
    edited.aliases = linesOf(m_aliases);
    edited.country = m_country->text().trimmed();
    edited.language = m_language->text().trimmed();
    edited.notes = m_notes->toPlainText().trimmed();
    edited.grade = m_grade->currentData().toString();
    edited.gradeReason = m_reason->text().trimmed();
    return edited;
}

QList<Core::CriterionEntry> SourceDialog::criteria() const
{
    return m_criteria->entries();
}

} // namespace Credence::Ui
