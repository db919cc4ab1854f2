#include "import/markup/htmlnesting.h"

#include "import/markup/htmltags.h"

#include <QHashFunctions>

#include <algorithm>

namespace Credence::Core {

namespace {

// While formatting elements are listed, the parser looks for the last of them among its open elements before every
// character of text: this many characters cost about what one open element visited for a tag does.
constexpr qint64 CharactersPerVisit = 16;

} // namespace

void NestingModel::push(GumboTag tag, int formattingId)
{
    m_stack.push_back(tag);
    m_formattingIds.push_back(formattingId);
    ++m_open[tag];
}

void NestingModel::popTop()
{
    const GumboTag tag = m_stack.back();
    const int id = m_formattingIds.back();
    m_stack.pop_back();
    m_formattingIds.pop_back();
    --m_open[tag];
    if (id >= 0) {
        // Still listed: the parser opens it again before the next text.
        const auto entry =
            std::find_if(m_formatting.rbegin(), m_formatting.rend(), [id](const Formatting &f) { return f.id == id; });
        if (entry != m_formatting.rend()) {
            entry->open = false;
        }
    }
    if (const qsizetype marker = lastMarker(); marker >= 0 && HtmlTags::has(tag, HtmlTags::Marker)) {
        m_formatting.resize(size_t(marker)); // what was listed inside it is forgotten, with its marker
    }
}

void NestingModel::removeAt(qsizetype index)
{
    --m_open[m_stack[size_t(index)]];
    m_stack.erase(m_stack.begin() + index);
    m_formattingIds.erase(m_formattingIds.begin() + index);
}

void NestingModel::popTo(qsizetype index)
{
    while (qsizetype(m_stack.size()) > index) {
        popTop();
    }
}

void NestingModel::closeTo(GumboTag tag)
{
    if (!isOpen(tag)) {
        return;
    }
    const auto at = std::find(m_stack.rbegin(), m_stack.rend(), tag);
    popTo(m_stack.rend() - at - 1);
}

void NestingModel::closeOther(GumboTag tag)
{
    if (!isOpen(tag)) {
        return;
    }
    // The parser walks down from the current element; a special element before a match makes it ignore the tag.
    for (auto i = qsizetype(m_stack.size()) - 1; i >= 0; --i) {
        if (m_stack[size_t(i)] == tag) {
            popTo(i);
            return;
        }
        if (HtmlTags::has(m_stack[size_t(i)], HtmlTags::Special)) {
            return;
        }
    }
}

void NestingModel::closeFormatting(GumboTag tag)
{
    const qsizetype entry = listed(tag);
    if (entry < 0) {
        closeOther(tag);
        return;
    }
    const Formatting formatting = m_formatting[size_t(entry)];
    m_formatting.erase(m_formatting.begin() + entry);
    if (!formatting.open) {
        return; // listed but closed already: only forgotten
    }
    const auto at = std::find(m_formattingIds.rbegin(), m_formattingIds.rend(), formatting.id);
    if (at == m_formattingIds.rend()) {
        return;
    }
    const qsizetype index = m_formattingIds.rend() - at - 1;
    const bool blockInside = std::any_of(m_stack.begin() + index + 1, m_stack.end(),
                                         [](GumboTag t) { return HtmlTags::has(t, HtmlTags::Special); });
    if (!blockInside) {
        popTo(index);
        return;
    }
    // The adoption agency: the blocks inside stay open (with a copy of the formatting element in them), the
    // formatting element and the plain elements inside it are closed. Formatting elements inside may be copied and
    // stay: they are kept, which can only count too deep.
    for (auto i = qsizetype(m_stack.size()) - 1; i > index; --i) {
        const GumboTag inner = m_stack[size_t(i)];
        if (!HtmlTags::has(inner, HtmlTags::Special) && !HtmlTags::has(inner, HtmlTags::Formatting)) {
            removeAt(i);
        }
    }
    removeAt(index);
}

void NestingModel::closeWithin(std::initializer_list<GumboTag> targets, std::initializer_list<GumboTag> boundaries)
{
    const auto in = [](std::initializer_list<GumboTag> tags, GumboTag tag) {
        return std::find(tags.begin(), tags.end(), tag) != tags.end();
    };
    if (std::none_of(targets.begin(), targets.end(), [this](GumboTag t) { return isOpen(t); })) {
        return;
    }
    for (auto i = qsizetype(m_stack.size()); i > 0; --i) {
        const GumboTag tag = m_stack[size_t(i - 1)];
        if (in(targets, tag)) {
            popTo(i - 1);
            return;
        }
        if (in(boundaries, tag)) {
            return;
        }
    }
}

void NestingModel::closeImplied(GumboTag tag)
{
    // Blocks that end the scope of list items and definitions (a simplified "special" category of the spec).
    static const std::initializer_list<GumboTag> listScope = {
        GUMBO_TAG_UL,         GUMBO_TAG_OL,     GUMBO_TAG_MENU,     GUMBO_TAG_DL,      GUMBO_TAG_TABLE,
        GUMBO_TAG_TD,         GUMBO_TAG_TH,     GUMBO_TAG_CAPTION,  GUMBO_TAG_BUTTON,  GUMBO_TAG_SECTION,
        GUMBO_TAG_ARTICLE,    GUMBO_TAG_ASIDE,  GUMBO_TAG_NAV,      GUMBO_TAG_MAIN,    GUMBO_TAG_HEADER,
        GUMBO_TAG_FOOTER,     GUMBO_TAG_FORM,   GUMBO_TAG_FIELDSET, GUMBO_TAG_DETAILS, GUMBO_TAG_FIGURE,
        GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_OBJECT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_SVG,     GUMBO_TAG_MATH};
    static const std::initializer_list<GumboTag> buttonScope = {
        GUMBO_TAG_BUTTON, GUMBO_TAG_TABLE,   GUMBO_TAG_TD,       GUMBO_TAG_TH,  GUMBO_TAG_CAPTION, GUMBO_TAG_OBJECT,
        GUMBO_TAG_APPLET, GUMBO_TAG_MARQUEE, GUMBO_TAG_TEMPLATE, GUMBO_TAG_SVG, GUMBO_TAG_MATH};
    if (HtmlTags::has(tag, HtmlTags::ClosesParagraph)) {
        closeWithin({GUMBO_TAG_P}, buttonScope);
    }
    switch (tag) {
    case GUMBO_TAG_LI:
        closeWithin({GUMBO_TAG_LI}, listScope);
        break;
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
        closeWithin({GUMBO_TAG_DT, GUMBO_TAG_DD}, listScope);
        break;
    case GUMBO_TAG_OPTION:
        closeWithin({GUMBO_TAG_OPTION}, {GUMBO_TAG_SELECT, GUMBO_TAG_DATALIST, GUMBO_TAG_OPTGROUP});
        break;
    case GUMBO_TAG_OPTGROUP:
        closeWithin({GUMBO_TAG_OPTION, GUMBO_TAG_OPTGROUP}, {GUMBO_TAG_SELECT, GUMBO_TAG_DATALIST});
        break;
    case GUMBO_TAG_TR:
        closeWithin({GUMBO_TAG_TR}, {GUMBO_TAG_TABLE});
        break;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        closeWithin({GUMBO_TAG_TD, GUMBO_TAG_TH}, {GUMBO_TAG_TR, GUMBO_TAG_TABLE});
        break;
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
        closeWithin({GUMBO_TAG_THEAD, GUMBO_TAG_TBODY, GUMBO_TAG_TFOOT}, {GUMBO_TAG_TABLE});
        break;
    case GUMBO_TAG_A:
    case GUMBO_TAG_NOBR:
        // A link inside a link (or a <nobr> in one) ends the outer one as its end tag would.
        if (listed(tag) >= 0) {
            closeFormatting(tag);
        }
        break;
    case GUMBO_TAG_RB:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RTC:
    case GUMBO_TAG_RP:
        closeWithin({GUMBO_TAG_RB, GUMBO_TAG_RT, GUMBO_TAG_RTC, GUMBO_TAG_RP}, {GUMBO_TAG_RUBY});
        break;
    default:
        break;
    }
}

qsizetype NestingModel::lastMarker() const
{
    for (auto i = qsizetype(m_formatting.size()) - 1; i >= 0; --i) {
        if (m_formatting[size_t(i)].tag == GUMBO_TAG_UNKNOWN) {
            return i;
        }
    }
    return -1;
}

qsizetype NestingModel::listed(GumboTag tag) const
{
    for (auto i = qsizetype(m_formatting.size()) - 1; i >= 0; --i) {
        const GumboTag listedTag = m_formatting[size_t(i)].tag;
        if (listedTag == GUMBO_TAG_UNKNOWN) {
            return -1;
        }
        if (listedTag == tag) {
            return i;
        }
    }
    return -1;
}

void NestingModel::pushFormatting(GumboTag tag, size_t key)
{
    // At most three alike after the last marker: a fourth pushes the earliest out of the list.
    int alike = 0;
    qsizetype earliest = -1;
    for (auto i = qsizetype(m_formatting.size()) - 1; i >= 0 && m_formatting[size_t(i)].tag != GUMBO_TAG_UNKNOWN; --i) {
        if (m_formatting[size_t(i)].tag == tag && m_formatting[size_t(i)].key == key) {
            ++alike;
            earliest = i;
        }
    }
    if (alike >= 3) {
        m_formatting.erase(m_formatting.begin() + earliest);
    }
    const int id = m_nextId++;
    m_formatting.push_back({tag, key, id, true});
    push(tag, id);
}

void NestingModel::reconstruct()
{
    if (m_formatting.empty() || m_formatting.back().tag == GUMBO_TAG_UNKNOWN || m_formatting.back().open) {
        return;
    }
    auto first = qsizetype(m_formatting.size()) - 1;
    while (first > 0 && m_formatting[size_t(first - 1)].tag != GUMBO_TAG_UNKNOWN &&
           !m_formatting[size_t(first - 1)].open) {
        --first;
    }
    for (auto i = first; i < qsizetype(m_formatting.size()); ++i) {
        Formatting &entry = m_formatting[size_t(i)];
        m_work += depth();
        entry.open = true;
        push(entry.tag, entry.id);
    }
}

void NestingModel::open(GumboTag tag, QByteArrayView attributes, bool foreign)
{
    m_work += depth();
    closeImplied(tag);
    if (foreign) {
        push(tag);
        return;
    }
    if (!HtmlTags::has(tag, HtmlTags::NoReopening)) {
        reconstruct();
    }
    if (HtmlTags::has(tag, HtmlTags::Formatting)) {
        pushFormatting(tag, qHash(attributes));
        return;
    }
    push(tag);
    if (HtmlTags::has(tag, HtmlTags::Marker)) {
        m_formatting.push_back({});
    }
}

void NestingModel::openVoid(GumboTag tag, bool foreign)
{
    m_work += depth();
    if (!foreign && !HtmlTags::has(tag, HtmlTags::NoReopening)) {
        reconstruct();
    }
}

void NestingModel::close(GumboTag tag)
{
    m_work += depth();
    if (HtmlTags::has(tag, HtmlTags::Formatting)) {
        closeFormatting(tag);
    } else if (HtmlTags::has(tag, HtmlTags::Special)) {
        closeTo(tag);
    } else {
        closeOther(tag);
    }
}

void NestingModel::text(qsizetype bytes, bool foreign)
{
    if (bytes <= 0 || foreign) {
        return;
    }
    reconstruct();
    if (!m_formatting.empty() && m_formatting.back().tag != GUMBO_TAG_UNKNOWN) {
        m_work += bytes * depth() / CharactersPerVisit;
    }
}

} // namespace Credence::Core
