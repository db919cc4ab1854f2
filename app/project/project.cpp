#include "project.h"

#include "claims/anchor.h"
#include "commands/articlechangecommand.h"
#include "commands/changevaluescommand.h"
#include "commands/claimstatescommand.h"
#include "commands/removearticlecommand.h"
#include "storage/claimrepository.h"
#include "storage/originindex.h"
#include "storage/searchindex.h"
#include "storage/signalindex.h"
#include "storage/summaryreader.h"

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
    // Derived data: a project without a current index (new, from an older Credence, or after a schema change) gets
    // one now. A failure leaves the project usable, only search finds nothing and says why.
    SearchIndex(*db).ensure();
    OriginIndex(*db).ensure();
    // Claims stored before schema 11 get their text keys (the summary's repeats); a read-only project reads texts.
    if (!db->isReadOnly()) {
        ClaimRepository(*db).fillTextKeys();
    }
    SignalIndex(*db).ensure();
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
    return reported([&] { return ArticleRepository(*m_db).list(); });
}

std::optional<ArticleSummary> Project::articleSummary(Id articleId)
{
    return reported([&] { return ArticleRepository(*m_db).summary(articleId); });
}

std::optional<Article> Project::article(Id articleId)
{
    return reported([&] { return ArticleRepository(*m_db).get(articleId); });
}

QList<Claim> Project::claims(Id articleId)
{
    return reported([&] { return ClaimRepository(*m_db).forArticle(articleId); });
}

std::optional<Claim> Project::claim(Id claimId)
{
    return reported([&] { return ClaimRepository(*m_db).get(claimId); });
}

QList<SourceTally> Project::sourceTallies()
{
    return reported([&] { return SourceRepository(*m_db).tallies(); });
}

ReliabilitySummary Project::reliabilitySummary()
{
    const std::optional<SummaryInput> input = reported([&] { return SummaryReader(*m_db).read(); });
    return input ? summarize(*input) : ReliabilitySummary();
}

std::optional<SourceTally> Project::sourceTallyOfArticle(Id articleId)
{
    return reported([&] { return SourceRepository(*m_db).tallyOfArticleSource(articleId); });
}

QList<SearchHit> Project::search(const QString &text, int limit, std::optional<SearchHitKind> only)
{
    const SearchQuery query = SearchQuery::parse(text);
    const QList<IndexedText> found = reported([&] { return SearchIndex(*m_db).search(query, limit, only); });
    QList<SearchHit> hits;
    hits.reserve(found.size());
    for (const IndexedText &item : found) {
        hits.append(searchHit(item, query));
    }
    return hits;
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

bool Project::writeVerdicts(const QList<std::pair<Id, Verdict>> &verdicts, const QString &reason)
{
    ClaimRepository claims(*m_db);
    if (!claims.setVerdicts(verdicts, reason)) {
        reportFailure();
        return false;
    }
    for (const auto &change : verdicts) {
        const auto claim = claims.get(change.first);
        Q_EMIT claimChanged(claim ? claim->articleId : 0, change.first);
    }
    return true;
}

bool Project::writeCredibility(const QList<Id> &claimIds, Credibility grade, const QString &reason)
{
    ClaimRepository claims(*m_db);
    if (!claims.setCredibility(claimIds, grade, reason)) {
        reportFailure();
        return false;
    }
    for (const Id id : claimIds) {
        const auto claim = claims.get(id);
        Q_EMIT claimChanged(claim ? claim->articleId : 0, id);
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
    const auto before = ArticleRepository(*m_db).get(articleId);
    if (!before) {
        m_db->setError(tr("The article no longer exists."));
        reportFailure();
        return false;
    }
    return writeDetails(articleId, {metadata, correctedBy(*before, metadata)});
}

Corrections Project::correctedBy(const Article &article, const ArticleMetadata &metadata)
{
    // Fields the user sets by hand are kept when the article is re-extracted.
    Corrections corrections = article.corrections;
    for (const QString &field : changedMetadataFields(article.metadata, metadata)) {
        if (!corrections.fields.contains(field)) {
            corrections.fields.append(field);
        }
    }
    return corrections;
}

bool Project::writeDetails(Id articleId, const ArticleDetails &details)
{
    ArticleRepository articles(*m_db);
    Transaction tx(*m_db);
    if (!tx.isActive() || !articles.updateMetadata(articleId, details.metadata) ||
        !articles.setCorrections(articleId, details.corrections) || !tx.commit()) {
        reportFailure();
        return false;
    }
    Q_EMIT articleChanged(articleId);
    Q_EMIT articlesChanged();
    return true;
}

bool Project::changeDetails(const QString &text, const QList<Id> &articleIds,
                            const std::function<ArticleMetadata(const ArticleMetadata &)> &change)
{
    const int failures = m_writeFailures;
    if (refuseIfReadOnly()) {
        return false;
    }
    // Undo puts back the corrections too: a field edited and undone is no correction to keep.
    using Command = ChangeValuesCommand<ArticleDetails>;
    Command::Values before, after;
    for (const Id id : articleIds) {
        const auto article = this->article(id);
        if (!article) {
            m_db->setError(tr("The article no longer exists."));
            reportFailure();
            return false;
        }
        const ArticleMetadata metadata = change(article->metadata);
        before.append({id, {article->metadata, article->corrections}});
        after.append({id, {metadata, correctedBy(*article, metadata)}});
    }
    m_undoStack.push(new Command(text, before, after, [this](const Command::Values &values) {
        // All or none: one transaction; each write nests in it as a savepoint.
        Transaction tx(*m_db);
        if (!tx.isActive()) {
            reportFailure();
            return false;
        }
        for (const auto &[id, details] : values) {
            if (!writeDetails(id, details)) {
                return false;
            }
        }
        if (!tx.commit()) {
            reportFailure();
            return false;
        }
        return true;
    }));
    return m_writeFailures == failures;
}

bool Project::setVerdict(const QList<Id> &claimIds, Verdict verdict, const QString &reason)
{
    return changeStates(
        claimIds, tr("Mark %n claim(s) %1", nullptr, int(claimIds.size())).arg(verdictLabel(verdict)),
        [verdict](const Claim &claim) { return claim.verdict != verdict; },
        [this, verdict, reason](const QList<Id> &ids) {
            QList<std::pair<Id, Verdict>> values;
            for (const Id id : ids) {
                values.append({id, verdict});
            }
            return writeVerdicts(values, reason);
        });
}

bool Project::setCredibility(const QList<Id> &claimIds, Credibility grade, const QString &reason)
{
    return changeStates(
        claimIds, tr("Grade %n claim(s) %1", nullptr, int(claimIds.size())).arg(credibilityLabel(grade)),
        [grade](const Claim &claim) { return claim.credibility != grade; },
        [this, grade, reason](const QList<Id> &ids) { return writeCredibility(ids, grade, reason); });
}

bool Project::setNote(Id claimId, const QString &note)
{
    return changeStates(
        {claimId}, tr("Edit note"), [&note](const Claim &claim) { return claim.note != note; },
        [this, claimId, note](const QList<Id> &) { return writeNote(claimId, note); });
}

bool Project::changeStates(const QList<Id> &claimIds, const QString &text,
                           const std::function<bool(const Claim &)> &changes,
                           const std::function<bool(const QList<Id> &)> &write)
{
    const int failures = m_writeFailures;
    if (claimIds.isEmpty() || refuseIfReadOnly()) {
        return false;
    }
    // Claims that already hold the new value are left out; with none left there is nothing to undo.
    QList<Id> changing;
    for (const Id id : claimIds) {
        const auto claim = this->claim(id);
        if (!claim) {
            m_db->setError(tr("The claim no longer exists."));
            reportFailure();
            return false;
        }
        if (changes(*claim) && !changing.contains(id)) {
            changing.append(id);
        }
    }
    if (changing.isEmpty()) {
        return true;
    }
    const auto before = ClaimRepository(*m_db).states(changing);
    if (!before) {
        reportFailure();
        return false;
    }
    m_undoStack.push(new ClaimStatesCommand(
        text, *before,
        [this, changing, write]() -> std::optional<QList<StoredClaimState>> {
            if (!write(changing)) {
                return std::nullopt;
            }
            auto after = ClaimRepository(*m_db).states(changing);
            if (!after) {
                reportFailure(); // stored, but cannot be undone: say so rather than pretend
            }
            return after;
        },
        [this](const QList<StoredClaimState> &states) { return writeStates(states); }));
    return m_writeFailures == failures;
}

bool Project::writeStates(const QList<StoredClaimState> &states)
{
    ClaimRepository claims(*m_db);
    if (!claims.restoreStates(states)) {
        reportFailure();
        return false;
    }
    for (const StoredClaimState &state : states) {
        const auto claim = claims.get(state.claimId);
        Q_EMIT claimChanged(claim ? claim->articleId : 0, state.claimId);
    }
    return true;
}

bool Project::setMetadata(Id articleId, const ArticleMetadata &metadata)
{
    return changeDetails(tr("Edit article details"), {articleId},
                         [&metadata](const ArticleMetadata &) { return metadata; });
}

bool Project::assignSource(const QList<Id> &articleIds, const QString &source)
{
    const QString name = source.simplified();
    return changeDetails(tr("Assign %n article(s) to %1", nullptr, int(articleIds.size())).arg(name), articleIds,
                         [&name](ArticleMetadata metadata) {
                             metadata.publication = name;
                             return metadata;
                         });
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
    m_undoStack.push(new ArticleChangeCommand(
        text.isEmpty() ? tr("Change article body") : text, *before,
        [this, planned = change]() -> std::optional<ArticleSnapshot> {
            if (!Core::applyBodyChange(*m_db, planned)) {
                reportFailure();
                return std::nullopt;
            }
            auto after = ArticleRepository(*m_db).snapshot(planned.articleId);
            Q_EMIT articleChanged(planned.articleId);
            Q_EMIT articlesChanged();
            return after;
        },
        [this](const ArticleSnapshot &snapshot) { return restoreArticle(snapshot); }));
    return m_writeFailures == failures;
}

bool Project::refuse(const QString &message)
{
    ++m_writeFailures;
    m_lastError = message;
    Q_EMIT storageError(message);
    return false;
}

bool Project::restoreArticle(const ArticleSnapshot &snapshot)
{
    if (!ArticleRepository(*m_db).restore(snapshot)) {
        reportFailure();
        return false;
    }
    Q_EMIT articleChanged(snapshot.articleId);
    Q_EMIT articlesChanged();
    return true;
}

bool Project::changeClaims(Id articleId, const QString &text, const std::function<QString(ArticleSnapshot &)> &edit)
{
    const int failures = m_writeFailures;
    if (refuseIfReadOnly()) {
        return false;
    }
    const int errors = m_db->errorCount();
    const auto before = ArticleRepository(*m_db).snapshot(articleId);
    if (!before) {
        if (m_db->errorCount() == errors) {
            m_db->setError(tr("The article no longer exists."));
        }
        reportFailure();
        return false;
    }
    ArticleSnapshot after = *before;
    const QString why = edit(after);
    if (!why.isEmpty()) {
        return refuse(why);
    }
    std::sort(after.claims.begin(), after.claims.end(), [](const Claim &a, const Claim &b) {
        if (a.orphaned != b.orphaned) {
            return b.orphaned;
        }
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    m_undoStack.push(new ArticleChangeCommand(
        text, *before,
        [this, after]() -> std::optional<ArticleSnapshot> {
            if (!restoreArticle(after)) {
                return std::nullopt;
            }
            // Read back so that new claims keep the ids they were given when redone; should the read fail, redoing
            // gives them new ones, which loses nothing.
            const auto stored = ArticleRepository(*m_db).snapshot(after.articleId);
            return stored ? *stored : after;
        },
        [this](const ArticleSnapshot &snapshot) { return restoreArticle(snapshot); }));
    return m_writeFailures == failures;
}

namespace {

/// A claim's text cut to a length a message can hold.
QString shortQuote(const QString &text)
{
    constexpr int Most = 80;
    return text.size() <= Most ? text : text.left(Most - 1) + QChar(0x2026);
}

qsizetype indexOfClaim(const ArticleSnapshot &article, Id claimId)
{
    for (qsizetype i = 0; i < article.claims.size(); ++i) {
        if (article.claims.at(i).id == claimId) {
            return i;
        }
    }
    return -1;
}

/// The placed claim (not @p except) that [start, end) overlaps, or nullptr.
const Claim *overlapping(const ArticleSnapshot &article, const TextSpan &span, Id except)
{
    for (const Claim &claim : article.claims) {
        if (claim.id != except && !claim.orphaned && span.start < claim.end && claim.start < span.end) {
            return &claim;
        }
    }
    return nullptr;
}

void dropHistoryOf(ArticleSnapshot &article, Id claimId)
{
    article.history.removeIf([claimId](const HistoryRow &row) { return row.claimId == claimId; });
}

/// A claim leaves @p article: its evidence goes to @p heir (a merge) or with it (a removal, heir 0), and links to it
/// from this article's evidence and from other articles' follow it to the heir, or are cut (they stay, showing the
/// removed claim's text, and undo points them back).
void handOnEvidence(ArticleSnapshot &article, Id claimId, Id heir)
{
    int next = 0;
    for (const Evidence &item : std::as_const(article.evidence)) {
        if (item.claimId == heir) {
            next = std::max(next, item.position + 1);
        }
    }
    if (heir) {
        for (Evidence &item : article.evidence) {
            if (item.claimId == claimId) {
                item.claimId = heir;
                item.position = next++;
            }
        }
    } else {
        article.evidence.removeIf([claimId](const Evidence &item) { return item.claimId == claimId; });
    }
    for (Evidence &item : article.evidence) {
        if (item.linkedClaimId == claimId) {
            item.linkedClaimId = heir;
        }
    }
    for (IncomingLink &link : article.incomingLinks) {
        if (link.linkedClaimId == claimId) {
            link.linkedClaimId = heir;
        }
    }
    article.incomingLinks.removeIf([](const IncomingLink &link) { return link.linkedClaimId == 0; });
}

bool hasWordCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

} // namespace

std::optional<QString> Project::claimArticleRefusal(Id claimId, Id *articleId)
{
    const auto claim = this->claim(claimId);
    if (!claim) {
        return tr("The claim no longer exists.");
    }
    *articleId = claim->articleId;
    return std::nullopt;
}

bool Project::addClaim(Id articleId, int start, int end, UnitKind kind)
{
    return changeClaims(articleId, tr("Add claim"), [&](ArticleSnapshot &article) {
        const TextSpan span = trimmedSpan(article.body, start, end);
        if (!hasWordCharacter(QStringView(article.body).mid(span.start, span.end - span.start))) {
            return tr("Select the words of the article that make the claim.");
        }
        if (const Claim *other = overlapping(article, span, 0)) {
            return tr("The selection overlaps the claim “%1”: adjust or remove that claim first.")
                .arg(shortQuote(other->text));
        }
        Claim claim;
        claim.articleId = articleId;
        claim.start = span.start;
        claim.end = span.end;
        claim.kind = kind;
        claim.origin = ClaimOrigin::User;
        anchorClaim(claim, article.body);
        article.dismissed.removeAll(claim.text);
        article.claims.append(claim);
        return QString();
    });
}

bool Project::splitClaim(Id claimId, int at)
{
    Id articleId = 0;
    if (const auto why = claimArticleRefusal(claimId, &articleId)) {
        return refuse(*why);
    }
    return changeClaims(articleId, tr("Split claim"), [&](ArticleSnapshot &article) {
        const qsizetype i = indexOfClaim(article, claimId);
        if (i < 0) {
            return tr("The claim no longer exists.");
        }
        Claim first = article.claims.at(i);
        if (first.orphaned) {
            return tr("This claim is no longer in the article's text, so it cannot be split.");
        }
        const TextSpan head = trimmedSpan(article.body, first.start, at);
        const TextSpan tail = trimmedSpan(article.body, at, first.end);
        const QStringView body(article.body);
        if (at <= first.start || at >= first.end || !hasWordCharacter(body.mid(head.start, head.end - head.start)) ||
            !hasWordCharacter(body.mid(tail.start, tail.end - tail.start))) {
            return tr("Put the cursor inside the claim, where the second part should begin.");
        }
        Claim second = first;
        second.id = 0;
        second.verdict = Verdict::NotChecked;
        second.credibility = Credibility::NotGraded;
        second.note.clear();
        second.updated = {};
        second.start = tail.start;
        second.end = tail.end;
        second.origin = ClaimOrigin::User;
        anchorClaim(second, article.body);
        first.start = head.start;
        first.end = head.end;
        first.origin = ClaimOrigin::User;
        anchorClaim(first, article.body);
        article.claims[i] = first;
        article.claims.append(second);
        return QString();
    });
}

bool Project::mergeWithNext(Id claimId)
{
    Id articleId = 0;
    if (const auto why = claimArticleRefusal(claimId, &articleId)) {
        return refuse(*why);
    }
    return changeClaims(articleId, tr("Merge claims"), [&](ArticleSnapshot &article) {
        const qsizetype i = indexOfClaim(article, claimId);
        if (i < 0) {
            return tr("The claim no longer exists.");
        }
        Claim merged = article.claims.at(i);
        if (merged.orphaned) {
            return tr("This claim is no longer in the article's text, so it cannot be merged.");
        }
        qsizetype next = -1;
        for (qsizetype j = 0; j < article.claims.size(); ++j) {
            const Claim &c = article.claims.at(j);
            if (!c.orphaned && c.start >= merged.end && (next < 0 || c.start < article.claims.at(next).start)) {
                next = j;
            }
        }
        if (next < 0) {
            return tr("This is the article's last claim: there is nothing after it to merge it with.");
        }
        const Claim other = article.claims.at(next);
        if (merged.verdict == Verdict::NotChecked) {
            merged.verdict = other.verdict;
        } else if (other.verdict != Verdict::NotChecked && other.verdict != merged.verdict) {
            merged.verdict = Verdict::NotChecked; // they disagree: the user decides again
        }
        if (merged.credibility == Credibility::NotGraded) {
            merged.credibility = other.credibility;
        } else if (other.credibility != Credibility::NotGraded && other.credibility != merged.credibility) {
            merged.credibility = Credibility::NotGraded;
        }
        if (!other.note.isEmpty()) {
            merged.note = merged.note.isEmpty() ? other.note : merged.note + QLatin1Char('\n') + other.note;
        }
        merged.end = other.end;
        merged.origin = ClaimOrigin::User;
        anchorClaim(merged, article.body);
        article.claims[i] = merged;
        article.claims.removeAt(next);
        dropHistoryOf(article, other.id);
        handOnEvidence(article, other.id, merged.id);
        return QString();
    });
}

bool Project::adjustClaim(Id claimId, int start, int end)
{
    Id articleId = 0;
    if (const auto why = claimArticleRefusal(claimId, &articleId)) {
        return refuse(*why);
    }
    return changeClaims(articleId, tr("Adjust claim"), [&](ArticleSnapshot &article) {
        const qsizetype i = indexOfClaim(article, claimId);
        if (i < 0) {
            return tr("The claim no longer exists.");
        }
        const TextSpan span = trimmedSpan(article.body, start, end);
        if (!hasWordCharacter(QStringView(article.body).mid(span.start, span.end - span.start))) {
            return tr("A claim needs at least one word of the article.");
        }
        if (const Claim *other = overlapping(article, span, claimId)) {
            return tr("The claim would overlap the claim “%1”: adjust or remove that claim first.")
                .arg(shortQuote(other->text));
        }
        Claim &claim = article.claims[i];
        claim.start = span.start;
        claim.end = span.end;
        claim.orphaned = false;
        claim.origin = ClaimOrigin::User;
        anchorClaim(claim, article.body);
        return QString();
    });
}

bool Project::removeClaims(const QList<Id> &claimIds)
{
    if (claimIds.isEmpty()) {
        return false;
    }
    Id articleId = 0;
    if (const auto why = claimArticleRefusal(claimIds.first(), &articleId)) {
        return refuse(*why);
    }
    return changeClaims(articleId, tr("Remove %n claim(s)", nullptr, int(claimIds.size())),
                        [&](ArticleSnapshot &article) {
                            for (const Id id : claimIds) {
                                const qsizetype i = indexOfClaim(article, id);
                                if (i < 0) {
                                    return tr("The claim no longer exists.");
                                }
                                const QString text = article.claims.at(i).text;
                                if (!article.claims.at(i).orphaned && !article.dismissed.contains(text)) {
                                    article.dismissed.append(text);
                                }
                                article.claims.removeAt(i);
                                dropHistoryOf(article, id);
                                handOnEvidence(article, id, 0);
                            }
                            return QString();
                        });
}

bool Project::removeArticle(Id articleId)
{
    const int failures = m_writeFailures;
    if (refuseIfReadOnly()) {
        return false;
    }
    ArticleRepository articles(*m_db);
    const int errors = m_db->errorCount();
    const auto article = articles.get(articleId);
    const auto snapshot = article ? articles.snapshot(articleId) : std::nullopt;
    if (!article || !snapshot) {
        if (m_db->errorCount() == errors) {
            m_db->setError(tr("The article no longer exists."));
        }
        reportFailure();
        return false;
    }
    const QString title = article->metadata.title.isEmpty() ? article->fileName : article->metadata.title;
    m_undoStack.push(new RemoveArticleCommand(
        tr("Remove article “%1”").arg(shortQuote(title)), *article, *snapshot,
        [this](Id id) {
            if (!ArticleRepository(*m_db).remove(id)) {
                reportFailure();
                return false;
            }
            Q_EMIT articlesChanged();
            return true;
        },
        [this](const Article &whole, const ArticleSnapshot &claims) {
            ArticleRepository repository(*m_db);
            Transaction tx(*m_db);
            if (!tx.isActive() || !repository.insert(whole, {}) || !repository.restore(claims) || !tx.commit()) {
                reportFailure();
                return false;
            }
            Q_EMIT articlesChanged();
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
    return reported([&] { return ClaimRepository(*m_db).history(claimId); });
}

QList<ClaimChange> Project::claimHistory(Id claimId)
{
    return reported([&] { return ClaimRepository(*m_db).changes(claimId); });
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
