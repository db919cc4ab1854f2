#include "claims/textunits.h"

#include "claims/unitrules.h"

#include <algorithm>

namespace Credence::Core {

namespace {

// A heading or table row is at most this many words; a short question heading at most QuestionWords.
constexpr int ShortLineWords = 16;
constexpr int QuestionWords = 8;
// A run of this many short lines is a table, not a series of headings.
constexpr int TableRows = 3;
// Author bios are looked for in this many lines at the end of the body (furniture lines not counted).
constexpr int BioLines = 4;

struct Line
{
    int start = 0;
    int end = 0;
    int contentStart = 0; ///< after a list marker
    int words = 0;
    UnitKind kind = UnitKind::Sentence;
    bool shortLine = false; ///< at most ShortLineWords and no closing punctuation: a heading or a table row
    bool question = false;  ///< a short question on a line of its own
    bool capitalised = false;
};

bool isLineBreak(QChar c)
{
    // The breaks ICU's sentence rules end a sentence at, so no span of segmentSentences() crosses a line.
    const char16_t u = c.unicode();
    return u == u'\n' || u == u'\r' || u == 0x0085 || u == 0x2028 || u == 0x2029;
}

bool hasWordCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

QStringView lineText(const QString &body, const Line &line)
{
    return QStringView(body).mid(line.start, line.end - line.start);
}

void classify(const QString &body, Line &line)
{
    const QStringView text = lineText(body, line);
    if (const int marker = UnitRules::bulletLength(text)) {
        line.kind = UnitKind::ListItem;
        line.contentStart = line.start + marker;
        return;
    }
    if (text.size() < 300) {
        const QString copy = text.toString();
        if (UnitRules::isCaption(copy)) {
            line.kind = UnitKind::Caption;
            return;
        }
        if (UnitRules::isFurniture(copy)) {
            line.kind = UnitKind::Furniture;
            return;
        }
    }
    line.words = UnitRules::wordCount(text);
    const auto first = std::find_if(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
    line.capitalised = first != text.end() && !first->isLower();
    if (line.words <= ShortLineWords && !UnitRules::endsWithPunctuation(text)) {
        line.shortLine = true;
    } else if (line.words <= QuestionWords && text.back() == u'?' && line.capitalised) {
        line.question = true;
    }
}

QList<Line> splitLines(const QString &body)
{
    QList<Line> lines;
    const int size = int(body.size());
    int start = 0;
    while (start < size) {
        int end = start;
        while (end < size && !isLineBreak(body.at(end))) {
            ++end;
        }
        Line line;
        line.start = start;
        line.end = end;
        while (line.start < line.end && body.at(line.start).isSpace()) {
            ++line.start;
        }
        while (line.end > line.start && body.at(line.end - 1).isSpace()) {
            --line.end;
        }
        line.contentStart = line.start;
        if (hasWordCharacter(lineText(body, line))) {
            classify(body, line);
            lines.append(line);
        }
        start = end + 1;
    }
    return lines;
}

double medianWords(const QList<Line> &lines, qsizetype from, qsizetype to)
{
    QList<int> words;
    for (qsizetype i = from; i < to; ++i) {
        words.append(lines.at(i).words);
    }
    std::sort(words.begin(), words.end());
    const qsizetype n = words.size();
    return n % 2 ? words.at(n / 2) : (words.at(n / 2 - 1) + words.at(n / 2)) / 2.0;
}

bool farFrom(int words, double median, double slack, double share)
{
    return std::abs(words - median) > std::max(slack, share * median);
}

// A short line outside a table: a heading when it looks like one and text follows it, else prose.
void markHeading(QList<Line> &lines, qsizetype index)
{
    Line &line = lines[index];
    if (line.capitalised && index + 1 < lines.size()) {
        line.kind = UnitKind::Heading;
    }
}

// Runs of short lines: three or more make a table; an end line far from the rest in length is a heading next to
// it (a table's rows are alike: "Media Coverage High Global awareness" vs "Closing Remarks").
void markHeadingsAndTables(QList<Line> &lines)
{
    qsizetype i = 0;
    while (i < lines.size()) {
        if (lines.at(i).question && lines.at(i).kind == UnitKind::Sentence) {
            markHeading(lines, i++);
            continue;
        }
        if (!lines.at(i).shortLine || lines.at(i).kind != UnitKind::Sentence) {
            ++i;
            continue;
        }
        qsizetype first = i;
        qsizetype last = i + 1; // one past
        while (last < lines.size() && lines.at(last).shortLine && lines.at(last).kind == UnitKind::Sentence) {
            ++last;
        }
        i = last;
        if (last - first >= TableRows && last < lines.size() &&
            farFrom(lines.at(last - 1).words, medianWords(lines, first, last - 1), 2, 0.4)) {
            markHeading(lines, --last);
        }
        if (last - first >= TableRows && farFrom(lines.at(first).words, medianWords(lines, first + 1, last), 3, 0.5)) {
            markHeading(lines, first++);
        }
        for (qsizetype k = first; k < last; ++k) {
            if (last - first >= TableRows) {
                lines[k].kind = UnitKind::TableRow;
            } else {
                markHeading(lines, k);
            }
        }
    }
}

// An "About NAME" heading near the end with a writer's description after it, or a closing line describing one.
void markBio(const QString &body, QList<Line> &lines)
{
    QList<qsizetype> tail; // the last lines that are not furniture, last first
    for (qsizetype i = lines.size() - 1; i >= 0 && tail.size() < BioLines; --i) {
        if (lines.at(i).kind != UnitKind::Furniture) {
            tail.append(i);
        }
    }
    for (qsizetype t = tail.size() - 1; t >= 1; --t) {
        const qsizetype about = tail.at(t);
        const qsizetype next = tail.at(t - 1);
        if (UnitRules::isAboutHeading(lineText(body, lines.at(about)).toString()) &&
            UnitRules::describesWriter(lineText(body, lines.at(next)).toString(), true)) {
            for (qsizetype k = about; k < lines.size(); ++k) {
                if (lines.at(k).kind != UnitKind::Furniture) {
                    lines[k].kind = UnitKind::Bio;
                }
            }
            return;
        }
    }
    for (qsizetype t = 0; t < std::min<qsizetype>(2, tail.size()); ++t) {
        Line &line = lines[tail.at(t)];
        if (line.kind == UnitKind::Sentence && UnitRules::describesWriter(lineText(body, line).toString(), false)) {
            line.kind = UnitKind::Bio;
        }
    }
}

// The parts of a line inside quotation marks, marks left out: straight quotes, “English”, „German“, «French» and
// »German«. Nested and single quotes are not followed (’ is also the apostrophe). A straight quote right after a
// letter or digit opens nothing (34" is an inch mark). A quotation still open at the end of the line runs to its
// end, as a quotation of several paragraphs does.
QList<TextSpan> quotedParts(const QString &body, const Line &line)
{
    QList<TextSpan> parts;
    char16_t closer = 0;
    char16_t altCloser = 0;
    int opened = 0;
    for (int i = line.contentStart; i < line.end; ++i) {
        const char16_t u = body.at(i).unicode();
        if (closer) {
            if (u == closer || u == altCloser) {
                parts.append({opened + 1, i});
                closer = altCloser = 0;
            }
            continue;
        }
        switch (u) {
        case u'"':
            if (i > line.contentStart && body.at(i - 1).isLetterOrNumber()) {
                continue;
            }
            closer = altCloser = u'"';
            break;
        case u'“':
            closer = u'”';
            altCloser = u'"';
            break;
        case u'„':
            closer = u'“';
            altCloser = u'”';
            break;
        case u'«':
            closer = altCloser = u'»';
            break;
        case u'»':
            closer = altCloser = u'«';
            break;
        default:
            continue;
        }
        opened = i;
    }
    if (closer) {
        parts.append({opened + 1, line.end});
    }
    return parts;
}

bool mostlyQuoted(const QString &body, TextSpan span, const QList<TextSpan> &quoted)
{
    int letters = 0;
    int inside = 0;
    qsizetype part = 0;
    for (int i = span.start; i < span.end; ++i) {
        if (!body.at(i).isLetterOrNumber()) {
            continue;
        }
        ++letters;
        while (part < quoted.size() && quoted.at(part).end <= i) {
            ++part;
        }
        inside += part < quoted.size() && quoted.at(part).start <= i ? 1 : 0;
    }
    return letters > 0 && inside * 2 >= letters;
}

bool hasQuotationMark(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == u'"' || u == u'“' || u == u'„' || u == u'«' || u == u'»';
    });
}

} // namespace

QList<TextUnit> segmentUnits(const QString &body, const QString &language)
{
    QList<TextUnit> units;
    const QList<TextSpan> spans = segmentSentences(body, language);
    if (spans.isEmpty()) {
        return units;
    }
    QList<Line> lines = splitLines(body);
    markHeadingsAndTables(lines);
    markBio(body, lines);

    units.reserve(spans.size());
    qsizetype index = -1;
    QList<TextSpan> quoted; // of the line at index
    for (TextSpan span : spans) {
        qsizetype lineIndex = std::max<qsizetype>(index, 0);
        while (lineIndex < lines.size() && lines.at(lineIndex).end < span.end) {
            ++lineIndex;
        }
        if (lineIndex == lines.size() || lines.at(lineIndex).start > span.start) {
            units.append({span, UnitKind::Sentence}); // spans never cross lines; kept whole should ICU disagree
            continue;
        }
        const Line &line = lines.at(lineIndex);
        if (lineIndex != index) {
            index = lineIndex;
            quoted = line.kind == UnitKind::Sentence && hasQuotationMark(lineText(body, line)) ? quotedParts(body, line)
                                                                                               : QList<TextSpan>();
        }
        if (span.start < line.contentStart) {
            // The marker is no part of a list item: "1." may even be a span of its own.
            span.start = line.contentStart;
            if (span.end <= span.start || !hasWordCharacter(QStringView(body).mid(span.start, span.end - span.start))) {
                continue;
            }
        }
        UnitKind kind = line.kind;
        if (kind == UnitKind::Sentence && !quoted.isEmpty() && mostlyQuoted(body, span, quoted)) {
            kind = UnitKind::Quotation;
        }
        units.append({span, kind});
    }
    return units;
}

} // namespace Credence::Core
