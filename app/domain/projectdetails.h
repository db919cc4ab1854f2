#pragma once

#include <QString>

namespace Credence::Core {

/// What a project says about itself, set by the user and kept in the project file: the report's cover and the
/// publisher of its fact-checks (schema.org ClaimReview) come from here, never from the file's name.
struct ProjectDetails
{
    QString title;         ///< the report's title; empty: the file's name stands in
    QString author;        ///< who prepared the report (a person or a desk)
    QString scope;         ///< what was checked, in a few lines: the story, the period, the question
    QString publisherName; ///< the organisation that publishes the fact-checks
    QString publisherUrl;  ///< its web address

    bool operator==(const ProjectDetails &) const = default;
};

} // namespace Credence::Core
