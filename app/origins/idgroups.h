#pragma once

#include "domain/id.h"

#include <QHash>

namespace Credence::Core {

/// Union-find over ids: which ids are joined, directly or through others. Each group is named by its smallest id.
class IdGroups
{
public:
    Id find(Id id)
    {
        Id root = id;
        while (m_parent.value(root, root) != root) {
            root = m_parent.value(root);
        }
        // Path compression: the next find of any of these is one step.
        while (id != root) {
            const Id next = m_parent.value(id, id);
            m_parent.insert(id, root);
            id = next;
        }
        return root;
    }
    void join(Id a, Id b)
    {
        const Id ra = find(a);
        const Id rb = find(b);
        if (ra != rb) {
            m_parent.insert(qMax(ra, rb), qMin(ra, rb));
        }
    }

private:
    QHash<Id, Id> m_parent;
};

} // namespace Credence::Core
