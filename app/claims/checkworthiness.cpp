#include "claims/checkworthiness.h"

#include "claims/newsvocabulary.h"

#include <QCoreApplication>
#include <QSet>

namespace Credence::Core {

namespace {

constexpr CheckHint AllHints[] = {CheckHint::Figure, CheckHint::Attribution, CheckHint::Hedge, CheckHint::Superlative,
                                  CheckHint::Quotation};

// A source is named within this many words of "said" or "according to".
constexpr qsizetype SourceWindow = 5;

struct Word
{
    QStringView text;
    QString lower; ///< made once: the word lists are looked up in lower case several times a word
    bool capitalised = false;
    bool sentenceStart = false;
};

// Words as the highlighter sees them: letters and apostrophes, split at hyphens and other punctuation.
QList<Word> wordsOf(QStringView text)
{
    QList<Word> words;
    qsizetype i = 0;
    bool first = true;
    while (i < text.size()) {
        if (!text.at(i).isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && (text.at(i).isLetter() || text.at(i) == u'\'' || text.at(i) == u'’')) {
            ++i;
        }
        const QStringView word = text.mid(start, i - start);
        words.append({word, word.toString().toLower(), text.at(start).isUpper(), first});
        first = false;
    }
    return words;
}

bool hasFigure(QStringView text, const QList<Word> &words, bool english)
{
    for (const QChar c : text) {
        if (c.isDigit() || c == u'%' || c.category() == QChar::Symbol_Currency) {
            return true;
        }
    }
    if (!english) {
        return false;
    }
    static const QSet<QString> numbers = {
        QStringLiteral("two"),      QStringLiteral("three"),     QStringLiteral("four"),
        QStringLiteral("five"),     QStringLiteral("six"),       QStringLiteral("seven"),
        QStringLiteral("eight"),    QStringLiteral("nine"),      QStringLiteral("ten"),
        QStringLiteral("eleven"),   QStringLiteral("twelve"),    QStringLiteral("twenty"),
        QStringLiteral("thirty"),   QStringLiteral("forty"),     QStringLiteral("fifty"),
        QStringLiteral("sixty"),    QStringLiteral("seventy"),   QStringLiteral("eighty"),
        QStringLiteral("ninety"),   QStringLiteral("hundred"),   QStringLiteral("hundreds"),
        QStringLiteral("thousand"), QStringLiteral("thousands"), QStringLiteral("million"),
        QStringLiteral("millions"), QStringLiteral("billion"),   QStringLiteral("billions"),
        QStringLiteral("trillion"), QStringLiteral("trillions"), QStringLiteral("dozen"),
        QStringLiteral("dozens"),   QStringLiteral("percent"),   QStringLiteral("half"),
        QStringLiteral("twice"),    QStringLiteral("double"),    QStringLiteral("triple"),
    };
    for (const Word &word : words) {
        if (numbers.contains(word.lower)) {
            return true;
        }
    }
    return text.contains(QLatin1String("per cent"), Qt::CaseInsensitive);
}

// A listed word counts as written in lower case or at the start of a sentence: "May" in "on 4 May" is a month,
// not a hedge.
bool hasListedWord(const QList<Word> &words, const QSet<QString> &list)
{
    for (const Word &word : words) {
        if ((!word.capitalised || word.sentenceStart) && list.contains(word.lower)) {
            return true;
        }
    }
    return false;
}

// Where @p phrase occurs in @p words as whole words, by index of its first word; -1 if not. The phrase is walked
// word by word in place, not split into a list: every claim is matched against every phrase of the vocabulary.
qsizetype phraseAt(const QList<Word> &words, QStringView phrase, qsizetype from)
{
    for (qsizetype i = from; i <= words.size(); ++i) {
        qsizetype k = i;
        bool match = true;
        for (const QStringView part : phrase.tokenize(u' ', Qt::SkipEmptyParts)) {
            if (k >= words.size() || words.at(k).text.compare(part, Qt::CaseInsensitive) != 0) {
                match = false;
                break;
            }
            ++k;
        }
        if (match) {
            return i;
        }
    }
    return -1;
}

bool isNameWord(const QList<Word> &words, qsizetype i)
{
    // A capitalised word, not a pronoun or article; at the start of the sentence only a name of two words
    // ("Justyna Gudzowska said"), since "Officials said" starts with a capital too.
    static const QSet<QString> notNames = {
        QStringLiteral("i"),    QStringLiteral("the"),   QStringLiteral("a"),     QStringLiteral("an"),
        QStringLiteral("he"),   QStringLiteral("she"),   QStringLiteral("it"),    QStringLiteral("they"),
        QStringLiteral("we"),   QStringLiteral("you"),   QStringLiteral("this"),  QStringLiteral("that"),
        QStringLiteral("his"),  QStringLiteral("her"),   QStringLiteral("their"), QStringLiteral("its"),
        QStringLiteral("our"),  QStringLiteral("in"),    QStringLiteral("but"),   QStringLiteral("and"),
        QStringLiteral("when"), QStringLiteral("while"), QStringLiteral("after"), QStringLiteral("according"),
    };
    const Word &word = words.at(i);
    if (!word.capitalised || notNames.contains(word.lower)) {
        return false;
    }
    return !word.sentenceStart || (i + 1 < words.size() && words.at(i + 1).capitalised);
}

bool hasNamedSourceNear(const QList<Word> &words, qsizetype from, qsizetype to)
{
    for (qsizetype i = std::max<qsizetype>(0, from - SourceWindow);
         i < std::min<qsizetype>(words.size(), to + SourceWindow); ++i) {
        if ((i < from || i >= to) && isNameWord(words, i)) {
            return true;
        }
    }
    return false;
}

bool hasAttribution(const QList<Word> &words, const NewsVocabulary &vocabulary)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (vocabulary.attributionWords.contains(words.at(i).lower) && hasNamedSourceNear(words, i, i + 1)) {
            return true;
        }
    }
    for (const QString &phrase : vocabulary.attributionPhrases) {
        const qsizetype length = phrase.count(u' ') + 1;
        for (qsizetype at = phraseAt(words, phrase, 0); at >= 0; at = phraseAt(words, phrase, at + 1)) {
            if (hasNamedSourceNear(words, at, at + length)) {
                return true;
            }
        }
    }
    return false;
}

bool hasPhrase(const QList<Word> &words, const QStringList &phrases)
{
    return std::any_of(phrases.cbegin(), phrases.cend(),
                       [&](const QString &phrase) { return phraseAt(words, phrase, 0) >= 0; });
}

bool hasQuotationMark(QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
        case u'“':
        case u'”':
        case u'„':
        case u'«':
        case u'»':
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

CheckHints checkHints(QStringView text, const QString &language)
{
    CheckHints hints;
    const bool english = language.isEmpty() || language.startsWith(QLatin1String("en"), Qt::CaseInsensitive);
    const QList<Word> words = wordsOf(text);
    if (hasFigure(text, words, english)) {
        hints |= CheckHint::Figure;
    }
    if (hasQuotationMark(text)) {
        hints |= CheckHint::Quotation;
    }
    if (!english) {
        return hints;
    }
    const NewsVocabulary &vocabulary = NewsVocabulary::instance();
    if (hasAttribution(words, vocabulary)) {
        hints |= CheckHint::Attribution;
    }
    if (hasListedWord(words, vocabulary.hedgeWords) || hasPhrase(words, vocabulary.hedgePhrases)) {
        hints |= CheckHint::Hedge;
    }
    if (hasListedWord(words, vocabulary.superlativeWords)) {
        hints |= CheckHint::Superlative;
    }
    return hints;
}

int checkWorthiness(CheckHints hints)
{
    // Figures weigh most: a number can be checked against data and is the commonest error. A named source and a
    // superlative ("the first", "the largest") follow: both can be checked against a record. Hedges and quotation
    // marks add one each: they point at something unconfirmed or at words to trace, but alone say little. The sum
    // (0 to 9) sorts claims; equal scores keep their order.
    int score = 0;
    score += hints.testFlag(CheckHint::Figure) ? 3 : 0;
    score += hints.testFlag(CheckHint::Attribution) ? 2 : 0;
    score += hints.testFlag(CheckHint::Superlative) ? 2 : 0;
    score += hints.testFlag(CheckHint::Hedge) ? 1 : 0;
    score += hints.testFlag(CheckHint::Quotation) ? 1 : 0;
    return score;
}

QString describeCheckHints(CheckHints hints)
{
    QStringList lines;
    for (const CheckHint hint : AllHints) {
        if (!hints.testFlag(hint)) {
            continue;
        }
        switch (hint) {
        case CheckHint::Figure:
            lines.append(QCoreApplication::translate(
                "Credence::Core::CheckHint", "Figure: check the number, its unit and its date against the source."));
            break;
        case CheckHint::Attribution:
            lines.append(QCoreApplication::translate(
                "Credence::Core::CheckHint",
                "Attribution: check that the named source said this, and in what context."));
            break;
        case CheckHint::Hedge:
            lines.append(QCoreApplication::translate(
                "Credence::Core::CheckHint", "Hedge: the text itself is unsure; look for confirmation elsewhere."));
            break;
        case CheckHint::Superlative:
            lines.append(QCoreApplication::translate("Credence::Core::CheckHint",
                                                     "Superlative: check the comparison against the full record."));
            break;
        case CheckHint::Quotation:
            lines.append(QCoreApplication::translate(
                "Credence::Core::CheckHint", "Quotation: find the original and check the wording and the speaker."));
            break;
        }
    }
    return lines.join(u'\n');
}

QString checkHintKeys(CheckHints hints)
{
    QStringList keys;
    for (const CheckHint hint : AllHints) {
        if (!hints.testFlag(hint)) {
            continue;
        }
        switch (hint) {
        case CheckHint::Figure:
            keys.append(QStringLiteral("figure"));
            break;
        case CheckHint::Attribution:
            keys.append(QStringLiteral("attribution"));
            break;
        case CheckHint::Hedge:
            keys.append(QStringLiteral("hedge"));
            break;
        case CheckHint::Superlative:
            keys.append(QStringLiteral("superlative"));
            break;
        case CheckHint::Quotation:
            keys.append(QStringLiteral("quotation"));
            break;
        }
    }
    return keys.join(u',');
}

} // namespace Credence::Core
