#include "durabilitymodel.h"

#include "claims/claimsforbody.h"
#include "generatedarticle.h"
#include "import/importer.h"
#include "import/rules/textnormalize.h"
#include "storage/articlerepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"

namespace Credence::Core {

namespace {

// A failing trial could list thousands of claims; the first few say what went wrong.
constexpr qsizetype MaxProblems = 8;

void note(QStringList *problems, const QString &problem)
{
    if (problems && problems->size() < MaxProblems) {
        problems->append(problem);
    }
}

QString describe(Id id, const ClaimState &state)
{
    return QStringLiteral("claim %1: %2, %3 history rows, note of %4 characters")
        .arg(id)
        .arg(verdictKey(state.verdict))
        .arg(state.historyRows)
        .arg(state.note.size());
}

} // namespace

DurabilityModel::FileState DurabilityModel::readFile(Database &db)
{
    FileState file;
    const int errors = db.errorCount();
    // Test code reads the whole file in two statements; claim by claim through ClaimRepository would make the bench
    // quadratic in the number of trials.
    QSqlQuery claims = db.exec(QStringLiteral("SELECT c.id, c.article_id, c.verdict, c.note,"
                                              " (SELECT count(*) FROM verdict_history h WHERE h.claim_id = c.id)"
                                              " FROM claims c"));
    while (db.next(claims)) {
        const Id id = claims.value(0).toLongLong();
        ClaimState state;
        state.articleId = claims.value(1).toLongLong();
        state.verdict = verdictFromInt(claims.value(2).toInt()).value_or(Verdict::NotChecked);
        state.note = claims.value(3).toString();
        state.historyRows = claims.value(4).toInt();
        file.claims.insert(id, state);
        file.claimsOfArticle.insert(state.articleId, id);
    }
    QSqlQuery articles = db.exec(QStringLiteral("SELECT id FROM articles"));
    while (db.next(articles)) {
        file.articles.insert(articles.value(0).toLongLong());
    }
    if (db.errorCount() != errors) {
        file.error = QStringLiteral("reading the file failed: %1").arg(db.lastError());
    }
    return file;
}

bool DurabilityModel::isWhole(Database &db, Id id, const ArticleSourceText &source, QString *problem)
{
    const auto article = ArticleRepository(db).get(id);
    if (!article) {
        *problem = QStringLiteral("article %1 (%2) is missing").arg(id).arg(source.name);
        return false;
    }
    if (article->fileName != source.name || article->raw != source.raw) {
        *problem = QStringLiteral("article %1 is not %2 as imported").arg(id).arg(source.name);
        return false;
    }
    // The body and claims the import stored are those extraction gives today: the extractor is not under test here.
    const ExtractResult extracted = extractBytes(source.raw, source.name);
    if (!extracted.article || extracted.article->body != article->body) {
        *problem = QStringLiteral("article %1 (%2) has another body").arg(id).arg(source.name);
        return false;
    }
    const QList<Claim> expected = claimsForBody(article->body, extracted.article->language);
    const QList<Claim> stored = ClaimRepository(db).forArticle(id);
    bool same = expected.size() == stored.size();
    for (qsizetype i = 0; same && i < expected.size(); ++i) {
        same = expected.at(i).start == stored.at(i).start && expected.at(i).end == stored.at(i).end &&
               expected.at(i).text == stored.at(i).text;
    }
    if (!same) {
        *problem = QStringLiteral("article %1 (%2) has %3 claims where its import made %4, or other ones")
                       .arg(id)
                       .arg(source.name)
                       .arg(stored.size())
                       .arg(expected.size());
    }
    return same;
}

void DurabilityModel::addArticle(Id id, const ArticleSourceText &source, const FileState &file)
{
    m_articles.insert(id, source);
    // A new article's claims start undecided and without notes; later changes in the log apply on top.
    for (const Id claimId : file.claimsOfArticle.values(id)) {
        m_claims.insert(claimId, ClaimState{id, Verdict::NotChecked, QString(), 0});
    }
}

bool DurabilityModel::adopt(Database &db, QString *error)
{
    const FileState file = readFile(db);
    if (!file.error.isEmpty()) {
        *error = file.error;
        return false;
    }
    m_claims = file.claims;
    m_articles.clear();
    ArticleRepository articles(db);
    for (const Id id : file.articles) {
        const auto article = articles.get(id);
        if (!article) {
            *error = QStringLiteral("article %1 cannot be read: %2").arg(id).arg(db.lastError());
            return false;
        }
        m_articles.insert(id, ArticleSourceText{article->fileName, article->raw});
    }
    return true;
}

TrialCheck DurabilityModel::check(Database &db, const WriterLog &log)
{
    TrialCheck result;
    const FileState file = readFile(db);
    if (!file.error.isEmpty()) {
        ++result.lost;
        note(&result.problems, file.error);
        return result;
    }

    for (const Change &change : log.saved) {
        if (change.kind == ChangeKind::Import) {
            const ArticleSourceText source{change.name, generatedArticle(change.name)};
            QString problem;
            if (isWhole(db, change.articleId, source, &problem)) {
                addArticle(change.articleId, source, file);
            } else {
                ++result.lost;
                note(&result.problems, QStringLiteral("acknowledged import lost: ") + problem);
            }
            continue;
        }
        const auto claim = m_claims.find(change.claimId);
        if (claim == m_claims.end()) {
            ++result.unexpected;
            note(&result.problems,
                 QStringLiteral("the writer changed a claim the bench does not know: ") + change.describe());
            continue;
        }
        if (change.kind == ChangeKind::Verdict) {
            claim->verdict = change.verdict;
            ++claim->historyRows;
        } else {
            claim->note = change.note;
        }
    }

    if (log.pending) {
        const Change &change = *log.pending;
        if (change.kind == ChangeKind::Import) {
            const ArticleSourceText source{change.name, generatedArticle(change.name)};
            const auto found = ArticleRepository(db).findByHash(contentHash(decodeText(source.raw)));
            QString problem;
            if (!found) {
                result.inFlight = InFlight::Lost;
            } else if (isWhole(db, *found, source, &problem)) {
                result.inFlight = InFlight::Committed;
                addArticle(*found, source, file);
            } else {
                result.inFlight = InFlight::Torn;
                note(&result.problems, QStringLiteral("the import in flight is in part: ") + problem);
            }
        } else if (const auto claim = m_claims.find(change.claimId); claim != m_claims.end()) {
            ClaimState after = *claim;
            if (change.kind == ChangeKind::Verdict) {
                after.verdict = change.verdict;
                ++after.historyRows;
            } else {
                after.note = change.note;
            }
            const ClaimState found = file.claims.value(change.claimId);
            if (found == after) {
                result.inFlight = InFlight::Committed;
                *claim = after;
            } else if (found == *claim) {
                result.inFlight = InFlight::Lost;
            } else {
                result.inFlight = InFlight::Torn;
                note(&result.problems, QStringLiteral("the %1 in flight is in part: %2")
                                           .arg(change.describe(), describe(change.claimId, found)));
                // Counted here, not once more below as a lost acknowledged change.
                *claim = found;
            }
        } else {
            ++result.unexpected;
            note(&result.problems,
                 QStringLiteral("the writer began to change a claim the bench does not know: ") + change.describe());
        }
    }

    for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it) {
        const auto found = file.claims.constFind(it.key());
        if (found == file.claims.cend() || *found != it.value()) {
            ++result.lost;
            note(&result.problems,
                 QStringLiteral("expected %1, the file has %2")
                     .arg(describe(it.key(), it.value()),
                          found == file.claims.cend() ? QStringLiteral("no such claim") : describe(it.key(), *found)));
        }
    }
    for (auto it = file.claims.cbegin(); it != file.claims.cend(); ++it) {
        if (!m_claims.contains(it.key())) {
            ++result.unexpected;
            note(&result.problems, QStringLiteral("no change accounts for %1").arg(describe(it.key(), it.value())));
        }
    }
    for (auto it = m_articles.cbegin(); it != m_articles.cend(); ++it) {
        if (!file.articles.contains(it.key())) {
            ++result.lost;
            note(&result.problems, QStringLiteral("article %1 (%2) is missing").arg(it.key()).arg(it->name));
        }
    }
    for (const Id id : file.articles) {
        if (!m_articles.contains(id)) {
            ++result.unexpected;
            note(&result.problems, QStringLiteral("no change accounts for article %1").arg(id));
        }
    }

    if (!result.clean()) {
        QString error;
        if (!adopt(db, &error)) {
            note(&result.problems, error);
        }
    }
    return result;
}

int DurabilityModel::checkArticles(Database &db, QStringList *problems)
{
    int differing = 0;
    for (auto it = m_articles.cbegin(); it != m_articles.cend(); ++it) {
        QString problem;
        if (!isWhole(db, it.key(), it.value(), &problem)) {
            ++differing;
            note(problems, problem);
        }
    }
    return differing;
}

} // namespace Credence::Core
