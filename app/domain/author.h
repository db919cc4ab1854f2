#pragma once

#include "id.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Credence::Core {

/// A byline as a record: the name articles are credited to, the other ways bylines write it ("J. Roe", "Jane
/// Roe-Smith"), which an import then takes for this author, and the user's notes.
struct Author
{
    Id id = 0;
    QString name;
    QStringList aliases;
    QString notes;

    bool operator==(const Author &) const = default;
};

/// An author with what the authors list shows beside the record.
struct AuthorSummary
{
    Author author;
    int articles = 0;
    QStringList sources; ///< the sources of the author's articles, by name
    int unassigned = 0;  ///< articles of the author's that have no source
    int corroborated = 0;
    int contradicted = 0;
    int notChecked = 0;
};

} // namespace Credence::Core
