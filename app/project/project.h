#pragma once

#include "bodychange.h"
#include "domain/article.h"
#include "import/importer.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace Credence::Core {

/// An open project file: the one place the UI and the CLI read and change data through.
///
/// The write* functions store one change in its own committed transaction and then announce it; the undoable
/// set* functions push commands (see commands/) that call them. A failed write is announced through
/// storageError() and leaves the database as it was, so views that re-read always show what is saved.
class Project : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }
    QString lastError() const { return m_db.lastError(); }
    /// The file's name without folder and extension, for titles and reports.
    QString displayName() const;
    Database &database() { return m_db; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QList<ArticleSummary> articles();
    std::optional<ArticleSummary> articleSummary(Id articleId);
    std::optional<Article> article(Id articleId);
    QList<Claim> claims(Id articleId);
    std::optional<Claim> claim(Id claimId);
    QList<SourceTally> sourceTallies();
    std::optional<SourceTally> sourceTallyOfArticle(Id articleId);

    bool writeVerdict(Id claimId, Verdict verdict);
    bool writeNote(Id claimId, const QString &note);
    bool writeMetadata(Id articleId, const ArticleMetadata &metadata);

    void setVerdict(const QList<Id> &claimIds, Verdict verdict);
    void setNote(Id claimId, const QString &note);
    void setMetadata(Id articleId, const ArticleMetadata &metadata);

    /// Re-extraction and body trims: plan, show the user what would be lost, then apply.
    BodyChange planReextract(Id articleId);
    BodyChange planTrim(Id articleId, int start, int end);
    bool applyBodyChange(const BodyChange &change);

    QList<ImportOutcome> importFiles(const QStringList &paths);
    /// Tells the views that another connection (an import thread) added articles.
    void refresh() { Q_EMIT articlesChanged(); }
    ImportOutcome importBytes(const QByteArray &raw, const QString &nameHint);

Q_SIGNALS:
    void opened();
    void closed();
    void articlesChanged();
    void articleChanged(Credence::Core::Id articleId);
    void claimChanged(Credence::Core::Id articleId, Credence::Core::Id claimId);
    void storageError(const QString &message);

private:
    void reportFailure();

    Database m_db;
    QUndoStack m_undoStack;
};

} // namespace Credence::Core
