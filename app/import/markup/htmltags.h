#pragma once

#include <QtTypes>

#include <gumbo.h>

#include <array>

namespace Credence::Core::HtmlTags {

/// What the importer knows about an element, looked up in one table (htmltags.cpp) that lists each element once with
/// all its properties: the renderer's paragraphs and the parser's rules of tree construction take alike but different
/// sets of elements, and seeing them side by side keeps them apart.
enum Property : quint8
{
    /// Starts a paragraph of its own when rendered (div, p, li, h2...), as opposed to inline elements (a, em, span).
    Block = 1 << 0,
    /// The "special" elements of the HTML standard that can be open: a misnested formatting end tag leaves them open,
    /// and an end tag the parser does not find above them is ignored.
    Special = 1 << 1,
    /// A formatting element (b, em, a...): the parser lists it among the active formatting elements.
    Formatting = 1 << 2,
    /// Puts a marker on the list of active formatting elements: formatting outside it is not reopened inside, and
    /// closing it forgets the formatting opened inside.
    Marker = 1 << 3,
    /// A start tag before which the parser does not reopen the formatting elements a block closed: blocks, not inline
    /// content.
    NoReopening = 1 << 4,
    /// A start tag that ends an open <p> (a subset of the HTML rules: enough not to count unclosed paragraphs as
    /// depth).
    ClosesParagraph = 1 << 5,
};

namespace Detail {
/// The properties of each tag, indexed by GumboTag.
extern const std::array<quint8, GUMBO_TAG_LAST + 1> Properties;
} // namespace Detail

/// Whether @p tag has @p property. A lookup in an array: fit for the checks that run for every tag of a page.
inline bool has(GumboTag tag, Property property)
{
    return size_t(tag) < Detail::Properties.size() && (Detail::Properties[size_t(tag)] & property) != 0;
}

} // namespace Credence::Core::HtmlTags
