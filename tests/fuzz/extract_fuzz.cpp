// libFuzzer target for article extraction: arbitrary bytes go through extractBytes() once as an HTML page and once
// as a text dump, and whatever body comes out is cut into claims, as an import would. Built and run by run_fuzz.sh
// with clang, AddressSanitizer and UndefinedBehaviorSanitizer; never part of the normal build or of ctest.
//
// It also checks prepareForParser() against the parser itself: the page as gumbo parses it whole and the page as
// prepared for it must give the same tree, apart from what the preparation is there to drop (the content of
// scripts, styles and SVG, the values of attributes the extractor never reads, link targets beyond "is there one").

#include "claims/claimsforbody.h"
#include "import/html/htmldom.h"
#include "import/importer.h"
#include "import/markup/htmlscan.h"

#include <QList>

#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

using namespace Credence::Core;

/// What the extractor can see of a tree, in document order, as one string per node.
QList<QByteArray> visible(const GumboNode *root)
{
    QList<QByteArray> out;
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type != GUMBO_NODE_ELEMENT) {
            if (node->type != GUMBO_NODE_COMMENT) {
                out.append(QByteArray("text ") + node->v.text.text);
            }
            continue;
        }
        const GumboElement &element = node->v.element;
        QByteArray line =
            "element " + QByteArray::number(element.tag) + ' ' + QByteArray::number(element.tag_namespace);
        // The attributes the extractor reads, in the page's order (gumbo keeps the first of a repeated name); a
        // link target counts only as whether there is a link, below.
        for (unsigned int i = 0; i < element.attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            if (isReadAttribute(attribute->name) && qstrcmp(attribute->name, "href") != 0) {
                line += QByteArray(" ") + attribute->name + "=" + attribute->value;
            }
        }
        if (element.tag == GUMBO_TAG_A) {
            const GumboAttribute *href = gumbo_get_attribute(&element.attributes, "href");
            const QString target = href ? QString::fromUtf8(href->value).trimmed() : QString();
            const bool link = !target.isEmpty() && !target.startsWith(QLatin1Char('#')) &&
                              !target.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive);
            line += href ? (link ? " link" : " no-link") : " no-href";
        }
        out.append(line);
        // The content of these is what the preparation drops (or takes out, for JSON-LD).
        const bool dropped = element.tag_namespace == GUMBO_NAMESPACE_HTML &&
                             (element.tag == GUMBO_TAG_SCRIPT || element.tag == GUMBO_TAG_STYLE);
        if (dropped || element.tag == GUMBO_TAG_SVG) {
            continue;
        }
        for (unsigned int i = element.children.length; i > 0; --i) {
            stack.append(static_cast<const GumboNode *>(element.children.data[i - 1]));
        }
    }
    return out;
}

void checkPreparation(const QByteArray &utf8)
{
    // Gumbo's work grows with depth times length: deep inputs are refused before it in the product too.
    if (!QByteArrayView(utf8).isValidUtf8() || estimateNestingDepth(utf8, 64) > 64) {
        return;
    }
    const ParserInput prepared = prepareForParser(utf8, 512);
    GumboOutput *whole = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    GumboOutput *cut =
        gumbo_parse_with_options(&kGumboDefaultOptions, prepared.html.constData(), size_t(prepared.html.size()));
    const bool same = visible(whole->root) == visible(cut->root);
    gumbo_destroy_output(&kGumboDefaultOptions, whole);
    gumbo_destroy_output(&kGumboDefaultOptions, cut);
    if (!same) {
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A deep copy, NUL-terminated like the QByteArray QFile::readAll() gives the importer.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkPreparation(bytes);
    for (const QString &name : {QStringLiteral("x.html"), QStringLiteral("x.txt")}) {
        const Credence::Core::ExtractResult result = Credence::Core::extractBytes(bytes, name);
        if (result.article) {
            const QList<Credence::Core::Claim> claims =
                Credence::Core::claimsForBody(result.article->body, result.article->language);
            for (const Credence::Core::Claim &claim : claims) {
                // Claims must point into the body: the article view highlights them by these offsets.
                if (claim.start < 0 || claim.end > result.article->body.size() || claim.start > claim.end) {
                    __builtin_trap();
                }
            }
        }
    }
    return 0;
}
