#pragma once

#include <QByteArrayView>

#include <gumbo.h>

#include <array>
#include <initializer_list>
#include <vector>

namespace Credence::Core {

/// The rules of HTML tree construction that decide how deep the parser's tree gets, followed closely enough to bound
/// the depth from above without building a tree: end tags implied by start tags, misnested end tags of formatting
/// elements (the adoption agency), and formatting elements a block closed, which the parser opens again before the next
/// text (the list of active formatting elements, with its limit of three alike). It also adds up the parser's work
/// that grows with depth and would go unnoticed in a count of tags: for most tags the parser walks its open elements,
/// and while formatting elements are listed it does so for every character of text.
class NestingModel
{
public:
    /// The start tag of an element that stays open; @p attributes tell formatting elements of one name apart (their
    /// raw bytes will do: two spellings of the same attributes only make the model count more).
    void open(GumboTag tag, QByteArrayView attributes, bool foreign);
    /// The start tag of a void element (<img>, <br>...), which opens nothing but may reopen formatting elements.
    void openVoid(GumboTag tag, bool foreign);
    void close(GumboTag tag);
    /// @p bytes of text (or of comments: the scan does not tell them apart) before the next tag.
    void text(qsizetype bytes, bool foreign);

    bool isOpen(GumboTag tag) const { return m_open[tag] > 0; }
    /// The open elements, <html> and <body> included.
    int depth() const { return int(m_stack.size()) + Implied; }
    /// The parser's walks over its open elements: one element visited is one unit.
    qint64 work() const { return m_work; }

private:
    // The parser always adds <html> and <body> above the page's own elements.
    static constexpr int Implied = 2;

    /// An entry of the list of active formatting elements; a marker (cells, captions, objects) has no tag.
    struct Formatting
    {
        GumboTag tag = GUMBO_TAG_UNKNOWN;
        size_t key = 0; ///< of the attributes
        int id = 0;
        bool open = false; ///< its element is open; else the parser opens a new one before the next text
    };

    void push(GumboTag tag, int formattingId = -1);
    void popTop();
    void removeAt(qsizetype index);
    void popTo(qsizetype index);
    void closeTo(GumboTag tag);
    void closeOther(GumboTag tag);
    void closeFormatting(GumboTag tag);
    void closeWithin(std::initializer_list<GumboTag> targets, std::initializer_list<GumboTag> boundaries);
    void closeImplied(GumboTag tag);
    void pushFormatting(GumboTag tag, size_t key);
    void reconstruct();
    qsizetype listed(GumboTag tag) const;
    qsizetype lastMarker() const;

    std::vector<GumboTag> m_stack;
    std::vector<int> m_formattingIds; ///< beside m_stack: the list entry an open element is, or -1
    std::array<int, GUMBO_TAG_LAST + 1> m_open{};
    std::vector<Formatting> m_formatting;
    int m_nextId = 0;
    qint64 m_work = 0;
};

} // namespace Credence::Core
