#pragma once

#include "id.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Credence::Core {

/// What kind of publisher a source is. Stored by key ("outlet", "wire", ...): never rename a key.
enum class SourceKind : int
{
    Outlet,
    Wire,
    Aggregator,
    Blog,
    Social,
    Official,
};

const QList<SourceKind> &allSourceKinds();
QString sourceKindKey(SourceKind kind);
/// Translated, capitalised ("Wire agency").
QString sourceKindLabel(SourceKind kind);
std::optional<SourceKind> sourceKindFromKey(const QString &key);

/// The reliability grades of a source on the Admiralty scale, "A" (completely reliable) to "F" (cannot be judged).
const QStringList &sourceGrades();
/// "A — Completely reliable", translated; "Not graded" for an empty grade.
QString sourceGradeLabel(const QString &grade);

/// A publisher as a record: what it is called (its name, other names, web domains), what it is, and the grade the
/// user gave its reliability, with the reason.
struct Source
{
    Id id = 0;
    QString name;
    SourceKind kind = SourceKind::Outlet;
    QStringList domains; ///< lower case, without "www."
    QStringList aliases;
    QString country;
    QString language;
    QString notes;
    QString grade; ///< "A" to "F", or empty: not graded by hand
    QString gradeReason;

    bool operator==(const Source &) const = default;
};

/// One grade set by hand, with the grade the claims gave at that moment.
struct SourceGradeChange
{
    Id id = 0;
    Id sourceId = 0;
    QString from;
    QString to;
    QString computed;
    QString reason;
    QDateTime at;

    bool operator==(const SourceGradeChange &) const = default;
};

} // namespace Credence::Core
