#pragma once

#include "import/html/htmldom.h"

#include <QList>

namespace Credence::Core {

/// How hard the content finder trusts class and id names. Sites name things carelessly, so when the strict pass
/// finds too little text the extractor retries with the names trusted less.
enum class NameTrust
{
    Full,    ///< every furniture name removes an element; names weigh candidates
    Partial, ///< only obvious furniture names (comments, share bars, ads...) remove an element; names weigh candidates
    Minimal, ///< only obvious furniture names remove an element; names do not weigh candidates
};

struct ContentOptions
{
    NameTrust names = NameTrust::Full;
    bool liveBlog = false; ///< the page says it is a live blog: sibling <article>s are its entries, not other stories
};

/// The article of a page: the elements holding it and the elements to leave out inside them.
struct ContentSelection
{
    QList<int> roots; ///< flat-tree indexes, in document order; empty when the page holds no article
    QList<bool> skip; ///< per element: furniture, teasers and everything a reader never sees
};

/// Elements a reader never sees as text (scripts, styles, media, form controls, hidden elements), for any pass.
QList<bool> invisibleElements(const FlatTree &tree);

/// Finds the article by content scoring: paragraphs score by length and commas, hand their score to their parent
/// and, weakened, to further ancestors; the best-scoring container, net of its link density, wins, together with
/// the siblings that score close to it.
ContentSelection selectContent(const FlatTree &tree, const ContentOptions &options);

} // namespace Credence::Core
