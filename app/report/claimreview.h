#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

class QIODevice;

namespace Credence::Core {

class Project;

/// Who publishes the fact-checks and where: schema.org's ClaimReview needs both (Google's structured-data rules
/// require the review's author and url).
struct ClaimReviewPublisher
{
    QString name; ///< the organisation (or person) publishing the reviews
    QString url;  ///< the page they are published on; each review's url is this with "#claim-ID"
};

/// Every decided claim (corroborated or contradicted) of a project as schema.org ClaimReview JSON-LD, ready to
/// publish: claimReviewed, reviewRating (1 to 5: 5 "True" for corroborated, 1 "False" for contradicted, with
/// bestRating, worstRating and alternateName), itemReviewed as a Claim with its appearance (the article: address,
/// headline, publisher) and author (the byline, else the source), the review's author, url and date (the day the claim
/// was last marked). Unverifiable and unchecked claims are no verdict and are left out.
class ClaimReviewExport
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::ClaimReviewExport)

public:
    ClaimReviewExport(Project &project, ClaimReviewPublisher publisher)
        : m_project(project)
        , m_publisher(std::move(publisher))
    {}

    /// The reviews; empty with lastError() set when the publisher is incomplete or a claim could not be read.
    QJsonArray reviews();
    /// Writes reviews() as a JSON array to @p path, aside and renamed into place; refuses any Credence project.
    bool write(const QString &path);
    QString lastError() const { return m_lastError; }
    int count() const { return m_count; }

private:
    Project &m_project;
    ClaimReviewPublisher m_publisher;
    QString m_lastError;
    int m_count = 0;
};

} // namespace Credence::Core
