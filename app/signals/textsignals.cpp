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

bool hasPhrase(const QStringList &words, const QString &phrase)
{
    const QStringList parts = phrase.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; !parts.isEmpty() && i + parts.size() <= words.size(); ++i) {
        if (std::equal(parts.cbegin(), parts.cend(), words.cbegin() + i)) {
            return true;
        }
    }
    return false;
}

} // namespace

bool isHedgedClaim(const QString &claim, const QString &language)
{
    return isEnglish(language) && checkHints(claim, language).testFlag(CheckHint::Hedge);
}

bool isUnattributedClaim(const QString &claim, const QString &language)
{
    if (!isEnglish(language)) {
        return false;
    }
    // The check-worthiness hint wants a named source beside "said"; here "officials said" is attribution too, if
    // a vague one: the signal counts claims that rest on nobody at all.
    if (checkHints(claim, language) & (CheckHint::Attribution | CheckHint::Quotation)) {
        return false;
    }
    const NewsVocabulary &vocabulary = NewsVocabulary::instance();
    const QStringList words = lowerWords(claim);
    if (std::any_of(words.cbegin(), words.cend(),
                    [&](const QString &word) { return vocabulary.attributionWords.contains(word); })) {
        return false;
    }
    return std::none_of(vocabulary.attributionPhrases.cbegin(), vocabulary.attributionPhrases.cend(),
                        [&](const QString &phrase) { return hasPhrase(words, phrase); });
}

ArticleSignals articleSignals(const ArticleText &article)
{
    ArticleSignals result;
    if (isEnglish(article.language)) {
        for (const QString &claim : article.claims) {
            ++result.claimsCounted;
            result.hedgedClaims += isHedgedClaim(claim, article.language) ? 1 : 0;
            result.unattributedClaims += isUnattributedClaim(claim, article.language) ? 1 : 0;
        }
    }
    result.noByline = article.byline.trimmed().isEmpty();
    result.noDate = !article.published.isValid();
    result.spunText = spunTextScore(article.body, article.language);
    result.flaggedCaptions = flaggedCaptions(article.captions, article.title, article.body, article.language);
    return result;
}

} // namespace Credence::Core
