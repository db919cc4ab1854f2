#include "import/html/htmltext.h"

#include "import/rules/textnormalize.h"

namespace Credence::Core {

namespace {

// A cell longer than this is page layout holding an article, not a value in a table.
constexpr int MaxDataCellChars = 300;

/// Elements that a cell of a data table does not hold: headings, lists, tables, sections, forms.
bool isPageStructure(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_FORM:
        return true;
    default:
        return Html::isHeading(t);
    }
}

class Renderer
{
public:
    Renderer(const FlatTree &tree, const QList<bool> &skip)
        : m_tree(tree)
        , m_skip(skip)
    {}

    QList<HtmlBlock> run(int root);

private:
    struct Open
    {
        int element;
        GumboTag tag;
        bool bulletUsed;
    };
    struct Frame
    {
        const GumboNode *node;
        int element; // the node's flat index
        int next;    // flat index of its next element child: the tree lists them in document order
        unsigned int child;
        bool block;
        bool link;
    };

    bool enter(int element, Frame &frame);
    void leave(const Frame &frame);
    void appendText(const char *utf8);
    void flush();
    void renderTable(int table);
    void add(HtmlBlock block);

    const FlatTree &m_tree;
    const QList<bool> &m_skip;
    QList<Open> m_open; // open block elements, innermost last
    int m_root = 0;
    int m_links = 0; // open <a href> elements
    QString m_buffer;
    int m_bufferLinkChars = 0;
    QList<HtmlBlock> m_out;
};

QList<HtmlBlock> Renderer::run(int root)
{
    m_root = root;
    QList<Frame> stack;
    Frame top{};
    if (enter(root, top)) {
        stack.append(top);
    }
    while (!stack.isEmpty()) {
        Frame &frame = stack.last();
        const GumboVector &children = frame.node->v.element.children;
        if (frame.child >= children.length) {
            const Frame done = frame;
            stack.removeLast();
            leave(done);
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[frame.child++]);
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
            appendText(child->v.text.text);
            break;
        case GUMBO_NODE_WHITESPACE:
            m_buffer += QLatin1Char(' ');
            break;
        case GUMBO_NODE_ELEMENT: {
            // The flat index follows from the previous element child; a child the tree does not hold (below its
            // depth limit) is left out.
            int element = -1;
            if (frame.next < m_tree.at(frame.element).end && m_tree.at(frame.next).node == child) {
                element = frame.next;
                frame.next = m_tree.at(element).end;
            }
            Frame next{};
            if (enter(element, next)) {
                stack.append(next); // invalidates `frame`, which is not used again in this round
            }
            break;
        }
        default:
            break;
        }
    }
    flush();
    return m_out;
}

bool Renderer::enter(int i, Frame &frame)
{
    if (i < 0 || m_skip.value(i)) {
        return false;
    }
    const GumboTag t = m_tree.at(i).tag;
    if (t == GUMBO_TAG_BR || t == GUMBO_TAG_HR) {
        flush();
        return false;
    }
    if (t == GUMBO_TAG_TABLE && isDataTable(m_tree, i)) {
        flush();
        renderTable(i);
        return false;
    }
    const GumboNode *node = m_tree.at(i).node;
    frame = {node, i, i + 1, 0, isBlockElement(t), t == GUMBO_TAG_A && Html::hasAttribute(node, "href")};
    if (frame.block) {
        flush();
        m_open.append({i, t, false});
    }
    m_links += frame.link ? 1 : 0;
    return true;
}

void Renderer::leave(const Frame &frame)
{
    m_links -= frame.link ? 1 : 0;
    if (frame.block) {
        flush();
        m_open.removeLast();
    }
}

void Renderer::appendText(const char *utf8)
{
    const qsizetype start = m_buffer.size();
    m_buffer += QUtf8StringView(utf8); // decoded straight into the buffer
    if (m_links > 0) {
        m_bufferLinkChars += visibleChars(QStringView(m_buffer).sliced(start));
    }
}

void Renderer::add(HtmlBlock block)
{
    m_out.append(std::move(block));
}

void Renderer::flush()
{
    QString text = foldWhitespace(m_buffer);
    if (!text.isEmpty() && text.constData() == m_buffer.constData()) {
        text = QString(m_buffer.constData(), m_buffer.size()); // a block of its own size; the buffer keeps its capacity
    }
    const int linkChars = m_bufferLinkChars;
    m_buffer.truncate(0); // keeps the capacity for the next block
    m_bufferLinkChars = 0;
    if (text.isEmpty()) {
        return;
    }
    HtmlBlock block;
    block.text = text;
    block.element = m_open.isEmpty() ? m_root : m_open.last().element;
    block.linkChars = linkChars;
    const GumboTag innermost = m_open.isEmpty() ? GUMBO_TAG_UNKNOWN : m_open.last().tag;
    if (Html::isHeading(innermost)) {
        block.kind = HtmlBlock::Kind::Heading;
        block.level = int(innermost - GUMBO_TAG_H1) + 1;
    } else {
        for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
            if (it->tag == GUMBO_TAG_LI || it->tag == GUMBO_TAG_DD) {
                if (!it->bulletUsed && it->tag == GUMBO_TAG_LI) {
                    block.kind = HtmlBlock::Kind::ListItem;
                    block.text = QStringLiteral("• ") + block.text;
                }
                it->bulletUsed = true;
                break;
            }
        }
    }
    add(block);
}

void Renderer::renderTable(int table)
{
    const int end = m_tree.at(table).end;
    for (int i = table + 1; i < end; ++i) {
        const FlatTree::Item &item = m_tree.at(i);
        if (m_skip.value(i)) {
            i = item.end - 1; // past its subtree
            continue;
        }
        if (item.tag == GUMBO_TAG_CAPTION) {
            const QString caption = Html::text(item.node);
            if (!caption.isEmpty()) {
                add({caption, HtmlBlock::Kind::Paragraph, 0, i, 0});
            }
            i = item.end - 1;
            continue;
        }
        if (item.tag != GUMBO_TAG_TR) {
            continue;
        }
        QStringList cells;
        bool any = false;
        for (int c = i + 1; c < item.end; c = m_tree.at(c).end) {
            const GumboTag cellTag = m_tree.at(c).tag;
            if ((cellTag != GUMBO_TAG_TD && cellTag != GUMBO_TAG_TH) || m_skip.value(c)) {
                continue;
            }
            const QString cell = Html::text(m_tree.at(c).node);
            any = any || !cell.isEmpty();
            cells.append(cell);
        }
        if (any) {
            add({cells.join(QStringLiteral(" | ")), HtmlBlock::Kind::TableRow, 0, i, 0});
        }
        i = item.end - 1;
    }
}

} // namespace

QList<HtmlBlock> renderBlocks(const FlatTree &tree, int root, const QList<bool> &skip)
{
    if (root < 0 || root >= tree.size()) {
        return {};
    }
    return Renderer(tree, skip).run(root);
}

bool isDataTable(const FlatTree &tree, int table)
{
    const FlatTree::Item &item = tree.at(table);
    const QString role = Html::attribute(item.node, "role").toLower();
    if (role == QLatin1String("presentation") || role == QLatin1String("none") ||
        Html::attribute(item.node, "datatable") == QLatin1String("0")) {
        return false;
    }
    int rows = 0;
    int widest = 0;
    for (int i = table + 1; i < item.end; ++i) {
        const FlatTree::Item &inner = tree.at(i);
        if (isPageStructure(inner.tag)) {
            return false; // structure inside cells: the table lays out a page
        }
        switch (inner.tag) {
        case GUMBO_TAG_TR: {
            ++rows;
            int cells = 0;
            for (int c = i + 1; c < inner.end; c = tree.at(c).end) {
                cells += (tree.at(c).tag == GUMBO_TAG_TD || tree.at(c).tag == GUMBO_TAG_TH) ? 1 : 0;
            }
            widest = std::max(widest, cells);
            break;
        }
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
            if (Html::text(inner.node).size() > MaxDataCellChars) {
                return false;
            }
            break;
        default:
            break;
        }
    }
    return rows >= 2 && widest >= 2;
}

} // namespace Credence::Core
