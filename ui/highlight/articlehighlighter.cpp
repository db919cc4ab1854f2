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
        // Looks for syntax/*.xml and themes/*.theme below this path: resources/syntax, resources/themes.
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
    // Our own themes (resources/themes) keep the cues' hues apart from the claim states' colours; the stock
    // themes colour quotations and hedges red, like "contradicted".
    const bool dark = palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
    KSyntaxHighlighting::Theme theme =
        repository().theme(dark ? QStringLiteral("Credence Dark") : QStringLiteral("Credence Light"));
    if (!theme.isValid()) {
        theme = repository().themeForPalette(palette);
    }
    if (theme.name() != this->theme().name()) {
        setTheme(theme);
        rehighlight();
    }
}

} // namespace Credence::Ui
