#include "figures.h"

#include "wordforms.h"

#include <QStringList>

#include <cmath>

namespace Credence::Core {

namespace {

bool isGroupSeparator(QChar c)
{
    // Comma, full stop, apostrophe (Swiss), space, no-break space, narrow no-break space, thin space.
    return c == u',' || c == u'.' || c == u'\'' || c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) ||
           c == QChar(0x2009);
}

int digitsFrom(const QString &text, int at)
{
    int end = at;
    while (end < text.size() && text.at(end).isDigit()) {
        ++end;
    }
    return end - at;
}

/// A word of @p text: letters (and apostrophes inside), from @p at; its end.
int wordEnd(const QString &text, int at)
{
    int end = at;
    while (end < text.size() && (text.at(end).isLetter() || ((text.at(end) == u'\'' || text.at(end) == QChar(0x2019)) &&
                                                             end + 1 < text.size() && text.at(end + 1).isLetter()))) {
        ++end;
    }
    return end;
}

int skipSpaces(const QString &text, int at)
{
    while (at < text.size() && text.at(at).isSpace()) {
        ++at;
    }
    return at;
}

/// The word after @p at (spaces skipped), lower case, with where it ends; empty when no word follows.
std::pair<QString, int> wordAfter(const QString &text, int at)
{
    const int start = skipSpaces(text, at);
    const int end = wordEnd(text, start);
    return {text.mid(start, end - start).toLower(), end};
}

QString wordBefore(const QString &text, int at)
{
    int end = at;
    while (end > 0 && text.at(end - 1).isSpace()) {
        --end;
    }
    int start = end;
    while (start > 0 && text.at(start - 1).isLetter()) {
        --start;
    }
    return text.mid(start, end - start).toLower();
}

struct Number
{
    double value = 0;
    int end = 0;
    bool plain = true; ///< digits only: no separator, decimal or multiplier (a year can only be plain)
};

/// A number written in digits at @p at (a digit that does not follow a letter or digit).
std::optional<Number> digitsNumber(const QString &text, int at)
{
    const int lead = digitsFrom(text, at);
    QString digits = text.mid(at, lead);
    int end = at + lead;
    QChar group;
    int groups = 0;
    // Groups of three: "12,000", "12 000", "1.200.000", "1'000". A space or a full stop groups only where it cannot be
    // something else: a space after at most three digits, a full stop when it repeats or a decimal comma follows.
    while (end + 4 <= text.size() && isGroupSeparator(text.at(end)) && digitsFrom(text, end + 1) == 3 &&
           (groups == 0 ? lead <= 3 : text.at(end) == group)) {
        if (groups == 0) {
            group = text.at(end);
        }
        digits += text.mid(end + 1, 3);
        end += 4;
        ++groups;
    }
    if (groups == 1 && group == u'.' &&
        !(end + 1 < text.size() && text.at(end) == u',' && text.at(end + 1).isDigit())) {
        // "1.500": a decimal in English, where most of our pages are written.
        digits = text.mid(at, lead);
        end = at + lead;
        groups = 0;
        group = QChar();
    }
    if (groups > 0 && group.isSpace() && lead > 3) {
        return std::nullopt;
    }
    double value = digits.toDouble();
    bool plain = groups == 0;
    // A decimal part: a full stop or a comma that is not the group separator, then digits.
    if (end + 1 < text.size() && (text.at(end) == u'.' || text.at(end) == u',') && text.at(end) != group &&
        text.at(end + 1).isDigit()) {
        const int decimals = digitsFrom(text, end + 1);
        if (!(text.at(end) == u',' && decimals == 3 && groups == 0)) { // "12,000" was taken as groups above
            value = QString(digits + u'.' + text.mid(end + 1, decimals)).toDouble();
            end += 1 + decimals;
            plain = false;
        }
    }
    return Number{value, end, plain};
}

/// A number written in words at @p at: "twelve thousand", "two hundred and fifty", "twenty-one".
std::optional<Number> wordsNumber(const QString &text, int at)
{
    double total = 0;
    double current = 0;
    int end = at;
    int words = 0;
    int pos = at;
    while (pos < text.size()) {
        const int wordStop = wordEnd(text, pos);
        if (wordStop == pos) {
            break;
        }
        const QString word = text.mid(pos, wordStop - pos).toLower();
        const std::optional<double> value = numberWordValue(word);
        if (!value) {
            // "and" inside a number ("two hundred and fifty") only.
            if (words > 0 && word == QLatin1String("and")) {
                const int next = skipSpaces(text, wordStop);
                const int nextEnd = wordEnd(text, next);
                if (numberWordValue(QStringView(text).mid(next, nextEnd - next).toString().toLower())) {
                    pos = next;
                    continue;
                }
            }
            break;
        }
        if (*value >= 1000) {
            total += (current == 0 ? 1 : current) * *value;
            current = 0;
        } else if (*value == 100) {
            current = (current == 0 ? 1 : current) * 100;
        } else {
            current += *value;
        }
        ++words;
        end = wordStop;
        // "twenty-one": a hyphen between number words.
        pos = (wordStop < text.size() && text.at(wordStop) == u'-') ? wordStop + 1 : skipSpaces(text, wordStop);
    }
    if (words == 0) {
        return std::nullopt;
    }
    return Number{total + current, end, false};
}

} // namespace

QList<Figure> figuresIn(const QString &text)
{
    QList<Figure> figures;
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const bool startsToken = i == 0 || !text.at(i - 1).isLetterOrNumber();
        if (!startsToken || !(c.isDigit() || c.isLetter())) {
            ++i;
            continue;
        }
        std::optional<Number> number;
        if (c.isDigit()) {
            // Part of a name ("F-16", "G7") is no figure.
            if (i >= 2 && text.at(i - 1) == u'-' && text.at(i - 2).isLetter()) {
                i += digitsFrom(text, i);
                continue;
            }
            number = digitsNumber(text, i);
        } else {
            number = wordsNumber(text, i);
            if (!number) {
                i = qMax(wordEnd(text, i), i + 1);
                continue;
            }
            // "one" on its own is an article more often than a count ("one of the"), and so is "dozen".
            const QString written = text.mid(i, number->end - i).toLower();
            if (written == QLatin1String("one") || written == QLatin1String("dozen")) {
                i = number->end;
                continue;
            }
        }
        if (!number) {
            i += qMax(1, digitsFrom(text, i));
            continue;
        }
        Figure figure;
        figure.start = i;
        figure.value = number->value;
        int end = number->end;
        // An ordinal ("1st", "3rd") or a code ("5G", "A4") is no figure; "12k" and "2bn" are.
        if (end < text.size() && text.at(end).isLetter()) {
            const int letters = wordEnd(text, end);
            const std::optional<double> factor = multiplierValue(text.mid(end, letters - end).toLower());
            if (!factor || !c.isDigit()) {
                i = letters;
                continue;
            }
            figure.value *= *factor;
            number->plain = false;
            end = letters;
        } else {
            // "2.5 million", "12 thousand"; "40%", "40 percent", "40 per cent".
            const auto [next, nextEnd] = wordAfter(text, end);
            if (const std::optional<double> factor = multiplierValue(next); factor && c.isDigit()) {
                figure.value *= *factor;
                number->plain = false;
                end = nextEnd;
            }
        }
        const int afterSpaces = skipSpaces(text, end);
        if (afterSpaces < text.size() && text.at(afterSpaces) == u'%') {
            figure.percent = true;
            end = afterSpaces + 1;
        } else {
            const auto [next, nextEnd] = wordAfter(text, end);
            if (next == QLatin1String("percent") || next == QLatin1String("prozent")) {
                figure.percent = true;
                end = nextEnd;
            } else if (next == QLatin1String("per")) {
                const auto [cent, centEnd] = wordAfter(text, nextEnd);
                if (cent == QLatin1String("cent")) {
                    figure.percent = true;
                    end = centEnd;
                }
            }
        }
        figure.length = end - i;
        figure.year =
            number->plain && !figure.percent && figure.length == 4 && figure.value >= 1800 && figure.value <= 2100;
        if (figure.percent) {
            figure.counted = QStringLiteral("%");
        } else {
            const QString after = wordAfter(text, end).first;
            const QString before = wordBefore(text, i);
            figure.counted = !after.isEmpty() && !isFunctionWord(after)     ? canonicalWord(after)
                             : !before.isEmpty() && !isFunctionWord(before) ? canonicalWord(before)
                                                                            : QString();
        }
        figures.append(figure);
        i = end;
    }
    return figures;
}

bool sameValue(const Figure &a, const Figure &b)
{
    if (a.percent != b.percent) {
        return false;
    }
    const double larger = qMax(std::abs(a.value), std::abs(b.value));
    return std::abs(a.value - b.value) <= larger * 0.005;
}

} // namespace Credence::Core
