#include "import/markup/htmlscan.h"

#include "import/markup/htmlnesting.h"

#include <QStringDecoder>

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

namespace Credence::Core {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool startsWithCaseless(QByteArrayView bytes, qsizetype pos, QByteArrayView prefix)
{
    return bytes.size() - pos >= prefix.size() &&
           bytes.sliced(pos, prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool containsCaseless(QByteArrayView bytes, QByteArrayView needle)
{
    for (qsizetype i = 0; i + needle.size() <= bytes.size(); ++i) {
        if (bytes.sliced(i, needle.size()).compare(needle, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

GumboTag tagOf(QByteArrayView name)
{
    return gumbo_tagn_enum(name.data(), static_cast<unsigned int>(name.size()));
}

bool isVoid(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMAGE:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_MENUITEM:
    case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
    // The parser creates these once, whatever the page repeats.
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

bool isRawText(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TITLE:
        return true;
    default:
        return false;
    }
}

} // namespace

QByteArrayView ScannedTag::attribute(QByteArrayView attributeName) const
{
    for (const Attribute &a : attributes) {
        if (a.name.compare(attributeName, Qt::CaseInsensitive) == 0) {
            return a.value;
        }
    }
    return {};
}

TagScanner::TagScanner(QByteArrayView bytes, bool withAttributes, qsizetype maxAttributes)
    : m_bytes(bytes)
    , m_withAttributes(withAttributes)
    , m_maxAttributes(maxAttributes)
{}

bool TagScanner::next(ScannedTag &tag)
{
    const qsizetype size = m_bytes.size();
    while (m_pos < size) {
        const qsizetype lt = m_bytes.indexOf('<', m_pos);
        if (lt < 0 || lt + 1 >= size) {
            m_pos = size;
            return false;
        }
        const char c = m_bytes.at(lt + 1);
        if (c == '!' || c == '?') {
            const bool comment = startsWithCaseless(m_bytes, lt, "<!--");
            const qsizetype close = comment ? m_bytes.indexOf("-->", lt + 4) : m_bytes.indexOf('>', lt + 2);
            m_pos = close < 0 ? size : close + (comment ? 3 : 1);
            continue;
        }
        const bool end = c == '/';
        const qsizetype nameStart = lt + (end ? 2 : 1);
        if (nameStart >= size || !isAsciiLetter(m_bytes.at(nameStart))) {
            // "< 3" or "</ >": text, or a bogus comment the parser drops.
            m_pos = end ? lt + 2 : lt + 1;
            continue;
        }
        qsizetype i = nameStart;
        while (i < size && !isSpace(m_bytes.at(i)) && m_bytes.at(i) != '/' && m_bytes.at(i) != '>') {
            ++i;
        }
        tag.end = end;
        tag.selfClosing = false;
        tag.from = lt;
        tag.name = m_bytes.sliced(nameStart, i - nameStart);
        tag.attributes.clear(); // keeps its capacity: the scan of a page allocates once
        m_pos = i;
        readAttributes(tag);
        tag.to = m_pos;
        return true;
    }
    return false;
}

bool readAttribute(QByteArrayView bytes, qsizetype &pos, ScannedTag::Attribute &attribute)
{
    const qsizetype size = bytes.size();
    qsizetype i = pos;
    // A '/' not followed by '>' is a stray, skipped like white space.
    while (i < size && (isSpace(bytes.at(i)) || (bytes.at(i) == '/' && i + 1 < size && bytes.at(i + 1) != '>'))) {
        ++i;
    }
    if (i >= size || bytes.at(i) == '>' || bytes.at(i) == '/') {
        pos = i;
        return false;
    }
    const qsizetype nameStart = i;
    ++i; // a name may start with '=', as in the parser
    while (i < size && !isSpace(bytes.at(i)) && bytes.at(i) != '/' && bytes.at(i) != '>' && bytes.at(i) != '=') {
        ++i;
    }
    attribute.name = bytes.sliced(nameStart, i - nameStart);
    attribute.value = {};
    attribute.to = i;
    while (i < size && isSpace(bytes.at(i))) {
        ++i;
    }
    if (i < size && bytes.at(i) == '=') {
        ++i;
        while (i < size && isSpace(bytes.at(i))) {
            ++i;
        }
        if (i < size && (bytes.at(i) == '"' || bytes.at(i) == '\'')) {
            const char quote = bytes.at(i);
            const qsizetype close = bytes.indexOf(quote, i + 1);
            const qsizetype valueEnd = close < 0 ? size : close;
            attribute.value = bytes.sliced(i + 1, valueEnd - i - 1);
            i = close < 0 ? size : close + 1;
        } else {
            const qsizetype valueStart = i;
            while (i < size && !isSpace(bytes.at(i)) && bytes.at(i) != '>') {
                ++i;
            }
            attribute.value = bytes.sliced(valueStart, i - valueStart);
        }
        attribute.to = i;
    }
    pos = i;
    return true;
}

void TagScanner::readAttributes(ScannedTag &tag)
{
    const qsizetype size = m_bytes.size();
    qsizetype i = m_pos;
    tag.attributeCount = 0;
    tag.attributesEnd = i;
    ScannedTag::Attribute attribute;
    while (readAttribute(m_bytes, i, attribute)) {
        if (m_withAttributes && tag.attributeCount < m_maxAttributes) {
            tag.attributes.append(attribute);
        }
        ++tag.attributeCount;
        tag.attributesEnd = attribute.to;
    }
    if (i < size && m_bytes.at(i) == '/') {
        ++i; // readAttribute() stops at a '/' only right before the '>' or at the end
        tag.selfClosing = i < size;
    }
    if (i < size) {
        ++i; // the '>'
    }
    m_pos = i;
}

void TagScanner::skipRawText(QByteArrayView name)
{
    const qsizetype size = m_bytes.size();
    while (m_pos < size) {
        // memchr() for the '<', then a look at the next byte: several times faster than searching for "</".
        const qsizetype lt = m_bytes.indexOf('<', m_pos);
        if (lt < 0 || lt + 1 >= size) {
            m_pos = size;
            return;
        }
        if (m_bytes.at(lt + 1) != '/') {
            m_pos = lt + 1;
            continue;
        }
        const qsizetype after = lt + 2 + name.size();
        if (startsWithCaseless(m_bytes, lt + 2, name) &&
            (after >= size || isSpace(m_bytes.at(after)) || m_bytes.at(after) == '>' || m_bytes.at(after) == '/')) {
            m_pos = lt; // the end tag itself is returned by next()
            return;
        }
        m_pos = lt + 2;
    }
}

bool looksLikeHtml(const QByteArray &bytes)
{
    QByteArray head = bytes.left(4096);
    if (const auto bom = QStringConverter::encodingForData(head)) {
        if (*bom != QStringConverter::Utf8) {
            QStringDecoder decoder(*bom);
            const QString text = decoder.decode(bytes.left(8192));
            head = text.toUtf8().left(4096);
        }
    }
    if (head.startsWith("\xEF\xBB\xBF")) {
        head.remove(0, 3);
    }
    const QByteArray start = head.trimmed().left(64).toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head") ||
        start.startsWith("<body")) {
        return true;
    }
    TagScanner scanner(head, false);
    ScannedTag tag;
    int tags = 0;
    while (scanner.next(tag)) {
        switch (tagOf(tag.name)) {
        case GUMBO_TAG_HTML:
        case GUMBO_TAG_BODY:
        case GUMBO_TAG_ARTICLE:
            return true;
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_BR:
        case GUMBO_TAG_SPAN:
        case GUMBO_TAG_A:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_META:
        case GUMBO_TAG_SECTION:
            // One "<div>" in prose is a mention; several tags are markup.
            if (++tags >= 3) {
                return true;
            }
            break;
        default:
            break;
        }
    }
    return false;
}

bool isHtmlFragment(QByteArrayView html)
{
    const QByteArrayView head = html.first(std::min<qsizetype>(html.size(), 4096));
    if (head.contains("<!--StartFragment-->")) {
        return true;
    }
    if (head.trimmed().toByteArray().toLower().startsWith("<!doctype")) {
        return false;
    }
    TagScanner scanner(head, false);
    ScannedTag tag;
    while (scanner.next(tag)) {
        switch (tagOf(tag.name)) {
        case GUMBO_TAG_HTML:
        case GUMBO_TAG_HEAD:
        case GUMBO_TAG_BODY:
        case GUMBO_TAG_TITLE:
            return false;
        default:
            break;
        }
    }
    return true;
}

namespace {

// Every attribute name the extractor passes to Html::attribute() or Html::hasAttribute().
constexpr QByteArrayView ReadAttributes[] = {
    "class",    "id",   "href",     "rel",     "itemprop",  "role",           "style",      "aria-hidden",
    "hidden",   "lang", "xml:lang", "content", "property",  "name",           "http-equiv", "charset",
    "datetime", "type", "pubdate",  "alt",     "datatable", "data-component", "data-testid"};
// The attributes that change the tree the parser builds besides those ("type" of <input> is read as well): a <font>
// with color, face or size leaves SVG and MathML, an <annotation-xml> with an encoding may hold HTML.
constexpr QByteArrayView TreeAttributes[] = {"color", "face", "size", "encoding"};
static_assert(std::size(ReadAttributes) + std::size(TreeAttributes) <= 32, "neededAttributeIndex() fits a quint32");

/// The index of @p name (case ignored) among ReadAttributes followed by TreeAttributes, or -1: the attributes
/// prepareForParser() never leaves out.
int neededAttributeIndex(QByteArrayView name)
{
    const auto index = [name](const auto &names) {
        const auto found = std::find_if(std::begin(names), std::end(names), [name](QByteArrayView n) {
            return n.size() == name.size() && n.compare(name, Qt::CaseInsensitive) == 0;
        });
        return found == std::end(names) ? -1 : int(found - std::begin(names));
    };
    if (const int read = index(ReadAttributes); read >= 0) {
        return read;
    }
    const int tree = index(TreeAttributes);
    return tree < 0 ? -1 : int(std::size(ReadAttributes)) + tree;
}

bool isForeign(GumboTag tag)
{
    return tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH;
}

/// The byte ranges prepareForParser() replaces, applied in the order they are found.
class Edits
{
public:
    explicit Edits(const QByteArray &html)
        : m_html(html)
    {}
    QStringList jsonLd;              ///< the JSON-LD texts taken out so far
    bool jsonLdInPlace = false;      ///< set at the first JSON-LD script the scan cannot read as the parser would
    qsizetype droppedAttributes = 0; ///< ParserInput::droppedAttributes
    qsizetype shortenedValues = 0;   ///< ParserInput::shortenedValues
    void replace(qsizetype from, qsizetype to, QByteArrayView with)
    {
        if (m_out.isEmpty()) {
            m_out.reserve(m_html.size());
        }
        m_out.append(QByteArrayView(m_html).sliced(m_copied, from - m_copied));
        m_out.append(with);
        m_copied = to;
    }
    QByteArray result()
    {
        if (m_copied == 0) {
            return m_html; // nothing changed: shared, not copied
        }
        m_out.append(QByteArrayView(m_html).sliced(m_copied));
        return std::move(m_out);
    }

private:
    const QByteArray &m_html;
    QByteArray m_out;
    qsizetype m_copied = 0;
};

/// Where the value of @p attribute stands in @p bytes, quotes excluded; false when it is not quoted or its quote is
/// never closed (the scanner then took the rest of the page as the value).
bool quotedRange(QByteArrayView bytes, const ScannedTag::Attribute &attribute, qsizetype *from, qsizetype *to)
{
    *from = attribute.value.data() - bytes.data();
    *to = *from + attribute.value.size();
    if (*from < 1 || *to >= bytes.size()) {
        return false;
    }
    const char quote = bytes.at(*from - 1);
    return (quote == '"' || quote == '\'') && bytes.at(*to) == quote;
}

/// A link target the extractor will read as a real link ("is there one?") whatever it says, so it can be shortened
/// to "/" without changing a result: not empty, not "#...", not "javascript:", no character references.
bool isPlainLinkTarget(QByteArrayView value)
{
    const char first = value.front();
    const bool plainStart = isAsciiLetter(first) || (first >= '0' && first <= '9') || first == '/' || first == '.';
    return plainStart && !startsWithCaseless(value, 0, "javascript:") && !value.contains('&');
}

/// Shortens @p attribute of a start tag if its value is long and never read, or longer than any value need be.
void shortenAttribute(QByteArrayView bytes, bool link, const ScannedTag::Attribute &attribute, Edits &edits)
{
    constexpr qsizetype LongValue = 32;
    constexpr qsizetype LongLink = 16;
    qsizetype from = 0;
    qsizetype to = 0;
    if (attribute.value.size() >= LongLink && quotedRange(bytes, attribute, &from, &to)) {
        if (link && attribute.name.compare("href", Qt::CaseInsensitive) == 0) {
            if (isPlainLinkTarget(attribute.value)) {
                edits.replace(from, to, "/");
                return;
            }
        } else if (attribute.value.size() >= LongValue && !isReadAttribute(attribute.name)) {
            edits.replace(from, to, {});
            return;
        }
    }
    if (attribute.value.size() > MaxAttributeValueBytes) {
        // Unquoted, unclosed or read: its start is all the extractor could want, cut where no character is split.
        const qsizetype start = attribute.value.data() - bytes.data();
        qsizetype keep = MaxAttributeValueBytes;
        while (keep > 0 && (static_cast<unsigned char>(attribute.value.at(keep)) & 0xC0) == 0x80) {
            --keep;
        }
        edits.replace(start + keep, start + attribute.value.size(), {});
        ++edits.shortenedValues;
    }
}

/// Shortens the long attribute values of start tag @p tag, and leaves out its attributes past the
/// MaxAttributesPerElement-th except the first of each name the extractor or the parser's tree needs.
void boundAttributes(QByteArrayView bytes, const ScannedTag &tag, Edits &edits)
{
    const bool link = tag.name.size() == 1 && (tag.name.front() == 'a' || tag.name.front() == 'A');
    for (const ScannedTag::Attribute &attribute : tag.attributes) {
        shortenAttribute(bytes, link, attribute, edits);
    }
    if (tag.attributeCount <= tag.attributes.size()) {
        return;
    }
    quint32 kept = 0; // the needed names the element already has: the parser keeps the first of a repeated name
    for (const ScannedTag::Attribute &attribute : tag.attributes) {
        if (const int needed = neededAttributeIndex(attribute.name); needed >= 0) {
            kept |= 1u << needed;
        }
    }
    // The rest are read again, one at a time: the scanner stored no more of them.
    qsizetype pos = tag.attributes.back().to;
    qsizetype keptEnd = pos; // one past the last attribute kept
    bool dropping = false;
    ScannedTag::Attribute attribute;
    while (readAttribute(bytes, pos, attribute)) {
        const int needed = neededAttributeIndex(attribute.name);
        if (needed < 0 || (kept & (1u << needed)) != 0) {
            ++edits.droppedAttributes;
            dropping = true;
            continue;
        }
        kept |= 1u << needed;
        if (dropping) {
            edits.replace(keptEnd, attribute.name.data() - bytes.data(), " ");
            dropping = false;
        }
        shortenAttribute(bytes, link, attribute, edits);
        keptEnd = attribute.to;
    }
    if (dropping) {
        edits.replace(keptEnd, tag.attributesEnd, {});
    }
}

/// True if @p content holds "<!--". Found through memchr() on '<': a generic substring search over every script
/// of a page cost more than the rest of the scan.
bool opensComment(QByteArrayView content)
{
    for (qsizetype i = content.indexOf('<'); i >= 0; i = content.indexOf('<', i + 1)) {
        if (content.sliced(i).startsWith("<!--")) {
            return true;
        }
    }
    return false;
}

/// What the parser makes of the raw text of a script: line ends folded to "\n", NUL as U+FFFD.
QString scriptText(QByteArrayView content)
{
    QByteArray text = content.toByteArray();
    if (text.contains('\r')) {
        text.replace("\r\n", "\n");
        text.replace('\r', '\n');
    }
    if (text.contains('\0')) {
        text.replace(QByteArrayView("\0", 1), "\xEF\xBF\xBD");
    }
    return QString::fromUtf8(text);
}

/// Takes the text of JSON-LD script @p tag out of the page, as long as the scan reads it as the parser will: a
/// type attribute in plain ASCII (no character references to decode), an end tag, no "<!--" escape and valid
/// UTF-8. From the first one it cannot read so, it leaves them all to the parser. Returns true if the
/// script is JSON-LD (taken out or not).
bool takeJsonLd(QByteArrayView html, const ScannedTag &tag, QByteArrayView content, bool closed, Edits &edits)
{
    const QByteArrayView type = tag.attribute("type");
    const bool plainType = std::none_of(type.begin(), type.end(),
                                        [](char c) { return c == '&' || static_cast<unsigned char>(c) >= 0x80; });
    if (!plainType) {
        edits.jsonLdInPlace = true; // "ld&#43;json" is JSON-LD to the parser: left to it, with all after it
        return true;
    }
    if (!containsCaseless(html.sliced(tag.from, tag.to - tag.from), "ld+json")) {
        return false; // not JSON-LD, whatever else the tag says
    }
    if (!containsCaseless(type, "ld+json")) {
        return true; // "ld+json" elsewhere in the tag: not read as JSON-LD, but not dropped either
    }
    if (edits.jsonLdInPlace || !closed || opensComment(content) || !content.isValidUtf8()) {
        edits.jsonLdInPlace = true;
        return true;
    }
    edits.jsonLd.append(scriptText(content));
    if (!content.isEmpty()) {
        const qsizetype from = content.data() - html.data();
        edits.replace(from, from + content.size(), {});
    }
    return true;
}

/// Start tags whose content prepareForParser() drops: never article text, often most of a page's bytes.
bool isInert(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_SVG;
}

/// What the pass behind estimateNestingDepth() and prepareForParser() found.
struct Estimate
{
    int depth = 0;
    qint64 work = 0;
};

/// The pass behind estimateNestingDepth() and prepareForParser(); writes the prepared page to @p edits if given. Stops
/// once the depth passes @p depthLimit or the work @p workLimit.
Estimate scanForParser(QByteArrayView html, int depthLimit, qint64 workLimit, Edits *edits)
{
    NestingModel model;
    int deepest = model.depth();
    int foreign = 0;        // open <svg> and <math>: inside them "<g/>" really closes itself
    qsizetype textFrom = 0; // where the text before the next tag starts
    TagScanner scanner(html, edits != nullptr, MaxAttributesPerElement);
    ScannedTag scanned;
    while (scanner.next(scanned) && deepest <= depthLimit && model.work() <= workLimit) {
        const GumboTag tag = tagOf(scanned.name);
        model.text(scanned.from - textFrom, foreign > 0);
        textFrom = scanned.to;
        if (scanned.end) {
            if (isForeign(tag)) {
                foreign -= model.isOpen(tag) ? 1 : 0;
            }
            model.close(tag);
            continue;
        }
        if (tag == GUMBO_TAG_PLAINTEXT) {
            break; // everything after it is text
        }
        if (edits) {
            boundAttributes(html, scanned, *edits);
        }
        if (isVoid(tag) || (scanned.selfClosing && (foreign > 0 || isForeign(tag)))) {
            model.openVoid(tag, foreign > 0);
            deepest = std::max(deepest, model.depth());
            continue;
        }
        // Inside <svg> and <math> a "script" or "title" is an element like any other, not raw text; a script there
        // is left to the parser with every JSON-LD script after it.
        if (edits && foreign > 0 && tag == GUMBO_TAG_SCRIPT) {
            edits->jsonLdInPlace = true;
        }
        if (foreign == 0 && (isRawText(tag) || isInert(tag))) {
            scanner.skipRawText(scanned.name);
            textFrom = scanner.position(); // raw text is not text the formatting elements are reopened for
            const QByteArrayView content = html.sliced(scanned.to, scanner.position() - scanned.to);
            // Script content with "<!--" may hide "</script>" in an escape the scan does not follow; unclosed
            // content runs to the end of the page. Both are left to the parser.
            const bool closed = scanner.position() < html.size();
            if (edits && isInert(tag)) {
                const bool jsonLd = tag == GUMBO_TAG_SCRIPT && takeJsonLd(html, scanned, content, closed, *edits);
                if (closed && !jsonLd && !content.isEmpty() && !opensComment(content)) {
                    edits->replace(scanned.to, scanner.position(), {});
                }
            }
            if (tag == GUMBO_TAG_SVG) {
                continue; // its content is gone: the end tag closes nothing the parser will have open
            }
        }
        const QByteArrayView attributes = html.sliced(scanned.from, scanned.attributesEnd - scanned.from);
        model.open(tag, attributes.sliced(scanned.name.size() + 1), foreign > 0);
        foreign += isForeign(tag) ? 1 : 0;
        deepest = std::max(deepest, model.depth());
    }
    return {deepest, model.work()};
}

} // namespace

int estimateNestingDepth(QByteArrayView html, int limit)
{
    return scanForParser(html, limit, std::numeric_limits<qint64>::max(), nullptr).depth;
}

ParserInput prepareForParser(const QByteArray &html, int depthLimit, qint64 workLimit)
{
    Edits edits(html);
    const Estimate estimate = scanForParser(html, depthLimit, workLimit, &edits);
    if (estimate.depth > depthLimit || estimate.work > workLimit) {
        return {{}, estimate.depth, {}, 0, 0, estimate.work};
    }
    return {edits.result(),          estimate.depth,        std::move(edits.jsonLd),
            edits.droppedAttributes, edits.shortenedValues, estimate.work};
}

bool isReadAttribute(QByteArrayView name)
{
    const int needed = neededAttributeIndex(name);
    return needed >= 0 && needed < int(std::size(ReadAttributes));
}

} // namespace Credence::Core
