#pragma once

#include "id.h"

#include <QDate>
#include <QString>

namespace Credence::Core {

/// One row of the article list: what a person needs to pick an article, without its body.
struct ArticleSummary
{
    Id id = 0;
    QString title;
    QString publication; ///< the article's source; empty when it is unassigned
    QString author;
    QDate published;
    int claims = 0;
    int checked = 0;      ///< claims in any state but "not checked"
    QString originSource; ///< the outlet the article was first published by, when it credits one
    Id sourceId = 0;      ///< 0: unassigned
    Id authorId = 0;      ///< 0: no byline
    QString url;          ///< the address it was read from, when known
};

} // namespace Credence::Core
