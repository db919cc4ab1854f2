#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace Credence::Core {

/// What a line of a scraped text dump looks like, before context decides whether it is article or page furniture.
enum class BlockKind
{
    Prose,     ///< sentences: ends like a sentence, has function words
    ListItem,  ///< a bullet or numbered item
    Heading,   ///< short, no sentence punctuation: a heading, a menu entry or a table row
    Teaser,    ///< a long headline with no sentence punctuation: another article's title
    Furniture, ///< share bars, cookie notices, "Related Posts", copyright lines, menus
    Noise,     ///< no words: separators, calendar digits, symbols
};

/// One non-empty line of the input with the features the classifier works from.
struct TextBlock
{
    int index = 0;
    QString text; ///< trimmed, bullet marker removed
    BlockKind kind = BlockKind::Prose;
    int words = 0;
    double stopwordRatio = 0;
    bool bullet = false;
    bool endsSentence = false;
    bool titleCase = false;
    bool duplicate = false; ///< the same text stands elsewhere in the input
    bool metadata = false;  ///< a byline, dateline or source line: read for metadata, never body
    bool offTopic = false;  ///< shares almost no vocabulary with the article around it
    bool caption = false;   ///< reads like an image caption or credit ("Photo: ...", "This image is AI-generated")
};

/// Splits text into blocks (one per non-empty line) and classifies each on its own.
QList<TextBlock> splitBlocks(const QString &text);

/// Lower-case words of @p text (letters and digits; apostrophes kept inside words).
QStringList wordsOf(const QString &text);
/// Content words: lower-case, at least four letters, not a stopword of any language we know.
QStringList contentWords(const QString &text);
bool isStopword(const QString &lowerWord);
/// ISO 639-1 code of the language whose stopwords are most frequent in @p text ("en" when unsure).
QString guessLanguage(const QString &text);
/// True for a line that is mostly a date ("August 15, 2025", "2025-08-15", "Thursday, 4 Sept 2025").
bool isDateLine(const QString &text);

} // namespace Credence::Core
