// Worst cases of import: how long extraction takes on the inputs that cost the most per byte, up to the 50 MB an
// import accepts. Generates pages and text dumps of each pathological shape (many attributes, long attribute values,
// huge text nodes, deep lists, many tables, many elements, misnested and reopened formatting, ...) at a ladder of
// sizes, extracts each once in-process through extractBytes() (decoding included), adds the files of the given corpus
// folders (the fuzzer's seeds and what it grew), and prints the slowest inputs with their sizes, times and outcomes.
// Every input should be read in under 2 s or refused with a message.
//
//   worstcase_bench [--top 25] [--max-mb 50] [--claims] [FOLDER...]
//
// Without folders it reads tests/data (the fuzzer's seed corpus) and build-fuzz/corpus if run_fuzz.sh left one.
// --claims also cuts each body into claims, as an import does before storing. A benchmark, not a test: it is never
// registered with ctest.

#include "claims/claimsforbody.h"
#include "import/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace {

using namespace Credence::Core;

constexpr qsizetype KB = 1024;
constexpr qsizetype MB = 1024 * 1024;

/// A pathological input: @p make builds one of about @p bytes bytes.
struct Shape
{
    const char *name;
    std::function<QByteArray(qsizetype bytes)> make;
    const char *suffix = "html";
};

const QByteArray ArticleHtml =
    "<article><h1>Harbour bridge reopens</h1><p>The harbour bridge reopened to traffic on Monday after eight months "
    "of repairs to its corroded cables, the county council said.</p><p>Engineers replaced all twelve main cables one "
    "at a time, so that one lane could stay open to buses throughout.</p><p>The repairs cost 4.2 million pounds, about "
    "a fifth more than planned, because two anchorages had also rusted.</p></article>";

QByteArray page(const QByteArray &body, const QByteArray &head = {})
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Harbour bridge reopens</title>" + head +
           "</head><body>" + body + "</body></html>";
}

/// @p unit repeated to about @p bytes.
QByteArray repeated(const QByteArray &unit, qsizetype bytes)
{
    return unit.repeated(std::max<qsizetype>(1, bytes / unit.size()));
}

/// Units made by @p unit(i) for i = 0, 1, ... up to about @p bytes.
QByteArray numbered(const std::function<QByteArray(int)> &unit, qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + 64);
    for (int i = 0; out.size() < bytes; ++i) {
        out += unit(i);
    }
    return out;
}

/// " a0 a1 ...": @p count attributes of distinct names.
QByteArray attributeNames(int count)
{
    QByteArray names;
    for (int i = 0; i < count; ++i) {
        names += " a" + QByteArray::number(i);
    }
    return names;
}

/// An article followed by @p unit repeated: the pathology beside an article.
Shape around(const char *name, const QByteArray &unit)
{
    return {name, [unit](qsizetype bytes) -> QByteArray { return page(ArticleHtml + repeated(unit, bytes)); }};
}

std::vector<Shape> shapes()
{
    const auto n = [](int i) { return QByteArray::number(i); };
    return {
        // Attributes: the case, and the caps' edges.
        {"attributes, distinct, one element",
         [n](qsizetype b) -> QByteArray {
             return page("<div" + numbered([n](int i) -> QByteArray { return " data-a" + n(i) + "=\"v\""; }, b) +
                         ">x</div>" + ArticleHtml);
         }},
        {"attributes, one name, one element",
         [](qsizetype b) -> QByteArray { return page("<div" + repeated(" a=b", b) + ">x</div>" + ArticleHtml); }},
        around("attributes, 64 per element", "<span" + attributeNames(64) + "></span>"),
        around("attributes, 300 per element", "<span" + attributeNames(300) + "></span>"),
        around("attributes, class and id", "<span class=a id=b></span>"),
        {"attribute value, class",
         [](qsizetype b) -> QByteArray {
             return page("<div class=\"" + QByteArray(b, 'c') + "\">x</div>" + ArticleHtml);
         }},
        {"attribute value, unquoted",
         [](qsizetype b) -> QByteArray {
             return page("<div data-x=" + QByteArray(b, 'c') + ">x</div>" + ArticleHtml);
         }},
        {"attribute value, never closed",
         [](qsizetype b) -> QByteArray { return page(ArticleHtml + "<div class=\"" + QByteArray(b, 'c')); }},
        // Text.
        {"text node, words",
         [](qsizetype b) -> QByteArray { return page(ArticleHtml + "<p>" + repeated("word ", b) + "</p>"); }},
        {"text node, sentences",
         [](qsizetype b) -> QByteArray {
             return page(ArticleHtml + "<p>" + repeated("The council said so. ", b) + "</p>");
         }},
        {"text node, entities",
         [](qsizetype b) -> QByteArray { return page(ArticleHtml + "<p>" + repeated("&amp;&eacute; ", b)); }},
        {"text node, no spaces",
         [](qsizetype b) -> QByteArray { return page(ArticleHtml + "<p>" + QByteArray(b, 'a') + "</p>"); }},
        around("text, date lines", "Published 20 November 2023<br>"),
        around("paragraphs, bylines", "<p>By Jane Roe</p>"),
        // Nesting.
        around("lists, 500 deep", QByteArray("<ul><li>").repeated(500) + "x" + QByteArray("</li></ul>").repeated(500)),
        around("lists, 400 deep", QByteArray("<ul><li>").repeated(400) + "x" + QByteArray("</li></ul>").repeated(400)),
        {"list items, unclosed",
         [](qsizetype b) -> QByteArray { return page(ArticleHtml + "<ul>" + repeated("<li>item", b)); }},
        around("tables, many", "<table><tr><td>a</td><td>b</td></tr></table>"),
        {"table, many rows",
         [](qsizetype b) -> QByteArray {
             return page(ArticleHtml + "<table>" + repeated("<tr><td>a</td><td>b</td></tr>", b));
         }},
        around("tables, nested 100 deep",
               QByteArray("<table><tr><td>").repeated(100) + "x" + QByteArray("</td></tr></table>").repeated(100)),
        {"table, text fostered out",
         [](qsizetype b) -> QByteArray { return page(ArticleHtml + "<table>" + repeated("text<b>", b)); }},
        {"end tags under 500 spans",
         [](qsizetype b) -> QByteArray {
             return page(ArticleHtml + QByteArray("<span>").repeated(500) + repeated("</x>", b));
         }},
        {"end tags under 400 spans",
         [](qsizetype b) -> QByteArray {
             return page(ArticleHtml + QByteArray("<span>").repeated(400) + repeated("</x>", b));
         }},
        {"text under 500 bold",
         [](qsizetype b) -> QByteArray {
             return page(ArticleHtml + QByteArray("<b>").repeated(500) + repeated("word ", b));
         }},
        {"text under 100 bold",
         [](qsizetype b) -> QByteArray {
             return page(ArticleHtml + QByteArray("<b>").repeated(100) + repeated("word ", b));
         }},
        // Misnested and reopened formatting.
        around("formatting, misnested around paragraphs", "<b><p>x</b>y</p>"),
        around("links, misnested around blocks", "<a href=/x><div>x</a>"),
        around("formatting, unclosed in paragraphs", "<p><b><i><u>x"),
        {"formatting, 300 distinct reopened",
         [n](qsizetype b) -> QByteArray {
             return page(ArticleHtml + "<p>" +
                         numbered([n](int i) -> QByteArray { return "<b id=" + n(i) + ">"; }, 300 * 10) + "</p>" +
                         repeated("<p>x</p>", b));
         }},
        {"formatting, 300 distinct reopened once",
         [n](qsizetype b) -> QByteArray {
             return page(ArticleHtml + "<p>" +
                         numbered([n](int i) -> QByteArray { return "<b id=" + n(i) + ">"; }, 300 * 10) + "</p>x" +
                         repeated("</x>", b));
         }},
        // Many elements.
        around("elements, divs", "<div>x</div>"),
        around("elements, spans", "<span>x</span>"),
        around("elements, links", "<a href=/x>link</a> "),
        around("elements, line breaks", "a<br>"),
        around("elements, comments", "<!-- c -->"),
        around("elements, options", "<select><option>x</select>"),
        around("elements, images with alt text", "<img alt=\"a picture\" src=x>"),
        around("elements, scripts", "<script>var a=1;</script>"),
        {"elements, headings and paragraphs",
         [](qsizetype b) -> QByteArray {
             return page("<article><h1>Harbour bridge reopens</h1>" +
                         repeated("<h2>Heading</h2><p>Some text about the bridge here.</p>", b) + "</article>");
         }},
        {"elements, articles",
         [](qsizetype b) -> QByteArray {
             return page(
                 repeated("<article><h2>Head</h2><p>Some text about the harbour bridge here.</p></article>", b));
         }},
        {"head, meta tags",
         [](qsizetype b) -> QByteArray {
             return page(ArticleHtml, repeated("<meta name=\"author\" content=\"Jane Roe\">", b));
         }},
        {"head, JSON-LD scripts",
         [](qsizetype b) -> QByteArray {
             return page(ArticleHtml,
                         repeated("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"x\"}"
                                  "</script>",
                                  b));
         }},
        {"JSON-LD, article body of nested markup",
         [](qsizetype b) -> QByteArray {
             return page("<div id=app></div>",
                         "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour\","
                         "\"articleBody\":\"" +
                             repeated("<b>", b) + "The bridge reopened.\"}</script>");
         }},
        // Text dumps.
        {"text dump, lines",
         [](qsizetype b) -> QByteArray {
             return "Harbour bridge reopens\n\n" + repeated("The council said the bridge reopened.\n", b);
         },
         "txt"},
        {"text dump, one line",
         [](qsizetype b) -> QByteArray { return "Harbour bridge reopens\n\n" + repeated("word ", b); }, "txt"},
        {"text dump, short lines",
         [](qsizetype b) -> QByteArray { return "Harbour bridge reopens\n\n" + repeated("a\n", b); }, "txt"},
        {"text dump, date lines",
         [](qsizetype b) -> QByteArray {
             return "Harbour bridge reopens\n\n" + repeated("Published 20 November 2023\n", b);
         },
         "txt"},
        {"Markdown, list items", [](qsizetype b) -> QByteArray { return "# Harbour\n\n" + repeated("- item\n", b); },
         "md"},
        {"Markdown, table rows",
         [](qsizetype b) -> QByteArray { return "# Harbour\n\n| a | b |\n|---|---|\n" + repeated("| x | y |\n", b); },
         "md"},
        {"Markdown, open brackets", [](qsizetype b) -> QByteArray { return "# Harbour\n\n" + repeated("[a ", b); },
         "md"},
        {"Markdown, emphasis", [](qsizetype b) -> QByteArray { return "# Harbour\n\n" + repeated("*a **b ", b); },
         "md"},
        {"Markdown, quotes 50 deep",
         [](qsizetype b) -> QByteArray { return "# Harbour\n\n" + repeated(QByteArray("> ").repeated(50) + "a\n", b); },
         "md"},
        {"text dump, bylines",
         [](qsizetype b) -> QByteArray { return "Harbour bridge reopens\n\n" + repeated("By Jane Roe\n\n", b); },
         "txt"},
    };
}

struct Timing
{
    QString input;
    qsizetype bytes = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    QString outcome;
};

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

Timing measure(const QString &input, const QByteArray &bytes, const QString &fileName, bool claims)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    const ExtractResult result = extractBytes(bytes, fileName);
    qsizetype claimCount = 0;
    if (claims && result.article) {
        claimCount = claimsForBody(result.article->body, result.article->language).size();
    }
    Timing timing{input, bytes.size(), double(timer.nsecsElapsed()) / 1e9, threadCpuSeconds() - cpuStart, {}};
    if (!result.article) {
        timing.outcome = QStringLiteral("refused: ") + result.error.section(QLatin1Char(' '), 1);
    } else {
        timing.outcome = QStringLiteral("%1 chars of body").arg(result.article->body.size());
        if (claims) {
            timing.outcome += QStringLiteral(", %1 claims").arg(claimCount);
        }
        if (!result.article->warnings.isEmpty()) {
            timing.outcome += QStringLiteral("; ") + result.article->warnings.constFirst().section(QLatin1Char(' '), 1);
        }
    }
    return timing;
}

QString size(qsizetype bytes)
{
    return bytes >= MB ? QStringLiteral("%1 MB").arg(double(bytes) / MB, 0, 'f', 1)
                       : QStringLiteral("%1 KB").arg(double(bytes) / KB, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The slowest inputs of import: generated worst cases and a corpus."));
    parser.addHelpOption();
    const QCommandLineOption topOption(QStringLiteral("top"), QStringLiteral("How many of the slowest to print."),
                                       QStringLiteral("N"), QStringLiteral("25"));
    const QCommandLineOption maxOption(QStringLiteral("max-mb"), QStringLiteral("The largest generated input, in MB."),
                                       QStringLiteral("MB"), QStringLiteral("50"));
    const QCommandLineOption claimsOption(QStringLiteral("claims"),
                                          QStringLiteral("Also cut each body into claims, as an import does."));
    parser.addOptions({topOption, maxOption, claimsOption});
    parser.addPositionalArgument(QStringLiteral("folders"),
                                 QStringLiteral("Corpus folders (default: the fuzz seeds)."));
    parser.process(app);
    const bool claims = parser.isSet(claimsOption);
    // An import takes at most MaxImportBytes; the largest input is kept just under it.
    const qsizetype largest =
        std::min<qsizetype>(qsizetype(parser.value(maxOption).toDouble() * MB), MaxImportBytes) - 64 * KB;

    std::vector<Timing> timings;
    extractBytes(page(ArticleHtml), QStringLiteral("warm-up.html")); // the lazily built regular expressions
    // Fine steps where the limits bite (a few thousand Markdown rows; a few MB of elements), coarse ones above.
    const std::vector<qsizetype> ladder = {16 * KB, 32 * KB, 64 * KB, 256 * KB, 1 * MB,  2 * MB,
                                           3 * MB,  4 * MB,  6 * MB,  8 * MB,   16 * MB, largest};
    for (const Shape &shape : shapes()) {
        for (const qsizetype bytes : ladder) {
            if (bytes > largest) {
                continue;
            }
            QByteArray input = shape.make(bytes);
            if (input.size() > MaxImportBytes) {
                input.truncate(MaxImportBytes);
            }
            const QString name = QString::fromLatin1(shape.name);
            timings.push_back(measure(name, input, QStringLiteral("generated.") + QLatin1String(shape.suffix), claims));
        }
        std::fprintf(stderr, ".");
    }
    std::fprintf(stderr, "\n");

    QStringList folders = parser.positionalArguments();
    if (folders.isEmpty()) {
        folders = {QStringLiteral(CREDENCE_TEST_DATA_DIR), QStringLiteral(CREDENCE_SOURCE_DIR "/build-fuzz/corpus")};
    }
    int corpusFiles = 0;
    for (const QString &folder : folders) {
        QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QFileInfo info = files.nextFileInfo();
            QFile file(info.filePath());
            if (info.size() <= MaxImportBytes && file.open(QIODevice::ReadOnly)) {
                // Named as the fuzz target reads every input: as a page, then as a text dump.
                const QByteArray bytes = file.readAll();
                for (const QString &as : {QStringLiteral("x.html"), QStringLiteral("x.txt")}) {
                    timings.push_back(measure(info.fileName() + QStringLiteral(" as ") + as.mid(2), bytes, as, claims));
                }
                ++corpusFiles;
            }
        }
    }

    std::sort(timings.begin(), timings.end(), [](const Timing &a, const Timing &b) { return a.seconds > b.seconds; });
    const auto top = std::min<qsizetype>(parser.value(topOption).toLongLong(), qsizetype(timings.size()));
    std::printf("%zu inputs (%d corpus files, each as a page and as a text dump)%s; the %lld slowest:\n",
                timings.size(), corpusFiles, claims ? ", claims cut" : "", static_cast<long long>(top));
    std::printf("%8s %8s %9s  %-44s %s\n", "wall s", "CPU s", "size", "input", "outcome");
    for (qsizetype i = 0; i < top; ++i) {
        const Timing &t = timings[size_t(i)];
        std::printf("%8.2f %8.2f %9s  %-44s %s\n", t.seconds, t.cpuSeconds, qUtf8Printable(size(t.bytes)),
                    qUtf8Printable(t.input.left(44)), qUtf8Printable(t.outcome.left(90)));
    }
    const auto over = std::count_if(timings.begin(), timings.end(), [](const Timing &t) { return t.seconds >= 2.0; });
    std::printf("RESULT slowest_s=%.2f slowest_cpu_s=%.2f inputs=%zu over_2s=%lld\n", timings.front().seconds,
                timings.front().cpuSeconds, timings.size(), static_cast<long long>(over));
    return 0;
}
