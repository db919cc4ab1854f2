#pragma once

#include "domain/article.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Credence::Core {

enum class ChangeKind
{
    Verdict,
    Note,
    Import,
};
inline constexpr int ChangeKinds = 3;

/// One change the writer announced: which fields are set depends on the kind.
struct Change
{
    ChangeKind kind = ChangeKind::Verdict;
    Id claimId = 0; ///< verdicts and notes
    Verdict verdict = Verdict::NotChecked;
    QString note;
    QString name;     ///< imports: the name the article was imported under
    Id articleId = 0; ///< imports, once saved

    QString describe() const;
};

/// What the writer said before it died: the changes it reported saved, in order, and the one it had started on.
struct WriterLog
{
    bool ready = false;
    qsizetype claims = 0;
    qsizetype articles = 0;
    QList<Change> saved;
    std::optional<Change> pending;
    QString error; ///< the output broke the protocol
};

/// Reads complete lines only: a line cut off by the kill is taken as not written, the cautious reading (a "saved"
/// line cut short leaves its change in flight, which may then be found done or not done).
WriterLog parseWriterLog(const QByteArray &output);

} // namespace Credence::Core
