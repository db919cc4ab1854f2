#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <limits>

namespace Credence::Core {

/// One tag as the byte-level scanner saw it. Views point into the scanned buffer.
struct ScannedTag
{
    struct Attribute
    {
        QByteArrayView name;
        QByteArrayView value;
        qsizetype to = 0; ///< offset one past the attribute, closing quote included
    };

    bool end = false;
    bool selfClosing = false;
    qsizetype from = 0; ///< offset of the '<' in the scanned buffer
    qsizetype to = 0;   ///< offset one past the tag's '>' (or the end of the buffer)
    QByteArrayView name;
    QList<Attribute> attributes;  ///< filled only when the scanner was asked for them, up to its limit
    qsizetype attributeCount = 0; ///< all attributes of the tag, stored or not
    qsizetype attributesEnd = 0;  ///< offset one past the last attribute (or past the name when there is none)

    QByteArrayView attribute(QByteArrayView attributeName) const;
};

/// A forgiving byte-level tag tokenizer for the checks that must run before the real parser does: finding a
/// declared charset, telling HTML from plain text, and estimating how deeply a page nests. It never builds a tree
/// and never reads article text: that is gumbo's job.
class TagScanner
{
public:
    /// Stores the attributes of each tag if @p withAttributes, at most @p maxAttributes of them (the rest are
    /// counted): a tag of a million attributes must not cost a list of a million entries.
    TagScanner(QByteArrayView bytes, bool withAttributes,
               qsizetype maxAttributes = std::numeric_limits<qsizetype>::max());

    /// The next start or end tag; comments, doctypes and processing instructions are skipped. False at the end.
    bool next(ScannedTag &tag);
    /// After the start tag of a raw-text element (script, style, ...): skips its content up to the end tag.
    void skipRawText(QByteArrayView name);
    /// Where the scan stands: after the last tag returned, or at the end tag skipRawText() stopped before.
    qsizetype position() const { return m_pos; }

private:
    void readAttributes(ScannedTag &tag);

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    bool m_withAttributes = false;
    qsizetype m_maxAttributes = 0;
};

/// Reads the attribute that starts at @p pos of @p bytes (white space skipped), as the parser's tokenizer would,
/// into @p attribute; @p pos moves past it. False, with @p pos at the '>' or '/' or end, when the tag has no more.
bool readAttribute(QByteArrayView bytes, qsizetype &pos, ScannedTag::Attribute &attribute);

/// True for bytes that are an HTML page or fragment rather than plain text: a doctype or <html> start, or several
/// HTML tags in the first few kilobytes.
bool looksLikeHtml(const QByteArray &bytes);

/// True for markup that is a piece of a page rather than a page: what browsers put on the clipboard for a
/// selection (no <html>, <head>, <body>, <title> or doctype, or a StartFragment marker).
bool isHtmlFragment(QByteArrayView html);

/// An upper-bound-minded estimate of the element depth gumbo will build from UTF-8 @p html, computed in one pass
/// without a tree; stops counting once @p limit is exceeded. Lets pathological pages be refused before the parser,
/// whose cost grows with depth times length, ever sees them.
int estimateNestingDepth(QByteArrayView html, int limit);

/// Attributes gumbo is given per element, apart from those the extractor reads or that shape the tree: its tokenizer
/// compares each attribute with all the element's earlier ones, so its work grows with their square (50,000 on one
/// element took 14 s). Real pages stay far below: the most in the extraction benchmark is 64.
inline constexpr qsizetype MaxAttributesPerElement = 256;
/// Attribute values are cut to this many bytes: no value the extractor reads is near it (the longest in the
/// extraction benchmark, a <meta> description, has 13 KB), while the parser and the extractor would go over all of
/// a value of megabytes, several times.
inline constexpr qsizetype MaxAttributeValueBytes = 64 * 1024;

/// The most parser work (NestingModel::work()) a page may take: for most tags, and for text inside formatting
/// elements, gumbo walks its open elements, so that a long page that also nests deeply takes minutes (ten megabytes of
/// end tags under 500 open elements: 11 s). The pages of the extraction benchmark take at most 62,000.
inline constexpr qint64 MaxParserWork = 50'000'000;

/// What gumbo is given, and how deep the tree it builds will be.
struct ParserInput
{
    QByteArray html;
    int depth = 0; ///< estimateNestingDepth() of html; html is empty when this passed the limit
    /// The text of the first JSON-LD scripts (type containing "ld+json"), in document order, taken out of html:
    /// the parser would spend hundreds of instructions on every character of them. The script elements stay, empty;
    /// the n-th JSON-LD script of the tree has the n-th text here, or its own when n is past the end.
    QStringList jsonLd;
    /// What the preparation left out to bound the parser's work, so that an import can say so: attributes past
    /// MaxAttributesPerElement on one element, and values cut to MaxAttributeValueBytes.
    qsizetype droppedAttributes = 0;
    qsizetype shortenedValues = 0;
    /// The parser's work that grows with depth (NestingModel::work()); html is empty when this passed the limit.
    qint64 work = 0;
};

/// UTF-8 @p html prepared for gumbo in one pass of the tag scanner, which also estimates the nesting depth and the
/// parser's work that grows with it (and stops once @p depthLimit or @p workLimit is exceeded). Gumbo spends hundreds
/// of instructions on every byte, so the bytes the extractor never reads are taken out first: the content of <script>
/// (except JSON-LD), <style> and <svg> elements, long values of attributes the extractor does not read
/// (isReadAttribute()), and link targets, of which it only asks whether there is one. Everything else, article text
/// included, is passed byte for byte; markup the scan cannot follow (script content with "<!--" in it, an unclosed
/// element, a comment) is left as it is. Pathological pages lose more, and ParserInput says what: attributes past
/// MaxAttributesPerElement on an element (but never the first of a name the extractor reads or that changes the tree)
/// and the end of values longer than MaxAttributeValueBytes.
ParserInput prepareForParser(const QByteArray &html, int depthLimit,
                             qint64 workLimit = std::numeric_limits<qint64>::max());

/// True for the attributes the extractor reads from gumbo's tree (case ignored). Html::attribute() asserts it, so
/// that prepareForParser() never empties a value that is wanted.
bool isReadAttribute(QByteArrayView name);

} // namespace Credence::Core
