#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <gumbo.h>

#include <memory>

namespace Credence::Core {

struct ParserInput;

/// The memory gumbo may take for one page before HtmlDocument stops it. Gumbo's time, and the extractor's after it,
/// grow with the tree; its size is what bounds them when the tags alone do not tell (formatting elements the parser
/// opens again and again, say). The largest page of the extraction benchmark takes 1.1 MB.
inline constexpr size_t MaxParserMemory = 48 * 1024 * 1024;

/// A parsed HTML page. Owns the gumbo tree and frees it without recursion: gumbo's own gumbo_destroy_output()
/// recurses once per level and overflows the stack on deeply nested pages, so every block gumbo allocates is
/// tracked here and released in one flat pass. Nothing a page refers to is ever loaded.
class HtmlDocument
{
public:
    /// Parses UTF-8 @p utf8 as a whole document, or as a fragment of <body> (for strings such as JSON-LD fields),
    /// after prepareForParser() has taken out what the extractor never reads. Markup past MaxParserWork is parsed as
    /// empty.
    explicit HtmlDocument(const QByteArray &utf8, bool fragment = false);
    /// Parses a page prepareForParser() has already prepared (and whose depth the caller has checked).
    explicit HtmlDocument(ParserInput input, bool fragment = false);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    /// False when the parser was stopped at MaxParserMemory: there is no tree then.
    bool complete() const { return m_output != nullptr; }
    /// The <html> element (the parser creates it when the page omits it), or null when !complete().
    const GumboNode *root() const;
    /// The JSON-LD texts taken out of the page before parsing (ParserInput::jsonLd).
    const QStringList &takenJsonLd() const { return m_jsonLd; }

private:
    struct Arena;
    std::unique_ptr<Arena> m_arena; // declared first: destroyed last, after nothing refers to it any more
    QByteArray m_utf8;              // gumbo's tree points into this buffer
    QStringList m_jsonLd;
    GumboOutput *m_output = nullptr;
};

/// The elements of a tree in document order with parent links and subtree extents, so that every later pass is a
/// loop over an array instead of a recursive walk.
class FlatTree
{
public:
    struct Item
    {
        const GumboNode *node = nullptr;
        GumboTag tag = GUMBO_TAG_UNKNOWN;
        int parent = -1;
        int end = 0; ///< one past the last descendant: descendants of i are (i, end)
        int depth = 0;
    };

    /// Flattens the elements under @p root; stops descending below @p maxDepth and reports it in tooDeep().
    FlatTree(const GumboNode *root, int maxDepth);

    const QList<Item> &items() const { return m_items; }
    const Item &at(int i) const { return m_items.at(i); }
    int size() const { return int(m_items.size()); }
    bool contains(int ancestor, int descendant) const
    {
        return descendant >= ancestor && descendant < m_items.at(ancestor).end;
    }
    bool tooDeep() const { return m_tooDeep; }

private:
    QList<Item> m_items;
    bool m_tooDeep = false;
};

namespace Html {

bool isElement(const GumboNode *node);
GumboTag tag(const GumboNode *node);
/// The attribute's value, or an empty string.
QString attribute(const GumboNode *node, const char *name);
bool hasAttribute(const GumboNode *node, const char *name);
/// The attribute's UTF-8 value as gumbo holds it, or null: for the checks that run on every element of a page.
const char *rawAttribute(const GumboNode *node, const char *name);
/// Lower-case class and id, for matching against the words sites use for furniture ("share-bar", "comments").
QString classAndId(const GumboNode *node);
inline bool isHeading(GumboTag t)
{
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 ||
           t == GUMBO_TAG_H6;
}
/// The text of a subtree as a browser would show it on one line: white space folded, iteratively collected.
QString text(const GumboNode *node);
/// Plain text of an HTML fragment: entities decoded, tags dropped, white space folded.
QString fragmentText(const QString &html);

} // namespace Html

} // namespace Credence::Core
