#pragma once

#include "domain/claimtextkey.h"
#include "domain/criteria.h"
#include "domain/id.h"
#include "origins/origins.h"
#include "reliability.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace Credence::Core {

/// Claim states counted over some claims, indexed by Verdict (not checked, corroborated, contradicted, unverifiable).
using VerdictCounts = std::array<int, 4>;

/// One article as the summary reads it: who it is by and how its claims stand.
struct ArticleCounts
{
    Id articleId = 0;
    Id sourceId = 0; ///< 0: unassigned
    Id authorId = 0; ///< 0: no byline
    VerdictCounts claims{};
};

/// A decided claim of an article that has a near-duplicate: a reprint's copy of it counts once.
struct DecidedClaim
{
    Id articleId = 0;
    int verdict = 0;    ///< Verdict as stored: 1 corroborated, 2 contradicted
    qint64 textKey = 0; ///< claimTextKey() of its text
};

/// A source or an author as the project has them, before scoring.
struct ScoredRecord
{
    Id id = 0;
    QString name;
    QString manualGrade; ///< "A" to "F" set by hand, or empty (authors have none)
    QString manualReason;
};

/// Everything the summary is computed from (read by SummaryReader in storage/).
struct SummaryInput
{
    QList<ArticleCounts> articles;
    QList<ScoredRecord> sources;
    QList<ScoredRecord> authors;
    QList<NearDuplicate> nearDuplicates;
    /// The decided claims of every article in a near-duplicate pair (the only ones that can repeat).
    QList<DecidedClaim> repeatableClaims;
    /// The user's answers to the criteria, by source.
    QHash<Id, QList<CriterionEntry>> criteria;
};

/// One source or author in the reliability summary.
struct ScoreRow
{
    Id id = 0;
    QString name;
    int articles = 0;
    VerdictCounts claims{}; ///< every claim of its articles, as marked
    /// Decided claims counted for the estimate: a claim that a near-duplicate of one of its articles repeats (a
    /// reprint, an update, the same wire copy twice) counts once.
    int countedCorroborated = 0;
    int countedContradicted = 0;
    Reliability reliability; ///< from the counted claims
    QString computedGrade;   ///< "A" to "F" (see computedGrade())
    QString manualGrade;     ///< set by hand, or empty
    QString manualReason;
    CriteriaScore criteria; ///< sources only: from the user's answers, beside the estimate and never in it
    /// Sources only: the user's answer to each criterion, in the order of sourceCriteria(), unanswered ones included.
    QList<CriterionEntry> criteriaAnswers;

    int corroborated() const { return claims[1]; }
    int contradicted() const { return claims[2]; }
    int unverifiable() const { return claims[3]; }
    int notChecked() const { return claims[0]; }
    int total() const { return claims[0] + claims[1] + claims[2] + claims[3]; }
    /// Decided claims not counted because a near-duplicate article repeats them.
    int repeats() const { return claims[1] + claims[2] - countedCorroborated - countedContradicted; }
};

/// The reliability summary: every source and every author with articles, by name; articles without a source or an
/// author are counted, never scored.
struct ReliabilitySummary
{
    QList<ScoreRow> sources;
    QList<ScoreRow> authors;
    int articles = 0;
    int unassignedArticles = 0;
    int articlesWithoutAuthor = 0;
    VerdictCounts unassignedClaims{};    ///< the claims of unassigned articles, shown but in no score
    VerdictCounts withoutAuthorClaims{}; ///< the claims of articles without a byline, shown but in no author's score
};

/// The articles whose decided claims may repeat one another's: those that are one origin (near-duplicates, directly
/// or through others) with another article of the same source or the same author. Only their claims are read.
QList<Id> articlesThatMayRepeat(const SummaryInput &input);

/// Scores every source and author of @p input (see README, "How the summary scores").
ReliabilitySummary summarize(const SummaryInput &input, int minimumDecided = DefaultMinimumDecided);

} // namespace Credence::Core
