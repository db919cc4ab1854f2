// Project: the text-quality signals of articles, and of sources and authors added up (storage/signalindex.h).

#include "project.h"
#include "storage/signalindex.h"

namespace Credence::Core {

std::optional<StoredSignals> Project::articleSignals(Id articleId)
{
    return reported([&] { return SignalIndex(*m_db).get(articleId); });
}

QHash<Id, SignalTally> Project::sourceSignals()
{
    return reported([&] { return SignalIndex(*m_db).tallies(SignalIndex::Group::Source); });
}

QHash<Id, SignalTally> Project::authorSignals()
{
    return reported([&] { return SignalIndex(*m_db).tallies(SignalIndex::Group::Author); });
}

} // namespace Credence::Core
