#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace Credence::Core {

/// A fact-checker's judgement of one claim. The numeric values are stored in the database: never renumber.
enum class Verdict : int
{
    Unverified = 0,
    Corroborated = 1,
    Contradicted = 2,
};

/// Stable machine name ("corroborated"), used in JSON and the CLI.
QString verdictKey(Verdict verdict);
/// Translated, capitalised name for people ("Corroborated").
QString verdictLabel(Verdict verdict);
std::optional<Verdict> verdictFromKey(const QString &key);
std::optional<Verdict> verdictFromInt(int value);

} // namespace Credence::Core

Q_DECLARE_METATYPE(Credence::Core::Verdict)
