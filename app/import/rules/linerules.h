#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Credence::Core::HtmlLines {

// Rules for single lines of page text: what a byline, a credit line or a share-bar label looks like.

/// The names in a byline or author field: "By Jane Roe and John Doe | 15 August 2025" -> {"Jane Roe", "John Doe"}.
/// Job titles ("Staff Writer"), dates and "By" are dropped.
QStringList authorNames(const QString &byline);
/// The reporters credited at the end of a wire story ("Reporting by Jane Roe in Oslo and John Doe; Editing by
/// X" -> {"Jane Roe", "John Doe"}); editors are not authors.
QStringList reportingCredit(const QString &line);
/// The date printed after the names in a byline: "By Jane Roe on Friday, May 12, 2023 - 09:14", "By Jane Roe ·
/// 29 June 2023".
QDate bylineDate(const QString &byline);
/// The date after the last of @p names in @p byline, when the names were read apart.
QDate dateAfterNames(const QString &byline, const QStringList &names);
/// A line that is only a byline ("By Jane Roe", "Written by Jane Roe and John Doe").
bool isByline(const QString &line);
/// A job title on its own line, as printed under a byline ("Transport reporter", "Staff Writer").
bool isJobTitle(const QString &line);
/// The source named by a syndication credit ("Original Source: X", "This article first appeared on X"), or empty.
QString creditedSource(const QString &line);
/// A date or a time of day on its own ("15 August 2025", "Updated: 2025-08-15", "10:32 BST").
bool isDateOrTime(const QString &line);
/// The date in a dateline such as "Published: 15 August 2025".
QString datePart(const QString &line);
/// Labels of page furniture that slip into article containers ("Advertisement", "Share this article").
bool isFurniture(const QString &line);
/// The heading of a reader comment section ("158 comments", "5 thoughts on “Title”", "Join the conversation").
bool isCommentsHeading(const QString &line);
/// The line above one reader comment: a name and when it was posted ("old_salt103 1 hour ago", "Jane Roe says:").
bool isCommentHeader(const QString &line);
/// The action row under a reader comment ("Reply · Report · 26 likes").
bool isCommentActions(const QString &line);
/// The publisher named in a copyright line ("© 2025 Coastal Times. All rights reserved."), or empty.
QString copyrightHolder(const QString &line);
/// Letters and digits only, lower case: for comparing titles, site names and descriptions.
QString squash(const QString &text);

} // namespace Credence::Core::HtmlLines
