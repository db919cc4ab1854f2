#include "articlehighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QPalette>

namespace Credence::Ui {

KSyntaxHighlighting::Repository &ArticleHighlighter::repository()
{
    static KSyntaxHighlighting::Repository *repo = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        // Looks for syntax/*.xml below this path: resources/syntax/news-article.xml.
        r->addCustomSearchPath(QStringLiteral(":/"));
        return r;
    }();
    return *repo;
}

ArticleHighlighter::ArticleHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    setDefinition(repository().definitionForName(definitionName()));
}

void ArticleHighlighter::updateTheme(const QPalette &palette)
{
    const KSyntaxHighlighting::Theme theme = repository().themeForPalette(palette);
    if (theme.name() != this->theme().name()) {
        setTheme(theme);
        rehighlight();
    }
}

} // namespace Credence::Ui
