#pragma once
// What the benchmarks of large projects share: timing figures, news-like sentences, and a generated project of
// ARTICLES x CLAIMS claims written through the application's own schema (claims_bench, search_bench).

#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QCommandLineParser;

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
bool insertRows(Core::Database &db, int articles, int claimsPerArticle, int sources = 40);
/// Writes the project: the schema from Database::open() (the migrations), the rows through prepared statements,
/// then the search index as Project::open() would build it.
bool generate(const QString &path, int articles, int claimsPerArticle, int sources = 40);

/// The options of every benchmark of a generated project: --articles, --claims, --file, --keep.
struct ProjectOptions
{
    int articles = 2000;
    int claimsPerArticle = 500;
    QString file; ///< an existing project to measure as it is, or empty
    bool keep = false;
};
void addProjectOptions(QCommandLineParser &parser);
ProjectOptions projectOptions(const QCommandLineParser &parser);

/// Where a benchmark's project is: --file, or a file in a temporary folder of @p benchmark's name that goes when the
/// benchmark ends unless --keep.
struct ProjectPlace
{
    std::unique_ptr<QTemporaryDir> folder;
    QString path;
    bool existed = false; ///< --file named a project that is there: measured as it is, never generated or removed
};
ProjectPlace projectPlace(const ProjectOptions &options, const QString &benchmark);

/// Imports @p files into a new project at @p path through ImportJob::run() (the window's import), after @p prepare
/// has had the new project (to remove its search index, say). The seconds it took, or -1 when a file was not stored;
/// with @p stored, files not stored (not an article, a duplicate) are allowed and @p stored says how many were.
double timedImport(const QString &path, const QStringList &files,
                   const std::function<bool(Core::Database &)> &prepare = {}, int *stored = nullptr);

} // namespace Credence::Bench
