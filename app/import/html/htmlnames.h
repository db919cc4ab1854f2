#pragma once

#include <QString>

namespace Credence::Core::HtmlNames {

// What the words in class and id attributes say about an element. Each takes the lower-case "class id" string
// (Html::classAndId()).

/// Page furniture: navigation, comments, share bars, related lists, consent banners, ads, newsletter boxes, author
/// bios, bylines and datelines (read for metadata, never body).
bool isFurniture(const QString &classAndId);
/// The part of isFurniture() no article container is ever named after: comments, share bars, ads, newsletters,
/// related lists, consent banners, navigation.
bool isObviousFurniture(const QString &classAndId);
/// Names only an article body carries ("article-body", "entry-content"): they outweigh a furniture word beside them.
bool isArticleBody(const QString &classAndId);
/// +1 for names that usually hold content ("article", "story", "post"), -1 for furniture, 0 otherwise.
int weight(const QString &classAndId);
/// A standfirst: the summary under a headline ("standfirst", "dek", "subtitle", "summary", "lede").
bool isSummary(const QString &classAndId);
/// A byline holding an author's name, as opposed to an author bio.
bool isByline(const QString &classAndId);

} // namespace Credence::Core::HtmlNames
