// The same claim elsewhere in a project of a million claims, and what finding independent origins and keeping the
// full-text index cost an import.
//
//   similar_bench [--articles 2000] [--claims 500] [--queries 40] [--import 10000] [--pages DIR] [--file PATH]
//                 [--keep]
//
// 1. Writes a project of ARTICLES x CLAIMS claims (benchproject.cpp), opens it as the window does (which signs every
//    article for origins, as for a project from an older Credence) and times Project::similarClaims(claim, 20) for
//    QUERIES claims picked at random: candidates from the index, the closer comparison, origins.
// 2. Imports IMPORT generated text articles (a fifth of them reprints of others under another masthead; words drawn
//    by Zipf's law from a large vocabulary, see NewsText) through ImportJob::run() into a new project with the search
//    index, origin grouping and text-quality signals kept as articles are stored, one without the signals, one with
//    the index only, and one with none of them; the differences are their shares of the import time.
// 3. With --pages, does the same with the saved web pages in DIR (.html, .htm, .html.gz), three times over: real pages
//    cost the extraction far more than generated text does, so the shares are what a user's import sees.

#include "benchproject.h"
#include "import/importjob.h"
#include "project/project.h"
#include "projecttestaccess.h"
#include "storage/database.h"
#include "storage/originindex.h"
#include "storage/searchindex.h"
#include "storage/signalindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace Credence::Core;
using namespace Credence::Bench;

namespace {

constexpr double SimilarTargetMs = 50.0;
constexpr double ImportShareTarget = 20.0;

bool measureSimilar(Project &project, int queries)
{
    Database &db = ProjectTestAccess::database(project);
    const qint64 claims = db.scalar(QStringLiteral("SELECT max(id) FROM claims")).toLongLong();
    QRandomGenerator random(17);
    QList<double> ms;
    int listed = 0;
    int differing = 0;
    for (int i = 0; i < queries; ++i) {
        const Id claim = db.scalar(QStringLiteral("SELECT id FROM claims WHERE id >= ? ORDER BY id LIMIT 1"),
                                   {random.bounded(qint64(1), claims + 1)})
                             .toLongLong();
        QElapsedTimer timer;
        timer.start();
        const QList<SimilarClaim> similar = project.similarClaims(claim, 20);
        ms.append(msSince(timer));
        listed += int(similar.size());
        for (const SimilarClaim &item : similar) {
            differing += item.similarity.differing.isEmpty() ? 0 : 1;
        }
    }
    std::printf("b. Project::similarClaims(claim, 20) for %d claims picked at random\n", queries);
    const Figures f = figuresOf(ms);
    printFigures("top 20 similar claims", f);
    std::printf("    %.1f claims listed on average, %d with differing figures\n", double(listed) / queries, differing);
    std::printf("  target p95 <= %.0f ms: %s\n", SimilarTargetMs, verdictOf(f.p95 <= SimilarTargetMs));
    return f.p95 <= SimilarTargetMs;
}

/// Words for generated news text: a vocabulary of 30,000 made-up words drawn with Zipf's law (a word's frequency
/// inversely proportional to its rank, as in real text), with function words between them. SentenceMaker's 52 words
/// would not do here: in its text every article shares most three-word runs with every other, which no two real
/// articles do, and near-duplicate search would measure that instead of what a project costs.
class NewsText
{
public:
    explicit NewsText(quint32 seed)
        : m_random(seed)
    {
        static const QStringList syllables = {
            QStringLiteral("ka"),  QStringLiteral("ro"),  QStringLiteral("ven"), QStringLiteral("til"),
            QStringLiteral("mar"), QStringLiteral("os"),  QStringLiteral("du"),  QStringLiteral("len"),
            QStringLiteral("spa"), QStringLiteral("ri"),  QStringLiteral("bor"), QStringLiteral("ne"),
            QStringLiteral("ha"),  QStringLiteral("gel"), QStringLiteral("ut"),  QStringLiteral("wes"),
            QStringLiteral("fi"),  QStringLiteral("tor"), QStringLiteral("am"),  QStringLiteral("cle"),
            QStringLiteral("po"),  QStringLiteral("ste"), QStringLiteral("ib"),  QStringLiteral("no"),
            QStringLiteral("qua"), QStringLiteral("zer"), QStringLiteral("li"),  QStringLiteral("mon"),
            QStringLiteral("er"),  QStringLiteral("sa")};
        for (int i = 0; i < 30000; ++i) {
            QString word;
            int n = i;
            do {
                word += syllables.at(n % syllables.size());
                n /= int(syllables.size());
            } while (n > 0);
            m_words.append(word);
        }
    }

    QString paragraph(int sentences)
    {
        static const QStringList function = {QStringLiteral("the"), QStringLiteral("of"), QStringLiteral("and"),
                                             QStringLiteral("to"),  QStringLiteral("in"), QStringLiteral("said"),
                                             QStringLiteral("a"),   QStringLiteral("on"), QStringLiteral("that")};
        QString text;
        for (int s = 0; s < sentences; ++s) {
            const int length = 14 + m_random.bounded(16);
            QString sentence;
            for (int w = 0; w < length; ++w) {
                QString word;
                if (m_random.bounded(3) == 0) {
                    word = function.at(m_random.bounded(int(function.size())));
                } else {
                    // Log-uniform rank: Zipf's law with exponent 1.
                    const double u = m_random.generateDouble();
                    word = m_words.at(qMin(int(m_words.size()) - 1, int(std::exp(u * std::log(m_words.size())))));
                }
                if (w == 0) {
                    word[0] = word.at(0).toUpper();
                }
                sentence += (w ? QStringLiteral(" ") : QString()) + word;
            }
            text += (s ? QStringLiteral(" ") : QString()) + sentence + u'.';
        }
        return text;
    }
    QRandomGenerator &random() { return m_random; }

private:
    QRandomGenerator m_random;
    QStringList m_words;
};

/// Text dumps as `credence import` takes them; every fifth is an earlier one reprinted under another masthead.
QStringList writeArticles(const QString &folder, int count)
{
    NewsText maker(99);
    QStringList files;
    QStringList bodies;
    for (int i = 0; i < count; ++i) {
        QString body;
        if (i % 5 == 4 && !bodies.isEmpty()) {
            body = bodies.at(maker.random().bounded(int(bodies.size())));
        } else {
            for (int p = 0; p < 6; ++p) {
                body += maker.paragraph(2) + QStringLiteral("\n\n");
            }
            bodies.append(body);
        }
        const QString text =
            QStringLiteral("Spillway inspection report number %1\nBy Reporter %2\nSource: Bench Outlet %3\n\n")
                .arg(QString::number(i), QString::number(i % 300), QString::number(i % 40)) +
            body + QStringLiteral("Printed by Bench Outlet %1.\n").arg(i % 40);
        const QString path = folder + QStringLiteral("/article-%1.txt").arg(i, 5, 10, QLatin1Char('0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
            return {};
        }
        files.append(path);
    }
    return files;
}

enum class Derived
{
    All,       ///< search index, origins and signals
    NoSignals, ///< search index and origins
    IndexOnly,
    Neither
};

/// Imports @p files into a new project at @p path with the derived data @p derived keeps; the seconds it took, or -1.
/// Adds the near-duplicate pairs found to @p pairs. With @p stored, files that are no article are allowed (see
/// timedImport()).
double importInto(const QString &path, const QStringList &files, Derived derived, int *pairs, int *stored)
{
    const double seconds = timedImport(
        path, files,
        [derived](Database &db) {
            return (derived != Derived::Neither || SearchIndex(db).remove()) &&
                   (derived == Derived::All || derived == Derived::NoSignals || OriginIndex(db).remove()) &&
                   (derived == Derived::All || SignalIndex(db).remove());
        },
        stored);
    if (seconds > 0 && derived == Derived::All) {
        Database db;
        if (!db.open(path, {OpenMode::Existing, true})) {
            return -1;
        }
        *pairs += db.scalar(QStringLiteral("SELECT count(*) FROM origin_pairs")).toInt();
    }
    return seconds;
}

/// Imports @p rounds lists of files, each into four new projects (index, origins and signals; without signals; index
/// only; none), and prints what the index, origins and signals cost.
bool measureImport(const QList<QStringList> &rounds, const QString &folder, const char *reprints, bool allStored)
{
    const QString allPath = folder + QStringLiteral("/all.credence");
    const QString withPath = folder + QStringLiteral("/with.credence");
    const QString indexPath = folder + QStringLiteral("/index.credence");
    const QString withoutPath = folder + QStringLiteral("/without.credence");
    // Alternate the four so a busy moment of the shared machine does not fall on one only.
    double all = 0, with = 0, indexOnly = 0, without = 0;
    int pairs = 0;
    int count = 0; // articles stored by each of the four
    for (const QStringList &part : rounds) {
        for (const QString &path : {allPath, withPath, indexPath, withoutPath}) {
            Database::removeFiles(path);
        }
        int stored = int(part.size());
        int *storedOut = allStored ? nullptr : &stored;
        const double s = importInto(allPath, part, Derived::All, &pairs, storedOut);
        const double a = importInto(withPath, part, Derived::NoSignals, &pairs, storedOut);
        const double b = importInto(indexPath, part, Derived::IndexOnly, &pairs, storedOut);
        const double c = importInto(withoutPath, part, Derived::Neither, &pairs, storedOut);
        if (s < 0 || a < 0 || b < 0 || c < 0) {
            return false;
        }
        count += stored;
        all += s;
        with += a;
        indexOnly += b;
        without += c;
    }
    const double share = 100.0 * (all - without) / all;
    std::printf("  with the search index, origins and signals  %6.1f s  %6.0f articles/s (%d near-duplicate pairs%s)\n",
                all, count / all, pairs, reprints);
    std::printf("  with the search index and origins  %6.1f s  %6.0f articles/s\n", with, count / with);
    std::printf("  with the search index only         %6.1f s  %6.0f articles/s\n", indexOnly, count / indexOnly);
    std::printf("  with neither                       %6.1f s  %6.0f articles/s\n", without, count / without);
    std::printf("  index %.1f %%, origins %.1f %% and signals %.1f %% of the import time, together %.1f %%; target <= "
                "%.0f %%: %s\n",
                100.0 * (indexOnly - without) / all, 100.0 * (with - indexOnly) / all, 100.0 * (all - with) / all,
                share, ImportShareTarget, verdictOf(share <= ImportShareTarget));
    return share <= ImportShareTarget;
}

bool measureGeneratedImport(int count)
{
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/similar_bench_import-XXXXXX"));
    const QStringList files = writeArticles(folder.path(), count);
    if (files.isEmpty()) {
        return false;
    }
    std::printf("c. importing %d text articles of 12 sentences (a fifth reprints) through ImportJob::run()\n", count);
    const int half = int(files.size() / 2);
    const QByteArray reprints =
        QByteArrayLiteral(", ") + QByteArray::number(count / 5) + QByteArrayLiteral(" reprints");
    return measureImport({files.mid(0, half), files.mid(half)}, folder.path(), reprints.constData(), true);
}

/// The saved pages in @p dir (.html, .htm; .html.gz unpacked first), imported three times over into each project.
bool measurePageImport(const QString &dir)
{
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/similar_bench_pages-XXXXXX"));
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.html"), QStringLiteral("*.htm"), QStringLiteral("*.html.gz")}, QDir::Files);
    while (it.hasNext()) {
        const QString page = it.next();
        if (!page.endsWith(QLatin1String(".gz"))) {
            files.append(page);
            continue;
        }
        QProcess gunzip;
        gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), page});
        if (!gunzip.waitForFinished(-1) || gunzip.exitCode() != 0) {
            std::fprintf(stderr, "cannot unpack %s\n", qPrintable(page));
            return false;
        }
        const QString unpacked = folder.filePath(QFileInfo(page).completeBaseName());
        QFile out(unpacked);
        if (!out.open(QIODevice::WriteOnly) || out.write(gunzip.readAllStandardOutput()) < 0) {
            return false;
        }
        files.append(unpacked);
    }
    files.sort();
    if (files.isEmpty()) {
        std::fprintf(stderr, "no pages in %s\n", qPrintable(dir));
        return false;
    }
    std::printf("d. importing the %lld saved web pages of %s through ImportJob::run(), 3 rounds (articles/s counts"
                " those stored)\n",
                qlonglong(files.size()), qPrintable(dir));
    return measureImport({files, files, files}, folder.path(), "", false);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The same claim elsewhere in a large project; import costs."));
    parser.addHelpOption();
    addProjectOptions(parser);
    parser.addOption({QStringLiteral("queries"),
                      QStringLiteral("Claims looked up (0: none, and no project of a million claims)."),
                      QStringLiteral("N"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("import"), QStringLiteral("Articles imported (0: no import)."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption(
        {QStringLiteral("pages"), QStringLiteral("Also import the saved web pages in DIR."), QStringLiteral("DIR")});
    parser.process(app);
    const ProjectOptions options = projectOptions(parser);
    const int articles = options.articles;
    const int claimsPerArticle = options.claimsPerArticle;
    const int queries = std::max(0, parser.value(QStringLiteral("queries")).toInt());
    const int imports = std::max(0, parser.value(QStringLiteral("import")).toInt());

    const ProjectPlace place = projectPlace(options, QStringLiteral("similar_bench"));
    const QString &path = place.path;
    const bool existed = place.existed;
    bool ok = true;
    if (queries > 0) {
        std::printf("a. generating the project\n");
        if (!existed && !generate(path, articles, claimsPerArticle)) {
            Database::removeFiles(path);
            return 1;
        }
        Project project;
        QElapsedTimer openTimer;
        openTimer.start();
        if (!project.open(path, {OpenMode::Existing})) {
            std::fprintf(stderr, "%s\n", qPrintable(project.lastError()));
            return 1;
        }
        const qint64 claims =
            ProjectTestAccess::database(project).scalar(QStringLiteral("SELECT count(*) FROM claims")).toLongLong();
        std::printf("  %lld claims; Project::open (signing the articles for origins if not yet): %.0f ms\n", claims,
                    msSince(openTimer));
        ok = measureSimilar(project, queries);
    }
    if (!existed && !options.keep) {
        Database::removeFiles(path);
    }
    if (imports > 0) {
        ok = measureGeneratedImport(imports) && ok;
    }
    if (parser.isSet(QStringLiteral("pages"))) {
        ok = measurePageImport(parser.value(QStringLiteral("pages"))) && ok;
    }
    return ok ? 0 : 1;
}
