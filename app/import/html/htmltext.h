#pragma once

#include "import/html/htmldom.h"
#include "import/markup/htmltags.h"

#include <QList>
#include <QString>

#include <algorithm>

namespace Credence::Core {

/// One paragraph of a rendered page, as a reader sees it.
struct HtmlBlock
{
    enum class Kind
    {
        Paragraph,
        Heading,
        ListItem, ///< text starts with "• "
        TableRow, ///< cells joined with " | "
    };

    QString text; ///< white space folded
    Kind kind = Kind::Paragraph;
    int level = 0;     ///< 1-6 for headings
    int element = -1;  ///< flat-tree index of the innermost block element holding the text
    int linkChars = 0; ///< characters of the text that are link text
};

/// Renders the subtree at flat index @p root into paragraphs: a paragraph per block element, a heading per h1-h6,
/// "• item" per list item, a row per data-table row ("cell | cell"). Elements with @p skip set are left out with
/// everything inside them. Iterative: depth costs heap, never stack.
QList<HtmlBlock> renderBlocks(const FlatTree &tree, int root, const QList<bool> &skip);

/// Elements that start a paragraph of their own (div, p, li, h2...), as opposed to inline ones (a, em, span).
inline bool isBlockElement(GumboTag tag)
{
    return HtmlTags::has(tag, HtmlTags::Block);
}

/// True for a table that holds data (rows of cells) rather than page layout.
bool isDataTable(const FlatTree &tree, int table);

/// The characters of @p text that are not white space, as links and blocks are measured for link density.
inline int visibleChars(QStringView text)
{
    return int(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); }));
}

} // namespace Credence::Core
