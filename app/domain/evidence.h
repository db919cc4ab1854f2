#pragma once

#include "id.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Credence::Core {

/// What an evidence item is. The numeric values are stored in the database: never renumber.
enum class EvidenceKind : int
{
    Url = 0,       ///< a web page: its address, title and the day it was read
    File = 1,      ///< a document archived inside the project (its bytes are stored, not a path)
    Note = 2,      ///< the fact-checker's own text: a phone call, an interview, a reasoning
    ClaimLink = 3, ///< another claim of the project that bears on this one
};

/// How an evidence item bears on its claim. The numeric values are stored in the database: never renumber.
enum class EvidenceStance : int
{
    Supporting = 0,
    Refuting = 1,
    Context = 2, ///< background that neither supports nor refutes
};

const QList<EvidenceKind> &allEvidenceKinds();
/// Stable machine name ("url", "file", "note", "claim-link"), used in JSON and the CLI.
QString evidenceKindKey(EvidenceKind kind);
/// Translated, capitalised name for people ("Web page").
QString evidenceKindLabel(EvidenceKind kind);
std::optional<EvidenceKind> evidenceKindFromKey(const QString &key);
std::optional<EvidenceKind> evidenceKindFromInt(int value);

const QList<EvidenceStance> &allEvidenceStances();
/// Stable machine name ("supporting", "refuting", "context").
QString evidenceStanceKey(EvidenceStance stance);
/// Translated, capitalised name for people ("Supports the claim").
QString evidenceStanceLabel(EvidenceStance stance);
std::optional<EvidenceStance> evidenceStanceFromKey(const QString &key);
std::optional<EvidenceStance> evidenceStanceFromInt(int value);

/// A file archived in the project. bytes is filled only where the contents are needed (undo snapshots, export);
/// lists for views carry the name, type, size and digest alone.
struct ArchivedFile
{
    QString name;      ///< the file's name when it was archived, without its folder
    QString mediaType; ///< e.g. "application/pdf"
    qint64 size = 0;
    QString sha256; ///< lower-case hex of the bytes' SHA-256
    QDateTime archivedAt;
    QByteArray bytes;

    bool operator==(const ArchivedFile &) const = default;
};

/// One piece of evidence attached to a claim. Which fields mean something depends on kind: url, title and accessed
/// for a web page (title may also name a file or a note), file for an archived file, note for a note (several lines;
/// every kind may have one as a comment), linkedClaimId for a link to another claim. A link whose claim was removed
/// keeps its row with linkedClaimId 0 and the linked claim's text in title, so it never vanishes unseen.
struct Evidence
{
    Id id = 0;
    Id claimId = 0;
    int position = 0; ///< order among the claim's evidence, smallest first
    EvidenceKind kind = EvidenceKind::Note;
    EvidenceStance stance = EvidenceStance::Context;
    QString url;
    QString title;
    QDate accessed;
    QString note;
    Id linkedClaimId = 0;
    ArchivedFile file;
    QDateTime created;

    bool operator==(const Evidence &) const = default;
};

} // namespace Credence::Core

Q_DECLARE_METATYPE(Credence::Core::EvidenceKind)
Q_DECLARE_METATYPE(Credence::Core::EvidenceStance)
