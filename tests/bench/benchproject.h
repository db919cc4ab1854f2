#pragma once
// What the benchmarks of large projects share: timing figures, news-like sentences, and a generated project of
// ARTICLES x CLAIMS claims written through the application's own schema (claims_bench, search_bench).

#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace Credence::Core {
class Database;
}

namespace Credence::Bench {

struct Figures
{
    int count = 0;
    double min = 0, median = 0, p95 = 0, max = 0;
};

Figures figuresOf(QList<double> ms);
void printFigures(const char *label, const Figures &f);
const char *verdictOf(bool pass);
double msSince(const QElapsedTimer &timer);

/// Sentences like a news article's: attribution, hedges, figures and quotations now and then, ~150 characters.
class SentenceMaker
{
public:
    explicit SentenceMaker(quint32 seed)
        : m_random(seed)
    {}

    QString sentence();
    QRandomGenerator &random() { return m_random; }

private:
    QRandomGenerator m_random;
};

/// Inserts the rows into @p db through prepared statements, 20 articles a transaction.
bool insertRows(Core::Database &db, int articles, int claimsPerArticle);
/// Writes the project: the schema from Database::open() (the migrations), the rows through prepared statements,
/// then the search index as Project::open() would build it.
bool generate(const QString &path, int articles, int claimsPerArticle);

} // namespace Credence::Bench
