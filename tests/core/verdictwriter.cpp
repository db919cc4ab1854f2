// The child process of kill9_test: marks the claims of a project one after another, for ever, and says so on stdout.
//
//   verdictwriter PROJECT
//
// Prints "ready <claims> <articles>", then per write "intent verdict <claimId> <verdict>" before it and "saved verdict
// <claimId> <verdict>" once it is committed (the log tests/common/writerlog.h reads), each line flushed at once:
// whatever the parent read as saved must survive a SIGKILL. Every write changes the verdict (not checked ->
// corroborated -> contradicted -> unverifiable -> not checked), so each adds a history row.

#include "storage/articlerepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Credence::Core;

namespace {

// Far more than a test waits for; only a bound in case the parent dies without killing us.
constexpr qint64 MaxWrites = 10'000'000;

void report(const char *what, Id claimId, Verdict verdict)
{
    std::printf("%s verdict %lld %s\n", what, static_cast<long long>(claimId), qPrintable(verdictKey(verdict)));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: verdictwriter PROJECT\n");
        return 2;
    }
    Database db;
    if (!db.open(arguments.at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
        return 1;
    }
    ClaimRepository repository(db);
    QList<Claim> claims;
    const QList<ArticleSummary> articles = ArticleRepository(db).list();
    for (const ArticleSummary &article : articles) {
        claims += repository.forArticle(article.id);
    }
    if (claims.isEmpty()) {
        std::fprintf(stderr, "%s has no claims\n", qPrintable(arguments.at(1)));
        return 1;
    }
    std::printf("ready %lld %lld\n", static_cast<long long>(claims.size()), static_cast<long long>(articles.size()));
    std::fflush(stdout);

    for (qint64 i = 0; i < MaxWrites; ++i) {
        Claim &claim = claims[i % claims.size()];
        const Verdict next = verdictFromInt((static_cast<int>(claim.verdict) + 1) % 4).value_or(Verdict::NotChecked);
        report("intent", claim.id, next);
        if (!repository.setVerdict(claim.id, next)) {
            std::fprintf(stderr, "cannot save claim %lld: %s\n", static_cast<long long>(claim.id),
                         qPrintable(db.lastError()));
            return 1;
        }
        claim.verdict = next;
        report("saved", claim.id, next);
    }
    return 0;
}
