#include "import/markup/htmltags.h"

namespace Credence::Core::HtmlTags {

namespace {

struct Row
{
    GumboTag tag;
    unsigned int properties;
};

// Every element with a property, in alphabetical order (MathML and SVG last); the rest have none.
constexpr Row Rows[] = {
    {GUMBO_TAG_A, Formatting},
    {GUMBO_TAG_ADDRESS, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_APPLET, Special | Marker},
    {GUMBO_TAG_ARTICLE, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_ASIDE, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_B, Formatting},
    {GUMBO_TAG_BASE, NoReopening},
    {GUMBO_TAG_BASEFONT, NoReopening},
    {GUMBO_TAG_BGSOUND, NoReopening},
    {GUMBO_TAG_BIG, Formatting},
    {GUMBO_TAG_BLOCKQUOTE, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_BODY, Block | Special | NoReopening},
    {GUMBO_TAG_BUTTON, Special},
    {GUMBO_TAG_CAPTION, Block | Special | Marker | NoReopening},
    {GUMBO_TAG_CENTER, Block | Special | NoReopening},
    {GUMBO_TAG_CODE, Formatting},
    {GUMBO_TAG_COL, NoReopening},
    {GUMBO_TAG_COLGROUP, Special | NoReopening},
    {GUMBO_TAG_DD, Block | Special | NoReopening},
    {GUMBO_TAG_DETAILS, Block | Special | NoReopening},
    {GUMBO_TAG_DIALOG, Block | NoReopening},
    {GUMBO_TAG_DIR, Block | Special | NoReopening},
    {GUMBO_TAG_DIV, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_DL, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_DT, Block | Special | NoReopening},
    {GUMBO_TAG_EM, Formatting},
    {GUMBO_TAG_FIELDSET, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_FIGCAPTION, Block | Special | NoReopening},
    {GUMBO_TAG_FIGURE, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_FONT, Formatting},
    {GUMBO_TAG_FOOTER, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_FORM, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_FRAME, NoReopening},
    {GUMBO_TAG_FRAMESET, Special | NoReopening},
    {GUMBO_TAG_H1, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_H2, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_H3, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_H4, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_H5, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_H6, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_HEAD, Special | NoReopening},
    {GUMBO_TAG_HEADER, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_HGROUP, Block | Special | NoReopening},
    {GUMBO_TAG_HR, NoReopening},
    {GUMBO_TAG_HTML, Block | Special | NoReopening},
    {GUMBO_TAG_I, Formatting},
    {GUMBO_TAG_IFRAME, Special | NoReopening},
    {GUMBO_TAG_LEGEND, Block},
    {GUMBO_TAG_LI, Block | Special | NoReopening},
    {GUMBO_TAG_LINK, NoReopening},
    {GUMBO_TAG_LISTING, Special | NoReopening},
    {GUMBO_TAG_MAIN, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_MARQUEE, Special | Marker},
    {GUMBO_TAG_MENU, Block | Special | NoReopening},
    {GUMBO_TAG_META, NoReopening},
    {GUMBO_TAG_NAV, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_NOBR, Formatting},
    {GUMBO_TAG_NOEMBED, Special | NoReopening},
    {GUMBO_TAG_NOFRAMES, Special | NoReopening},
    {GUMBO_TAG_NOSCRIPT, Special | NoReopening},
    {GUMBO_TAG_OBJECT, Special | Marker},
    {GUMBO_TAG_OL, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_OPTION, Block},
    {GUMBO_TAG_P, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_PLAINTEXT, Special | NoReopening},
    {GUMBO_TAG_PRE, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_RB, NoReopening},
    {GUMBO_TAG_RP, NoReopening},
    {GUMBO_TAG_RT, NoReopening},
    {GUMBO_TAG_RTC, NoReopening},
    {GUMBO_TAG_S, Formatting},
    {GUMBO_TAG_SCRIPT, Special | NoReopening},
    {GUMBO_TAG_SEARCH, Block | Special | NoReopening},
    {GUMBO_TAG_SECTION, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_SELECT, Special},
    {GUMBO_TAG_SMALL, Formatting},
    {GUMBO_TAG_STRIKE, Formatting},
    {GUMBO_TAG_STRONG, Formatting},
    {GUMBO_TAG_STYLE, Special | NoReopening},
    {GUMBO_TAG_SUMMARY, Block | Special | NoReopening},
    {GUMBO_TAG_TABLE, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_TBODY, Block | Special | NoReopening},
    {GUMBO_TAG_TD, Block | Special | Marker | NoReopening},
    {GUMBO_TAG_TEMPLATE, Special | Marker | NoReopening},
    {GUMBO_TAG_TEXTAREA, Special | NoReopening},
    {GUMBO_TAG_TFOOT, Block | Special | NoReopening},
    {GUMBO_TAG_TH, Block | Special | Marker | NoReopening},
    {GUMBO_TAG_THEAD, Block | Special | NoReopening},
    {GUMBO_TAG_TITLE, Special | NoReopening},
    {GUMBO_TAG_TR, Block | Special | NoReopening},
    {GUMBO_TAG_TT, Formatting},
    {GUMBO_TAG_U, Formatting},
    {GUMBO_TAG_UL, Block | Special | NoReopening | ClosesParagraph},
    {GUMBO_TAG_XMP, Special},
    // MathML and SVG: text integration points
    {GUMBO_TAG_MI, Special},
    {GUMBO_TAG_MO, Special},
    {GUMBO_TAG_MN, Special},
    {GUMBO_TAG_MS, Special},
    {GUMBO_TAG_MTEXT, Special},
    {GUMBO_TAG_ANNOTATION_XML, Special},
    {GUMBO_TAG_FOREIGNOBJECT, Special},
    {GUMBO_TAG_DESC, Special},
};

} // namespace

namespace Detail {

constexpr std::array<quint8, GUMBO_TAG_LAST + 1> Properties = [] {
    std::array<quint8, GUMBO_TAG_LAST + 1> properties{};
    for (const Row &row : Rows) {
        properties[size_t(row.tag)] |= quint8(row.properties);
    }
    return properties;
}();

} // namespace Detail

} // namespace Credence::Core::HtmlTags
