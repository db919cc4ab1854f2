#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Credence::Ui {

/// Highlights attribution, hedges, numbers and quotations in article text through the News Article syntax
/// definition shipped in resources/syntax. Follows the palette: call updateTheme() when it changes.
class ArticleHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    explicit ArticleHighlighter(QTextDocument *document);

    /// Picks the light or dark Credence theme that suits @p palette and re-highlights.
    void updateTheme(const QPalette &palette);

    /// The process-wide repository with our definitions added; built on first use (it reads every definition).
    static KSyntaxHighlighting::Repository &repository();
    static QString definitionName() { return QStringLiteral("News Article"); }
};

} // namespace Credence::Ui
