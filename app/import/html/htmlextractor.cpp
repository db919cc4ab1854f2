#include "import/html/htmlextractor.h"

#include "import/charset/htmlcharset.h"
#include "import/html/htmlcontent.h"
#include "import/html/htmldom.h"
#include "import/html/htmlmetadata.h"
#include "import/html/htmlnames.h"
#include "import/html/htmltext.h"
#include "import/markup/htmlscan.h"
#include "import/rules/linerules.h"
#include "import/rules/textblocks.h"
#include "import/rules/textnormalize.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Credence::Core {

/// The translation context of this file's messages.
class HtmlExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::HtmlExtractor)
};

namespace {

// An article pass that finds this much text is trusted; below it the extractor retries trusting names less.
constexpr int EnoughArticleChars = 500;
// How many page blocks above the article its header (headline, standfirst, byline, date) may span.
constexpr int HeaderBlocks = 8;

/// The share of @p block's @p chars visible characters that are link text.
double linkDensity(const HtmlBlock &block, int chars)
{
    return chars > 0 ? double(block.linkChars) / chars : 0.0;
}

double linkDensity(const HtmlBlock &block)
{
    return linkDensity(block, visibleChars(block.text));
}

bool isTruncated(const QString &text)
{
    return text.endsWith(QStringLiteral("…")) || text.endsWith(QLatin1String("..."));
}

QString withoutEllipsis(QString text)
{
    while (!text.isEmpty() && (text.back() == QLatin1Char('.') || text.back() == QChar(0x2026))) {
        text.chop(1);
    }
    return text;
}

bool sameSite(const QString &part, const QString &site, const QString &url)
{
    const QString p = HtmlLines::squash(part);
    const QString s = HtmlLines::squash(site);
    if (p.isEmpty()) {
        return false;
    }
    if (!s.isEmpty() && (p == s || QStringLiteral("the") + p == s || p == QStringLiteral("the") + s)) {
        return true;
    }
    QString host = QUrl(url).host().toLower();
    if (host.startsWith(QLatin1String("www."))) {
        host.remove(0, 4);
    }
    return !host.isEmpty() && p == HtmlLines::squash(host.section(QLatin1Char('.'), 0, 0));
}

/// An element named as a caption holding more text than this is a wrapper around more than a caption.
constexpr qsizetype MaxCaptionChars = 600;

/// A "Published 20 November 2023" line is no longer than this.
constexpr qsizetype MaxDatelineChars = 80;

/// How many blocks at the end of an article may hold its authors' bios.
constexpr qsizetype ClosingBlocks = 4;

/// "Jane Roe is a correspondent in Rome." or "Jane Roe covers cities.": a bio of one of @p authors.
bool isBioOf(const QString &text, const QStringList &authors)
{
    static const QRegularExpression verb(
        QStringLiteral("^\\s+(?:is|was|reports|covers|writes|has been|joined|served|lives|teaches)\\b"));
    return std::any_of(authors.cbegin(), authors.cend(), [&](const QString &name) {
        return text.startsWith(name) && verb.match(text.mid(name.size())).hasMatch();
    });
}

QString withoutBullet(const QString &text)
{
    return text.startsWith(QStringLiteral("• ")) ? text.mid(2) : text;
}

/// "News :: Headline" -> "Headline": once the site name is gone, a one- or two-word part beside the headline is the
/// section.
QString withoutSection(const QString &title, const QString &separator)
{
    const QStringList parts = title.split(separator);
    if (parts.size() != 2) {
        return title;
    }
    const auto words = [](const QString &part) { return part.simplified().count(QLatin1Char(' ')) + 1; };
    if (words(parts.first()) <= 2 && words(parts.last()) >= 4) {
        return parts.last().trimmed();
    }
    if (words(parts.last()) <= 2 && words(parts.first()) >= 4) {
        return parts.first().trimmed();
    }
    return title;
}

/// "Site :: Section :: Headline" -> "Headline": in a <title> of three parts or more, the headline is the longest.
QString longestPart(const QString &title)
{
    for (const QString &separator : {QStringLiteral(" | "), QStringLiteral(" :: "), QStringLiteral(" » "),
                                     QStringLiteral(" · "), QStringLiteral(" - "), QStringLiteral(" – ")}) {
        const QStringList parts = title.split(separator);
        if (parts.size() >= 3) {
            return std::ranges::max(parts, {}, &QString::size).trimmed();
        }
    }
    return title;
}

/// "Headline | Site Name" -> "Headline", and "Site Name: Headline" -> "Headline", when the part is the site.
QString stripSiteName(const QString &title, const QString &site, const QString &url)
{
    for (const QString &separator : {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" – "),
                                     QStringLiteral(" — "), QStringLiteral(" :: "), QStringLiteral(" · "),
                                     QStringLiteral(" • "), QStringLiteral(" » "), QStringLiteral(": ")}) {
        if (const qsizetype at = title.lastIndexOf(separator);
            at > 0 && sameSite(title.mid(at + separator.size()), site, url)) {
            return withoutSection(title.left(at).trimmed(), separator);
        }
        if (const qsizetype at = title.indexOf(separator); at > 0 && sameSite(title.left(at), site, url)) {
            return withoutSection(title.mid(at + separator.size()).trimmed(), separator);
        }
    }
    return title;
}

/// Reads one parsed page into an article.
class PageReader
{
public:
    PageReader(const FlatTree &tree, const QStringList &takenJsonLd, bool fragment)
        : m_tree(tree)
        , m_fragment(fragment)
        , m_meta(readPageMetadata(tree, takenJsonLd))
        , m_invisible(invisibleElements(tree))
    {}

    ImportedArticle read();

private:
    void findContent();
    bool inContent(int element) const;
    bool insideArticleElement(const QList<int> &roots) const;
    int pageBlockOf(int element) const;
    void findHeadline();
    void readPublication(ImportedArticle &result) const;
    void readTitle(ImportedArticle &result) const;
    void readAuthor(ImportedArticle &result) const;
    void readDate(ImportedArticle &result) const;
    void readStandfirst(ImportedArticle &result) const;
    void readOriginalSource(ImportedArticle &result) const;
    QStringList visibleBylineNames() const;
    QString withoutKicker(const QString &title) const;
    bool insideFurniture(int element) const;
    QString body(const ImportedArticle &result) const;
    QStringList captions(const QString &body) const;

    const FlatTree &m_tree;
    const bool m_fragment; // a piece of a page (a selection on the clipboard): whatever text it has is meant
    PageMetadata m_meta;
    QList<bool> m_invisible;
    QList<HtmlBlock> m_page;    // everything visible, in order: where bylines, standfirsts and credits are looked for
    QList<HtmlBlock> m_content; // the article's blocks
    ContentSelection m_selection;
    int m_body = 0;
    int m_headline = -1;                // flat index of the article's <h1>
    bool m_headlineNearArticle = false; // m_headline is inside the article or above it, not elsewhere on the page
    int m_contentStart = 0;             // first page block inside the article
    int m_headerStart = 0;              // first page block that may belong to the article's header
    int m_contentEnd = 0;               // flat index one past the article's last element
};

void PageReader::findContent()
{
    struct Attempt
    {
        ContentSelection selection;
        QList<HtmlBlock> blocks;
        int chars = 0;
        int longest = 0;
    };
    QList<Attempt> attempts;
    for (const NameTrust names : {NameTrust::Full, NameTrust::Partial, NameTrust::Minimal}) {
        Attempt attempt;
        attempt.selection = selectContent(m_tree, {names, m_meta.liveBlog});
        for (const int root : std::as_const(attempt.selection.roots)) {
            attempt.blocks += renderBlocks(m_tree, root, attempt.selection.skip);
        }
        for (const HtmlBlock &b : std::as_const(attempt.blocks)) {
            const int chars = visibleChars(b.text); // counted once for both uses
            if (b.kind != HtmlBlock::Kind::Heading && linkDensity(b, chars) < 0.5) {
                attempt.chars += chars;
                attempt.longest = std::max(attempt.longest, chars);
            }
        }
        // CREDENCE_DEBUG_EXTRACT=1 credence extract PAGE shows what each pass chose: for tuning on new pages.
        if (qEnvironmentVariableIsSet("CREDENCE_DEBUG_EXTRACT")) {
            for (const int root : std::as_const(attempt.selection.roots)) {
                qDebug("pass %d: <%s class=\"%s\"> at %d", int(names), gumbo_normalized_tagname(m_tree.at(root).tag),
                       qPrintable(Html::classAndId(m_tree.at(root).node)), root);
            }
            qDebug("pass %d: %d characters, longest paragraph %d", int(names), attempt.chars, attempt.longest);
        }
        attempts.append(attempt);
        if (attempt.chars >= EnoughArticleChars) {
            break;
        }
    }
    // The first pass that reached the mark; failing that, the first whose text still reads like an article. A page
    // that says it holds an article (in its metadata or with <article>) may be short, and a piece of a page holds
    // only what was selected; any other page must show at least one real paragraph.
    auto chosen = std::find_if(attempts.cbegin(), attempts.cend(),
                               [](const Attempt &a) { return a.chars >= EnoughArticleChars; });
    if (chosen == attempts.cend()) {
        chosen = std::find_if(attempts.cbegin(), attempts.cend(), [this](const Attempt &a) {
            if (m_fragment) {
                return a.chars > 0;
            }
            if (m_meta.declaresArticle || insideArticleElement(a.selection.roots)) {
                return a.chars >= 80;
            }
            return a.chars >= 250 && a.longest >= 80;
        });
    }
    if (chosen == attempts.cend()) {
        return;
    }
    m_selection = chosen->selection;
    m_content = chosen->blocks;
    m_contentEnd = m_selection.roots.isEmpty() ? 0 : m_tree.at(m_selection.roots.last()).end;
}

bool PageReader::inContent(int element) const
{
    return std::any_of(m_selection.roots.cbegin(), m_selection.roots.cend(),
                       [&](int root) { return m_tree.contains(root, element); });
}

bool PageReader::insideArticleElement(const QList<int> &roots) const
{
    for (const int root : roots) {
        for (int a = root; a >= 0; a = m_tree.at(a).parent) {
            const FlatTree::Item &item = m_tree.at(a);
            if (item.tag == GUMBO_TAG_ARTICLE || item.tag == GUMBO_TAG_MAIN ||
                Html::attribute(item.node, "itemprop").contains(QLatin1String("articleBody"), Qt::CaseInsensitive)) {
                return true;
            }
        }
    }
    return false;
}

int PageReader::pageBlockOf(int element) const
{
    for (int b = 0; b < m_page.size(); ++b) {
        if (m_tree.contains(element, m_page.at(b).element)) {
            return b;
        }
    }
    return -1;
}

bool PageReader::insideFurniture(int element) const
{
    static const QStringList words = {
        QStringLiteral("comment"), QStringLiteral("related"),  QStringLiteral("recommend"),
        QStringLiteral("popular"), QStringLiteral("trending"), QStringLiteral("sidebar"),
        QStringLiteral("teaser"),  QStringLiteral("promo"),    QStringLiteral("newsletter")};
    for (int a = element; a >= 0; a = m_tree.at(a).parent) {
        const GumboTag t = m_tree.at(a).tag;
        if (t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_NAV) {
            return true;
        }
        const QString names = Html::classAndId(m_tree.at(a).node);
        if (std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return names.contains(w); })) {
            return true;
        }
    }
    return false;
}

void PageReader::findHeadline()
{
    // The first <h1> inside the article, else the closest above it; never one that only names the site (a logo).
    const int start = m_selection.roots.isEmpty() ? m_tree.size() : m_selection.roots.first();
    int above = -1;
    int inside = -1;
    int any = -1;
    for (int i = 0; i < m_tree.size(); ++i) {
        if (m_tree.at(i).tag != GUMBO_TAG_H1 || m_invisible.at(i)) {
            continue;
        }
        const QString text = Html::text(m_tree.at(i).node);
        if (text.isEmpty() || sameSite(text, m_meta.siteName, m_meta.url)) {
            continue;
        }
        any = any < 0 ? i : any;
        if (i < start) {
            above = i;
        } else if (inside < 0 && inContent(i)) {
            inside = i;
        }
    }
    m_headline = inside >= 0 ? inside : (above >= 0 ? above : any);
    m_headlineNearArticle = inside >= 0 || above >= 0;
    m_contentStart = int(m_page.size());
    for (int b = 0; b < m_page.size(); ++b) {
        if (inContent(m_page.at(b).element)) {
            m_contentStart = b;
            break;
        }
    }
    m_headerStart = std::max(0, m_contentStart - HeaderBlocks);
    if (const int h = m_headline >= 0 ? pageBlockOf(m_headline) : -1; h >= 0 && h < m_contentStart) {
        m_headerStart = h + 1;
    }
}

void PageReader::readPublication(ImportedArticle &result) const
{
    QString site = m_meta.siteName;
    if (site.isEmpty()) {
        // "Headline | Site": the part of <title> that is not the headline, or that names the page's address.
        const QString headline = !m_meta.headline.isEmpty()
                                     ? m_meta.headline
                                     : (m_headline >= 0 ? Html::text(m_tree.at(m_headline).node) : m_meta.ogTitle);
        for (const QString &separator :
             {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" – "), QStringLiteral(" — ")}) {
            const QStringList parts = m_meta.documentTitle.split(separator);
            if (parts.size() != 2) {
                continue;
            }
            for (int i = 0; i < 2 && site.isEmpty(); ++i) {
                const QString &part = parts.at(i);
                const QString &other = parts.at(1 - i);
                if (sameSite(part, QString(), m_meta.url) ||
                    (!headline.isEmpty() && HtmlLines::squash(other) == HtmlLines::squash(headline))) {
                    site = part.trimmed();
                }
            }
        }
    }
    for (int b = int(m_page.size()) - 1; site.isEmpty() && b >= 0; --b) {
        site = HtmlLines::copyrightHolder(m_page.at(b).text);
    }
    result.metadata.publication = site;
}

void PageReader::readTitle(ImportedArticle &result) const
{
    const QString h1 = m_headline >= 0 ? Html::text(m_tree.at(m_headline).node) : QString();
    // The headline the reader sees wins over the metadata one, which sites often write for search engines and
    // social cards; a one- or two-word <h1> is a section name, not a headline.
    const QString shown = m_headlineNearArticle && h1.simplified().count(QLatin1Char(u' ')) >= 2 ? h1 : QString();
    QString title;
    for (const QString &candidate :
         {shown, m_meta.headline, m_meta.ogTitle, h1, m_meta.metaTitle, m_meta.documentTitle}) {
        if (!candidate.isEmpty()) {
            title = candidate;
            break;
        }
    }
    title = stripSiteName(title, result.metadata.publication, m_meta.url);
    if (title == m_meta.documentTitle) {
        title = longestPart(title);
    }
    // Metadata headlines are cut to fit search results; the page shows the whole one.
    if (isTruncated(title) && !h1.isEmpty() &&
        HtmlLines::squash(h1).startsWith(HtmlLines::squash(withoutEllipsis(title)))) {
        title = h1;
    }
    result.metadata.title = withoutKicker(title);
}

QString PageReader::withoutKicker(const QString &title) const
{
    // "Kicker: Headline" in the metadata, where the page's heading shows the kicker above the headline as a part
    // of its own ("Wind farm row: A village against twelve turbines"): the headline is the part after the colon.
    const qsizetype colon = title.indexOf(QLatin1String(": "));
    if (colon <= 0) {
        return title;
    }
    const QString whole = HtmlLines::squash(title);
    const QString headline = HtmlLines::squash(title.mid(colon + 2));
    for (int i = 0; i < m_tree.size(); ++i) {
        const GumboTag t = m_tree.at(i).tag;
        if ((t != GUMBO_TAG_H1 && t != GUMBO_TAG_H2) || m_invisible.at(i) ||
            HtmlLines::squash(Html::text(m_tree.at(i).node)) != whole) {
            continue;
        }
        for (int part = i + 1; part < m_tree.at(i).end; part = m_tree.at(part).end) {
            if (HtmlLines::squash(Html::text(m_tree.at(part).node)) == headline) {
                return title.mid(colon + 2).trimmed();
            }
        }
        break;
    }
    return title;
}

QStringList PageReader::visibleBylineNames() const
{
    const int end = m_contentEnd > 0 ? m_contentEnd : m_tree.size();
    int chosen = -1;
    for (int i = m_body; i < end; ++i) {
        if (m_invisible.at(i)) {
            continue;
        }
        const GumboNode *node = m_tree.at(i).node;
        const bool byline = Html::attribute(node, "rel").contains(QLatin1String("author")) ||
                            Html::attribute(node, "itemprop").contains(QLatin1String("author")) ||
                            HtmlNames::isByline(Html::classAndId(node));
        if (!byline || Html::text(node).size() > 160 || insideFurniture(i) ||
            HtmlLines::authorNames(Html::text(node)).isEmpty()) {
            continue;
        }
        // The byline nearest below the headline; before any headline, the first one.
        if (chosen < 0 || (m_headline >= 0 && chosen < m_headline && i > m_headline)) {
            chosen = i;
        }
        i = m_tree.at(i).end - 1; // the names inside it are read with it
    }
    if (chosen < 0) {
        return {};
    }
    // Names marked one by one inside the byline are the authors; otherwise the byline's text is cleaned.
    QStringList names;
    for (int i = chosen + 1; i < m_tree.at(chosen).end; ++i) {
        const GumboNode *node = m_tree.at(i).node;
        if (Html::attribute(node, "rel").contains(QLatin1String("author")) ||
            Html::attribute(node, "itemprop") == QLatin1String("author") ||
            Html::attribute(node, "itemprop") == QLatin1String("name")) {
            for (const QString &name : HtmlLines::authorNames(Html::text(node))) {
                if (!names.contains(name, Qt::CaseInsensitive)) {
                    names.append(name);
                }
            }
            i = m_tree.at(i).end - 1;
        }
    }
    return names.isEmpty() ? HtmlLines::authorNames(Html::text(m_tree.at(chosen).node)) : names;
}

void PageReader::readAuthor(ImportedArticle &result) const
{
    QStringList names;
    for (const QString &author : m_meta.authors) {
        for (const QString &name : HtmlLines::authorNames(author)) {
            if (!names.contains(name, Qt::CaseInsensitive)) {
                names.append(name);
            }
        }
    }
    if (names.isEmpty()) {
        names = visibleBylineNames();
    }
    // A "By NAME" line of its own, near the top of the article.
    for (int b = m_headerStart; names.isEmpty() && b < m_page.size() && b < m_contentStart + 4; ++b) {
        if (HtmlLines::isByline(m_page.at(b).text)) {
            names = HtmlLines::authorNames(m_page.at(b).text);
        }
    }
    // A wire story credits its reporters at the end: "Reporting by NAME; Editing by NAME".
    for (int b = m_contentStart; names.isEmpty() && b < m_page.size(); ++b) {
        names = HtmlLines::reportingCredit(m_page.at(b).text);
    }
    result.metadata.author = names.join(QStringLiteral(", "));
}

void PageReader::readDate(ImportedArticle &result) const
{
    if (m_meta.published.isValid()) {
        result.metadata.published = m_meta.published;
        return;
    }
    // <time datetime> (or any element with datetime=""): the one marked as the publication date, else the first in the
    // article's header or body.
    const int from = m_headline >= 0 ? m_headline : m_body;
    const int to = m_contentEnd > 0 ? m_contentEnd : m_tree.size();
    int marked = -1;
    int first = -1;
    for (int i = m_body; i < m_tree.size(); ++i) {
        const GumboNode *node = m_tree.at(i).node;
        // Templates put datetime="" on spans too.
        if ((m_tree.at(i).tag != GUMBO_TAG_TIME && !Html::hasAttribute(node, "datetime")) || m_invisible.at(i) ||
            insideFurniture(i)) {
            continue;
        }
        if (Html::attribute(node, "itemprop") == QLatin1String("datePublished") ||
            Html::hasAttribute(node, "pubdate") || Html::classAndId(node).contains(QLatin1String("publish"))) {
            marked = i;
            break;
        }
        if (first < 0 && i >= from && i < to) {
            first = i;
        }
    }
    for (const int t : {marked, first}) {
        if (t < 0) {
            continue;
        }
        const GumboNode *node = m_tree.at(t).node;
        QDate date = parseNewsDate(Html::attribute(node, "datetime"));
        if (!date.isValid()) {
            date = parseNewsDate(Html::text(node));
        }
        if (date.isValid()) {
            result.metadata.published = date;
            return;
        }
    }
    for (int b = m_headerStart; b < m_page.size() && b < m_contentStart + 4; ++b) {
        const QString &text = m_page.at(b).text;
        if (const QDate date = HtmlLines::isByline(text) ? HtmlLines::bylineDate(text) : QDate(); date.isValid()) {
            result.metadata.published = date;
            return;
        }
        const QString part = HtmlLines::datePart(text);
        const QDate date = parseNewsDate(part.isEmpty() ? text : part);
        if ((isDateLine(text) || !part.isEmpty()) && date.isValid()) {
            result.metadata.published = date;
            return;
        }
    }
}

void PageReader::readStandfirst(ImportedArticle &result) const
{
    const int zoneEnd = std::min(int(m_page.size()), m_contentStart + 3);
    // A description from the metadata counts only where the page shows it near the top of the article.
    for (const QString &description : m_meta.descriptions) {
        const QString wanted = HtmlLines::squash(withoutEllipsis(description));
        if (wanted.size() < 20) {
            continue;
        }
        for (int b = m_headerStart; b < zoneEnd; ++b) {
            const QString shown = HtmlLines::squash(m_page.at(b).text);
            // Some sites cut the description to the dek's first sentence.
            const QString end = description.trimmed().right(1);
            const bool cut = isTruncated(description) || (!end.isEmpty() && QStringLiteral(".!?").contains(end));
            if (shown == wanted || (cut && shown.startsWith(wanted))) {
                result.standfirst = m_page.at(b).text;
                return;
            }
        }
    }
    for (int b = m_headerStart; b < zoneEnd; ++b) {
        const HtmlBlock &block = m_page.at(b);
        // The paragraph itself or a close wrapper is named as a summary; a page-wide "post-summary" list is not.
        for (int a = block.element, level = 0; a >= m_body && level < 3; a = m_tree.at(a).parent, ++level) {
            if (HtmlNames::isSummary(Html::classAndId(m_tree.at(a).node))) {
                if (visibleChars(block.text) >= 40 && !HtmlLines::isByline(block.text)) {
                    result.standfirst = block.text;
                    return;
                }
                break;
            }
        }
    }
}

void PageReader::readOriginalSource(ImportedArticle &result) const
{
    result.originalSource = m_meta.originalSource;
    for (int b = 0; result.originalSource.isEmpty() && b < m_page.size(); ++b) {
        result.originalSource = HtmlLines::creditedSource(m_page.at(b).text);
    }
}

QString PageReader::body(const ImportedArticle &result) const
{
    const QString title = HtmlLines::squash(result.metadata.title);
    const QStringList authors = result.metadata.author.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    const HtmlBlock *closing = m_content.constData() + std::max(qsizetype(0), m_content.size() - ClosingBlocks);
    QStringList paragraphs;
    bool afterByline = false;
    for (const HtmlBlock &block : m_content) {
        const QString &text = block.text;
        if (block.kind == HtmlBlock::Kind::TableRow) {
            paragraphs.append(text); // a row of figures may look like a dateline; in a table it is data
            continue;
        }
        const bool byline = HtmlLines::isByline(text);
        bool metadata = byline || (afterByline && HtmlLines::isJobTitle(text)) || HtmlLines::isDateOrTime(text) ||
                        !HtmlLines::creditedSource(text).isEmpty() || !HtmlLines::reportingCredit(text).isEmpty();
        afterByline = byline;
        const bool furniture =
            HtmlLines::isFurniture(text) || (linkDensity(block) > 0.5 && text.count(QLatin1Char(' ')) < 15);
        // A heading that ends with the title is the headline under a kicker ("Wind farm row A village against...").
        const bool heading = block.kind == HtmlBlock::Kind::Heading;
        const QString squashed = title.isEmpty() ? QString() : HtmlLines::squash(text);
        const bool headline = (heading && block.level == 1) || (!title.isEmpty() && squashed == title) ||
                              (heading && title.size() >= 12 && squashed.endsWith(title));
        // A live-blog entry signed by one of the authors: a credit, not a claim; so is an author's bio at the end.
        metadata = metadata || authors.contains(text.trimmed()) || (&block >= closing && isBioOf(text, authors));
        // "• Published 20 November 2023" in a list of links to other stories.
        metadata = metadata || (text.size() <= MaxDatelineChars && !HtmlLines::datePart(withoutBullet(text)).isEmpty());
        if (!metadata && !furniture && !headline) {
            paragraphs.append(text);
        }
    }
    // A standfirst printed above the article is kept as its first paragraph, as with text files: it makes claims.
    if (!result.standfirst.isEmpty() && !paragraphs.isEmpty() && !paragraphs.contains(result.standfirst)) {
        paragraphs.prepend(result.standfirst);
    }
    return normalizeText(paragraphs.join(QStringLiteral("\n\n")));
}

QStringList PageReader::captions(const QString &body) const
{
    // The captions a reader sees with the article: <figcaption>s and elements named as captions ("wp-caption-text",
    // "image-caption"), inside the article or between its headline and its end, where a lead image stands outside
    // the article's container. The content finder leaves them out of the body; they are kept here. One that a
    // lenient pass left in the body is body text.
    if (m_selection.roots.isEmpty()) {
        return {};
    }
    int from = m_selection.roots.first();
    if (m_headlineNearArticle && m_headline >= 0) {
        from = std::min(from, m_headline);
    }
    QStringList found;
    for (int i = from; i < m_contentEnd && i < m_tree.size(); ++i) {
        const FlatTree::Item &item = m_tree.at(i);
        if (m_invisible.at(i)) {
            i = item.end - 1;
            continue;
        }
        const bool caption =
            item.tag == GUMBO_TAG_FIGCAPTION || Html::classAndId(item.node).contains(QLatin1String("caption"));
        if (!caption) {
            continue;
        }
        const QString text = normalizeText(Html::text(item.node));
        if (text.size() > MaxCaptionChars) {
            continue; // a wrapper named after a caption it holds: the caption is further in
        }
        if (!text.isEmpty() && !insideFurniture(i) && !found.contains(text) && !body.contains(text)) {
            found.append(text);
        }
        i = item.end - 1; // a caption's parts are the caption
    }
    return found;
}

ImportedArticle PageReader::read()
{
    ImportedArticle result;
    result.format = QStringLiteral("html");
    for (int i = 0; i < m_tree.size(); ++i) {
        if (m_tree.at(i).tag == GUMBO_TAG_BODY) {
            m_body = i;
            break;
        }
    }
    m_page = renderBlocks(m_tree, m_body, m_invisible);
    findContent();
    findHeadline();
    readPublication(result);
    readTitle(result);
    readAuthor(result);
    readDate(result);
    readStandfirst(result);
    readOriginalSource(result);
    result.metadata.url = m_meta.url;
    result.body = body(result);
    result.captions = captions(result.body);
    if (result.body.isEmpty() && !m_meta.articleBody.isEmpty()) {
        // A page built by scripts: its HTML holds no text, its metadata holds the article.
        QStringList paragraphs;
        for (const QString &line : m_meta.articleBody.split(QLatin1Char('\n'))) {
            if (const QString paragraph = Html::fragmentText(line); !paragraph.isEmpty()) {
                paragraphs.append(paragraph);
            }
        }
        result.body = normalizeText(paragraphs.join(QStringLiteral("\n\n")));
    }
    result.metadata.title = normalizeText(result.metadata.title);
    result.standfirst = normalizeText(result.standfirst);
    result.language = !m_meta.language.isEmpty() ? m_meta.language : guessLanguage(result.body);
    return result;
}

/// What prepareForParser() left out of page @p nameHint, said in words.
QStringList preparationWarnings(const ParserInput &input, const QString &nameHint)
{
    QStringList warnings;
    if (input.droppedAttributes > 0) {
        warnings.append(
            QCoreApplication::translate("Credence::Core::HtmlExtractor",
                                        "%1: %n attribute(s) past the first %2 of an element were left out.", nullptr,
                                        int(input.droppedAttributes))
                .arg(nameHint, QString::number(MaxAttributesPerElement)));
    }
    if (input.shortenedValues > 0) {
        warnings.append(QCoreApplication::translate("Credence::Core::HtmlExtractor",
                                                    "%1: %n attribute value(s) longer than %2 KB were shortened.",
                                                    nullptr, int(input.shortenedValues))
                            .arg(nameHint, QString::number(MaxAttributeValueBytes / 1024)));
    }
    return warnings;
}

ImportedArticle extractParsed(QByteArray utf8, const QString &nameHint, QString *error)
{
    const auto refuse = [&](const QString &why) {
        if (error) {
            *error = why;
        }
        ImportedArticle empty;
        empty.format = QStringLiteral("html");
        return empty;
    };
    const auto tooDeep = [&] {
        return refuse(HtmlExtractor::tr("%1 nests its elements more than %2 deep; Credence reads at most %2 levels.")
                          .arg(nameHint, QString::number(MaxHtmlDepth)));
    };
    // Refused before parsing, as far as the scan can tell: gumbo's work grows with depth times length and with the
    // size of the page, so a pathological page would hang it.
    ParserInput input = prepareForParser(utf8, MaxHtmlDepth, MaxParserWork);
    if (input.depth > MaxHtmlDepth) {
        return tooDeep();
    }
    if (input.work > MaxParserWork) {
        return refuse(HtmlExtractor::tr("%1 nests too much of its content too deeply to be read in reasonable time.")
                          .arg(nameHint));
    }
    // JSON-LD is read too: parsed as JSON, its article body as markup.
    qsizetype parsed = input.html.size();
    for (const QString &jsonLd : std::as_const(input.jsonLd)) {
        parsed += jsonLd.size();
    }
    if (parsed > MaxHtmlParsedBytes) {
        constexpr qsizetype MB = 1024 * 1024;
        return refuse(
            HtmlExtractor::tr(
                "%1 holds %2 MB of text, markup and metadata besides scripts and styles; Credence reads at "
                "most %3 MB.")
                .arg(nameHint, QString::number((parsed + MB - 1) / MB), QString::number(MaxHtmlParsedBytes / MB)));
    }
    const QStringList warnings = preparationWarnings(input, nameHint);
    const bool fragment = isHtmlFragment(utf8);
    const HtmlDocument document(std::move(input));
    if (!document.complete()) {
        return refuse(
            HtmlExtractor::tr("%1 has too many elements to be read in reasonable time: parsed, it passes %2 MB.")
                .arg(nameHint, QString::number(MaxParserMemory / (1024 * 1024))));
    }
    const FlatTree tree(document.root(), MaxHtmlDepth);
    if (tree.tooDeep()) {
        return tooDeep();
    }
    ImportedArticle article = PageReader(tree, document.takenJsonLd(), fragment).read();
    article.warnings = warnings;
    return article;
}

} // namespace

ImportedArticle extractHtml(const QByteArray &bytes, const QString &nameHint, QString *error)
{
    bool textual = true;
    QByteArray utf8 = decodeHtmlToUtf8(bytes, &textual);
    if (!textual) {
        if (error) {
            *error = HtmlExtractor::tr("%1 is not a text file.").arg(nameHint);
        }
        ImportedArticle empty;
        empty.format = QStringLiteral("html");
        return empty;
    }
    return extractParsed(std::move(utf8), nameHint, error);
}

ImportedArticle extractHtmlText(const QString &html, const QString &nameHint, QString *error)
{
    return extractParsed(html.toUtf8(), nameHint, error);
}

} // namespace Credence::Core
