#include "origins.h"

#include "idgroups.h"

#include <QSet>

namespace Credence::Core {

QHash<Id, Id> independentOrigins(const QList<OriginMember> &members, const QList<NearDuplicate> &nearDuplicates)
{
    IdGroups groups;
    // The first article seen of each source, and of each outlet credited: later ones join it.
    QHash<Id, Id> bySource;
    QHash<Id, Id> byCredit;
    for (const OriginMember &member : members) {
        groups.find(member.articleId);
        for (const Id source : {member.sourceId, member.originSourceId}) {
            if (source == 0) {
                continue;
            }
            // An article of source S, one crediting S: each meets the first of the other kind too.
            for (QHash<Id, Id> *seen : {&bySource, &byCredit}) {
                if (const auto it = seen->constFind(source); it != seen->constEnd()) {
                    groups.join(member.articleId, *it);
                }
            }
        }
        if (member.sourceId != 0 && !bySource.contains(member.sourceId)) {
            bySource.insert(member.sourceId, member.articleId);
        }
        if (member.originSourceId != 0 && !byCredit.contains(member.originSourceId)) {
            byCredit.insert(member.originSourceId, member.articleId);
        }
    }
    // Pairs with articles outside @p members count too: two reprints of one story that is not among them are one
    // origin through it.
    for (const NearDuplicate &pair : nearDuplicates) {
        groups.join(pair.first, pair.second);
    }
    QHash<Id, Id> origins;
    for (const OriginMember &member : members) {
        origins.insert(member.articleId, groups.find(member.articleId));
    }
    return origins;
}

OriginCount countOrigins(const QList<OriginMember> &members, const QList<NearDuplicate> &nearDuplicates)
{
    QSet<Id> sources;
    QSet<Id> unassigned;
    for (const OriginMember &member : members) {
        (member.sourceId ? sources : unassigned).insert(member.sourceId ? member.sourceId : member.articleId);
    }
    const QHash<Id, Id> origins = independentOrigins(members, nearDuplicates);
    const QList<Id> roots = origins.values();
    return {int(sources.size() + unassigned.size()), int(QSet<Id>(roots.cbegin(), roots.cend()).size())};
}

} // namespace Credence::Core
