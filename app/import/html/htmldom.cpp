#include "import/html/htmldom.h"

#include "import/markup/htmlscan.h"
#include "import/rules/textnormalize.h"

#include <algorithm>
#include <csetjmp>
#include <cstddef>
#include <cstdlib>
#include <limits>
#include <utility>

namespace Credence::Core {

/// Every allocation gumbo makes. Small blocks are carved out of larger chunks and never freed one by one (gumbo
/// releases few of them before the whole tree goes, and a malloc and a free per block cost a tenth of the parse);
/// large ones are on one intrusive list and freed as gumbo asks. The tree is released without walking it.
struct HtmlDocument::Arena
{
    // In front of every block: its links on the list of large blocks, or two nulls for a block carved from a chunk.
    struct alignas(std::max_align_t) Header
    {
        Header *previous;
        Header *next;
    };
    // In front of every chunk: the chunk allocated before it.
    struct alignas(std::max_align_t) Chunk
    {
        Chunk *previous;
    };

    static constexpr size_t MaxSmallBlock = 1024;  // header included
    static constexpr size_t FirstChunkSize = 4096; // small for the fragments of JSON-LD fields
    static constexpr size_t MaxChunkSize = 65536;  // below malloc's threshold for mapping memory of its own

    Header large{&large, &large};
    Chunk *chunks = nullptr;
    char *cursor = nullptr; // free space of the current chunk: [cursor, limit)
    char *limit = nullptr;
    size_t nextChunkSize = FirstChunkSize;

    size_t allocated = 0;           // all gumbo asked for, freed or not
    std::jmp_buf *escape = nullptr; // where allocate() jumps once allocated passes MaxParserMemory
    ~Arena()
    {
        Header *block = large.next;
        while (block != &large) {
            Header *next = block->next;
            std::free(block);
            block = next;
        }
        while (chunks) {
            Chunk *previous = chunks->previous;
            std::free(chunks);
            chunks = previous;
        }
    }

    static void *checked(void *pointer)
    {
        if (!pointer) {
            // gumbo does not check for failure; stopping here is better than writing through a null pointer.
            qFatal("Out of memory while parsing an HTML page");
        }
        return pointer;
    }

    static void *allocate(void *userdata, size_t size)
    {
        auto *arena = static_cast<Arena *>(userdata);
        arena->allocated += size;
        if (arena->allocated > MaxParserMemory && arena->escape) {
            std::longjmp(*arena->escape, 1); // before any list is touched: the arena stays whole
        }
        constexpr size_t Align = alignof(std::max_align_t);
        const size_t needed = sizeof(Header) + (size + Align - 1) / Align * Align;
        if (size > MaxSmallBlock || needed > MaxSmallBlock) {
            auto *block = static_cast<Header *>(checked(std::malloc(sizeof(Header) + size)));
            block->previous = &arena->large;
            block->next = arena->large.next;
            arena->large.next->previous = block;
            arena->large.next = block;
            return block + 1;
        }
        if (needed > size_t(arena->limit - arena->cursor)) {
            const size_t chunkSize = arena->nextChunkSize;
            arena->nextChunkSize = std::min(2 * chunkSize, MaxChunkSize);
            auto *chunk = static_cast<Chunk *>(checked(std::malloc(chunkSize)));
            chunk->previous = arena->chunks;
            arena->chunks = chunk;
            arena->cursor = reinterpret_cast<char *>(chunk + 1);
            arena->limit = reinterpret_cast<char *>(chunk) + chunkSize;
        }
        auto *block = reinterpret_cast<Header *>(arena->cursor);
        arena->cursor += needed;
        block->previous = nullptr;
        block->next = nullptr;
        return block + 1;
    }

    static void deallocate(void *userdata, void *pointer)
    {
        Q_UNUSED(userdata)
        if (!pointer) {
            return;
        }
        Header *block = static_cast<Header *>(pointer) - 1;
        if (!block->previous) {
            return; // carved from a chunk: released with it
        }
        block->previous->next = block->next;
        block->next->previous = block->previous;
        std::free(block);
    }
};

namespace {

/// gumbo_parse_with_options(), or null when the parser's memory passed MaxParserMemory: the arena's allocator then
/// jumps back here out of gumbo, which is C and has nothing to unwind; all it allocated belongs to the arena and goes
/// with it. Nothing in this frame changes after setjmp().
GumboOutput *parseWithin(const GumboOptions &options, const QByteArray &utf8, std::jmp_buf &escape)
{
    if (setjmp(escape) != 0) {
        return nullptr;
    }
    return gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
}

} // namespace

HtmlDocument::HtmlDocument(const QByteArray &utf8, bool fragment)
    : HtmlDocument(prepareForParser(utf8, std::numeric_limits<int>::max(), MaxParserWork), fragment)
{}

HtmlDocument::HtmlDocument(ParserInput input, bool fragment)
    : m_arena(std::make_unique<Arena>())
    , m_utf8(std::move(input.html))
    , m_jsonLd(std::move(input.jsonLd))
{
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::allocate;
    options.deallocator = &Arena::deallocate;
    options.userdata = m_arena.get();
    // Parse errors are of no use to us, and recording them copies the open-element stack each time: quadratic.
    options.max_errors = 0;
    if (fragment) {
        options.fragment_context = GUMBO_TAG_BODY;
    }
    std::jmp_buf escape;
    m_arena->escape = &escape;
    m_output = parseWithin(options, m_utf8, escape);
    m_arena->escape = nullptr;
}

// The arena frees everything gumbo allocated; gumbo_destroy_output() is deliberately not called (see the class).
HtmlDocument::~HtmlDocument() = default;

const GumboNode *HtmlDocument::root() const
{
    return m_output ? m_output->root : nullptr;
}

FlatTree::FlatTree(const GumboNode *root, int maxDepth)
{
    struct Frame
    {
        const GumboNode *node;
        int index;
        unsigned int child;
    };
    QList<Frame> stack;
    const auto enter = [&](const GumboNode *node, int parent) {
        const int depth = parent < 0 ? 0 : m_items.at(parent).depth + 1;
        m_items.append({node, Html::tag(node), parent, 0, depth});
        const int index = int(m_items.size()) - 1;
        if (depth >= maxDepth) {
            m_tooDeep = true;
            m_items[index].end = index + 1;
            return;
        }
        stack.append({node, index, 0});
    };
    enter(root, -1);
    while (!stack.isEmpty()) {
        Frame &frame = stack.last();
        const GumboVector &children = frame.node->v.element.children;
        if (frame.child >= children.length) {
            m_items[frame.index].end = int(m_items.size());
            stack.removeLast();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[frame.child++]);
        if (child->type == GUMBO_NODE_ELEMENT) {
            enter(child, frame.index);
        }
    }
}

namespace Html {

namespace {

bool isInline(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
        return true;
    default:
        return false;
    }
}

/// gumbo_get_attribute() with a look at the first letter before the case-blind comparison: this runs several times
/// for every element of a page, mostly for attributes it does not have.
const GumboAttribute *findAttribute(const GumboNode *node, const char *name)
{
    const GumboVector &attributes = node->v.element.attributes;
    const char first = name[0]; // every name asked for is lower case ASCII (isReadAttribute())
    for (unsigned int i = 0; i < attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[i]);
        const char c = attribute->name[0];
        if ((c == first || (c >= 'A' && c <= 'Z' && char(c + ('a' - 'A')) == first)) &&
            qstricmp(attribute->name, name) == 0) {
            return attribute;
        }
    }
    return nullptr;
}

} // namespace

bool isElement(const GumboNode *node)
{
    return node && node->type == GUMBO_NODE_ELEMENT;
}

GumboTag tag(const GumboNode *node)
{
    return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

QString attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node)) {
        return {};
    }
    Q_ASSERT_X(isReadAttribute(name), "Html::attribute", "add the name to isReadAttribute()");
    const GumboAttribute *attr = findAttribute(node, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

const char *rawAttribute(const GumboNode *node, const char *name)
{
    Q_ASSERT_X(isReadAttribute(name), "Html::rawAttribute", "add the name to isReadAttribute()");
    if (!isElement(node)) {
        return nullptr;
    }
    const GumboAttribute *attr = findAttribute(node, name);
    return attr ? attr->value : nullptr;
}

bool hasAttribute(const GumboNode *node, const char *name)
{
    Q_ASSERT_X(isReadAttribute(name), "Html::hasAttribute", "add the name to isReadAttribute()");
    return isElement(node) && findAttribute(node, name);
}

QString classAndId(const GumboNode *node)
{
    // Component names in data attributes ("byline-block", "promo-box") say as much as classes do.
    QString names = attribute(node, "class") + QLatin1Char(' ') + attribute(node, "id");
    for (const char *data : {"data-component", "data-testid"}) {
        if (const QString value = attribute(node, data); !value.isEmpty()) {
            names += QLatin1Char(' ') + value;
        }
    }
    return names.toLower();
}

QString text(const GumboNode *node)
{
    if (!node) {
        return {};
    }
    QString out;
    // Pending nodes in reverse order; a null entry stands for "the end of a block element": a word break.
    QList<const GumboNode *> stack{node};
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (!n) {
            out += QLatin1Char(' ');
            continue;
        }
        switch (n->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            out += QString::fromUtf8(n->v.text.text);
            break;
        case GUMBO_NODE_ELEMENT: {
            const GumboTag t = n->v.element.tag;
            if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TEMPLATE) {
                break;
            }
            if (!isInline(t)) {
                out += QLatin1Char(' ');
                stack.append(nullptr);
            }
            const GumboVector &children = n->v.element.children;
            for (unsigned int i = children.length; i > 0; --i) {
                stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
            }
            break;
        }
        default:
            break;
        }
    }
    return foldWhitespace(out);
}

QString fragmentText(const QString &html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&'))) {
        return foldWhitespace(html);
    }
    const HtmlDocument fragment(html.toUtf8(), true);
    return fragment.complete() ? text(fragment.root()) : QString();
}

} // namespace Html

} // namespace Credence::Core
