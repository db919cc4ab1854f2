#include "signals/textsignals.h"

#include "claims/checkworthiness.h"
#include "claims/newsvocabulary.h"

namespace Credence::Core {

namespace {

bool isEnglish(const QString &language)
{
    return language.isEmpty() || language.startsWith(u"en", Qt::CaseInsensitive);
}

QStringList lowerWords(QStringView text)
{
    QStringList words;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && (text.at(i).isLetter() || text.at(i) == u'\'' || text.at(i) == u'’')) {
            ++i;
        }
        words.append(text.sliced(start, i - start).toString().toLower());
    }
    return words;
}

bool hasPhrase(const QStringList &words, const QStringList &parts)
{
    for (qsizetype i = 0; !parts.isEmpty() && i + parts.size() <= words.size(); ++i) {
        if (std::equal(parts.cbegin(), parts.cend(), words.cbegin() + i)) {
            return true;
        }
    }
    return false;
}

/// The attribution phrases of the vocabulary, split into words once: every claim of every import is matched
/// against them.
const QList<QStringList> &attributionPhraseWords()
{
    static const QList<QStringList> phrases = [] {
        QList<QStringList> split;
        for (const QString &phrase : NewsVocabulary::instance().attributionPhrases) {
            split.append(phrase.split(u' ', Qt::SkipEmptyParts));
        }
        return split;
    }();
    return phrases;
}

struct ClaimSignals
{
    bool hedged = false;
    bool unattributed = false;
};

/// Both signals of an English claim from one reading of its check hints, the costly part (an import measures every
/// claim it stores).
ClaimSignals claimSignals(const QString &claim, const QString &language)
{
    const CheckHints hints = checkHints(claim, language);
    ClaimSignals result;
    result.hedged = hints.testFlag(CheckHint::Hedge);
    // The check-worthiness hint wants a named source beside "said"; here "officials said" is attribution too, if
    // a vague one: the signal counts claims that rest on nobody at all.
    if (hints & (CheckHint::Attribution | CheckHint::Quotation)) {
        return result;
    }
    const NewsVocabulary &vocabulary = NewsVocabulary::instance();
    const QStringList words = lowerWords(claim);
    if (std::any_of(words.cbegin(), words.cend(),
                    [&](const QString &word) { return vocabulary.attributionWords.contains(word); })) {
        return result;
    }
    const QList<QStringList> &phrases = attributionPhraseWords();
    result.unattributed = std::none_of(phrases.cbegin(), phrases.cend(),
                                       [&](const QStringList &phrase) { return hasPhrase(words, phrase); });
    return result;
}

} // namespace

bool isHedgedClaim(const QString &claim, const QString &language)
{
    return isEnglish(language) && checkHints(claim, language).testFlag(CheckHint::Hedge);
}

bool isUnattributedClaim(const QString &claim, const QString &language)
{
    return isEnglish(language) && claimSignals(claim, language).unattributed;
}

ArticleSignals articleSignals(const ArticleText &article)
{
    ArticleSignals result;
    if (isEnglish(article.language)) {
        for (const QString &claim : article.claims) {
            const ClaimSignals judged = claimSignals(claim, article.language);
            ++result.claimsCounted;
            result.hedgedClaims += judged.hedged ? 1 : 0;
            result.unattributedClaims += judged.unattributed ? 1 : 0;
        }
    }
    result.noByline = article.byline.trimmed().isEmpty();
    result.noDate = !article.published.isValid();
    result.spunText = spunTextScore(article.body, article.language);
    result.flaggedCaptions = flaggedCaptions(article.captions, article.title, article.body, article.language);
    return result;
}

} // namespace Credence::Core
