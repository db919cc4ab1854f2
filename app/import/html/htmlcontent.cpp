#include "import/html/htmlcontent.h"

#include "import/html/htmlnames.h"
#include "import/html/htmltext.h"
#include "import/rules/linerules.h"

#include <algorithm>

namespace Credence::Core {

namespace {

// A paragraph shorter than this says nothing about where the article is.
constexpr int MinParagraphChars = 25;
// A block with a linked headline and less text than this is a teaser for another page.
constexpr int MaxTeaserChars = 600;
// A caption repeats an image's alt text of at least this many letters, and holds at most this much text.
constexpr int MinCaptionAltChars = 15;
constexpr int MaxCaptionChars = 400;
// A form smaller than this is a search box, a login or a newsletter sign-up, not a page-wide wrapper.
constexpr int MinWrapperFormChars = 1000;
// The article element inside a furniture-named wrapper that keeps the wrapper: at least this much text...
constexpr int MinProtectedChars = 200;
// ...and a furniture-named element that is not an <article> but holds this much text and half the page is the body.
constexpr int MinDominantChars = 500;

bool isInvisibleTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA:
        return true;
    default:
        return false;
    }
}

/// Page structure that is never the article: navigation, asides, footers, media and their captions.
bool isFurnitureTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_PICTURE:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_SEARCH:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool isFurnitureRole(const QString &role)
{
    static const QStringList roles = {QStringLiteral("navigation"),  QStringLiteral("banner"),
                                      QStringLiteral("contentinfo"), QStringLiteral("complementary"),
                                      QStringLiteral("dialog"),      QStringLiteral("alertdialog"),
                                      QStringLiteral("menu"),        QStringLiteral("menubar"),
                                      QStringLiteral("search"),      QStringLiteral("toolbar")};
    return roles.contains(role.trimmed().toLower());
}

bool isHidden(const GumboNode *node)
{
    // Runs for every element: the attributes are looked up in place, and decoded only when there is one.
    if (Html::rawAttribute(node, "hidden")) {
        return true;
    }
    if (const char *aria = Html::rawAttribute(node, "aria-hidden");
        aria && QString::fromUtf8(aria).trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const char *inlineStyle = Html::rawAttribute(node, "style");
    if (!inlineStyle) {
        return false;
    }
    QString style = QString::fromUtf8(inlineStyle).toLower();
    style.remove(QLatin1Char(' '));
    return style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden"));
}

bool isRealLink(const GumboNode *node)
{
    if (Html::tag(node) != GUMBO_TAG_A) {
        return false;
    }
    const char *raw = Html::rawAttribute(node, "href");
    if (!raw) {
        return false;
    }
    // Read in place (this runs for every link of the page); a value with anything but ASCII where it is compared is
    // decoded, since QString's comparisons fold more than ASCII case.
    while (*raw == ' ' || (*raw >= '\t' && *raw <= '\r')) {
        ++raw;
    }
    const char *const compared = raw + qstrnlen(raw, 11);
    if (std::any_of(raw, compared, [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        const QString href = QString::fromUtf8(raw).trimmed();
        return !href.isEmpty() && !href.startsWith(QLatin1Char('#')) &&
               !href.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive);
    }
    return *raw != '\0' && *raw != '#' && qstrnicmp(raw, "javascript:", 11) != 0;
}

bool isArticleMarker(const GumboNode *node, GumboTag t)
{
    // Runs for every element: the attributes are looked up in place, and decoded only when there is one.
    const char *itemprop = Html::rawAttribute(node, "itemprop");
    const char *role = Html::rawAttribute(node, "role");
    return (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN ||
            (itemprop && QString::fromUtf8(itemprop).contains(QLatin1String("articleBody"), Qt::CaseInsensitive)) ||
            (role && QString::fromUtf8(role).compare(QLatin1String("main"), Qt::CaseInsensitive) == 0)) &&
           !HtmlNames::isFurniture(Html::classAndId(node));
}

/// Elements whose own text is a paragraph: their parent is the container that holds it.
bool isParagraphTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return true;
    default:
        return false;
    }
}

/// Containers whose loose text (not inside a child block) counts as a paragraph of their own.
bool isContainerTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

int tagWeight(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
        return 5;
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_TH:
    case GUMBO_TAG_HEADER:
        return -5;
    default:
        return Html::isHeading(t) ? -5 : 0; // h1-h6 weigh as th and header
    }
}

bool endsSentence(const QString &text)
{
    static const QString enders = QStringLiteral(".!?\"”’»");
    return !text.isEmpty() && enders.contains(text.back());
}

/// Adds the visible characters (UTF-16 units that are not white space, as QString counts them) and the commas of
/// gumbo's UTF-8 @p text to @p chars and @p commas, reading the bytes where they are: this runs over every character
/// of the page, and decoding each text node into a QString first cost several times more.
void countText(const char *text, int &charsTotal, int &commasTotal)
{
    int chars = 0; // locals, not the references: the compiler must assume those alias the text
    int commas = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(text);
    while (const unsigned char b = *p) {
        if (b < 0x80) {
            chars += (b == ' ' || (b >= '\t' && b <= '\r')) ? 0 : 1;
            commas += b == ',' ? 1 : 0;
            ++p;
            continue;
        }
        // Gumbo's text is valid UTF-8 (it replaces what is not); a broken sequence still counts as one character.
        const int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        char32_t c = b & (0x7F >> length);
        int read = 1;
        while (read < length && (p[read] & 0xC0) == 0x80) {
            c = (c << 6) | (p[read] & 0x3F);
            ++read;
        }
        p += read;
        if (read < length) {
            ++chars;
        } else if (c > 0xFFFF) {
            chars += 2; // a surrogate pair
        } else {
            chars += QChar(char16_t(c)).isSpace() ? 0 : 1;
            commas += (c == 0xFF0C || c == 0x3001 || c == 0x060C) ? 1 : 0;
        }
    }
    charsTotal += chars;
    commasTotal += commas;
}

/// Per-element text figures: visible characters, commas and link characters, own and with descendants.
struct TextFigures
{
    QList<int> ownChars;
    QList<int> ownCommas;
    QList<int> chars;
    QList<int> commas;
    QList<int> links;
    QList<int> blockChildChars;
    QList<int> blockChildCommas;

    explicit TextFigures(const FlatTree &tree)
        : ownChars(tree.size(), 0)
        , ownCommas(tree.size(), 0)
    {
        for (int i = 0; i < tree.size(); ++i) {
            const GumboVector &children = tree.at(i).node->v.element.children;
            for (unsigned int c = 0; c < children.length; ++c) {
                const auto *child = static_cast<const GumboNode *>(children.data[c]);
                if (child->type != GUMBO_NODE_TEXT && child->type != GUMBO_NODE_CDATA) {
                    continue;
                }
                countText(child->v.text.text, ownChars[i], ownCommas[i]);
            }
        }
    }

    /// Totals over each subtree, leaving out skipped elements.
    void sum(const FlatTree &tree, const QList<bool> &skip)
    {
        const int n = tree.size();
        chars.fill(0, n);
        commas.fill(0, n);
        links.fill(0, n);
        blockChildChars.fill(0, n);
        blockChildCommas.fill(0, n);
        for (int i = n - 1; i >= 0; --i) {
            if (skip.value(i)) {
                continue;
            }
            chars[i] += ownChars[i];
            commas[i] += ownCommas[i];
            if (isRealLink(tree.at(i).node)) {
                links[i] = chars[i];
            }
            const int parent = tree.at(i).parent;
            if (parent >= 0) {
                chars[parent] += chars[i];
                commas[parent] += commas[i];
                links[parent] += links[i];
                if (isBlockElement(tree.at(i).tag)) {
                    blockChildChars[parent] += chars[i];
                    blockChildCommas[parent] += commas[i];
                }
            }
        }
    }

    double linkDensity(int i) const { return chars[i] > 0 ? double(links[i]) / chars[i] : 0.0; }
};

class ContentFinder
{
public:
    ContentFinder(const FlatTree &tree, const ContentOptions &options)
        : m_tree(tree)
        , m_options(options)
        , m_figures(tree)
    {}

    ContentSelection find();

private:
    void markFurniture();
    void markTeasers();
    void markComments();
    bool isCaptionOfImage(int i) const;
    void score();
    int bestCandidate() const;
    int consolidate(int top) const;
    QList<int> withSiblings(int top) const;
    bool qualifiesAsSibling(int sibling, int top, double threshold) const;
    double finalScore(int i) const { return m_score.at(i) * (1.0 - m_figures.linkDensity(i)); }
    QList<int> children(int i) const;

    const FlatTree &m_tree;
    const ContentOptions m_options;
    TextFigures m_figures;
    QList<bool> m_skip;
    QList<double> m_score;
    QList<bool> m_candidate;
};

QList<int> ContentFinder::children(int i) const
{
    QList<int> result;
    for (int c = i + 1; c < m_tree.at(i).end; c = m_tree.at(c).end) {
        result.append(c);
    }
    return result;
}

void ContentFinder::markFurniture()
{
    const int n = m_tree.size();
    m_skip = invisibleElements(m_tree);
    // Unfiltered figures: how much text an element holds before anything is removed.
    m_figures.sum(m_tree, QList<bool>(n, false));
    // The largest article-like element strictly inside each element: a furniture-named wrapper around the whole
    // page ("page-with-sidebar") must not take the article with it.
    QList<int> innerArticle(n, 0);
    for (int i = n - 1; i > 0; --i) {
        const int parent = m_tree.at(i).parent;
        const int own = isArticleMarker(m_tree.at(i).node, m_tree.at(i).tag) ? m_figures.chars.at(i) : 0;
        innerArticle[parent] = std::max({innerArticle.at(parent), innerArticle.at(i), own});
    }
    for (int i = 0; i < n; ++i) {
        const FlatTree::Item &item = m_tree.at(i);
        if (item.parent >= 0 && m_skip.at(item.parent)) {
            m_skip[i] = true;
            continue;
        }
        if (m_skip.at(i)) {
            continue;
        }
        if (isFurnitureTag(item.tag) || isFurnitureRole(Html::attribute(item.node, "role")) ||
            (item.tag == GUMBO_TAG_FORM && m_figures.chars.at(i) < MinWrapperFormChars)) {
            m_skip[i] = true;
            continue;
        }
        if (isCaptionOfImage(i)) {
            m_skip[i] = true;
            continue;
        }
        const QString names = Html::classAndId(item.node);
        if (m_options.names == NameTrust::Full ? HtmlNames::isFurniture(names) : HtmlNames::isObviousFurniture(names)) {
            const bool wrapsArticle = innerArticle.at(i) >= std::max(MinProtectedChars, m_figures.chars.at(i) / 2);
            // <article class="newsletter-post">: a newsletter's own post, holding most of the page's text.
            // A "paywall" container that holds the article's text: most of the page, and not a list of links. Never
            // one named as comments, navigation or ads, however long.
            const bool isArticle = ((item.tag == GUMBO_TAG_ARTICLE || item.tag == GUMBO_TAG_MAIN) &&
                                    m_figures.chars.at(i) >= MinProtectedChars) ||
                                   (m_figures.chars.at(i) >= MinDominantChars && m_figures.linkDensity(i) < 0.3 &&
                                    !HtmlNames::isObviousFurniture(names));
            const bool dominant = isArticle && m_figures.chars.at(i) * 2 >= m_figures.chars.at(0);
            m_skip[i] = !wrapsArticle && !dominant;
        }
    }
}

bool ContentFinder::isCaptionOfImage(int i) const
{
    // A caption without <figure>/<figcaption>: a short element right after an <img> that repeats its alt text.
    // An <img> has no children, so when it is the previous sibling it is the element right before this one: no walk
    // over the siblings (a list of thousands of items would make that quadratic).
    const int parent = m_tree.at(i).parent;
    const int previous = i - 1;
    if (parent < 0 || previous <= parent || m_figures.chars.at(i) > MaxCaptionChars ||
        m_tree.at(previous).tag != GUMBO_TAG_IMG || m_tree.at(previous).parent != parent) {
        return false;
    }
    const QString alt = HtmlLines::squash(Html::attribute(m_tree.at(previous).node, "alt"));
    return alt.size() >= MinCaptionAltChars && HtmlLines::squash(Html::text(m_tree.at(i).node)).startsWith(alt);
}

void ContentFinder::markComments()
{
    // Reader comments under a heading such as "158 comments": whatever their (often hashed) class names, the heading
    // and everything after it in its container are the thread, not the article.
    for (int i = 0; i < m_tree.size(); ++i) {
        const GumboTag t = m_tree.at(i).tag;
        if (m_skip.at(i) || !Html::isHeading(t) || t == GUMBO_TAG_H1 || m_figures.chars.at(i) == 0 ||
            !HtmlLines::isCommentsHeading(Html::text(m_tree.at(i).node))) {
            continue;
        }
        // A heading wrapped in its own element: the wrapper's following siblings are the thread.
        int anchor = i;
        while (m_tree.at(anchor).parent > 0 &&
               m_figures.chars.at(m_tree.at(anchor).parent) == m_figures.chars.at(anchor)) {
            anchor = m_tree.at(anchor).parent;
        }
        const int parent = m_tree.at(anchor).parent;
        const int end = parent >= 0 ? m_tree.at(parent).end : m_tree.size();
        for (int d = anchor; d < end; ++d) {
            m_skip[d] = true;
        }
        i = end - 1;
    }
}

void ContentFinder::markTeasers()
{
    // A headline that is a link to another page, in a small block: a teaser ("related", "more from"), whatever
    // its container is called.
    const int n = m_tree.size();
    QList<bool> insideLink(n, false);
    for (int i = 1; i < n; ++i) {
        const int parent = m_tree.at(i).parent;
        insideLink[i] = insideLink.at(parent) || isRealLink(m_tree.at(parent).node);
    }
    for (int i = 0; i < n; ++i) {
        const GumboTag t = m_tree.at(i).tag;
        if (m_skip.at(i) || !Html::isHeading(t) || t == GUMBO_TAG_H1 || m_figures.chars.at(i) == 0) {
            continue;
        }
        const bool linked = insideLink.at(i) || m_figures.links.at(i) * 10 >= m_figures.chars.at(i) * 9;
        if (!linked) {
            continue;
        }
        int teaser = i;
        for (int a = m_tree.at(i).parent, level = 0; a >= 0 && level < 4; a = m_tree.at(a).parent, ++level) {
            const GumboTag at = m_tree.at(a).tag;
            if (at == GUMBO_TAG_ARTICLE || at == GUMBO_TAG_LI || at == GUMBO_TAG_DIV || at == GUMBO_TAG_SECTION) {
                teaser = m_figures.chars.at(a) < MaxTeaserChars ? a : i;
                break;
            }
        }
        for (int d = teaser; d < m_tree.at(teaser).end; ++d) {
            m_skip[d] = true;
        }
    }
}

void ContentFinder::score()
{
    const int n = m_tree.size();
    m_score.fill(0.0, n);
    m_candidate.fill(false, n);
    const auto touch = [this](int c) {
        if (!m_candidate.at(c)) {
            m_candidate[c] = true;
            const GumboNode *node = m_tree.at(c).node;
            double base = tagWeight(m_tree.at(c).tag);
            if (m_options.names != NameTrust::Minimal) {
                base += 25.0 * HtmlNames::weight(Html::classAndId(node));
                if (Html::attribute(node, "itemprop").contains(QLatin1String("articleBody"), Qt::CaseInsensitive)) {
                    base += 25.0;
                }
            }
            m_score[c] = base;
        }
    };
    for (int i = 0; i < n; ++i) {
        const GumboTag t = m_tree.at(i).tag;
        const bool paragraph = isParagraphTag(t);
        if (m_skip.at(i) || (!paragraph && !isContainerTag(t))) {
            continue;
        }
        const int chars = m_figures.chars.at(i) - m_figures.blockChildChars.at(i);
        const int commas = m_figures.commas.at(i) - m_figures.blockChildCommas.at(i);
        if (chars < MinParagraphChars || m_figures.linkDensity(i) > 0.5) {
            continue;
        }
        const double points = 1.0 + commas + std::min(chars / 100, 3);
        // A paragraph element credits its container; loose text in a container credits the container itself.
        int target = paragraph ? m_tree.at(i).parent : i;
        for (const double share : {1.0, 0.5, 0.2}) {
            if (target < 0 || m_tree.at(target).tag == GUMBO_TAG_HTML) {
                break;
            }
            touch(target);
            m_score[target] += points * share;
            target = m_tree.at(target).parent;
        }
    }
}

int ContentFinder::bestCandidate() const
{
    int best = -1;
    for (int i = 0; i < m_tree.size(); ++i) {
        if (m_candidate.at(i) && !m_skip.at(i) && (best < 0 || finalScore(i) > finalScore(best))) {
            best = i;
        }
    }
    return best;
}

int ContentFinder::consolidate(int top) const
{
    // Several near-equal candidates under one ancestor: the article is split into parts (between ads, or the
    // entries of a live blog), and the ancestor holds them all.
    const double ratio = m_options.liveBlog ? 0.2 : 0.75;
    QList<int> alternatives;
    for (int i = 0; i < m_tree.size(); ++i) {
        if (m_candidate.at(i) && !m_skip.at(i) && i != top && !m_tree.contains(i, top) && !m_tree.contains(top, i) &&
            finalScore(i) >= ratio * finalScore(top)) {
            alternatives.append(i);
        }
    }
    if (alternatives.size() < 2) {
        return top;
    }
    for (int a = m_tree.at(top).parent; a >= 0 && m_tree.at(a).tag != GUMBO_TAG_HTML; a = m_tree.at(a).parent) {
        const auto inside = std::count_if(alternatives.cbegin(), alternatives.cend(),
                                          [&](int alternative) { return m_tree.contains(a, alternative); });
        if (inside >= 2) {
            return a;
        }
    }
    return top;
}

bool ContentFinder::qualifiesAsSibling(int sibling, int top, double threshold) const
{
    const FlatTree::Item &item = m_tree.at(sibling);
    if (m_skip.at(sibling) || (item.tag == GUMBO_TAG_ARTICLE && !m_options.liveBlog)) {
        return false; // another story
    }
    const QString className = Html::attribute(item.node, "class");
    const double bonus = !className.isEmpty() && className == Html::attribute(m_tree.at(top).node, "class")
                             ? 0.2 * finalScore(top)
                             : 0.0;
    if (m_candidate.at(sibling) && finalScore(sibling) + bonus >= threshold) {
        return true;
    }
    if (item.tag != GUMBO_TAG_P) {
        return false;
    }
    const int chars = m_figures.chars.at(sibling);
    const double density = m_figures.linkDensity(sibling);
    if (chars > 80 && density < 0.25) {
        return true;
    }
    return chars > 0 && density == 0.0 && endsSentence(Html::text(item.node));
}

QList<int> ContentFinder::withSiblings(int top) const
{
    const int parent = m_tree.at(top).parent;
    if (parent < 0 || m_tree.at(top).tag == GUMBO_TAG_BODY) {
        return {top};
    }
    const double threshold = std::max(10.0, 0.2 * finalScore(top));
    const QList<int> siblings = children(parent);
    QList<bool> included(siblings.size(), false);
    for (int s = 0; s < siblings.size(); ++s) {
        included[s] = siblings.at(s) == top || qualifiesAsSibling(siblings.at(s), top, threshold);
    }
    // Lists, quotes, tables and subheadings between two parts of the article belong to it.
    const auto firstIncluded = std::find(included.cbegin(), included.cend(), true) - included.cbegin();
    const auto lastIncluded = included.crend() - std::find(included.crbegin(), included.crend(), true) - 1;
    QList<int> roots;
    for (int s = 0; s < siblings.size(); ++s) {
        const int element = siblings.at(s);
        const bool between = s > firstIncluded && s < lastIncluded && !m_skip.at(element) &&
                             m_tree.at(element).tag != GUMBO_TAG_ARTICLE && m_figures.linkDensity(element) < 0.5;
        if (included.at(s) || between) {
            roots.append(element);
        }
    }
    return roots;
}

ContentSelection ContentFinder::find()
{
    markFurniture();
    m_figures.sum(m_tree, m_skip);
    markTeasers();
    markComments();
    m_figures.sum(m_tree, m_skip);
    score();
    ContentSelection selection;
    selection.skip = m_skip;
    const int best = bestCandidate();
    if (best < 0) {
        return selection;
    }
    selection.roots = withSiblings(consolidate(best));
    return selection;
}

} // namespace

QList<bool> invisibleElements(const FlatTree &tree)
{
    QList<bool> skip(tree.size(), false);
    for (int i = 0; i < tree.size(); ++i) {
        const FlatTree::Item &item = tree.at(i);
        skip[i] = (item.parent >= 0 && skip.at(item.parent)) || isInvisibleTag(item.tag) || isHidden(item.node);
    }
    return skip;
}

ContentSelection selectContent(const FlatTree &tree, const ContentOptions &options)
{
    if (tree.size() == 0) {
        return {};
    }
    return ContentFinder(tree, options).find();
}

} // namespace Credence::Core
