#include "textextractor.h"

#include "safetextdocument.h"
#include "textnormalize.h"

#include <QRegularExpression>

namespace Credence::Core {

namespace {

// Header lines are only looked for this near the top: further down "Source:" is article text.
constexpr int HeaderLines = 12;

struct HeaderField
{
    QRegularExpression pattern;
    QString ArticleMetadata::*field;
};

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

} // namespace

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

    static const QRegularExpression byline(QStringLiteral("^(?:by|written by)\\s+([^\\d|]{2,80}?)\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression publication(QStringLiteral("^(?:source|publication|publisher):\\s*(.+)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dateLine(QStringLiteral("^(?:date|published|updated):\\s*(.+)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression urlLine(QStringLiteral("^(?:url|link):\\s*(\\S+)$"),
                                            QRegularExpression::CaseInsensitiveOption);

    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList body;
    int seen = 0;
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty()) {
            body.append(QString());
            continue;
        }
        ++seen;
        if (seen == 1 && result.metadata.title.isEmpty()) {
            result.metadata.title = line;
            continue;
        }
        if (seen <= HeaderLines) {
            if (const auto m = byline.match(line); m.hasMatch() && result.metadata.author.isEmpty()) {
                result.metadata.author = m.captured(1);
                continue;
            }
            if (const auto m = publication.match(line); m.hasMatch() && result.metadata.publication.isEmpty()) {
                result.metadata.publication = m.captured(1).trimmed();
                continue;
            }
            if (const auto m = dateLine.match(line); m.hasMatch() && !result.metadata.published.isValid()) {
                const QDate date = parseNewsDate(m.captured(1));
                if (date.isValid()) {
                    result.metadata.published = date;
                    continue;
                }
            }
            if (const auto m = urlLine.match(line); m.hasMatch() && result.metadata.url.isEmpty()) {
                result.metadata.url = m.captured(1);
                continue;
            }
        }
        body.append(rawLine);
    }
    result.body = normalizeText(body.join(QLatin1Char('\n')));
    return result;
}

} // namespace Credence::Core
