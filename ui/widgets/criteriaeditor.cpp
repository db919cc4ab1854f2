#include "criteriaeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Credence::Ui {

namespace {

enum Column
{
    CriterionColumn,
    AnswerColumn,
    NoteColumn,
    SuggestionColumn,
    ColumnCount
};

constexpr Core::CriterionAnswer Answers[] = {Core::CriterionAnswer::Unanswered, Core::CriterionAnswer::Met,
                                             Core::CriterionAnswer::NotMet, Core::CriterionAnswer::NotApplicable};

} // namespace

CriteriaEditor::CriteriaEditor(const QList<Core::CriterionEntry> &entries,
                               const QList<Core::CriterionProposal> &proposals, QWidget *parent)
    : QWidget(parent)
    , m_proposals(proposals)
    , m_table(new QTableWidget(int(Core::sourceCriteria().size()), ColumnCount, this))
    , m_score(new QLabel(this))
{
    setObjectName(QStringLiteral("criteriaEditor"));
    m_table->setObjectName(QStringLiteral("criteriaTable"));
    m_table->setHorizontalHeaderLabels({tr("Criterion"), tr("Answer"), tr("Note or evidence"), tr("Suggested")});
    m_table->setAccessibleName(tr("Criteria"));
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    const QLocale locale;
    for (int row = 0; row < Core::sourceCriteria().size(); ++row) {
        const Core::Criterion &criterion = Core::sourceCriteria().at(row);
        auto *name = new QTableWidgetItem(Core::criterionLabel(criterion) + QStringLiteral(" (") +
                                          locale.toString(criterion.points) + u')');
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, criterion.key);
        name->setToolTip(tr("%1 of 100 points").arg(locale.toString(criterion.points)));
        m_table->setItem(row, CriterionColumn, name);
        auto *answer = new QComboBox(m_table);
        for (const Core::CriterionAnswer a : Answers) {
            answer->addItem(Core::criterionAnswerLabel(a), int(a));
        }
        Core::CriterionEntry entry{criterion.key, Core::CriterionAnswer::Unanswered, {}};
        for (const Core::CriterionEntry &stored : entries) {
            if (stored.key == criterion.key) {
                entry = stored;
            }
        }
        answer->setCurrentIndex(answer->findData(int(entry.answer)));
        connect(answer, &QComboBox::currentIndexChanged, this, &CriteriaEditor::updateScore);
        m_table->setCellWidget(row, AnswerColumn, answer);
        m_table->setItem(row, NoteColumn, new QTableWidgetItem(entry.note)); // plain text: items never parse markup
        QString suggestion;
        for (const Core::CriterionProposal &proposal : proposals) {
            if (proposal.key == criterion.key) {
                // Unanswered: something to look at, no answer proposed.
                suggestion = proposal.answer == Core::CriterionAnswer::Unanswered
                                 ? proposal.reason
                                 : Core::criterionAnswerLabel(proposal.answer) + QStringLiteral(": ") + proposal.reason;
            }
        }
        auto *suggested = new QTableWidgetItem(suggestion);
        suggested->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, SuggestionColumn, suggested);
    }
    m_table->horizontalHeader()->setSectionResizeMode(CriterionColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AnswerColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SuggestionColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *apply = new QPushButton(tr("Apply &Suggestions"), this);
    apply->setObjectName(QStringLiteral("applySuggestions"));
    apply->setToolTip(tr("Answer the criteria left open as the project's data suggests (check them before saving)"));
    apply->setEnabled(!proposals.isEmpty());
    connect(apply, &QPushButton::clicked, this, &CriteriaEditor::applySuggestions);
    m_score->setObjectName(QStringLiteral("criteriaScore"));
    m_score->setTextFormat(Qt::PlainText);
    m_score->setWordWrap(true);
    auto *below = new QHBoxLayout;
    below->addWidget(m_score, 1);
    below->addWidget(apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(below);
    updateScore();
}

QList<Core::CriterionEntry> CriteriaEditor::entries() const
{
    QList<Core::CriterionEntry> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *answer = qobject_cast<QComboBox *>(m_table->cellWidget(row, AnswerColumn));
        result.append({m_table->item(row, CriterionColumn)->data(Qt::UserRole).toString(),
                       Core::CriterionAnswer(answer->currentData().toInt()),
                       m_table->item(row, NoteColumn)->text().trimmed()});
    }
    return result;
}

void CriteriaEditor::updateScore()
{
    const Core::CriteriaScore score = Core::criteriaScore(entries());
    const QLocale locale;
    m_score->setText(score.isEmpty()
                         ? tr("No criterion answered met or not met yet: no criteria score.")
                         : tr("Criteria score %1 of 100 (%2 of %3 points of the criteria answered; %n of 9 "
                              "answered). It stands beside the estimate from the claims and is never mixed into it.",
                              nullptr, score.answered)
                               .arg(locale.toString(score.percent(), 'f', 0), locale.toString(score.points),
                                    locale.toString(score.possible)));
}

void CriteriaEditor::applySuggestions()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *answer = qobject_cast<QComboBox *>(m_table->cellWidget(row, AnswerColumn));
        const QString key = m_table->item(row, CriterionColumn)->data(Qt::UserRole).toString();
        for (const Core::CriterionProposal &proposal : std::as_const(m_proposals)) {
            if (proposal.key == key &&
                Core::CriterionAnswer(answer->currentData().toInt()) == Core::CriterionAnswer::Unanswered) {
                answer->setCurrentIndex(answer->findData(int(proposal.answer)));
                if (m_table->item(row, NoteColumn)->text().isEmpty()) {
                    m_table->item(row, NoteColumn)->setText(proposal.reason);
                }
            }
        }
    }
}

} // namespace Credence::Ui
