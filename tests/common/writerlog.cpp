#include "writerlog.h"

namespace Credence::Core {

namespace {

/// The change a line's fields after "intent"/"saved" describe; for a saved import also its article id.
std::optional<Change> parseChange(const QList<QByteArray> &fields, bool saved)
{
    if (fields.size() < 3) {
        return std::nullopt;
    }
    Change change;
    bool ok = false;
    const QByteArray &kind = fields.at(1);
    if (kind == "verdict" && fields.size() == 4) {
        change.kind = ChangeKind::Verdict;
        change.claimId = fields.at(2).toLongLong(&ok);
        const auto verdict = verdictFromKey(QString::fromLatin1(fields.at(3)));
        if (!verdict) {
            return std::nullopt;
        }
        change.verdict = *verdict;
    } else if (kind == "note" && fields.size() == 4) {
        change.kind = ChangeKind::Note;
        change.claimId = fields.at(2).toLongLong(&ok);
        const auto decoded = QByteArray::fromBase64Encoding(fields.at(3), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return std::nullopt;
        }
        change.note = QString::fromUtf8(*decoded);
    } else if (kind == "import" && fields.size() == (saved ? 4 : 3)) {
        change.kind = ChangeKind::Import;
        change.name = QString::fromUtf8(fields.at(2));
        ok = !change.name.isEmpty();
        if (saved) {
            change.articleId = fields.at(3).toLongLong(&ok);
        }
    }
    return ok ? std::optional<Change>(change) : std::nullopt;
}

bool sameChange(const Change &a, const Change &b)
{
    return a.kind == b.kind && a.claimId == b.claimId && a.verdict == b.verdict && a.note == b.note && a.name == b.name;
}

} // namespace

QString Change::describe() const
{
    switch (kind) {
    case ChangeKind::Verdict:
        return QStringLiteral("verdict %1 on claim %2").arg(verdictKey(verdict)).arg(claimId);
    case ChangeKind::Note:
        return QStringLiteral("note of %1 characters on claim %2").arg(note.size()).arg(claimId);
    case ChangeKind::Import:
        return QStringLiteral("import of %1").arg(name);
    }
    return {};
}

WriterLog parseWriterLog(const QByteArray &output)
{
    WriterLog log;
    const qsizetype end = output.lastIndexOf('\n') + 1;
    for (const QByteArray &line : output.left(end).split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        const QList<QByteArray> fields = line.split(' ');
        const QByteArray &word = fields.first();
        if (word == "ready" && fields.size() == 3 && !log.ready) {
            log.ready = true;
            log.claims = fields.at(1).toLongLong();
            log.articles = fields.at(2).toLongLong();
            continue;
        }
        const auto change = parseChange(fields, word == "saved");
        if (!log.ready || !change || (word != "intent" && word != "saved")) {
            log.error = QStringLiteral("unexpected line: %1").arg(QString::fromUtf8(line.left(200)));
            return log;
        }
        if (word == "intent") {
            if (log.pending) {
                log.error = QStringLiteral("two intents without a save: %1").arg(QString::fromUtf8(line.left(200)));
                return log;
            }
            log.pending = change;
            continue;
        }
        if (!log.pending || !sameChange(*log.pending, *change)) {
            log.error = QStringLiteral("a save that was not announced: %1").arg(QString::fromUtf8(line.left(200)));
            return log;
        }
        log.saved.append(*change);
        log.pending.reset();
    }
    return log;
}

} // namespace Credence::Core
