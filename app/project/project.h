#pragma once

#include "bodychange.h"
#include "domain/article.h"
#include "domain/author.h"
#include "domain/claimchange.h"
#include "domain/criteria.h"
#include "domain/evidence.h"
#include "domain/projectdetails.h"
#include "domain/searchhit.h"
#include "import/importer.h"
#include "origins/origins.h"
#include "scoring/summary.h"
#include "signals/storedsignals.h"
#include "similar/claimcluster.h"
#include "storage/articlerepository.h"
#include "storage/authorrepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/evidencerepository.h"
#include "storage/recovery.h"
#include "storage/sourcerepository.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
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

    /// Opens @p path in place of the open project. On failure the open project stays open and lastError() says
    /// why; a damaged or unwritable project opens read-only (see isReadOnly()).
    bool open(const QString &path, const OpenOptions &options = {});
    void close();
    bool isOpen() const { return m_db->isOpen(); }
    QString path() const { return m_db->path(); }
    QString lastError() const { return m_lastError.isEmpty() ? m_db->lastError() : m_lastError; }
    /// The file's name without folder and extension, for titles and reports.
    QString displayName() const;
    /// The project's title, author, scope and publisher, as the user set them (empty fields when not).
    ProjectDetails details();
    /// The report's title: the one set in details(), else displayName().
    QString reportTitle();
    /// Stores @p details (undoable) and announces detailsChanged().
    bool setDetails(const ProjectDetails &details);

    bool isReadOnly() const { return m_db->isReadOnly(); }
    /// Why the project cannot be changed, as a sentence; empty when it can.
    QString readOnlyReason() const { return m_db->readOnlyReason(); }
    bool isDamaged() const { return m_db->isDamaged(); }
    /// What the check at open found in a damaged project (SQLite's own words).
    QString damage() const { return m_db->damage(); }
    /// The last failure of the storage itself, for a read found incomplete through errorCount().
    QString lastStorageError() const { return m_db->lastError(); }
    /// PRAGMA integrity_check: "ok", or what is wrong.
    QString integrityCheck() { return m_db->integrityCheck(); }
    QList<VerdictChange> history(Id claimId);
    /// Every change of a claim's verdict and credibility grade, oldest first, with the reasons given.
    QList<ClaimChange> claimHistory(Id claimId);
    /// What can and cannot be read of a damaged project (reads it all: call it once, after opening).
    RecoveryReport assessDamage();
    /// Writes everything readable of a damaged project to a new project at @p path; @p report says what was lost.
    bool saveRecoveredCopy(const QString &path, RecoveryReport *report);
    /// A complete copy of the project at @p path (see Database::saveCopy()); works on read-only projects too.
    bool saveCopy(const QString &path);
    /// Every failed read and write so far: compare before and after a read to know that it came back incomplete.
    int errorCount() const { return m_db->errorCount(); }
    /// Writes the -wal into the project file (see Database::checkpoint()); announces a failure through storageError.
    bool checkpoint();
    QUndoStack *undoStack() { return &m_undoStack; }

    QList<ArticleSummary> articles();
    std::optional<ArticleSummary> articleSummary(Id articleId);
    std::optional<Article> article(Id articleId);
    QList<Claim> claims(Id articleId);
    std::optional<Claim> claim(Id claimId);
    QList<SourceTally> sourceTallies();
    /// Every source and author with its claim counts, estimate, interval and grades; a claim a near-duplicate
    /// article of the same source or author repeats counts once (see scoring/summary.h). Empty when the read
    /// failed (storageError said why).
    ReliabilitySummary reliabilitySummary();
    std::optional<SourceTally> sourceTallyOfArticle(Id articleId);
    /// Searches article titles and bodies, claims, notes and evidence for @p text, best match (bm25) first, at most
    /// @p limit; @p only keeps one kind of hit. Anything typed is a valid search (see SearchQuery: quotes make a
    /// phrase, the last word is a prefix); results are plain text with the matches' ranges. The index is built when
    /// the project is opened without one.
    QList<SearchHit> search(const QString &text, int limit = 50, std::optional<SearchHitKind> only = {});

    /// The claims of other articles most like @p claimId's, most alike first, at most @p limit: candidates from the
    /// full-text index (bm25), ranked by a closer comparison of words, names and figures (see similar/). Claims of
    /// the claim's own article are never listed; neither are claims too unlike it to be worth a look.
    QList<SimilarClaim> similarClaims(Id claimId, int limit = 20);

    /// Links @p otherClaimId (the same claim in another article) to @p claimId as evidence with @p stance and, when
    /// @p verdict is given, marks @p claimId so, with the other claim's source as the reason: one undoable step.
    /// A claim already linked is not linked twice (only marked). false when nothing was changed.
    bool linkSimilarClaim(Id claimId, Id otherClaimId, EvidenceStance stance, std::optional<Verdict> verdict = {});
    /// Every source record, by name.
    QList<Source> sources();
    std::optional<Source> source(Id sourceId);
    /// Every grade set by hand for @p sourceId, oldest first, with the grade its claims gave then.
    QList<SourceGradeChange> sourceGradeHistory(Id sourceId);
    /// The grade the claims of @p sourceId give now ("F" when there are too few decided).
    QString computedSourceGrade(Id sourceId);
    /// Stores @p source's name, kind, domains, other names, country, language and notes as one undoable step.
    /// A name another source has is refused: merge the two instead.
    bool changeSource(const Source &source);
    /// Merges @p others into @p into as one undoable step: their articles (and articles crediting them) follow,
    /// their names become other names of @p into, their domains and notes join its own.
    bool mergeSources(Id into, const QList<Id> &others);
    /// Sets the grade of @p sourceId by hand ("A" to "F", or empty to clear it) with @p reason, as one undoable
    /// step; the history keeps the computed grade beside it.
    bool setSourceGrade(Id sourceId, const QString &grade, const QString &reason);
    /// The user's answers to the nine criteria for @p sourceId (domain/criteria.h), in their order.
    QList<CriterionEntry> criteriaOf(Id sourceId);
    /// What the project's data suggests for some criteria of @p sourceId (its claims, its bylines, its lead claims);
    /// shown beside the answers, never counted.
    QList<CriterionProposal> proposedCriteria(Id sourceId);
    /// Stores answers for @p sourceId as one undoable step.
    bool setSourceCriteria(Id sourceId, const QList<CriterionEntry> &entries);

    /// Every author with articles or notes, by name, with their articles' sources and claim counts.
    QList<AuthorSummary> authors();
    /// The author of article @p articleId with its counts, or nullopt (no author, or not listed).
    std::optional<AuthorSummary> authorOfArticle(Id articleId);
    std::optional<Author> author(Id authorId);
    /// Stores @p author's name, other names and notes as one undoable step. A name another author has is refused:
    /// merge the two instead.
    bool changeAuthor(const Author &author);
    /// Merges @p others into @p into as one undoable step: their articles follow, their names become other names of
    /// @p into (so a later import with such a byline finds @p into), their notes join its own.
    bool mergeAuthors(Id into, const QList<Id> &others);

    /// How many sources and independent origins the claims linked to @p claimId as supporting, and as refuting,
    /// stand for: five reprints of one wire story are five sources and one origin (see origins/).
    ClaimSupport support(Id claimId);
    /// The same claim across sources: every group of claims the user has linked to one another (claim-link
    /// evidence), with each claim's stance towards the group's first, its sources and independent origins, and
    /// whether the sources disagree. Groups where the sources disagree first, then the larger.
    QList<ClaimCluster> claimClusters();
    /// Pairs of articles whose bodies are near-duplicates (see OriginIndex).
    QList<NearDuplicate> nearDuplicates();

    /// Text-quality signals (see projectsignals.cpp), shown beside the reliability score and never folded into it.
    /// The signals of @p articleId as stored when it was imported or last changed, with whether it is republished
    /// without credit; nullopt when it has none (a read-only project from an older Credence) or the read failed.
    std::optional<StoredSignals> articleSignals(Id articleId);
    /// The signals of every source's articles added up, by source id; key 0: the articles without a source.
    QHash<Id, SignalTally> sourceSignals();
    /// The same by author; key 0: the articles without a byline.
    QHash<Id, SignalTally> authorSignals();

    bool writeVerdict(Id claimId, Verdict verdict);
    /// Several verdicts in one transaction: all stored or none. @p reason goes into each history row written.
    bool writeVerdicts(const QList<std::pair<Id, Verdict>> &verdicts, const QString &reason = {});
    /// Several claims' grades in one transaction, each change with its history row and @p reason.
    bool writeCredibility(const QList<Id> &claimIds, Credibility grade, const QString &reason = {});
    bool writeNote(Id claimId, const QString &note);
    bool writeMetadata(Id articleId, const ArticleMetadata &metadata);

    /// These push undoable commands; false when the change was not saved (storageError said why).
    /// @p reason (why the user decided so; may be empty) is stored in the history rows the change writes.
    bool setVerdict(const QList<Id> &claimIds, Verdict verdict, const QString &reason = {});
    bool setCredibility(const QList<Id> &claimIds, Credibility grade, const QString &reason = {});
    bool setNote(Id claimId, const QString &note);
    bool setMetadata(Id articleId, const ArticleMetadata &metadata);
    /// Gives @p articleIds the source named @p source (a name, an address or a domain; empty: unassigned), as one
    /// undoable step in one transaction. The source is found by domain, name or other name, and made when new.
    bool assignSource(const QList<Id> &articleIds, const QString &source);
    /// Gives @p articleIds the author named @p author (found by name or other name, made when new; empty: none), as
    /// one undoable step in one transaction.
    bool assignAuthor(const QList<Id> &articleIds, const QString &author);

    /// Claim editing; each is one undoable step, false when nothing was changed (storageError said why).
    /// A new claim from [start, end) of the body (trimmed); refused where it would overlap a claim.
    bool addClaim(Id articleId, int start, int end, UnitKind kind = UnitKind::Sentence);
    /// Splits a claim at body offset @p at: the first part keeps the claim's id, state, grade, note, history and
    /// evidence; the second is a new claim, not checked nor graded.
    bool splitClaim(Id claimId, int at);
    /// Joins a claim with the next claim of its article. Equal states stay; a state and "not checked" give the state;
    /// two different states give "not checked", for the user to decide again; grades alike. Notes are joined, the
    /// next claim's evidence follows its own, and links to the next claim point to the merged one.
    bool mergeWithNext(Id claimId);
    /// Moves a claim's ends to [start, end) of the body (trimmed); refused where it would overlap another claim.
    bool adjustClaim(Id claimId, int start, int end);
    /// Removes claims (the user says they are no claims): they are remembered, so re-extraction does not bring them
    /// back. Undo puts them back with their states, notes and history.
    bool removeClaims(const QList<Id> &claimIds);
    /// Removes an article with its claims; undo puts all of it back under the same ids.
    bool removeArticle(Id articleId);

    /// Re-extraction and body trims: plan, show the user what would be lost, then apply.
    BodyChange planReextract(Id articleId);
    BodyChange planTrim(Id articleId, int start, int end);
    /// Applies a planned change as one undoable step named @p text; undo puts the article back exactly as it was.
    bool applyBodyChange(const BodyChange &change, const QString &text = {});

    /// Evidence (see projectevidence.cpp). Reads carry no archived bytes; exportEvidenceFile() writes them out.
    QList<Evidence> evidence(Id claimId);
    /// The evidence of every claim of an article, by claim and position: one query for a whole table.
    QList<Evidence> articleEvidence(Id articleId);
    std::optional<Evidence> evidenceItem(Id evidenceId);
    /// Adds @p item at the end of @p claimId's evidence as one undoable step and returns its id; nullopt when it was
    /// refused or not saved (storageError says why, in a sentence a person can act on). A web page needs an http or
    /// https address (accessed defaults to today); a file item needs file.bytes (see addFileEvidence()), whose size
    /// and SHA-256 are computed here; a note needs text; a claim-link needs another claim of the project (title
    /// defaults to its text).
    std::optional<Id> addEvidence(Id claimId, const Evidence &item);
    /// Archives the file at @p path as evidence of @p claimId: refused when it cannot be read or is larger than
    /// archiveLimit().
    std::optional<Id> addFileEvidence(Id claimId, const QString &path, EvidenceStance stance, const QString &note = {});
    /// Changes an item's stance, position, address, title, access date, note or linked claim, as one undoable step.
    /// Its kind, claim, creation time and archived file stay.
    bool updateEvidence(const Evidence &item);
    /// Removes evidence items (of any claims) as one undoable step; undo puts them back, archived bytes and all.
    bool removeEvidence(const QList<Id> &evidenceIds);
    /// Writes an archived file's bytes to @p path (for "open" and "save as"); false with lastError() when it cannot.
    bool exportEvidenceFile(Id evidenceId, const QString &path);
    static constexpr qint64 DefaultArchiveLimit = qint64(200) * 1024 * 1024;
    /// The largest file archived as evidence, in bytes: the whole file is held in memory while it is stored.
    qint64 archiveLimit() const { return m_archiveLimit; }
    void setArchiveLimit(qint64 bytes) { m_archiveLimit = bytes; }

    QList<ImportOutcome> importFiles(const QStringList &paths);
    /// Tells the views that another connection (an import thread) added articles.
    void refresh()
    {
        checkpoint();
        Q_EMIT articlesChanged();
    }
    ImportOutcome importBytes(const QByteArray &raw, const QString &nameHint);

Q_SIGNALS:
    void opened();
    void closed();
    void articlesChanged();
    void detailsChanged();
    void articleChanged(Credence::Core::Id articleId);
    void claimChanged(Credence::Core::Id articleId, Credence::Core::Id claimId);
    /// A claim's evidence changed (added, changed, removed, or back through undo); claimChanged() follows for its
    /// evidence count.
    void evidenceChanged(Credence::Core::Id claimId);
    void storageError(const QString &message);

private:
    /// An article's details as an undo step stores them: the fields and which of them the user set by hand.
    struct ArticleDetails
    {
        ArticleMetadata metadata;
        Corrections corrections;
        bool operator==(const ArticleDetails &) const = default;
    };
    /// @p article's corrections once @p metadata replaces its fields.
    static Corrections correctedBy(const Article &article, const ArticleMetadata &metadata);
    bool writeDetails(Id articleId, const ArticleDetails &details);
    bool writeDetails(const ProjectDetails &details);
    /// Pushes one undoable change of @p articleIds' details, each made by @p change from its current fields.
    bool changeDetails(const QString &text, const QList<Id> &articleIds,
                       const std::function<ArticleMetadata(const ArticleMetadata &)> &change);

    /// Tests reach the database through this (tests/common/projecttestaccess.h); the application never does.
    friend struct ProjectTestAccess;

    void reportFailure();
    /// true (and says why through storageError) when no project is open or it is read-only.
    bool refuseIfReadOnly();
    /// Announces, once, that a read since @p errorsBefore failed: what the views show is then incomplete.
    void reportReadFailure(int errorsBefore);
    /// Runs the read @p read and announces its failure (see reportReadFailure()); returns what it read.
    template <typename Read> auto reported(Read read)
    {
        const int errors = m_db->errorCount();
        auto result = read();
        reportReadFailure(errors);
        return result;
    }
    /// The article of @p claimId, or why no change can be made to it.
    std::optional<QString> claimArticleRefusal(Id claimId, Id *articleId);
    /// Refuses with @p message as the reason (a change the user asked for that cannot be made).
    bool refuse(const QString &message);
    /// Pushes one undoable change of @p articleId's claims: @p edit changes a copy of the article as stored and
    /// returns an empty string, or says why it cannot.
    bool changeClaims(Id articleId, const QString &text, const std::function<QString(ArticleSnapshot &)> &edit);
    /// Pushes one undoable change of the state or note of @p claimIds: @p changes tells which claims the change
    /// alters, @p write stores it for those in one transaction.
    bool changeStates(const QList<Id> &claimIds, const QString &text, const std::function<bool(const Claim &)> &changes,
                      const std::function<bool(const QList<Id> &)> &write);
    /// Puts claims' states, notes and histories back as @p states holds them, and announces it.
    bool writeStates(const QList<StoredClaimState> &states);
    /// Stores @p snapshot as the article's whole state and announces it.
    bool restoreArticle(const ArticleSnapshot &snapshot);
    /// Why @p item cannot be stored as evidence of @p claimId, or nullopt; fills in what is derived (digest, size,
    /// access date, a link's title).
    std::optional<QString> evidenceRefusal(Id claimId, Evidence &item);
    /// Pushes one undoable evidence change of @p claimIds: @p apply makes it and returns the evidence after it.
    bool changeEvidence(const QString &text, const EvidenceSnapshot &before,
                        const std::function<std::optional<EvidenceSnapshot>()> &apply);
    /// Puts the evidence of a snapshot back and announces it.
    bool writeEvidence(const EvidenceSnapshot &snapshot);
    /// Changes records (sources, authors: Repository's) as one undoable step: @p apply (inside a transaction)
    /// changes what the records @p ids hold. Defined in projectrecords.h.
    template <typename Repository>
    bool changeRecords(const QString &text, const QList<Id> &ids, const std::function<bool()> &apply);
    void announceEvidence(const QList<Id> &claimIds);

    std::unique_ptr<Database> m_db;
    QString m_lastError;
    int m_writeFailures = 0;
    qint64 m_archiveLimit = DefaultArchiveLimit;
    QUndoStack m_undoStack;
};

} // namespace Credence::Core
