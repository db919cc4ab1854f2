#pragma once

#include <QList>
#include <QString>

namespace Credence::Core {

/// A half-open UTF-16 range [start, end) of a text.
struct TextSpan
{
    int start = 0;
    int end = 0;

    bool operator==(const TextSpan &) const = default;
};

/// Splits text into sentences with ICU's sentence BreakIterator, filtered so that common abbreviations ("Mr.",
/// "U.S.", "Gen.") do not end a sentence. Line breaks always end a sentence: a headline or a list item is a claim
/// of its own. Spans are trimmed of white space; spans with no letter or digit are dropped.
QList<TextSpan> segmentSentences(const QString &text, const QString &language = QStringLiteral("en"));

/// The abbreviations added to ICU's own list for @p language.
QStringList sentenceAbbreviations();

} // namespace Credence::Core
