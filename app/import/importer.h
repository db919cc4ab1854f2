#pragma once

#include "domain/article.h"
#include "domain/importedarticle.h"

#include <QCoreApplication>

#include <optional>

namespace Credence::Core {

class Database;

/// What became of one imported file: an article id, or a message a person can act on.
struct ImportOutcome
{
    QString file;
    std::optional<Id> articleId;
    QString error;
    bool duplicate = false;
    QStringList warnings; ///< ImportedArticle::warnings of an imported article

    bool ok() const { return articleId.has_value(); }
};

/// Input that is plainly not an article: larger than this is refused with a message, not read.
inline constexpr qint64 MaxImportBytes = 50 * 1024 * 1024;

/// Reads a file and extracts the article it holds, without storing anything.
struct ExtractResult
{
    std::optional<ImportedArticle> article;
    QByteArray raw;
    QString error;
};
ExtractResult extractFile(const QString &path);
/// True for the names a folder search picks up: text, Markdown and HTML files, by suffix.
bool isImportableName(const QString &name);
/// The same for bytes that do not come from a file (the clipboard, a test). HTML is recognised by the name's
/// suffix (.html, .htm, .xhtml) or, unless the name says Markdown, by its content; the rest is read as text.
ExtractResult extractBytes(const QByteArray &raw, const QString &nameHint);
/// Markup that is already text, such as the text/html of the clipboard: always read as HTML.
ExtractResult extractHtmlString(const QString &html, const QString &nameHint);

/// Turns files into stored articles with their claims segmented. Refuses duplicates by content hash.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::Importer)

public:
    explicit Importer(Database &db)
        : m_db(db)
    {}

    ImportOutcome importFile(const QString &path);
    ImportOutcome importBytes(const QByteArray &raw, const QString &nameHint);

private:
    ImportOutcome store(const ExtractResult &extracted, const QString &fileName);

    Database &m_db;
};

} // namespace Credence::Core
