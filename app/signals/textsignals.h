#pragma once

#include "signals/captionsignals.h"
#include "signals/spuntext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Credence::Core {

/// What the text-quality signals read of one article: plain values, so that they depend on no storage.
struct ArticleText
{
    QString title;
    QString body;
    QStringList claims; ///< the texts of the article's claims
    QString byline;     ///< the author as printed; empty when the page names none
    QDate published;    ///< invalid when the page gives no date
    QStringList captions;
    QString language = QStringLiteral("en"); ///< ISO 639-1; hedges, attribution and spinning are judged in English only
};

/// Text-quality signals of one article, shown beside its reliability score and never folded into it.
struct ArticleSignals
{
    int claimsCounted = 0;      ///< claims judged for hedging and attribution (none outside English)
    int hedgedClaims = 0;       ///< qualified by a hedge: "reportedly", "may", "sources say"
    int unattributedClaims = 0; ///< with no attribution verb or phrase and no quotation
    bool noByline = false;
    bool noDate = false;
    SpunTextScore spunText;
    QList<FlaggedCaption> flaggedCaptions;
};

/// Whether a claim is qualified by a hedge (the hedges of the News Article vocabulary).
bool isHedgedClaim(const QString &claim, const QString &language = QStringLiteral("en"));
/// Whether a claim names no one who says it: no attribution verb or phrase of the News Article vocabulary ("said",
/// "told", "according to"), named or not, and no quotation mark.
bool isUnattributedClaim(const QString &claim, const QString &language = QStringLiteral("en"));

/// The signals of @p article.
ArticleSignals articleSignals(const ArticleText &article);

} // namespace Credence::Core
