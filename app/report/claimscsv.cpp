#include "claimscsv.h"

#include "domain/credibility.h"
#include "domain/verdict.h"
#include "exporttarget.h"
#include "project/project.h"

#include <QHash>
#include <QSaveFile>

namespace Credence::Core {

QString ClaimsCsv::field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front())) {
        value.prepend(u'\'');
    }
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = u'"' + value + u'"';
    }
    return value;
}

bool ClaimsCsv::write(QIODevice *device)
{
    m_rows = 0;
    const auto line = [device](const QStringList &cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString &cell : cells) {
            fields.append(field(cell));
        }
        // RFC 4180 ends records with CRLF; a line break inside a quoted field stays as it was written.
        return device->write((fields.join(u',') + QStringLiteral("\r\n")).toUtf8()) >= 0;
    };
    const int errors = m_project.errorCount();
    bool ok = device->write("\xEF\xBB\xBF") == 3 &&
              line({QStringLiteral("article_id"), QStringLiteral("article_title"), QStringLiteral("source"),
                    QStringLiteral("author"), QStringLiteral("published"), QStringLiteral("article_url"),
                    QStringLiteral("claim_id"), QStringLiteral("claim"), QStringLiteral("state"),
                    QStringLiteral("credibility"), QStringLiteral("note"), QStringLiteral("evidence_count"),
                    QStringLiteral("evidence_urls"), QStringLiteral("orphaned")});
    for (const ArticleSummary &summary : m_project.articles()) {
        if (!ok) {
            break;
        }
        const auto article = m_project.article(summary.id);
        QHash<Id, QStringList> urls;
        for (const Evidence &item : m_project.articleEvidence(summary.id)) {
            if (!item.url.isEmpty()) {
                urls[item.claimId].append(item.url);
            }
        }
        for (const Claim &claim : m_project.claims(summary.id)) {
            ok = ok && line({QString::number(summary.id), summary.title, summary.publication, summary.author,
                             summary.published.isValid() ? summary.published.toString(Qt::ISODate) : QString(),
                             article ? article->metadata.url : QString(), QString::number(claim.id), claim.text,
                             verdictKey(claim.verdict), credibilityKey(claim.credibility), claim.note,
                             QString::number(claim.evidenceCount), urls.value(claim.id).join(u'\n'),
                             claim.orphaned ? QStringLiteral("yes") : QStringLiteral("no")});
            m_rows += ok ? 1 : 0;
        }
    }
    if (!ok) {
        m_lastError = tr("Cannot write the CSV: %1").arg(device->errorString());
        return false;
    }
    if (m_project.errorCount() != errors) {
        // A claim that could not be read must not go missing from the file unnoticed.
        m_lastError = tr("Some claims could not be read: %1").arg(m_project.lastError());
        return false;
    }
    return true;
}

bool ClaimsCsv::write(const QString &path)
{
    if (const QString refusal = refusedExportTarget(path, m_project.path()); !refusal.isEmpty()) {
        m_lastError = refusal;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(&file)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_lastError = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Credence::Core
