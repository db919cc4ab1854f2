// Project: author records, renamed, merged and assigned to articles.

#include "project.h"
#include "projectrecords.h"

namespace Credence::Core {

QList<AuthorSummary> Project::authors()
{
    return reported([&] { return AuthorRepository(*m_db).all(); });
}

std::optional<AuthorSummary> Project::authorOfArticle(Id articleId)
{
    return reported([&] { return AuthorRepository(*m_db).summaryOfArticleAuthor(articleId); });
}

std::optional<Author> Project::author(Id authorId)
{
    return reported([&] { return AuthorRepository(*m_db).get(authorId); });
}

bool Project::changeAuthor(const Author &author)
{
    Author changed = author;
    changed.name = author.name.simplified();
    if (changed.name.isEmpty()) {
        return refuse(tr("An author needs a name."));
    }
    QStringList aliases;
    for (const QString &alias : std::as_const(changed.aliases)) {
        const QString name = alias.simplified();
        if (!name.isEmpty() && name.compare(changed.name, Qt::CaseInsensitive) != 0 &&
            !aliases.contains(name, Qt::CaseInsensitive)) {
            aliases.append(name);
        }
    }
    changed.aliases = aliases;
    const Id named = reported([&] { return AuthorRepository(*m_db).idByName(changed.name); });
    if (named && named != author.id) {
        return refuse(tr("Another author is called “%1”: select both and merge them instead.").arg(changed.name));
    }
    const auto stored = this->author(author.id);
    if (!stored) {
        return refuse(tr("The author no longer exists."));
    }
    if (changed == *stored) {
        return true;
    }
    return changeRecords<AuthorRepository>(tr("Edit author %1").arg(changed.name), {author.id},
                                           [this, changed] { return AuthorRepository(*m_db).update(changed); });
}

bool Project::mergeAuthors(Id into, const QList<Id> &others)
{
    QList<Id> merged;
    for (const Id id : others) {
        if (id != into && !merged.contains(id)) {
            merged.append(id);
        }
    }
    const auto target = author(into);
    if (!target) {
        return refuse(tr("The author no longer exists."));
    }
    if (merged.isEmpty()) {
        return refuse(tr("Select at least two authors to merge."));
    }
    QList<Author> absorbed;
    for (const Id id : std::as_const(merged)) {
        const auto other = author(id);
        if (!other) {
            return refuse(tr("The author no longer exists."));
        }
        absorbed.append(*other);
    }
    const QString text = tr("Merge %n author(s) into %1", nullptr, int(merged.size())).arg(target->name);
    return changeRecords<AuthorRepository>(text, QList<Id>{into} + merged, [this, into, target = *target, absorbed] {
        AuthorRepository repository(*m_db);
        Author result = target;
        for (const Author &other : absorbed) {
            absorbRecord(result.name, result.aliases, result.notes, other.name, other.aliases, other.notes);
            if (!repository.mergeInto(other.id, into)) {
                return false;
            }
        }
        return repository.update(result);
    });
}

bool Project::assignAuthor(const QList<Id> &articleIds, const QString &author)
{
    const QString name = author.simplified();
    return changeDetails(tr("Assign %n article(s) to author %1", nullptr, int(articleIds.size())).arg(name), articleIds,
                         [&name](ArticleMetadata metadata) {
                             metadata.author = name;
                             return metadata;
                         });
}

} // namespace Credence::Core
