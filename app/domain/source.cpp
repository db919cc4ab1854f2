#include "source.h"

#include <QCoreApplication>

namespace Credence::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::Source)
};

} // namespace

const QList<SourceKind> &allSourceKinds()
{
    static const QList<SourceKind> all = {SourceKind::Outlet, SourceKind::Wire,   SourceKind::Aggregator,
                                          SourceKind::Blog,   SourceKind::Social, SourceKind::Official};
    return all;
}

QString sourceKindKey(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Outlet:
        return QStringLiteral("outlet");
    case SourceKind::Wire:
        return QStringLiteral("wire");
    case SourceKind::Aggregator:
        return QStringLiteral("aggregator");
    case SourceKind::Blog:
        return QStringLiteral("blog");
    case SourceKind::Social:
        return QStringLiteral("social");
    case SourceKind::Official:
        return QStringLiteral("official");
    }
    return QStringLiteral("outlet");
}

QString sourceKindLabel(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Outlet:
        return Tr::tr("News outlet");
    case SourceKind::Wire:
        return Tr::tr("Wire agency");
    case SourceKind::Aggregator:
        return Tr::tr("Aggregator");
    case SourceKind::Blog:
        return Tr::tr("Blog");
    case SourceKind::Social:
        return Tr::tr("Social media account");
    case SourceKind::Official:
        return Tr::tr("Official body");
    }
    return {};
}

std::optional<SourceKind> sourceKindFromKey(const QString &key)
{
    for (const SourceKind kind : allSourceKinds()) {
        if (sourceKindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

const QStringList &sourceGrades()
{
    static const QStringList grades = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                       QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F")};
    return grades;
}

QString sourceGradeLabel(const QString &grade)
{
    // The Admiralty scale's words for a source's reliability.
    const QStringList words = {Tr::tr("Completely reliable"), Tr::tr("Usually reliable"),
                               Tr::tr("Fairly reliable"),     Tr::tr("Not usually reliable"),
                               Tr::tr("Unreliable"),          Tr::tr("Reliability cannot be judged")};
    const qsizetype at = sourceGrades().indexOf(grade);
    return at < 0 ? Tr::tr("Not graded") : grade + QStringLiteral(" — ") + words.at(at);
}

} // namespace Credence::Core
