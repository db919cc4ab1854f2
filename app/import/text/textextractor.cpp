#include "import/text/textextractor.h"

#include "import/rules/linerules.h"
#include "import/rules/textblocks.h"
#include "import/rules/textnormalize.h"
#include "richtext/safetextdocument.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Credence::Core {

namespace {

// Metadata header lines ("Source: ...") are read only this near the top: further down they are article text.
constexpr int HeaderBlocks = 12;
// A comment thread follows an article: a "Comments" line before this many words of prose is a menu entry.
constexpr int MinWordsBeforeComments = 100;
// The article's byline is at most this many blocks from where its text starts.
constexpr int BylineReach = 8;
// With no headline found, captions are looked for this many blocks above the article.
constexpr int CaptionReach = 8;
// A lead image's caption stands right under the headline, at most this many blocks down (a date line may come
// first), and is a sentence or two: longer off-topic prose there is something else.
constexpr int LeadCaptionReach = 2;
constexpr int MaxCaptionWords = 40;

QString stripFrontMatter(const QString &text, ArticleMetadata &meta)
{
    static const QRegularExpression frontMatter(QStringLiteral("\\A---\\n(.*?)\\n---\\n"),
                                                QRegularExpression::DotMatchesEverythingOption);
    const auto m = frontMatter.match(text);
    if (!m.hasMatch()) {
        return text;
    }
    static const QRegularExpression keyValue(QStringLiteral("^(\\w+):\\s*\"?(.*?)\"?\\s*$"));
    const QStringList lines = m.captured(1).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const auto kv = keyValue.match(line);
        if (!kv.hasMatch()) {
            continue;
        }
        const QString key = kv.captured(1).toLower();
        const QString value = kv.captured(2);
        if (key == QLatin1String("title")) {
            meta.title = value;
        } else if (key == QLatin1String("author")) {
            meta.author = value;
        } else if (key == QLatin1String("source") || key == QLatin1String("publication")) {
            meta.publication = value;
        } else if (key == QLatin1String("date") || key == QLatin1String("published")) {
            meta.published = parseNewsDate(value);
        } else if (key == QLatin1String("url")) {
            meta.url = value;
        }
    }
    return text.mid(m.capturedEnd());
}

// A crude stem: "mercenaries" and "mercenary" should count as the same word when comparing vocabularies.
QString stem(const QString &word)
{
    return word.left(6);
}

/// A byline as scraped: the date or job title run into the names ("Jane RoeMar 28, 2024", "Jane RoeScience
/// Correspondent"), where the writer reported from ("Jane Roe in Oslo") and "(Oslo, correspondent)" notes removed.
QString cleanByline(const QString &line)
{
    static const QRegularExpression gluedDate(
        QStringLiteral("(\\p{Ll})((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression gluedJob(
        QStringLiteral("(\\p{Ll})(?:\\p{Lu}\\p{Ll}+\\s+)*(?i:correspondent|editor|reporter|writer|columnist|"
                       "journalist)\\b.*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression note(QStringLiteral("\\s*\\([^)]*\\)"));
    static const QRegularExpression place(
        QStringLiteral(
            "\\s+in\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}(?=\\s*(?:$|[,;&|·•–—]|\\band\\b))"),
        QRegularExpression::UseUnicodePropertiesOption);
    // "Ellie Strathmore Senior Reporter": the job title after the name, on the same line.
    static const QRegularExpression job(
        QStringLiteral("^(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+)+?)\\s+(?i:(?:senior|chief|staff|deputy|"
                       "managing|contributing|political|investigative|local|sports|business|science|health|foreign|"
                       "news|digital|associate|executive|special)\\s+){0,2}(?i:correspondent|editor|reporter|writer|"
                       "columnist|journalist)s?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    QString text = line;
    text.replace(gluedDate, QStringLiteral("\\1 \\2"));
    text.replace(gluedJob, QStringLiteral("\\1"));
    text.replace(job, QStringLiteral("\\1"));
    text.remove(note);
    text.remove(place);
    return text.simplified();
}

/// Names split from a cleaned byline, without words a date or a time left behind ("Jane Roe on").
QStringList bylineNames(const QString &byline)
{
    QString text = byline;
    // The authorNames() splitter knows English joins only.
    static const QRegularExpression foreignAnd(QStringLiteral("\\s+(?:et|und|y|e)\\s+(?=\\p{Lu})"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    text.replace(foreignAnd, QStringLiteral(" and "));
    QStringList names = HtmlLines::authorNames(text);
    static const QRegularExpression dangling = caseless(QStringLiteral("\\s+(?:on|at|le|am|el)$"));
    for (QString &name : names) {
        name.remove(dangling);
    }
    // After full names, a single word is a place or the outlet: "Jonas Wehrle, Kleinwalde", "A Roe, B Doe, CNN".
    if (names.size() >= 2 && names.first().contains(QLatin1Char(' ')) && !names.last().contains(QLatin1Char(' '))) {
        names.removeLast();
    }
    return names;
}

/// A line that is only people's names, perhaps with a date after a dash: "Jane Roe and John Doe",
/// "Jane Roe - Feb 14, 2024 4:18 pm UTC". Empty when the line is anything else.
QStringList bareNames(const QString &line, QDate *date)
{
    if (line.size() > 160) {
        return {};
    }
    // Double-barrelled names keep both capitals: "Rhys Calloway-Nakamura".
    static const QString name = QStringLiteral(
        "\\p{Lu}[\\p{Ll}'’.-]+(?:\\p{Lu}[\\p{Ll}'’.]+)?(?:\\s+\\p{Lu}[\\p{Ll}'’.-]*(?:\\p{Lu}[\\p{Ll}'’.]+)?){1,2}");
    static const QRegularExpression names(
        QStringLiteral("^(%1(?:\\s*(?:,|&|\\band\\b|\\bet\\b|\\bund\\b)\\s*%1){0,3})\\s*(?:[-–—|·•]\\s*(.*))?$")
            .arg(name),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto m = names.match(cleanByline(line));
    if (!m.hasMatch()) {
        return {};
    }
    if (!m.captured(2).isEmpty()) {
        *date = findNewsDate(m.captured(2));
        if (!date->isValid()) {
            return {};
        }
    }
    return bylineNames(m.captured(1));
}

/// Reads one scraped page or plain article: finds the article among the page furniture, then its metadata.
class DumpReader
{
public:
    explicit DumpReader(const QString &text)
        : m_text(text)
        , m_blocks(splitBlocks(text))
    {}

    ImportedArticle read(ImportedArticle result);

private:
    void readHeaderFields(ImportedArticle &result);
    void readBylines(ImportedArticle &result);
    void markCommentThread();
    void markLinkLists();
    void cutTrailer();
    void findRegion();
    void markOffTopic();
    double score(const TextBlock &b) const;
    void readTitle(ImportedArticle &result);
    void readStandfirst(ImportedArticle &result);
    void readTrailer(ImportedArticle &result);
    void readPublication(ImportedArticle &result);
    void readOriginalSource(ImportedArticle &result);
    bool isHeadlineCandidate(const TextBlock &b) const;
    bool isBareByline(int index, const QDate &date) const;
    bool hasDate(int index) const;
    QString body(const ImportedArticle &result) const;
    QStringList captions() const;

    QString m_text;
    QList<TextBlock> m_blocks;
    int m_first = 0; // the article region, as block indexes [m_first, m_last]
    int m_last = -1;
    int m_bylineBlock = -1;
    int m_titleBlock = -1;
};

void DumpReader::readHeaderFields(ImportedArticle &result)
{
    static const QRegularExpression publication =
        caseless(QStringLiteral("^(?:source|publication|publisher):\\s*(.+)$"));
    static const QRegularExpression dateLine =
        caseless(QStringLiteral("^(?:date|published|updated|posted)(?: on)?:?\\s*(.+)$"));
    static const QRegularExpression urlLine = caseless(QStringLiteral("^(?:url|link|canonical):\\s*(\\S+)$"));
    for (TextBlock &b : m_blocks) {
        if (b.index >= HeaderBlocks) {
            break;
        }
        if (const auto m = publication.match(b.text); m.hasMatch() && result.metadata.publication.isEmpty()) {
            result.metadata.publication = m.captured(1).trimmed();
            b.metadata = true;
        } else if (const auto d = dateLine.match(b.text); d.hasMatch() && parseNewsDate(d.captured(1)).isValid()) {
            if (!result.metadata.published.isValid()) {
                result.metadata.published = parseNewsDate(d.captured(1));
            }
            b.metadata = true;
        } else if (const auto u = urlLine.match(b.text); u.hasMatch() && result.metadata.url.isEmpty()) {
            result.metadata.url = u.captured(1);
            b.metadata = true;
        }
    }
}

bool DumpReader::hasDate(int index) const
{
    if (index < 0 || index >= m_blocks.size()) {
        return false;
    }
    const TextBlock &b = m_blocks.at(index);
    return b.words <= 20 && b.text.size() <= 120 && findNewsDate(b.text).isValid();
}

bool DumpReader::isBareByline(int index, const QDate &date) const
{
    // A name line tells itself from a short headline by what stands around it: a date, or a "Follow" button.
    // "News provided by" / "Company Name" credits a source, not a writer.
    static const QRegularExpression follow = caseless(QStringLiteral("^(?:follow|·|•|\\|)$"));
    if (index > 0 && m_blocks.at(index - 1).text.endsWith(QLatin1String(" by"), Qt::CaseInsensitive)) {
        return false;
    }
    static const QRegularExpression byOrAnd = caseless(QStringLiteral("^(?:by|and|&|et|und|y)$"));
    if (index > 0 && byOrAnd.match(m_blocks.at(index - 1).text).hasMatch()) {
        return true;
    }
    if (date.isValid() || hasDate(index - 1) || hasDate(index + 1) || hasDate(index + 2)) {
        return true;
    }
    for (int i = index + 1; i < m_blocks.size() && i <= index + 2; ++i) {
        if (follow.match(m_blocks.at(i).text).hasMatch()) {
            return true;
        }
    }
    return false;
}

void DumpReader::readBylines(ImportedArticle &result)
{
    // "Posted on March 3, 2026 by Petra Lindqvist": the blog form, date first.
    static const QRegularExpression postedBy =
        caseless(QStringLiteral("^(?:posted|published|written|updated)\\s+(?:on\\s+)?(.{6,40}?)\\s+by\\s+"
                                "([^\\d|]{2,60}?)\\s*$"));
    // "Desk Name | City | Updated: 07-11-2025 00:11 IST": a pipe-separated dateline.
    static const QRegularExpression pipeLine(QStringLiteral("^([^|]{3,60}?)\\s*\\|.*\\|"));
    struct Byline
    {
        int block = -1;
        QString author;
        QDate date;
        bool bare = false; ///< names known only by what stands around them
    };
    QList<Byline> found;
    for (const TextBlock &b : std::as_const(m_blocks)) {
        if (b.kind == BlockKind::Furniture || b.words > 40) {
            continue;
        }
        QDate bareDate;
        if (HtmlLines::isByline(b.text) && HtmlLines::reportingCredit(b.text).isEmpty()) {
            // "By Jane Roe · 29 June 2023": the names, and the date beside them.
            const QString cleaned = cleanByline(b.text);
            const QStringList names = bylineNames(cleaned);
            found.append({b.index, names.join(QStringLiteral(", ")), HtmlLines::dateAfterNames(cleaned, names)});
        } else if (const auto posted = postedBy.match(b.text);
                   posted.hasMatch() && findNewsDate(posted.captured(1)).isValid()) {
            found.append({b.index, posted.captured(2).trimmed(), findNewsDate(posted.captured(1))});
        } else if (const QStringList names = bareNames(b.text, &bareDate);
                   !names.isEmpty() && b.kind != BlockKind::Prose && !b.bullet && isBareByline(b.index, bareDate)) {
            // Names on a line of their own ("Jane Roe and John Doe"), known by the date beside them; a byline
            // whose names and "and" were saved on lines of their own is read back together.
            QStringList all = names;
            int at = b.index;
            static const QRegularExpression join = caseless(QStringLiteral("^(?:and|&|,|et|und|y)$"));
            QDate ignored;
            while (at >= 2 && join.match(m_blocks.at(at - 1).text).hasMatch()) {
                const QStringList before = bareNames(m_blocks.at(at - 2).text, &ignored);
                if (before.isEmpty()) {
                    break;
                }
                all = before + all;
                at -= 2;
            }
            found.append({b.index, all.join(QStringLiteral(", ")), bareDate, true});
        } else if (pipeLine.match(b.text).hasMatch()) {
            const QStringList parts = b.text.split(QLatin1Char('|'));
            QDate date;
            for (const QString &part : parts) {
                const QString value = part.section(QLatin1Char(':'), 1).trimmed(); // after "Updated:"
                if (!date.isValid() && part.contains(QLatin1Char(':')) && parseNewsDate(value).isValid()) {
                    date = parseNewsDate(value);
                }
            }
            if (date.isValid()) {
                found.append({b.index, parts.first().trimmed(), date});
            }
        }
    }
    // The article's byline is the one nearest its start, above it rather than below; those further down credit
    // teasers in "More from" lists.
    const Byline *chosen = nullptr;
    int closest = BylineReach * 2 + 1;
    for (const Byline &byline : std::as_const(found)) {
        const int distance = byline.block <= m_first ? m_first - byline.block : 2 * (byline.block - m_first);
        if (distance <= BylineReach * 2 && distance < closest) {
            closest = distance;
            chosen = &byline;
        }
    }
    if (!chosen && !found.isEmpty() && found.first().block < m_first) {
        chosen = &found.first();
    }
    // A blog's signature under the post ("Posted by NAME at 9:14 PM") says who wrote it better than names guessed
    // from a date beside them.
    static const QRegularExpression signature =
        caseless(QStringLiteral("^posted by\\s+.+\\s+at\\s+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?$"));
    if (!chosen || chosen->bare) {
        for (const Byline &byline : std::as_const(found)) {
            if (byline.block > m_last && byline.block <= m_last + 2 && !byline.bare &&
                signature.match(m_blocks.at(byline.block).text).hasMatch()) {
                chosen = &byline;
                break;
            }
        }
    }
    if (chosen) {
        result.metadata.author = chosen->author;
        if (chosen->date.isValid() && !result.metadata.published.isValid()) {
            result.metadata.published = chosen->date;
        }
        m_blocks[chosen->block].metadata = true;
        m_bylineBlock = chosen->block;
    }
    // A wire story credits its reporters at the end: "Reporting by NAME; Editing by NAME".
    for (int i = m_first; i < m_blocks.size() && i <= m_last + 3; ++i) {
        if (const QStringList names = HtmlLines::reportingCredit(m_blocks.at(i).text); !names.isEmpty()) {
            if (result.metadata.author.isEmpty()) {
                result.metadata.author = names.join(QStringLiteral(", "));
            }
            m_blocks[i].metadata = true;
        }
    }
    // The date printed next to the byline is the article's; a date at the top of the page is usually today's. Under
    // a signature below the article come the comments and their dates.
    if (m_bylineBlock >= 0 && m_bylineBlock <= m_last) {
        // Past "Follow", "Published in X", "7 min read" and the like, but not into the article.
        for (int i = m_bylineBlock + 1; i < m_blocks.size() && i <= m_bylineBlock + 8; ++i) {
            TextBlock &b = m_blocks[i];
            const QString part = HtmlLines::datePart(b.text); // "Updated: 16-09-2024 10:18 IST"
            if (isDateLine(b.text) || !part.isEmpty() || (i <= m_bylineBlock + 3 && hasDate(i))) {
                if (!result.metadata.published.isValid()) {
                    result.metadata.published = findNewsDate(part.isEmpty() ? b.text : part);
                }
                b.metadata = true;
                break;
            }
            if (b.kind == BlockKind::Prose && b.words >= 10) {
                break;
            }
        }
        // The date may stand just above the names instead.
        if (!result.metadata.published.isValid() && hasDate(m_bylineBlock - 1)) {
            result.metadata.published = findNewsDate(m_blocks.at(m_bylineBlock - 1).text);
            m_blocks[m_bylineBlock - 1].metadata = true;
        }
    }
}

void DumpReader::markCommentThread()
{
    // Reader comments are prose too, often more of it than the article: the thread starts at its heading ("63
    // comments") or at the first of several "NAME 2 hours ago" lines, after the article has begun, and the page
    // never returns to the article after it.
    int prose = 0;
    int start = -1;
    for (int i = 0; i < m_blocks.size() && start < 0; ++i) {
        const TextBlock &b = m_blocks.at(i);
        if (prose >= MinWordsBeforeComments && !b.bullet && HtmlLines::isCommentsHeading(b.text)) {
            start = i;
        } else if (prose >= MinWordsBeforeComments && HtmlLines::isCommentHeader(b.text)) {
            int headers = 0;
            for (int j = i; j < m_blocks.size() && j <= i + 12; ++j) {
                headers +=
                    HtmlLines::isCommentHeader(m_blocks.at(j).text) || HtmlLines::isCommentActions(m_blocks.at(j).text)
                        ? 1
                        : 0;
            }
            start = headers >= 2 ? i : -1;
        }
        prose += b.kind == BlockKind::Prose ? b.words : 0;
    }
    for (int i = std::max(start, 0); start >= 0 && i < m_blocks.size(); ++i) {
        m_blocks[i].kind = BlockKind::Furniture;
    }
}

/// A label over a list of links to other articles: "Related Stories", "Most Read", a screen reader's "list of 4
/// items".
bool isLinkListLabel(const QString &text)
{
    static const QRegularExpression label = caseless(QStringLiteral(
        "^(?:related(?: posts| articles| stories| news| coverage| content)?|recommended(?: stories| articles| reading| "
        "for you)?|further reading|see also|read (?:more|also|next)|also read|more on this(?: story)?|"
        "more (?:stories|news)|you (?:may|might) (?:also )?like|most (?:read|popular|viewed|shared|emailed)|"
        "trending(?: now| stories)?|list of \\d+ items)\\W*$"));
    return text.size() <= 40 && label.match(text).hasMatch();
}

/// A line after which the page no longer carries the article: a "Most Read" box, the comments, the pager of a
/// paged article, its topic tags, a "Site recommends" box.
bool isEndLabel(const QString &text)
{
    static const QRegularExpression label = caseless(QStringLiteral(
        "^(?:most (?:read|popular|viewed|shared|emailed)|trending(?: now| stories)?|popular (?:now|stories)|"
        "(?:promoted|reader|top|featured) comments\\b|\\d+ comments|page \\d+ of \\d+$|"
        "page:?\\s*\\d+(?:\\s+\\d+)*\\s*(?:next|›|»|→)|filed under\\b|(?:more )?topics?:|"
        "you (?:may|might) (?:also )?like|recommended for you|[\\w ]{2,40} recommends$|meistgelesen|"
        "les plus lus|lo más leído)"));
    return text.size() <= 80 && label.match(text).hasMatch();
}

/// Whether the line reads like a link to another article: short, and not a sentence that ends in a full stop.
bool isLinkLine(const TextBlock &b)
{
    return b.words <= 20 && !b.text.endsWith(QLatin1Char('.')) && !b.text.endsWith(QLatin1Char('!')) &&
           !b.text.endsWith(QLatin1Char(':'));
}

void DumpReader::markLinkLists()
{
    // The headlines under a "Related Stories" label are links, whatever they look like, up to the next paragraph.
    // They weigh as noise, not as furniture: such a box often stands inside the article.
    static const QRegularExpression listMarker = caseless(QStringLiteral("^(?:list \\d+ of \\d+|end of list)$"));
    for (int i = 0; i < m_blocks.size(); ++i) {
        TextBlock &b = m_blocks[i];
        if (listMarker.match(b.text).hasMatch()) {
            b.kind = BlockKind::Noise;
            continue;
        }
        if (!isLinkListLabel(b.text) || b.words > 6) {
            continue;
        }
        b.kind = BlockKind::Noise;
        // Headlines have four words or more; shorter lines are topics or the article's own furniture.
        for (int j = i + 1; j < m_blocks.size() && j <= i + 12; ++j) {
            TextBlock &link = m_blocks[j];
            if (listMarker.match(link.text).hasMatch()) {
                link.kind = BlockKind::Noise;
                continue;
            }
            if (!isLinkLine(link) || link.words < 4 || link.metadata || HtmlLines::isByline(link.text)) {
                break;
            }
            link.kind = BlockKind::Noise;
        }
    }
}

void DumpReader::cutTrailer()
{
    // The article ends at the first end label followed by little prose: what comes after it is the site's.
    int before = 0;
    int lastProse = -1;
    for (int i = m_first; i <= m_last; ++i) {
        const TextBlock &b = m_blocks.at(i);
        if (before >= 100 && !b.bullet && b.words <= 12 && isEndLabel(b.text)) {
            int after = 0;
            int links = 0;
            for (int j = i + 1; j <= m_last; ++j) {
                after += m_blocks.at(j).kind == BlockKind::Prose ? m_blocks.at(j).words : 0;
                links += j <= i + 4 && m_blocks.at(j).kind != BlockKind::Prose && isLinkLine(m_blocks.at(j)) ? 1 : 0;
            }
            if (after * 2 < before && (links >= 2 || HtmlLines::isCommentsHeading(b.text))) {
                m_last = lastProse;
                return;
            }
        }
        if (b.kind == BlockKind::Prose && !b.offTopic) {
            before += b.words;
            lastProse = i;
        } else if (b.kind == BlockKind::ListItem && score(b) > 0) {
            lastProse = i;
        }
    }
}

double DumpReader::score(const TextBlock &b) const
{
    if (b.metadata) {
        return -2;
    }
    if (b.offTopic) {
        return -(5.0 + b.words);
    }
    if (b.duplicate && b.bullet) {
        return -5; // a table of contents entry
    }
    if (b.duplicate && b.kind != BlockKind::Prose) {
        return -(5.0 + b.words);
    }
    switch (b.kind) {
    case BlockKind::Prose:
        return b.words;
    case BlockKind::ListItem:
        // A list of headlines ("Similar Posts") is furniture; a list of points is article.
        if (b.titleCase) {
            return -4;
        }
        return (b.endsSentence || b.words >= 6) ? b.words / 2.0 : -4;
    case BlockKind::Heading:
        return -2;
    case BlockKind::Teaser:
        return -double(b.words);
    case BlockKind::Furniture:
        return -(15.0 + b.words);
    case BlockKind::Noise:
        return -5;
    }
    return 0;
}

void DumpReader::findRegion()
{
    // The article is the run of blocks with the most prose net of furniture: a maximum-sum subarray.
    double best = 0;
    double running = 0;
    int start = 0;
    m_first = 0;
    m_last = -1;
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (running <= 0) {
            running = 0;
            start = i;
        }
        running += score(m_blocks.at(i));
        if (running > best) {
            best = running;
            m_first = start;
            m_last = i;
        }
    }
}

void DumpReader::markOffTopic()
{
    // Captions, teasers and bios share little vocabulary with the article they sit in.
    QHash<QString, int> vocabulary;
    for (int i = m_first; i <= m_last; ++i) {
        if (m_blocks.at(i).kind == BlockKind::Prose || m_blocks.at(i).kind == BlockKind::ListItem) {
            for (const QString &w : contentWords(m_blocks.at(i).text)) {
                vocabulary[stem(w)] += 1;
            }
        }
    }
    // In a short article every paragraph may bring new words: only judge against a vocabulary large enough.
    int tokens = 0;
    for (const int count : std::as_const(vocabulary)) {
        tokens += count;
    }
    if (tokens < 150) {
        return;
    }
    const int from = std::max(0, m_first - 8);
    const int to = std::min(int(m_blocks.size()) - 1, m_last + 3);
    for (int i = from; i <= to; ++i) {
        TextBlock &b = m_blocks[i];
        if (b.kind != BlockKind::Prose && b.kind != BlockKind::Teaser) {
            continue;
        }
        QStringList words = contentWords(b.text);
        if (words.size() < 6) {
            continue;
        }
        for (QString &w : words) {
            w = stem(w);
        }
        QHash<QString, int> own;
        for (const QString &w : words) {
            own[w] += 1;
        }
        int shared = 0;
        for (const QString &w : words) {
            const bool inside = i >= m_first && i <= m_last && (b.kind == BlockKind::Prose);
            shared += vocabulary.value(w) - (inside ? own.value(w) : 0) > 0 ? 1 : 0;
        }
        // Short blocks (captions, teasers) need a real share of the article's words; a long paragraph may wander.
        b.offTopic = shared < (words.size() <= 20 ? 0.15 : 0.06) * words.size();
    }
}

/// Lines about the article rather than of it, never its headline: photo credits, datelines, source credits.
bool isMetaLine(const QString &text)
{
    static const QRegularExpression meta = caseless(QStringLiteral(
        "\\b(?:photograph|photo|image|picture|illustration)s?\\s*(?:by\\b|:|credit)|\\bcredit\\s*(?:\\.\\.\\.|…|:)|"
        "^enlarge\\b|^image source\\b|\\bon unsplash\\b|\\bgetty images\\b|"
        // A caption with its credit run on: "… el 30 de mayo.Paco Ledesma", "… Arms(Image: Jo Bloggs)".
        "\\p{Ll}[.]\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+){0,3}$|\\((?:image|photo|picture|credit)s?:[^)]*\\)$|"
        "^(?:reporting from|posted (?:on|by|in)|published (?:on|by|in)|news provided by|last (?:modified|updated)|"
        "first published|updated\\b|\\d+ min(?:ute)?s? read\\b)"));
    return meta.match(text).hasMatch();
}

bool DumpReader::isHeadlineCandidate(const TextBlock &b) const
{
    return !b.metadata && !b.bullet && b.words >= 3 && b.words <= 25 && !isDateLine(b.text) &&
           (b.kind == BlockKind::Heading || b.kind == BlockKind::Teaser ||
            (b.kind == BlockKind::Prose && !b.text.endsWith(QLatin1Char('.')) && b.words <= 20)) &&
           !isMetaLine(b.text) && !hasDate(b.index) && !HtmlLines::isByline(b.text);
}

void DumpReader::readTitle(ImportedArticle &result)
{
    if (!result.metadata.title.isEmpty()) {
        return;
    }
    // Above a byline: the nearest headline, skipping a standfirst between them.
    if (m_titleBlock < 0 && m_bylineBlock >= 0 && m_bylineBlock <= m_last) {
        // Six lines up at most; page tools between headline and byline ("Share", "Read later", "Gift this
        // article", a paywall mark) are not counted.
        int counted = 0;
        for (int i = m_bylineBlock - 1; i >= 0 && counted < 6; --i) {
            const TextBlock &b = m_blocks.at(i);
            const bool tool = b.kind == BlockKind::Noise || b.kind == BlockKind::Furniture ||
                              ((b.kind == BlockKind::Heading || b.kind == BlockKind::ListItem) && b.words <= 3);
            counted += tool ? 0 : 1;
            // A headline in title case may end with a full stop ("Cars Are Gone. Now What?").
            // Three lower-case words are a button label ("Read it later") more often than a headline.
            // A headline may be a sentence with its full stop ("… Some say it's saving them."): then it tops its
            // cluster, over a longer standfirst.
            const bool sentenceHeadline =
                b.kind == BlockKind::Prose && b.words >= 5 && b.words <= 20 && i > 0 && i + 1 < m_bylineBlock &&
                m_blocks.at(i - 1).kind != BlockKind::Prose && m_blocks.at(i - 1).kind != BlockKind::Teaser &&
                (m_blocks.at(i + 1).kind == BlockKind::Prose || m_blocks.at(i + 1).kind == BlockKind::Teaser) &&
                m_blocks.at(i + 1).words > b.words && !m_blocks.at(i + 1).metadata;
            if ((isHeadlineCandidate(b) && (b.words >= 4 || b.titleCase)) ||
                ((b.titleCase || sentenceHeadline) && b.kind == BlockKind::Prose && b.words <= 20 && !b.metadata &&
                 !isMetaLine(b.text) && !hasDate(i))) {
                m_titleBlock = i;
                break;
            }
        }
        // A standfirst with no full stop looks like a headline too: the headline is the shorter line right above
        // it, at the top of its cluster (the first line of a dump is the site's name, not a headline).
        if (m_titleBlock > 0 && !m_blocks.at(m_titleBlock).titleCase && m_blocks.at(m_titleBlock).words >= 10) {
            const int above = m_titleBlock - 1;
            const TextBlock &upper = m_blocks.at(above);
            const TextBlock &top = m_blocks.at(std::max(above - 1, 0));
            if (isHeadlineCandidate(upper) && upper.words >= 4 && upper.words < m_blocks.at(m_titleBlock).words &&
                above > 0 && (!isHeadlineCandidate(top) || top.words < 4 || top.words * 2 <= upper.words)) {
                m_titleBlock = above;
            }
        }
    }
    // The headline right above its standfirst, a longer line in sentence case.
    if (m_titleBlock < 0) {
        for (int i = m_first - 2; i >= 0 && i >= m_first - 15; --i) {
            const TextBlock &b = m_blocks.at(i);
            const TextBlock &next = m_blocks.at(i + 1);
            if (isHeadlineCandidate(b) && b.words >= 5 && b.titleCase && !next.titleCase && !next.metadata &&
                (next.kind == BlockKind::Prose || next.kind == BlockKind::Teaser) && next.words >= 10 &&
                next.words > b.words && !isMetaLine(next.text)) {
                m_titleBlock = i;
                break;
            }
        }
    }
    // Right above the article, with only a date between: the headline, whatever its case ("Can X afford Y?"). A
    // question reads like a sentence, so the article may seem to start with it; the date under it tells.
    if (m_titleBlock < 0 && m_first + 1 < m_blocks.size() && isHeadlineCandidate(m_blocks.at(m_first)) &&
        m_blocks.at(m_first).words >= 4 && isDateLine(m_blocks.at(m_first + 1).text)) {
        m_titleBlock = m_first;
    }
    if (m_titleBlock < 0 && m_first < m_blocks.size()) {
        int i = m_first - 1;
        while (i >= 0 && (m_blocks.at(i).metadata || m_blocks.at(i).kind == BlockKind::Noise ||
                          isDateLine(m_blocks.at(i).text))) {
            --i;
        }
        // A long line with no full stop is a teaser, unless a date heads it: a blog's date header over its post.
        if (i >= 0 && isHeadlineCandidate(m_blocks.at(i)) && m_blocks.at(i).words >= 4 &&
            (m_blocks.at(i).kind != BlockKind::Teaser || (i > 0 && isDateLine(m_blocks.at(i - 1).text)))) {
            m_titleBlock = i;
        }
    }
    if (m_titleBlock < 0) {
        QList<int> candidates;
        for (int i = 0; i < m_first && i < m_blocks.size(); ++i) {
            if (isHeadlineCandidate(m_blocks.at(i)) && m_blocks.at(i).kind != BlockKind::Furniture) {
                candidates.append(i);
            }
        }
        for (auto it = candidates.crbegin(); it != candidates.crend(); ++it) {
            if (m_blocks.at(*it).titleCase && m_first - *it <= 6) {
                m_titleBlock = *it;
                break;
            }
        }
        // A plain text whose first line is its only headline-like line: that line is the title, whatever its case.
        if (m_titleBlock < 0 && candidates.size() == 1 && candidates.first() == 0 && m_first > 0) {
            m_titleBlock = 0;
        }
    }
    if (m_titleBlock >= 0) {
        result.metadata.title = m_blocks.at(m_titleBlock).text;
        m_blocks[m_titleBlock].metadata = true;
        // With no byline, the date printed under the headline is the article's.
        for (int i = m_titleBlock + 1; !result.metadata.published.isValid() && i <= m_titleBlock + 5; ++i) {
            if (i < m_blocks.size() && (isDateLine(m_blocks.at(i).text) || (i < m_first && hasDate(i)))) {
                result.metadata.published = findNewsDate(m_blocks.at(i).text);
                m_blocks[i].metadata = true;
            }
        }
        // Or the date header right above it.
        if (!result.metadata.published.isValid() && m_titleBlock > 0 &&
            isDateLine(m_blocks.at(m_titleBlock - 1).text)) {
            result.metadata.published = findNewsDate(m_blocks.at(m_titleBlock - 1).text);
            m_blocks[m_titleBlock - 1].metadata = true;
        }
        if (m_titleBlock >= m_first && m_titleBlock <= m_last) {
            m_first = std::max(m_first, m_titleBlock + 1);
        }
    }
}

void DumpReader::readStandfirst(ImportedArticle &result)
{
    // The summary paragraph printed under the headline, above the byline or the article.
    const int from = m_titleBlock >= 0 ? m_titleBlock + 1 : 0;
    for (int i = from; i < m_first && i <= from + 6; ++i) {
        const TextBlock &b = m_blocks.at(i);
        if (b.kind == BlockKind::Prose && !b.offTopic && !b.metadata && b.words >= 10) {
            result.standfirst = b.text;
            return;
        }
        // Right under the headline, a standfirst often has no full stop; unlike a teaser it is in sentence case.
        if (i == m_titleBlock + 1 && b.kind == BlockKind::Teaser && !b.titleCase && !b.offTopic && !b.metadata &&
            b.words <= 60 && !isMetaLine(b.text) && !hasDate(i)) {
            result.standfirst = b.text;
            return;
        }
    }
}

void DumpReader::readTrailer(ImportedArticle &result)
{
    static const QRegularExpression about = QRegularExpression(
        QStringLiteral("^(?:about(?: the author)?:?|view all posts by|more (?:articles|posts) by)\\s+"
                       "(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})\\s*(?:→|»)?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression bio(
        QStringLiteral("^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})\\s+"
                       "(?:is|was|has|closely|covers|writes|reports|follows|joined)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression bioWords =
        caseless(QStringLiteral("\\b(?:journalist|writer|editor|reporter|correspondent|columnist|author|covers|"
                                "follows|writes|contributor|graduate|degree)\\b"));
    if (!result.metadata.author.isEmpty()) {
        return;
    }
    for (int i = m_last + 1; i < m_blocks.size(); ++i) {
        const TextBlock &b = m_blocks.at(i);
        if (const auto m = about.match(b.text); m.hasMatch()) {
            result.metadata.author = m.captured(1);
            return;
        }
        if (const auto m = bio.match(b.text); m.hasMatch() && bioWords.match(b.text).hasMatch()) {
            result.metadata.author = m.captured(1);
            return;
        }
    }
}

void DumpReader::readPublication(ImportedArticle &result)
{
    if (!result.metadata.publication.isEmpty()) {
        return;
    }
    for (const TextBlock &b : m_blocks) {
        if (const QString holder = HtmlLines::copyrightHolder(b.text); !holder.isEmpty()) {
            result.metadata.publication = holder;
            return;
        }
    }
    // A site name on a line of its own that matches the domain of an address on the page.
    static const QRegularExpression domain(QStringLiteral("(?:@|www\\.|https?://)([a-z0-9-]+)\\.[a-z.]{2,}"),
                                           QRegularExpression::CaseInsensitiveOption);
    QSet<QString> labels;
    for (auto it = domain.globalMatch(m_text); it.hasNext();) {
        labels.insert(it.next().captured(1).toLower().remove(QLatin1Char('-')));
    }
    for (const TextBlock &b : m_blocks) {
        if (b.words >= 1 && b.words <= 4 && !b.endsSentence) {
            QString squashed = b.text.toLower();
            squashed.remove(QLatin1Char(' '));
            if (labels.contains(squashed)) {
                result.metadata.publication = b.text;
                return;
            }
        }
    }
}

void DumpReader::readOriginalSource(ImportedArticle &result)
{
    static const QRegularExpression credit = caseless(
        QStringLiteral("^(?:original source|originally published (?:at|on|by|in)|this (?:article|story) (?:first )?"
                       "appeared (?:on|in|at)|via)\\s*:?\\s*(.{2,80}?)\\.?$"));
    for (TextBlock &b : m_blocks) {
        if (const auto m = credit.match(b.text); m.hasMatch() && b.words <= 12) {
            result.originalSource = m.captured(1).trimmed();
            b.metadata = true;
            return;
        }
    }
    // "Headline as the wire ran it – France 24" between the title and the article.
    static const QRegularExpression suffix(
        QStringLiteral("^.{15,}\\s[–—-]\\s(\\p{Lu}[\\p{L}\\p{N}’'&.]*(?:\\s[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'&.]*){0,3})$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QSet<QString> titleWords = [&] {
        const QStringList w = contentWords(result.metadata.title);
        return QSet<QString>(w.cbegin(), w.cend());
    }();
    for (int i = std::max(0, m_titleBlock); i < m_first; ++i) {
        TextBlock &b = m_blocks[i];
        const auto m = suffix.match(b.text);
        if (!m.hasMatch()) {
            continue;
        }
        int shared = 0;
        for (const QString &w : contentWords(b.text)) {
            shared += titleWords.contains(w) ? 1 : 0;
        }
        if (shared >= 2) {
            result.originalSource = m.captured(1);
            b.metadata = true;
            return;
        }
    }
}

QString DumpReader::body(const ImportedArticle &result) const
{
    // A live-blog entry signed by one of the authors: a credit, not a claim.
    const QStringList authors = result.metadata.author.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    QStringList paragraphs;
    for (int i = m_first; i <= m_last && i < m_blocks.size(); ++i) {
        const TextBlock &b = m_blocks.at(i);
        if (b.metadata || b.offTopic || b.kind == BlockKind::Furniture || b.kind == BlockKind::Teaser ||
            b.kind == BlockKind::Noise || (b.duplicate && b.bullet) || authors.contains(b.text)) {
            continue;
        }
        if (b.duplicate && b.kind != BlockKind::Prose && i > 0 && paragraphs.contains(b.text)) {
            continue;
        }
        paragraphs.append(b.bullet ? QStringLiteral("• ") + b.text : b.text);
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

QStringList DumpReader::captions() const
{
    // Where a reader sees pictures: under the headline, where a lead image goes, and between the paragraphs. The
    // captions the block rules know ("Photo: ...", "This image is AI-generated ..."), and right under the headline
    // a short sentence that shares no vocabulary with the article: a lead image's caption or alt text, as a scraper
    // saves it. Without a headline, off-topic lines above the article are more often teasers for other stories.
    const bool headline = m_titleBlock >= 0 && m_titleBlock < m_first;
    const int from = headline ? m_titleBlock + 1 : std::max(0, m_first - CaptionReach);
    QStringList found;
    for (int i = from; i <= m_last && i < m_blocks.size(); ++i) {
        const TextBlock &b = m_blocks.at(i);
        const bool leadCaption = headline && i < m_first && i <= m_titleBlock + LeadCaptionReach &&
                                 b.kind == BlockKind::Prose && b.offTopic && !b.metadata && b.words <= MaxCaptionWords;
        if ((b.caption || leadCaption) && !found.contains(b.text)) {
            found.append(b.text);
        }
    }
    return found;
}

ImportedArticle DumpReader::read(ImportedArticle result)
{
    if (m_blocks.isEmpty()) {
        return result;
    }
    readHeaderFields(result);
    markCommentThread();
    markLinkLists();
    const bool clean = std::none_of(m_blocks.cbegin(), m_blocks.cend(), [](const TextBlock &b) {
        return b.kind == BlockKind::Furniture || b.kind == BlockKind::Teaser || b.kind == BlockKind::Noise;
    });
    if (clean) {
        // Nothing on the page is furniture: a plain article or note, kept whole.
        m_first = 0;
        m_last = int(m_blocks.size()) - 1;
        const TextBlock &first = m_blocks.first();
        if (result.metadata.title.isEmpty() && !first.metadata && first.words <= 25 && !first.endsSentence) {
            m_titleBlock = 0;
        }
    } else {
        findRegion();
        markOffTopic();
        findRegion(); // again, now that captions and teasers count against the article
        cutTrailer();
    }
    readBylines(result);
    readTitle(result);
    readStandfirst(result);
    readOriginalSource(result);
    readTrailer(result);
    readPublication(result);
    // CREDENCE_DEBUG_EXTRACT=1 credence extract FILE shows how each line was judged: for tuning on new pages.
    if (qEnvironmentVariableIsSet("CREDENCE_DEBUG_EXTRACT")) {
        for (const TextBlock &b : m_blocks) {
            qDebug("%c %3d k%d s%5.1f w%2d off%d dup%d meta%d %s",
                   (b.index >= m_first && b.index <= m_last) ? '*' : ' ', b.index, int(b.kind), score(b), b.words,
                   b.offTopic, b.duplicate, b.metadata, qPrintable(b.text.left(70)));
        }
    }
    result.body = body(result);
    result.captions = captions();
    // A standfirst printed apart from the article is kept as its first paragraph: it makes claims too.
    if (!result.standfirst.isEmpty() && !result.body.contains(result.standfirst)) {
        result.body = result.standfirst + QStringLiteral("\n\n") + result.body;
    }
    result.language = guessLanguage(result.body);
    return result;
}

} // namespace

qsizetype markdownRows(QStringView text)
{
    qsizetype rows = 0;
    for (const QStringView line : text.tokenize(u'\n')) {
        const QStringView start = line.trimmed();
        if (start.startsWith(u'|')) {
            ++rows;
            continue;
        }
        qsizetype digits = 0;
        while (digits < start.size() && start.at(digits).isDigit()) {
            ++digits;
        }
        const bool numbered =
            digits > 0 && (start.sliced(digits).startsWith(u'.') || start.sliced(digits).startsWith(u')'));
        const bool bullet = start.startsWith(u'-') || start.startsWith(u'*') || start.startsWith(u'+');
        rows += numbered || bullet ? 1 : 0;
    }
    return rows;
}

QString markdownToPlainText(const QString &markdown)
{
    SafeTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    QString plain = document.toPlainText();
    // Paragraphs come back as single line breaks; a blank line keeps them apart for the reader and the segmenter.
    plain.replace(QLatin1Char('\n'), QStringLiteral("\n\n"));
    return normalizeText(plain);
}

ImportedArticle extractText(const QString &input, bool markdown)
{
    ImportedArticle result;
    result.format = markdown ? QStringLiteral("markdown") : QStringLiteral("text");
    QString text = normalizeText(input);
    if (markdown) {
        text = markdownToPlainText(stripFrontMatter(text + QLatin1Char('\n'), result.metadata));
    }
    return DumpReader(text).read(result);
}

} // namespace Credence::Core
