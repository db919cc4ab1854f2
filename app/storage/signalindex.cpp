#include "signalindex.h"

#include "database.h"
#include "derivedtable.h"
#include "import/importer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Credence::Core {

namespace {

const QStringList &triggers()
{
    // Only what the stored signals read drops a row: a byline's presence, not which author it names (merging authors
    // moves articles between them and changes no signal); a claim's text and whether it is still in the body, not
    // its state or note.
    static const QStringList all = {
        QStringLiteral("CREATE TRIGGER signals_articles_delete AFTER DELETE ON articles BEGIN"
                       " DELETE FROM article_signals WHERE article_id = old.id; END"),
        QStringLiteral("CREATE TRIGGER signals_articles_change AFTER UPDATE OF body, title, language, published,"
                       " author_id ON articles WHEN old.body IS NOT new.body OR old.title IS NOT new.title"
                       " OR old.language IS NOT new.language OR old.published IS NOT new.published"
                       " OR (old.author_id IS NULL) <> (new.author_id IS NULL) BEGIN"
                       " DELETE FROM article_signals WHERE article_id = old.id; END"),
        QStringLiteral("CREATE TRIGGER signals_claims_insert AFTER INSERT ON claims BEGIN"
                       " DELETE FROM article_signals WHERE article_id = new.article_id; END"),
        QStringLiteral("CREATE TRIGGER signals_claims_delete AFTER DELETE ON claims BEGIN"
                       " DELETE FROM article_signals WHERE article_id = old.article_id; END"),
        QStringLiteral("CREATE TRIGGER signals_claims_text AFTER UPDATE OF text, orphaned, article_id ON claims"
                       " WHEN old.text IS NOT new.text OR old.orphaned IS NOT new.orphaned"
                       " OR old.article_id IS NOT new.article_id BEGIN"
                       " DELETE FROM article_signals WHERE article_id IN (old.article_id, new.article_id); END"),
    };
    return all;
}

/// Whether article o came before article a: published before it when both give different dates (ISO text), else
/// stored before it.
const QString Earlier =
    QStringLiteral("(CASE WHEN nullif(o.published, '') IS NOT NULL AND nullif(a.published, '') IS NOT NULL"
                   " AND o.published <> a.published THEN o.published < a.published ELSE o.id < a.id END)");

/// The ids of the articles among @p pairs (a SELECT of (article, other) near-duplicate pairs) that are republished
/// without credit: they credit no original source, copy an earlier article of another, known source, and copy no
/// earlier article of their own source (then they are the outlet's own story again, an update or a re-run, however
/// many others copied it in between).
QString republishedIds(const QString &pairs)
{
    return QStringLiteral("SELECT p.article AS id FROM (") + pairs +
           QStringLiteral(") p JOIN articles a ON a.id = p.article JOIN articles o ON o.id = p.other"
                          " WHERE coalesce(a.origin_source_id, 0) = 0 GROUP BY p.article"
                          " HAVING max(coalesce(o.source_id, 0) <> 0 AND coalesce(o.source_id, 0) <>"
                          " coalesce(a.source_id, 0) AND ") +
           Earlier + QStringLiteral(") AND NOT max(coalesce(a.source_id, 0) <> 0 AND o.source_id = a.source_id AND ") +
           Earlier + u')';
}

QString spinKey(SpinJudgement judgement)
{
    switch (judgement) {
    case SpinJudgement::Judged:
        return QStringLiteral("judged");
    case SpinJudgement::NotEnglish:
        return QStringLiteral("not-english");
    case SpinJudgement::TooShort:
        break;
    }
    return QStringLiteral("too-short");
}

SpinJudgement spinJudgementOf(const QString &key)
{
    if (key == QLatin1String("judged")) {
        return SpinJudgement::Judged;
    }
    return key == QLatin1String("not-english") ? SpinJudgement::NotEnglish : SpinJudgement::TooShort;
}

QString captionsJson(const QList<FlaggedCaption> &captions)
{
    // Page text goes into the JSON as a string value, escaped by the encoder: never into the statement.
    QJsonArray array;
    for (const FlaggedCaption &caption : captions) {
        array.append(QJsonObject{{QStringLiteral("text"), caption.text},
                                 {QStringLiteral("issue"), captionIssueKey(caption.issue)}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<FlaggedCaption> captionsOf(const QString &json)
{
    QList<FlaggedCaption> captions;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const bool unrelated = o.value(QStringLiteral("issue")).toString() == captionIssueKey(CaptionIssue::Unrelated);
        captions.append({o.value(QStringLiteral("text")).toString(),
                         unrelated ? CaptionIssue::Unrelated : CaptionIssue::AiGenerated});
    }
    return captions;
}

} // namespace

bool SignalIndex::hasTable()
{
    return m_db.runValue(QStringLiteral("SELECT 1 FROM main.sqlite_master WHERE name = 'article_signals'")).isValid();
}

bool SignalIndex::isCurrent()
{
    const int errors = m_db.errorCount();
    const int objects = m_db.scalar(QStringLiteral("SELECT count(*) FROM main.sqlite_master WHERE name IN"
                                                   " ('article_signals', 'signal_meta', 'signals_articles_delete',"
                                                   " 'signals_articles_change', 'signals_claims_insert',"
                                                   " 'signals_claims_delete', 'signals_claims_text')"))
                            .toInt();
    if (objects != 7 || m_db.errorCount() != errors) {
        return false;
    }
    const QVariant version = m_db.scalar(QStringLiteral("SELECT value FROM signal_meta WHERE key = 'version'"));
    return m_db.errorCount() == errors && version.toInt() == Version;
}

bool SignalIndex::remove()
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return false;
    }
    QStringList statements;
    for (const char *trigger : {"signals_articles_delete", "signals_articles_change", "signals_claims_insert",
                                "signals_claims_delete", "signals_claims_text"}) {
        statements.append(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(trigger));
    }
    statements.append(QStringLiteral("DROP TABLE IF EXISTS article_signals"));
    statements.append(QStringLiteral("DROP TABLE IF EXISTS signal_meta"));
    return DerivedTable::execAll(m_db, statements) && tx.commit();
}

bool SignalIndex::create()
{
    Transaction tx(m_db);
    if (!tx.isActive() || !remove()) {
        return false;
    }
    const QStringList statements = {
        // spin_judgement: "judged", "not-english" or "too-short". ai_captions and unrelated_captions count what
        // captions (a JSON array of {text, issue}) lists, so that tallies add them up without reading the JSON.
        QStringLiteral("CREATE TABLE article_signals (article_id INTEGER PRIMARY KEY,"
                       " claims_counted INTEGER NOT NULL, hedged INTEGER NOT NULL, unattributed INTEGER NOT NULL,"
                       " no_byline INTEGER NOT NULL, no_date INTEGER NOT NULL,"
                       " spin_judgement TEXT NOT NULL, spin_score REAL NOT NULL, spin_words INTEGER NOT NULL,"
                       " spin_articles INTEGER NOT NULL, spin_improbable INTEGER NOT NULL, spun INTEGER NOT NULL,"
                       " ai_captions INTEGER NOT NULL, unrelated_captions INTEGER NOT NULL,"
                       " captions TEXT NOT NULL DEFAULT '[]')"),
        QStringLiteral("CREATE TABLE signal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
    if (!DerivedTable::execAll(m_db, statements + triggers())) {
        return false;
    }
    return m_db.exec(QStringLiteral("INSERT INTO signal_meta(key, value) VALUES ('version', ?)"), {Version})
               .isActive() &&
           tx.commit();
}

bool SignalIndex::ensure()
{
    if (m_db.isReadOnly()) {
        return isCurrent();
    }
    if (!isCurrent() && !create()) {
        return false;
    }
    return catchUp();
}

bool SignalIndex::catchUp()
{
    return DerivedTable::catchUp(m_db, QStringLiteral("article_signals"), [this](Id id) { return measure(id); });
}

bool SignalIndex::add(Id articleId, const ArticleText &article)
{
    if (!hasTable()) {
        return true; // no signal table yet: ensure() measures the article at the next open
    }
    const ArticleSignals measured = articleSignals(article);
    int ai = 0;
    for (const FlaggedCaption &caption : measured.flaggedCaptions) {
        ai += caption.issue == CaptionIssue::AiGenerated ? 1 : 0;
    }
    const SpunTextScore &spin = measured.spunText;
    return m_db.run(QStringLiteral("INSERT OR REPLACE INTO article_signals(article_id, claims_counted, hedged,"
                                   " unattributed, no_byline, no_date, spin_judgement, spin_score, spin_words,"
                                   " spin_articles, spin_improbable, spun, ai_captions, unrelated_captions, captions)"
                                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                    {articleId, measured.claimsCounted, measured.hedgedClaims, measured.unattributedClaims,
                     measured.noByline ? 1 : 0, measured.noDate ? 1 : 0, spinKey(spin.judgement), spin.score,
                     spin.words, spin.articles, spin.improbable, spin.spun ? 1 : 0, ai,
                     int(measured.flaggedCaptions.size()) - ai, captionsJson(measured.flaggedCaptions)});
}

bool SignalIndex::measureIfMissing(Id articleId)
{
    if (!hasTable()) {
        return true;
    }
    const int errors = m_db.errorCount();
    const bool missing =
        !m_db.runValue(QStringLiteral("SELECT 1 FROM article_signals WHERE article_id = ?"), {articleId}).isValid();
    return m_db.errorCount() == errors && (!missing || measure(articleId));
}

bool SignalIndex::measure(Id articleId)
{
    const int errors = m_db.errorCount();
    // The raw input only when it is small enough to be extracted again (see MaxReextractBytes).
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT a.title, a.body, a.published, a.language, a.file_name,"
                                           " CASE WHEN length(a.raw) <= ? THEN a.raw END, coalesce(au.name, '')"
                                           " FROM articles a LEFT JOIN authors au ON au.id = a.author_id"
                                           " WHERE a.id = ?"),
                            {MaxReextractBytes, articleId});
    if (!m_db.next(q)) {
        return m_db.errorCount() == errors; // gone: nothing to measure
    }
    ArticleText article;
    article.title = q.value(0).toString();
    article.body = q.value(1).toString();
    article.published = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    article.language = q.value(3).toString();
    const QString fileName = q.value(4).toString();
    const QByteArray raw = q.value(5).toByteArray();
    article.byline = q.value(6).toString();
    // Claims whose text the body no longer holds (orphans, kept for their states) are not the article's words.
    QSqlQuery claims = m_db.exec(
        QStringLiteral("SELECT text FROM claims WHERE article_id = ? AND orphaned = 0 ORDER BY start_offset, id"),
        {articleId});
    while (m_db.next(claims)) {
        article.claims.append(claims.value(0).toString());
    }
    if (m_db.errorCount() != errors) {
        return false;
    }
    if (!raw.isEmpty()) {
        const ExtractResult extracted = extractBytes(raw, fileName);
        if (extracted.article) {
            article.captions = extracted.article->captions;
        }
    }
    return add(articleId, article);
}

std::optional<bool> SignalIndex::republishedWithoutCredit(Id articleId)
{
    // A project without origin tables (read-only, from an older Credence) knows no near-duplicates.
    if (!m_db.runValue(QStringLiteral("SELECT 1 FROM main.sqlite_master WHERE name = 'origin_pairs'")).isValid()) {
        return false;
    }
    const int errors = m_db.errorCount();
    const QVariant found = m_db.scalar(
        QStringLiteral("SELECT EXISTS (") +
            republishedIds(QStringLiteral("SELECT first AS article, second AS other FROM origin_pairs WHERE first = ?"
                                          " UNION ALL SELECT second, first FROM origin_pairs WHERE second = ?")) +
            u')',
        {articleId, articleId});
    if (m_db.errorCount() != errors) {
        return std::nullopt;
    }
    return found.toInt() != 0;
}

std::optional<StoredSignals> SignalIndex::get(Id articleId)
{
    if (!hasTable()) {
        return std::nullopt;
    }
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT claims_counted, hedged, unattributed, no_byline, no_date,"
                                           " spin_judgement, spin_score, spin_words, spin_articles, spin_improbable,"
                                           " spun, captions FROM article_signals WHERE article_id = ?"),
                            {articleId});
    if (!m_db.next(q)) {
        return std::nullopt;
    }
    StoredSignals stored;
    stored.articleId = articleId;
    ArticleSignals &measured = stored.measured;
    measured.claimsCounted = q.value(0).toInt();
    measured.hedgedClaims = q.value(1).toInt();
    measured.unattributedClaims = q.value(2).toInt();
    measured.noByline = q.value(3).toBool();
    measured.noDate = q.value(4).toBool();
    measured.spunText.judgement = spinJudgementOf(q.value(5).toString());
    measured.spunText.score = q.value(6).toDouble();
    measured.spunText.threshold = SpunTextThreshold;
    measured.spunText.words = q.value(7).toInt();
    measured.spunText.articles = q.value(8).toInt();
    measured.spunText.improbable = q.value(9).toInt();
    measured.spunText.spun = q.value(10).toBool();
    measured.flaggedCaptions = captionsOf(q.value(11).toString());
    const std::optional<bool> republished = republishedWithoutCredit(articleId);
    if (!republished) {
        return std::nullopt;
    }
    stored.republishedWithoutCredit = *republished;
    return stored;
}

QHash<Id, SignalTally> SignalIndex::tallies(Group group)
{
    QHash<Id, SignalTally> result;
    if (!hasTable()) {
        return result;
    }
    // One of two column names of ours, never input.
    const QString key = group == Group::Source ? QStringLiteral("coalesce(a.source_id, 0)")
                                               : QStringLiteral("coalesce(a.author_id, 0)");
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + key +
                            QStringLiteral(", count(*), sum(s.spin_judgement = 'judged'), sum(s.spun),"
                                           " sum(s.claims_counted), sum(s.hedged), sum(s.unattributed),"
                                           " sum(s.no_byline), sum(s.no_date), sum(s.ai_captions),"
                                           " sum(s.unrelated_captions)"
                                           " FROM article_signals s JOIN articles a ON a.id = s.article_id"
                                           " GROUP BY 1"));
    while (m_db.next(q)) {
        SignalTally &tally = result[q.value(0).toLongLong()];
        tally.articles = q.value(1).toInt();
        tally.spinJudged = q.value(2).toInt();
        tally.spun = q.value(3).toInt();
        tally.claimsCounted = q.value(4).toInt();
        tally.hedgedClaims = q.value(5).toInt();
        tally.unattributedClaims = q.value(6).toInt();
        tally.withoutByline = q.value(7).toInt();
        tally.withoutDate = q.value(8).toInt();
        tally.aiGeneratedCaptions = q.value(9).toInt();
        tally.unrelatedCaptions = q.value(10).toInt();
    }
    if (!m_db.runValue(QStringLiteral("SELECT 1 FROM main.sqlite_master WHERE name = 'origin_pairs'")).isValid()) {
        return result;
    }
    // Each pair both ways round.
    QSqlQuery republished = m_db.exec(
        QStringLiteral("SELECT ") + key + QStringLiteral(", count(*) FROM (") +
        republishedIds(QStringLiteral("SELECT first AS article, second AS other FROM origin_pairs"
                                      " UNION ALL SELECT second, first FROM origin_pairs")) +
        QStringLiteral(") r JOIN article_signals s ON s.article_id = r.id JOIN articles a ON a.id = r.id GROUP BY 1"));
    while (m_db.next(republished)) {
        result[republished.value(0).toLongLong()].republishedWithoutCredit = republished.value(1).toInt();
    }
    return result;
}

} // namespace Credence::Core
