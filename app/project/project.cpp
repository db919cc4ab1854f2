#include "project.h"

#include "commands/editmetadatacommand.h"
#include "commands/setnotecommand.h"
#include "commands/setverdictcommand.h"
#include "storage/claimrepository.h"

#include <QFileInfo>

namespace Credence::Core {

Project::Project(QObject *parent)
    : QObject(parent)
{}

Project::~Project() = default;

bool Project::open(const QString &path)
{
    close();
    if (!m_db.open(path)) {
        return false;
    }
    Q_EMIT opened();
    return true;
}

void Project::close()
{
    if (!m_db.isOpen()) {
        return;
    }
    m_undoStack.clear();
    m_db.close();
    Q_EMIT closed();
}

QString Project::displayName() const
{
    return QFileInfo(path()).completeBaseName();
}

QList<ArticleSummary> Project::articles()
{
    return ArticleRepository(m_db).list();
}

std::optional<ArticleSummary> Project::articleSummary(Id articleId)
{
    return ArticleRepository(m_db).summary(articleId);
}

std::optional<Article> Project::article(Id articleId)
{
    return ArticleRepository(m_db).get(articleId);
}

QList<Claim> Project::claims(Id articleId)
{
    return ClaimRepository(m_db).forArticle(articleId);
}

std::optional<Claim> Project::claim(Id claimId)
{
    return ClaimRepository(m_db).get(claimId);
}

QList<SourceTally> Project::sourceTallies()
{
    return SourceRepository(m_db).tallies();
}

std::optional<SourceTally> Project::sourceTallyOfArticle(Id articleId)
{
    return SourceRepository(m_db).tallyOfArticleSource(articleId);
}

void Project::reportFailure()
{
    Q_EMIT storageError(tr("The change was not saved: %1").arg(m_db.lastError()));
}

bool Project::writeVerdict(Id claimId, Verdict verdict)
{
    ClaimRepository claims(m_db);
    if (!claims.setVerdict(claimId, verdict)) {
        reportFailure();
        return false;
    }
    const auto claim = claims.get(claimId);
    Q_EMIT claimChanged(claim ? claim->articleId : 0, claimId);
    return true;
}

bool Project::writeNote(Id claimId, const QString &note)
{
    ClaimRepository claims(m_db);
    if (!claims.setNote(claimId, note)) {
        reportFailure();
        return false;
    }
    const auto claim = claims.get(claimId);
    Q_EMIT claimChanged(claim ? claim->articleId : 0, claimId);
    return true;
}

bool Project::writeMetadata(Id articleId, const ArticleMetadata &metadata)
{
    ArticleRepository articles(m_db);
    const auto before = articles.get(articleId);
    if (!before) {
        m_db.setError(tr("The article no longer exists."));
        reportFailure();
        return false;
    }
    // Fields the user sets by hand are kept when the article is re-extracted.
    Corrections corrections = before->corrections;
    for (const QString &field : changedMetadataFields(before->metadata, metadata)) {
        if (!corrections.fields.contains(field)) {
            corrections.fields.append(field);
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive() || !articles.updateMetadata(articleId, metadata) ||
        !articles.setCorrections(articleId, corrections) || !tx.commit()) {
        reportFailure();
        return false;
    }
    Q_EMIT articleChanged(articleId);
    Q_EMIT articlesChanged();
    return true;
}

void Project::setVerdict(const QList<Id> &claimIds, Verdict verdict)
{
    if (claimIds.size() == 1) {
        m_undoStack.push(new SetVerdictCommand(this, claimIds.first(), verdict));
        return;
    }
    m_undoStack.beginMacro(tr("Mark %n claim(s) %1", nullptr, int(claimIds.size())).arg(verdictLabel(verdict)));
    for (const Id id : claimIds) {
        m_undoStack.push(new SetVerdictCommand(this, id, verdict));
    }
    m_undoStack.endMacro();
}

void Project::setNote(Id claimId, const QString &note)
{
    m_undoStack.push(new SetNoteCommand(this, claimId, note));
}

void Project::setMetadata(Id articleId, const ArticleMetadata &metadata)
{
    m_undoStack.push(new EditMetadataCommand(this, articleId, metadata));
}

BodyChange Project::planReextract(Id articleId)
{
    return Core::planReextract(m_db, articleId);
}

BodyChange Project::planTrim(Id articleId, int start, int end)
{
    return Core::planTrim(m_db, articleId, start, end);
}

bool Project::applyBodyChange(const BodyChange &change)
{
    if (!Core::applyBodyChange(m_db, change)) {
        reportFailure();
        return false;
    }
    // Claim ids changed under the undo stack's commands: their history no longer applies.
    m_undoStack.clear();
    Q_EMIT articleChanged(change.articleId);
    Q_EMIT articlesChanged();
    return true;
}

QList<ImportOutcome> Project::importFiles(const QStringList &paths)
{
    Importer importer(m_db);
    QList<ImportOutcome> outcomes;
    for (const QString &path : paths) {
        outcomes.append(importer.importFile(path));
    }
    Q_EMIT articlesChanged();
    return outcomes;
}

ImportOutcome Project::importBytes(const QByteArray &raw, const QString &nameHint)
{
    ImportOutcome outcome = Importer(m_db).importBytes(raw, nameHint);
    Q_EMIT articlesChanged();
    return outcome;
}

} // namespace Credence::Core
