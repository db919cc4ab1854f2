#pragma once

#include "domain/article.h"

#include <QCoreApplication>

namespace Credence::Core {

class Database;

/// A change to an article's body (re-extraction, or the user moving its start or end), planned before it is applied
/// so the user can see which judged claims it would remove.
///
/// Claims found again by their quote keep their id, state, note and history at their new place. A claim the user had
/// judged, noted or shaped whose text is gone stays, orphaned, with all of that; an untouched claim the segmenter had
/// found goes with its text. Units of the new body that no kept claim covers become new claims.
struct BodyChange
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::BodyChange)
public:
    Id articleId = 0;
    QString body;
    ArticleMetadata metadata;
    Corrections corrections;
    QList<Claim> claims;   ///< the claims afterwards in text order, orphans last; id set where an old claim is kept
    QList<Claim> orphaned; ///< judged claims whose text the change takes away: kept, marked orphaned
    int kept = 0;          ///< old claims found again in the new body
    int dropped = 0;       ///< untouched claims the segmenter had found, whose text is gone
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// Re-runs the extractor on the stored raw input, keeping the user's corrections (metadata fields they edited, and
/// the body start and end they set).
BodyChange planReextract(Database &db, Id articleId);
/// Cuts the body to [start, end) (UTF-16 offsets into the current body) and remembers the cut as a correction.
BodyChange planTrim(Database &db, Id articleId, int start, int end);
/// Stores a planned change in one transaction.
bool applyBodyChange(Database &db, const BodyChange &change);

/// Applies the body start and end corrections to a freshly extracted body: text before the start marker and after
/// the end marker is dropped. A marker that is no longer found leaves that end as extracted.
QString applyBodyCorrections(const QString &body, const Corrections &corrections);

} // namespace Credence::Core
