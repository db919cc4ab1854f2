#include "claimreview.h"

#include "exporttarget.h"
#include "project/project.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

namespace Credence::Core {

namespace {

QJsonObject organisation(const QString &name)
{
    return {{QStringLiteral("@type"), QStringLiteral("Organization")}, {QStringLiteral("name"), name}};
}

} // namespace

QJsonArray ClaimReviewExport::reviews()
{
    m_count = 0;
    m_lastError.clear();
    const QUrl page(m_publisher.url, QUrl::StrictMode);
    if (m_publisher.name.trimmed().isEmpty()) {
        m_lastError = tr("Name who publishes the fact-checks: a ClaimReview needs its author.");
        return {};
    }
    if (!page.isValid() || (page.scheme() != u"https" && page.scheme() != u"http") || page.host().isEmpty()) {
        m_lastError = tr("Give the address of the page the fact-checks are published on (https://…): a ClaimReview "
                         "needs its url.");
        return {};
    }
    const int errors = m_project.errorCount();
    QJsonArray out;
    for (const ArticleSummary &summary : m_project.articles()) {
        const auto article = m_project.article(summary.id);
        QJsonObject appearance{{QStringLiteral("@type"), QStringLiteral("NewsArticle")},
                               {QStringLiteral("headline"), summary.title}};
        if (article && !article->metadata.url.isEmpty()) {
            appearance.insert(QStringLiteral("url"), article->metadata.url);
        }
        if (!summary.publication.isEmpty()) {
            appearance.insert(QStringLiteral("publisher"), organisation(summary.publication));
        }
        if (summary.published.isValid()) {
            appearance.insert(QStringLiteral("datePublished"), summary.published.toString(Qt::ISODate));
        }
        // Who made the claim: the byline, else the outlet; an article naming neither leaves it out.
        QJsonValue claimAuthor;
        if (!summary.author.isEmpty()) {
            claimAuthor = QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")},
                                      {QStringLiteral("name"), summary.author}};
        } else if (!summary.publication.isEmpty()) {
            claimAuthor = organisation(summary.publication);
        }
        for (const Claim &claim : m_project.claims(summary.id)) {
            if (claim.verdict != Verdict::Corroborated && claim.verdict != Verdict::Contradicted) {
                continue;
            }
            const bool holds = claim.verdict == Verdict::Corroborated;
            QJsonObject item{{QStringLiteral("@type"), QStringLiteral("Claim")},
                             {QStringLiteral("appearance"), QJsonArray{appearance}}};
            if (!claimAuthor.isNull()) {
                item.insert(QStringLiteral("author"), claimAuthor);
            }
            if (summary.published.isValid()) {
                item.insert(QStringLiteral("datePublished"), summary.published.toString(Qt::ISODate));
            }
            QUrl reviewUrl = page;
            reviewUrl.setFragment(QStringLiteral("claim-") + QString::number(claim.id));
            QJsonObject review{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                               {QStringLiteral("@type"), QStringLiteral("ClaimReview")},
                               {QStringLiteral("url"), reviewUrl.toString(QUrl::FullyEncoded)},
                               {QStringLiteral("claimReviewed"), claim.text},
                               {QStringLiteral("author"), organisation(m_publisher.name.trimmed())},
                               {QStringLiteral("reviewRating"),
                                QJsonObject{{QStringLiteral("@type"), QStringLiteral("Rating")},
                                            {QStringLiteral("ratingValue"), holds ? 5 : 1},
                                            {QStringLiteral("bestRating"), 5},
                                            {QStringLiteral("worstRating"), 1},
                                            {QStringLiteral("alternateName"),
                                             holds ? QStringLiteral("True") : QStringLiteral("False")}}},
                               {QStringLiteral("itemReviewed"), item}};
            if (claim.updated.isValid()) {
                review.insert(QStringLiteral("datePublished"), claim.updated.toUTC().date().toString(Qt::ISODate));
            }
            out.append(review);
            ++m_count;
        }
    }
    if (m_project.errorCount() != errors) {
        m_lastError = tr("Some claims could not be read: %1").arg(m_project.lastError());
        m_count = 0;
        return {};
    }
    return out;
}

bool ClaimReviewExport::write(const QString &path)
{
    if (const QString refusal = refusedExportTarget(path, m_project.path()); !refusal.isEmpty()) {
        m_lastError = refusal;
        return false;
    }
    const QJsonArray array = reviews();
    if (!m_lastError.isEmpty()) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(array).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        m_lastError = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Credence::Core
