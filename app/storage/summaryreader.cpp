#include "summaryreader.h"

#include "database.h"
#include "originindex.h"

#include <QSqlQuery>

namespace Credence::Core {

std::optional<SummaryInput> SummaryReader::read()
{
    const int errors = m_db.errorCount();
    SummaryInput input;
    // Claims by article and state in one pass over the claims table (what a hand-written aggregate reads too); the
    // articles, a few thousand even in a project of a million claims, are joined in memory.
    QHash<Id, qsizetype> articleAt;
    QSqlQuery articles = m_db.exec(
        QStringLiteral("SELECT id, coalesce(source_id, 0), coalesce(author_id, 0) FROM articles ORDER BY id"));
    while (m_db.next(articles)) {
        articleAt.insert(articles.value(0).toLongLong(), input.articles.size());
        input.articles.append(
            {articles.value(0).toLongLong(), articles.value(1).toLongLong(), articles.value(2).toLongLong(), {}});
    }
    QSqlQuery counts =
        m_db.exec(QStringLiteral("SELECT article_id, verdict, count(*) FROM claims GROUP BY article_id, verdict"));
    while (m_db.next(counts)) {
        const auto at = articleAt.constFind(counts.value(0).toLongLong());
        const int verdict = counts.value(1).toInt();
        if (at != articleAt.constEnd() && verdict >= 0 && verdict < 4) {
            input.articles[*at].claims[verdict] += counts.value(2).toInt();
        }
    }
    QSqlQuery sources = m_db.exec(QStringLiteral("SELECT id, name, grade, grade_reason FROM sources"));
    while (m_db.next(sources)) {
        input.sources.append({sources.value(0).toLongLong(), sources.value(1).toString(), sources.value(2).toString(),
                              sources.value(3).toString()});
    }
    // Criteria answers (schema 10; a read-only project of an older schema has none).
    if (m_db.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'source_criteria'")).isValid()) {
        QSqlQuery criteria =
            m_db.exec(QStringLiteral("SELECT source_id, criterion, answer, note FROM source_criteria"));
        while (m_db.next(criteria)) {
            const int answer = criteria.value(2).toInt();
            input.criteria[criteria.value(0).toLongLong()].append(
                {criteria.value(1).toString(),
                 answer >= 0 && answer <= 3 ? CriterionAnswer(answer) : CriterionAnswer::Unanswered,
                 criteria.value(3).toString()});
        }
    }
    QSqlQuery authors = m_db.exec(QStringLiteral("SELECT id, name FROM authors"));
    while (m_db.next(authors)) {
        input.authors.append({authors.value(0).toLongLong(), authors.value(1).toString(), {}, {}});
    }
    // A project without origin tables (read-only, from an older Credence) has no pairs: each claim counts.
    input.nearDuplicates = OriginIndex(m_db).nearDuplicates();
    const QList<Id> mayRepeat = articlesThatMayRepeat(input);
    if (!mayRepeat.isEmpty()) {
        QStringList ids;
        for (const Id id : mayRepeat) {
            ids.append(QString::number(id));
        }
        // The index claims_article_verdict_key (schema 11) answers this alone; a claim without a key (a read-only
        // project a Credence before schema 11 wrote) is keyed from its text.
        QSqlQuery decided = m_db.exec(QStringLiteral("SELECT article_id, verdict, text_key FROM claims WHERE article_id"
                                                     " IN (SELECT value FROM json_each(?)) AND verdict IN (1, 2)"
                                                     " ORDER BY article_id, verdict, text_key"),
                                      {QString(u'[' + ids.join(u',') + u']')});
        bool unkeyed = false;
        while (m_db.next(decided)) {
            unkeyed = unkeyed || decided.value(2).isNull();
            input.repeatableClaims.append(
                {decided.value(0).toLongLong(), decided.value(1).toInt(), decided.value(2).toLongLong()});
        }
        if (unkeyed) {
            input.repeatableClaims.clear();
            QSqlQuery texts = m_db.exec(QStringLiteral("SELECT article_id, verdict, text FROM claims WHERE article_id"
                                                       " IN (SELECT value FROM json_each(?)) AND verdict IN (1, 2)"),
                                        {QString(u'[' + ids.join(u',') + u']')});
            while (m_db.next(texts)) {
                input.repeatableClaims.append(
                    {texts.value(0).toLongLong(), texts.value(1).toInt(), claimTextKey(texts.value(2).toString())});
            }
        }
    }
    if (m_db.errorCount() != errors) {
        return std::nullopt;
    }
    return input;
}

} // namespace Credence::Core
