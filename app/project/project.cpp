#include "project.h"

#include "commands/bodychangecommand.h"
#include "commands/changevaluescommand.h"
#include "storage/claimrepository.h"

#include <QDir>
#include <QFileInfo>

namespace Credence::Core {

Project::Project(QObject *parent)
    : QObject(parent)
    , m_db(std::make_unique<Database>())
{}

Project::~Project() = default;

bool Project::open(const QString &path, const OpenOptions &options)
{
    // The new project is opened beside the old one, which stays open (and in the window) if this fails.
    auto db = std::make_unique<Database>();
    if (!db->open(path, options)) {
        m_lastError = db->lastError();
        return false;
    }
    close();
    m_lastError.clear();
    m_db = std::move(db);
    Q_EMIT opened();
    return true;
}

void Project::close()
{
    if (!m_db->isOpen()) {
        return;
    }
    m_undoStack.clear();
    m_db->close();
    Q_EMIT closed();
}

RecoveryReport Project::assessDamage()
{
    return scanReadable(*m_db);
}

bool Project::saveRecoveredCopy(const QString &path, RecoveryReport *report)
{
    QString error;
    if (!Core::saveRecoveredCopy(*m_db, path, report, &error)) {
        m_lastError = error;
        return false;
    }
    return true;
}

bool Project::saveCopy(const QString &path)
{
    m_lastError.clear();
    return m_db->saveCopy(path);
}

bool Project::checkpoint()
{
    if (m_db->isReadOnly() || m_db->checkpoint()) {
        return true;
    }
    Q_EMIT storageError(tr("Everything is saved, but part of it is still only in %1-wal beside the project file: %2 "
                           "Keep the two files together until Credence can write it into the project file.")
                            .arg(QDir::toNativeSeparators(path()), m_db->lastError()));
    return false;
}

void Project::reportReadFailure(int errorsBefore)
{
    // In a project known to be damaged, the rows on damaged pages fail every time: that was said once, at open.
    if (m_db->errorCount() != errorsBefore && !m_db->isDamaged()) {
        Q_EMIT storageError(
            tr("Part of the project could not be read, so what is shown is incomplete: %1").arg(m_db->lastError()));
    }
}

QString Project::displayName() const
{
    return QFileInfo(path()).completeBaseName();
}

QList<ArticleSummary> Project::articles()
{
    const int errors = m_db->errorCount();
    auto result = ArticleRepository(*m_db).list();
    reportReadFailure(errors);
    return result;
}

std::optional<ArticleSummary> Project::articleSummary(Id articleId)
{
    const int errors = m_db->errorCount();
    auto result = ArticleRepository(*m_db).summary(articleId);
    reportReadFailure(errors);
    return result;
}

std::optional<Article> Project::article(Id articleId)
{
    const int errors = m_db->errorCount();
    auto result = ArticleRepository(*m_db).get(articleId);
    reportReadFailure(errors);
    return result;
}

QList<Claim> Project::claims(Id articleId)
{
    const int errors = m_db->errorCount();
    auto result = ClaimRepository(*m_db).forArticle(articleId);
    reportReadFailure(errors);
    return result;
}

std::optional<Claim> Project::claim(Id claimId)
{
    const int errors = m_db->errorCount();
    auto result = ClaimRepository(*m_db).get(claimId);
    reportReadFailure(errors);
    return result;
}

QList<SourceTally> Project::sourceTallies()
{
    const int errors = m_db->errorCount();
    auto result = SourceRepository(*m_db).tallies();
    reportReadFailure(errors);
    return result;
}

std::optional<SourceTally> Project::sourceTallyOfArticle(Id articleId)
{
    const int errors = m_db->errorCount();
    auto result = SourceRepository(*m_db).tallyOfArticleSource(articleId);
    reportReadFailure(errors);
    return result;
}

void Project::reportFailure()
{
    ++m_writeFailures;
    m_lastError = m_db->lastError();
    Q_EMIT storageError(tr("The change was not saved: %1").arg(m_lastError));
}

bool Project::refuseIfReadOnly()
{
    if (!m_db->isOpen()) {
        m_lastError = tr("No project is open.");
        Q_EMIT storageError(m_lastError);
        return true;
    }
    if (!m_db->isReadOnly()) {
        return false;
    }
    ++m_writeFailures;
    m_lastError = tr("The project is read-only, so nothing was changed. %1").arg(m_db->readOnlyReason());
    Q_EMIT storageError(m_lastError);
    return true;
}

bool Project::writeVerdict(Id claimId, Verdict verdict)
{
    return writeVerdicts({{claimId, verdict}});
}

bool Project::writeVerdicts(const QList<std::pair<Id, Verdict>> &verdicts)
{
    ClaimRepository claims(*m_db);
    if (!claims.setVerdicts(verdicts)) {
        reportFailure();
        return false;
    }
    for (const auto &change : verdicts) {
        const auto claim = claims.get(change.first);
        Q_EMIT claimChanged(claim ? claim->articleId : 0, change.first);
    }
    return true;
}

bool Project::writeNote(Id claimId, const QString &note)
{
    ClaimRepository claims(*m_db);
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
    ArticleRepository articles(*m_db);
    const auto before = articles.get(articleId);
    if (!before) {
        m_db->setError(tr("The article no longer exists."));
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
    Transaction tx(*m_db);
    if (!tx.isActive() || !articles.updateMetadata(articleId, metadata) ||
        !articles.setCorrections(articleId, corrections) || !tx.commit()) {
        reportFailure();
        return false;
    }
    Q_EMIT articleChanged(articleId);
    Q_EMIT articlesChanged();
    return true;
}

bool Project::setVerdict(const QList<Id> &claimIds, Verdict verdict)
{
    const int failures = m_writeFailures;
    if (claimIds.isEmpty() || refuseIfReadOnly()) {
        return false;
    }
    using Command = ChangeValuesCommand<Verdict>;
    Command::Values before;
    Command::Values after;
    for (const Id id : claimIds) {
        const auto claim = this->claim(id);
        if (!claim) {
            m_db->setError(tr("The claim no longer exists."));
            reportFailure();
            return false;
        }
        before.append({id, claim->verdict});
        after.append({id, verdict});
    }
    m_undoStack.push(new Command(tr("Mark %n claim(s) %1", nullptr, int(claimIds.size())).arg(verdictLabel(verdict)),
                                 before, after,
                                 [this](const Command::Values &values) { return writeVerdicts(values); }));
    return m_writeFailures == failures;
}

bool Project::setNote(Id claimId, const QString &note)
{
    const int failures = m_writeFailures;
    if (refuseIfReadOnly()) {
        return false;
    }
    const auto claim = this->claim(claimId);
    if (!claim) {
        m_db->setError(tr("The claim no longer exists."));
        reportFailure();
        return false;
    }
    using Command = ChangeValuesCommand<QString>;
    m_undoStack.push(new Command(
        tr("Edit note"), {{claimId, claim->note}}, {{claimId, note}},
        [this](const Command::Values &values) { return writeNote(values.first().first, values.first().second); }));
    return m_writeFailures == failures;
}

bool Project::setMetadata(Id articleId, const ArticleMetadata &metadata)
{
    const int failures = m_writeFailures;
    if (refuseIfReadOnly()) {
        return false;
    }
    const auto article = this->article(articleId);
    if (!article) {
        m_db->setError(tr("The article no longer exists."));
        reportFailure();
        return false;
    }
    using Command = ChangeValuesCommand<ArticleMetadata>;
    m_undoStack.push(new Command(
        tr("Edit article details"), {{articleId, article->metadata}}, {{articleId, metadata}},
        [this](const Command::Values &values) { return writeMetadata(values.first().first, values.first().second); }));
    return m_writeFailures == failures;
}

BodyChange Project::planReextract(Id articleId)
{
    return Core::planReextract(*m_db, articleId);
}

BodyChange Project::planTrim(Id articleId, int start, int end)
{
    return Core::planTrim(*m_db, articleId, start, end);
}

bool Project::applyBodyChange(const BodyChange &change, const QString &text)
{
    const int failures = m_writeFailures;
    if (refuseIfReadOnly()) {
        return false;
    }
    if (!change.ok()) {
        m_db->setError(change.error);
        reportFailure();
        return false;
    }
    const auto before = ArticleRepository(*m_db).snapshot(change.articleId);
    if (!before) {
        reportFailure();
        return false;
    }
    const auto announce = [this](Id articleId) {
        Q_EMIT articleChanged(articleId);
        Q_EMIT articlesChanged();
    };
    m_undoStack.push(new BodyChangeCommand(
        text.isEmpty() ? tr("Change article body") : text, *before,
        [this, announce, planned = change]() -> std::optional<ArticleSnapshot> {
            if (!Core::applyBodyChange(*m_db, planned)) {
                reportFailure();
                return std::nullopt;
            }
            auto after = ArticleRepository(*m_db).snapshot(planned.articleId);
            announce(planned.articleId);
            return after;
        },
        [this, announce](const ArticleSnapshot &snapshot) {
            if (!ArticleRepository(*m_db).restore(snapshot)) {
                reportFailure();
                return false;
            }
            announce(snapshot.articleId);
            return true;
        }));
    return m_writeFailures == failures;
}

QList<ImportOutcome> Project::importFiles(const QStringList &paths)
{
    QList<ImportOutcome> outcomes;
    if (refuseIfReadOnly()) {
        for (const QString &path : paths) {
            outcomes.append({QFileInfo(path).fileName(), std::nullopt, m_lastError, false, {}});
        }
        return outcomes;
    }
    Importer importer(*m_db);
    for (const QString &path : paths) {
        outcomes.append(importer.importFile(path));
    }
    checkpoint();
    Q_EMIT articlesChanged();
    return outcomes;
}

QList<VerdictChange> Project::history(Id claimId)
{
    const int errors = m_db->errorCount();
    auto result = ClaimRepository(*m_db).history(claimId);
    reportReadFailure(errors);
    return result;
}

ImportOutcome Project::importBytes(const QByteArray &raw, const QString &nameHint)
{
    if (refuseIfReadOnly()) {
        return {nameHint, std::nullopt, m_lastError, false, {}};
    }
    ImportOutcome outcome = Importer(*m_db).importBytes(raw, nameHint);
    if (!outcome.ok()) {
        m_lastError = outcome.error;
    }
    checkpoint();
    Q_EMIT articlesChanged();
    return outcome;
}

} // namespace Credence::Core
