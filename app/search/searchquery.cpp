#include "searchquery.h"

#include <algorithm>

namespace Credence::Core {

namespace {

/// More terms than anyone types; keeps a pasted page from becoming a query of thousands of words.
constexpr int MostTerms = 16;
/// A prefix of one letter would match most of the index and tell the user nothing.
constexpr int ShortestPrefix = 2;

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

/// Bidirectional overrides and isolates would reorder the rest of a line a snippet is shown on.
bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

/// Does the word @p token of a text match @p folded (a word of the query)? Most words are ASCII: those are compared
/// without allocating.
bool wordMatches(QStringView token, const QString &folded, bool prefix)
{
    if (isAscii(token) && isAscii(folded)) {
        if (prefix ? token.size() < folded.size() : token.size() != folded.size()) {
            return false;
        }
        for (qsizetype i = 0; i < folded.size(); ++i) {
            if (token.at(i).toLower() != folded.at(i)) {
                return false;
            }
        }
        return true;
    }
    const QString word = foldWord(token);
    return prefix ? word.startsWith(folded) : word == folded;
}

void addWords(QStringView text, QStringList *words)
{
    for (const TextRange &range : wordsOf(text)) {
        words->append(foldWord(text.mid(range.start, range.length)));
    }
}

} // namespace

QString foldWord(QStringView word)
{
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    QString bare;
    bare.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark()) {
            bare.append(c);
        }
    }
    return bare.toCaseFolded();
}

QList<TextRange> wordsOf(QStringView text)
{
    QList<TextRange> words;
    qsizetype start = -1;
    qsizetype i = 0;
    while (i < text.size()) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (isWordCharacter(c)) {
            if (start < 0) {
                start = i;
            }
        } else if (start >= 0) {
            words.append({int(start), int(i - start)});
            start = -1;
        }
        i += width;
    }
    if (start >= 0) {
        words.append({int(start), int(text.size() - start)});
    }
    return words;
}

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    const QStringList parts = text.split(QLatin1Char('"'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QStringList words;
        addWords(parts.at(i), &words);
        if (i % 2 == 1) { // between quotes: one phrase
            if (!words.isEmpty()) {
                query.terms.append({words, false});
            }
            continue;
        }
        for (const QString &word : std::as_const(words)) {
            query.terms.append({{word}, false});
        }
    }
    if (query.terms.size() > MostTerms) {
        query.terms.resize(MostTerms);
        return query; // the end of the text was cut off: its last word is not being typed
    }
    // The user is still typing the last word unless a space or a closing quote follows it.
    const bool closedQuote = text.endsWith(QLatin1Char('"')) && parts.size() % 2 == 1;
    if (!query.terms.isEmpty() && !text.isEmpty() && !text.back().isSpace() && !closedQuote &&
        query.terms.last().words.last().size() >= ShortestPrefix) {
        query.terms.last().prefix = true;
    }
    return query;
}

QList<TextRange> findMatches(QStringView text, const SearchQuery &query)
{
    const QList<TextRange> words = wordsOf(text);
    QList<TextRange> matches;
    for (qsizetype i = 0; i < words.size(); ++i) {
        for (const SearchTerm &term : query.terms) {
            const qsizetype count = term.words.size();
            if (count == 0 || i + count > words.size()) {
                continue;
            }
            bool all = true;
            for (qsizetype j = 0; j < count && all; ++j) {
                const TextRange &word = words.at(i + j);
                all = wordMatches(text.mid(word.start, word.length), term.words.at(j), term.prefix && j == count - 1);
            }
            if (all) {
                const int start = words.at(i).start;
                matches.append({start, words.at(i + count - 1).end() - start});
            }
        }
    }
    std::sort(matches.begin(), matches.end(), [](const TextRange &a, const TextRange &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    // A phrase and one of its words both match: show the longer run once.
    QList<TextRange> merged;
    for (const TextRange &m : std::as_const(matches)) {
        if (!merged.isEmpty() && m.start < merged.last().end()) {
            merged.last().length = std::max(merged.last().end(), m.end()) - merged.last().start;
        } else {
            merged.append(m);
        }
    }
    return merged;
}

Snippet makeSnippet(QStringView text, const QList<TextRange> &matches, int width)
{
    const int length = int(text.size());
    int begin = 0;
    int end = std::min(length, width);
    if (!matches.isEmpty()) {
        const TextRange &first = matches.first();
        begin = std::max(0, first.start - width / 3);
        if (begin > 0) {
            // Start after a space near the cut, so the snippet begins with a whole word.
            const qsizetype space = text.mid(begin, first.start - begin).indexOf(QLatin1Char(' '));
            if (space >= 0 && space < 24) {
                begin += int(space) + 1;
            }
        }
        end = std::min(length, std::max(begin + width, first.end()));
    }
    if (end < length) {
        const qsizetype space = text.mid(begin, end - begin).lastIndexOf(QLatin1Char(' '));
        const int firstEnd = matches.isEmpty() ? begin : matches.first().end();
        if (space >= 0 && begin + int(space) >= firstEnd && end - (begin + int(space)) < 24) {
            end = begin + int(space);
        }
    }
    Snippet snippet;
    const QString ellipsis(QChar(0x2026));
    const int shift = (begin > 0 ? 1 : 0) - begin;
    if (begin > 0) {
        snippet.text = ellipsis;
    }
    QString piece = text.mid(begin, end - begin).toString();
    // One line of plain text: every control character (line breaks, tabs, escapes) and every bidirectional control
    // becomes a space, one for one, so the ranges stay where the words are.
    for (QChar &c : piece) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator ||
            isBidiControl(c.unicode())) {
            c = QLatin1Char(' ');
        }
    }
    snippet.text += piece;
    if (end < length) {
        snippet.text += ellipsis;
    }
    for (const TextRange &m : matches) {
        const int from = std::max(m.start, begin);
        const int to = std::min(m.end(), end);
        if (from < to) {
            snippet.ranges.append({from + shift, to - from});
        }
    }
    return snippet;
}

SearchHit searchHit(const IndexedText &item, const SearchQuery &query)
{
    SearchHit hit;
    hit.kind = item.kind;
    hit.articleId = item.articleId;
    hit.claimId = item.claimId;
    hit.articleTitle = item.articleTitle;
    hit.score = item.score;
    QList<TextRange> matches = findMatches(item.text, query);
    Snippet snippet;
    if (item.kind == SearchHitKind::Article && matches.isEmpty()) {
        // Only the title matched: show the title.
        snippet = makeSnippet(item.articleTitle, findMatches(item.articleTitle, query));
    } else {
        snippet = makeSnippet(item.text, matches);
        switch (item.kind) {
        case SearchHitKind::Article:
            hit.bodyOffset = matches.first().start;
            break;
        case SearchHitKind::Claim:
            hit.bodyOffset = item.claimStart + (matches.isEmpty() ? 0 : matches.first().start);
            break;
        case SearchHitKind::Note:
        case SearchHitKind::Evidence:
            hit.bodyOffset = item.claimStart;
            break;
        }
    }
    hit.snippet = snippet.text;
    hit.ranges = snippet.ranges;
    return hit;
}

} // namespace Credence::Core
