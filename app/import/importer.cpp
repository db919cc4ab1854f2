#include "import/importer.h"

#include "claims/claimsforbody.h"
#include "import/html/htmlextractor.h"
#include "import/markup/htmlscan.h"
#include "import/rules/textnormalize.h"
#include "import/text/textextractor.h"
#include "sources/sourcenames.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/pathlookup.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Credence::Core {

namespace {

bool isMarkdownName(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}

bool isHtmlName(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml") ||
           suffix == QLatin1String("shtml");
}

} // namespace

bool isImportableName(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("text") || isMarkdownName(name) ||
           isHtmlName(name);
}

namespace {

/// Copy an agency wrote that names no original source otherwise ("PARIS (Reuters) - ..." at its start, "– AFP" as
/// its last line) credits that agency: the article is a reprint of its copy.
void creditAgency(ImportedArticle &article)
{
    if (!article.originalSource.isEmpty()) {
        return;
    }
    const QStringList lines = article.body.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        return;
    }
    QString agency = agencyCredit(lines.constFirst());
    if (agency.isEmpty()) {
        agency = agencyCredit(lines.constLast());
    }
    article.originalSource = agency;
}

/// A page that names no publisher and has no web address of its own: the e-mail addresses of its header and footer
/// ("newsdesk@valleypost.co.uk") propose the source by their domain (the user can assign another).
/// @p pageText gives the page's text; it is asked for only when needed (most pages name their publisher).
template <typename PageText> void proposeSourceByEmail(ImportedArticle &article, PageText pageText)
{
    if (article.metadata.publication.isEmpty() && article.metadata.url.isEmpty()) {
        article.metadata.publication = publisherDomainOfEmails(pageText(), article.body);
    }
}

ExtractResult htmlResult(const ImportedArticle &article, const QString &error, const QString &nameHint)
{
    ExtractResult result;
    if (!error.isEmpty()) {
        result.error = error;
    } else if (article.body.isEmpty()) {
        // A page's <title> alone is not an article: a home page or an index has one too.
        result.error = Importer::tr("%1 holds no article text.").arg(nameHint);
    } else {
        result.article = article;
        creditAgency(*result.article);
    }
    return result;
}

} // namespace

ExtractResult extractBytes(const QByteArray &raw, const QString &nameHint)
{
    ExtractResult result;
    result.raw = raw;
    if (isHtmlName(nameHint) || (!isMarkdownName(nameHint) && looksLikeHtml(raw))) {
        QString error;
        ImportedArticle article = extractHtml(raw, nameHint, &error);
        // Addresses are ASCII: read as Latin-1, whatever the page's own encoding.
        proposeSourceByEmail(article, [&raw] { return QString::fromLatin1(raw.left(EmailSearchChars)); });
        result = htmlResult(article, error, nameHint);
        result.raw = raw;
        return result;
    }
    constexpr qsizetype MB = 1024 * 1024;
    if (raw.size() > MaxTextBytes) {
        result.error =
            Importer::tr("%1 holds %2 MB of text; Credence reads text files of at most %3 MB.")
                .arg(nameHint, QString::number((raw.size() + MB - 1) / MB), QString::number(MaxTextBytes / MB));
        return result;
    }
    bool textual = true;
    const QString text = decodeText(raw, &textual);
    if (!textual) {
        result.error = Importer::tr("%1 is not a text file.").arg(nameHint);
        return result;
    }
    if (const qsizetype lines = text.count(u'\n') + 1; lines > MaxTextLines) {
        result.error = Importer::tr("%1 has %2 lines; Credence reads text files of at most %3.")
                           .arg(nameHint, QString::number(lines), QString::number(MaxTextLines));
        return result;
    }
    // Qt's Markdown reader takes time that grows with the square of a list's items or a table's rows; past a few
    // thousand the lines are read as the plain text they also are.
    const bool markdown = isMarkdownName(nameHint) && markdownRows(text) <= MaxMarkdownRows;
    ImportedArticle article = extractText(text, markdown);
    if (article.body.isEmpty() && article.metadata.title.isEmpty()) {
        result.error = Importer::tr("%1 holds no article text.").arg(nameHint);
        return result;
    }
    if (markdown != isMarkdownName(nameHint)) {
        article.warnings.append(
            Importer::tr("%1 has more than %2 list items and table rows; it was read as plain text, not as Markdown.")
                .arg(nameHint, QString::number(MaxMarkdownRows)));
    }
    creditAgency(article);
    proposeSourceByEmail(article, [&text] { return text; });
    result.article = article;
    return result;
}

ExtractResult extractHtmlString(const QString &html, const QString &nameHint)
{
    ExtractResult result;
    const QByteArray raw = html.toUtf8();
    // The clipboard has no file size to check beforehand: the same limit, applied to what was pasted.
    if (raw.size() > MaxImportBytes) {
        // One arg() call: a name holding "%2" must not receive the figures.
        result.error = Importer::tr("%1 is %2 MB; articles larger than %3 MB are not imported.")
                           .arg(nameHint, QString::number(raw.size() / (1024 * 1024)),
                                QString::number(MaxImportBytes / (1024 * 1024)));
        return result;
    }
    QString error;
    const ImportedArticle article = extractHtmlText(html, nameHint, &error);
    result = htmlResult(article, error, nameHint);
    result.raw = raw;
    return result;
}

ExtractResult extractFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    // Asked of the system rather than of QFileInfo::exists(), which says "no" to a name too long and the like too.
    const PathLookup lookup = lookUpPath(path);
    if (lookup.missing()) {
        return {std::nullopt, {}, Importer::tr("%1 does not exist.").arg(path)};
    }
    if (!lookup.found()) {
        return {std::nullopt, {}, Importer::tr("Cannot read %1: %2").arg(path, lookup.errorString)};
    }
    if (info.isDir()) {
        return {std::nullopt, {}, Importer::tr("%1 is a folder.").arg(path)};
    }
    if (info.size() > MaxImportBytes) {
        return {std::nullopt,
                {},
                Importer::tr("%1 is %2 MB; articles larger than %3 MB are not imported.")
                    .arg(path, QString::number(info.size() / (1024 * 1024)),
                         QString::number(MaxImportBytes / (1024 * 1024)))};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt, {}, Importer::tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    return extractBytes(file.readAll(), info.fileName());
}

ImportOutcome Importer::importFile(const QString &path)
{
    return store(extractFile(path), QFileInfo(path).fileName());
}

ImportOutcome Importer::importBytes(const QByteArray &raw, const QString &nameHint)
{
    return store(extractBytes(raw, nameHint), nameHint);
}

ImportOutcome Importer::store(const ExtractResult &extracted, const QString &fileName)
{
    ImportOutcome outcome;
    outcome.file = fileName;
    if (!extracted.article) {
        outcome.error = extracted.error;
        return outcome;
    }
    const ImportedArticle &imported = *extracted.article;
    Article article;
    article.metadata = imported.metadata;
    article.metadata.standfirst = imported.standfirst;
    article.metadata.originalSource = imported.originalSource;
    article.metadata.language = imported.language;
    if (article.metadata.title.isEmpty()) {
        // The page states no title: the file name is what the user will recognise.
        article.metadata.title = QFileInfo(fileName).completeBaseName();
    }
    article.body = imported.body;
    article.raw = extracted.raw;
    article.rawFormat = imported.format;
    article.fileName = fileName;
    article.contentHash = contentHash(decodeText(extracted.raw));
    outcome.warnings = imported.warnings;

    ArticleRepository articles(m_db);
    if (const auto existing = articles.findByHash(article.contentHash)) {
        const auto other = articles.get(*existing);
        outcome.duplicate = true;
        outcome.error = Importer::tr("%1 is already in the project as “%2”.")
                            .arg(fileName, other ? other->metadata.title : QString::number(*existing));
        return outcome;
    }
    outcome.articleId = articles.insert(article, claimsForBody(article.body, imported.language), imported.captions);
    if (!outcome.articleId) {
        outcome.error = Importer::tr("Cannot store %1: %2").arg(fileName, m_db.lastError());
    }
    return outcome;
}

} // namespace Credence::Core
