#include "claimlinkdialog.h"

#include "project/project.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Credence::Ui {

namespace {
constexpr int ClaimIdRole = Qt::UserRole + 1;
constexpr int MostResults = 200;
} // namespace

ClaimLinkDialog::ClaimLinkDialog(Core::Project *project, Core::Id forClaim, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_forClaim(forClaim)
    , m_query(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("claimLinkDialog"));
    setWindowTitle(tr("Link to Another Claim"));
    auto *label = new QLabel(tr("&Find the claim:"), this);
    label->setBuddy(m_query);
    m_query->setObjectName(QStringLiteral("claimLinkQuery"));
    m_query->setPlaceholderText(tr("Words of the claim, in any article of the project"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("claimLinkResults"));
    m_results->setAccessibleName(tr("Matching claims"));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ClaimLinkDialog::find);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (linkedClaim()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(620, 420);
    m_query->setFocus();
}

Core::Id ClaimLinkDialog::linkedClaim() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(ClaimIdRole).toLongLong() : 0;
}

void ClaimLinkDialog::find()
{
    m_results->clear();
    // The project's search (Ctrl+Shift+F), claims only: words in any order, the last one a prefix while typing.
    QList<Core::SearchHit> hits = m_project->search(m_query->text(), MostResults + 1, Core::SearchHitKind::Claim);
    hits.removeIf([this](const Core::SearchHit &hit) { return hit.claimId == m_forClaim; });
    for (const Core::SearchHit &hit : std::as_const(hits).first(std::min<qsizetype>(hits.size(), MostResults))) {
        // Plain text items: a claim's text is page text and never markup.
        auto *item = new QListWidgetItem(hit.snippet + QStringLiteral("\n— ") + hit.articleTitle, m_results);
        item->setData(ClaimIdRole, hit.claimId);
    }
    if (m_results->count() > 0) {
        m_results->setCurrentRow(0);
    }
}

bool ClaimLinkDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the query move through the results, so the hand stays on the keys: type, arrow, Enter.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            if (m_debounce->isActive()) {
                m_debounce->stop();
                find();
            }
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_results->setCurrentRow(std::clamp(m_results->currentRow() + step, 0, m_results->count() - 1));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_debounce->isActive()) {
                m_debounce->stop();
                find();
            }
            if (linkedClaim()) {
                accept();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Credence::Ui
