#pragma once

#include "claimkind.h"
#include "credibility.h"
#include "id.h"
#include "verdict.h"

#include <QDateTime>
#include <QString>

namespace Credence::Core {

/// How a claim came to be: found by segmenting the body, or made or reshaped by the user (added from a selection,
/// split, merged, its span adjusted). Stored: never renumber.
enum class ClaimOrigin : int
{
    Found = 0,
    User = 1,
};

/// A statement of an article that the user judges.
///
/// A claim is anchored to the body twice, as a W3C Web Annotation TextQuoteSelector is: by its UTF-16 offsets into
/// Article::body, and by its exact text with a little of the text before (prefix) and after (suffix). When the body
/// changes (re-extraction, a cut) the quote finds the claim again; a claim whose text is gone is kept, orphaned,
/// with its verdict and note, never dropped.
struct Claim
{
    Id id = 0;
    Id articleId = 0;
    int start = 0;
    int end = 0;
    QString text;
    Verdict verdict = Verdict::NotChecked;
    QString note;
    QDateTime updated;
    UnitKind kind = UnitKind::Sentence;
    ClaimOrigin origin = ClaimOrigin::Found;
    QString prefix;
    QString suffix;
    bool orphaned = false; ///< its text is no longer in the body: start and end are where it last stood
    Credibility credibility = Credibility::NotGraded;
    int evidenceCount = 0; ///< read with the claim (a count, not stored in the claims table)

    int length() const { return end - start; }
    bool contains(int position) const { return !orphaned && position >= start && position < end; }
    /// Has the user put anything into it: a state, a grade, a note, evidence, or its shape.
    bool isJudged() const
    {
        return verdict != Verdict::NotChecked || credibility != Credibility::NotGraded || !note.isEmpty() ||
               evidenceCount > 0 || origin == ClaimOrigin::User;
    }
};

} // namespace Credence::Core
