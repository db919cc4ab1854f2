#include "importer.h"

#include "htmlextractor.h"
#include "htmlscan.h"
#include "segmenter.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "textextractor.h"
#include "textnormalize.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Credence::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Credence::Core::Importer", text);
}

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

ExtractResult htmlResult(const ImportedArticle &article, const QString &error, const QString &nameHint)
{
    ExtractResult result;
    if (!error.isEmpty()) {
        result.error = error;
    } else if (article.body.isEmpty()) {
        // A page's <title> alone is not an article: a home page or an index has one too.
        result.error = tr("%1 holds no article text.").arg(nameHint);
    } else {
        result.article = article;
    }
    return result;
}

} // namespace

QList<Claim> claimsForBody(const QString &body, const QString &language)
{
    QList<Claim> claims;
    const QList<TextSpan> spans = segmentSentences(body, language);
    claims.reserve(spans.size());
    for (const TextSpan &span : spans) {
        Claim claim;
        claim.start = span.start;
        claim.end = span.end;
        claim.text = body.mid(span.start, span.end - span.start);
        claims.append(claim);
    }
    return claims;
}

ExtractResult extractBytes(const QByteArray &raw, const QString &nameHint)
{
    ExtractResult result;
    result.raw = raw;
    if (isHtmlName(nameHint) || (!isMarkdownName(nameHint) && looksLikeHtml(raw))) {
        QString error;
        const ImportedArticle article = extractHtml(raw, nameHint, &error);
        result = htmlResult(article, error, nameHint);
        result.raw = raw;
        return result;
    }
    constexpr qsizetype MB = 1024 * 1024;
    if (raw.size() > MaxTextBytes) {
        result.error = tr("%1 holds %2 MB of text; Credence reads text files of at most %3 MB.")
                           .arg(nameHint)
                           .arg((raw.size() + MB - 1) / MB)
                           .arg(MaxTextBytes / MB);
        return result;
    }
    bool textual = true;
    const QString text = decodeText(raw, &textual);
    if (!textual) {
        result.error = tr("%1 is not a text file.").arg(nameHint);
        return result;
    }
    if (const qsizetype lines = text.count(u'\n') + 1; lines > MaxTextLines) {
        result.error =
            tr("%1 has %2 lines; Credence reads text files of at most %3.").arg(nameHint).arg(lines).arg(MaxTextLines);
        return result;
    }
    // Qt's Markdown reader takes time that grows with the square of a list's items or a table's rows; past a few
    // thousand the lines are read as the plain text they also are.
    const bool markdown = isMarkdownName(nameHint) && markdownRows(text) <= MaxMarkdownRows;
    ImportedArticle article = extractText(text, markdown);
    if (article.body.isEmpty() && article.metadata.title.isEmpty()) {
        result.error = tr("%1 holds no article text.").arg(nameHint);
        return result;
    }
    if (markdown != isMarkdownName(nameHint)) {
        article.warnings.append(
            tr("%1 has more than %2 list items and table rows; it was read as plain text, not as Markdown.")
                .arg(nameHint)
                .arg(MaxMarkdownRows));
    }
    result.article = article;
    return result;
}

ExtractResult extractHtmlString(const QString &html, const QString &nameHint)
{
    ExtractResult result;
    const QByteArray raw = html.toUtf8();
    // The clipboard has no file size to check beforehand: the same limit, applied to what was pasted.
    if (raw.size() > MaxImportBytes) {
        result.error = tr("%1 is %2 MB; articles larger than %3 MB are not imported.")
                           .arg(nameHint)
                           .arg(raw.size() / (1024 * 1024))
                           .arg(MaxImportBytes / (1024 * 1024));
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
    if (!info.exists()) {
        return {std::nullopt, {}, tr("%1 does not exist.").arg(path)};
    }
    if (info.isDir()) {
        return {std::nullopt, {}, tr("%1 is a folder.").arg(path)};
    }
    if (info.size() > MaxImportBytes) {
        return {std::nullopt,
                {},
                tr("%1 is %2 MB; articles larger than %3 MB are not imported.")
                    .arg(path)
                    .arg(info.size() / (1024 * 1024))
                    .arg(MaxImportBytes / (1024 * 1024))};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt, {}, tr("Cannot read %1: %2").arg(path, file.errorString())};
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
        outcome.error = tr("%1 is already in the project as “%2”.")
                            .arg(fileName, other ? other->metadata.title : QString::number(*existing));
        return outcome;
    }
    outcome.articleId = articles.insert(article, claimsForBody(article.body, imported.language));
    if (!outcome.articleId) {
        outcome.error = tr("Cannot store %1: %2").arg(fileName, m_db.lastError());
    }
    return outcome;
}

} // namespace Credence::Core
