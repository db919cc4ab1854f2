#include "searchpanel.h"

#include "models/searchresultmodel.h"
#include "project/project.h"
#include "widgets/searchresultdelegate.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace Credence::Ui {

namespace {

/// Results shown: the best ones, as a person reads them.
constexpr int MostResults = 50;

} // namespace

SearchPanel::SearchPanel(Core::Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new SearchResultModel(this))
    , m_query(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search articles, claims, notes and evidence"));
    m_query->setAccessibleName(tr("Search the project"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setUniformItemSizes(true);
    // The delegate elides each line to the list's width: no sideways scrolling.
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { activate(index.row()); });
    m_query->installEventFilter(this);
    m_results->installEventFilter(this);
    // A closed project's results would point at nothing.
    connect(m_project, &Core::Project::closed, this, [this] { m_model->setHits({}); });
    connect(m_project, &Core::Project::opened, this, &SearchPanel::searchNow);
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::searchNow()
{
    m_debounce->stop();
    const QString text = m_query->text();
    const QList<Core::SearchHit> hits = m_project->isOpen() && !text.trimmed().isEmpty()
                                            ? m_project->search(text, MostResults)
                                            : QList<Core::SearchHit>();
    m_model->setHits(hits);
    if (!hits.isEmpty()) {
        m_results->setCurrentIndex(m_model->index(0));
    }
    m_status->setText(text.trimmed().isEmpty()     ? QString()
                      : hits.isEmpty()             ? tr("Nothing found.")
                      : hits.size() == MostResults ? tr("The best %n result(s).", nullptr, int(hits.size()))
                                                   : tr("%n result(s).", nullptr, int(hits.size())));
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter and Escape are the window's shortcuts elsewhere (Enter edits a claim's note): here they are the field's.
    if ((watched == m_query || watched == m_results) && event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    }
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_debounce->isActive()) {
                searchNow(); // typed and pressed Enter at once: the results of what was typed
            }
            activate(m_results->currentIndex().isValid() ? m_results->currentIndex().row() : 0);
            return true;
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            if (m_debounce->isActive()) {
                searchNow(); // into the results of what was typed, not of what was there before
            }
            if (m_model->rowCount() > 0) {
                m_results->setFocus(Qt::TabFocusReason);
                if (!m_results->currentIndex().isValid()) {
                    m_results->setCurrentIndex(m_model->index(0));
                }
            }
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::activate(int row)
{
    if (row >= 0 && row < m_model->rowCount()) {
        Q_EMIT hitActivated(m_model->hit(row));
    }
}

} // namespace Credence::Ui
