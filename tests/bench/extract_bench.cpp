// Extraction throughput: every file of a folder read into memory, then extracted in-process on one thread through
// extractBytes() (decoding included), pass after pass until at least --seconds have gone by; prints pages/s and
// MB/s. readability_bench.mjs measures Mozilla Readability the same way; run_extract_bench.sh runs both.
//
//   extract_bench [--suffix html] [--seconds 3] FOLDER
//
// A benchmark, not a test: it is never registered with ctest.

#include "import/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <vector>

namespace {

using Credence::Core::extractBytes;
using Credence::Core::ExtractResult;

struct Page
{
    QString name;
    QByteArray bytes;
};

std::vector<Page> readPages(const QString &folder, const QString &suffix)
{
    std::vector<Page> pages;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        if (!suffix.isEmpty() && info.suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
            continue;
        }
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly)) {
            pages.push_back({info.fileName(), file.readAll()});
        }
    }
    return pages;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Extraction throughput on one thread, as pages/s and MB/s."));
    parser.addHelpOption();
    const QCommandLineOption suffixOption(QStringLiteral("suffix"), QStringLiteral("Only files with this suffix."),
                                          QStringLiteral("SUFFIX"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Repeat until at least this long (default 3)."),
                                           QStringLiteral("SECONDS"), QStringLiteral("3"));
    parser.addOptions({suffixOption, secondsOption});
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("The pages to extract."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }
    const std::vector<Page> pages = readPages(parser.positionalArguments().constFirst(), parser.value(suffixOption));
    if (pages.empty()) {
        std::fprintf(stderr, "extract_bench: no files to extract\n");
        return 1;
    }
    qint64 bytesPerPass = 0;
    for (const Page &page : pages) {
        bytesPerPass += page.bytes.size();
    }

    // One untimed pass: warms caches and the lazily built regular expressions, and counts the failures.
    int errors = 0;
    QString firstError;
    for (const Page &page : pages) {
        const ExtractResult result = extractBytes(page.bytes, page.name);
        if (!result.article) {
            if (errors++ == 0) {
                firstError = result.error;
            }
        }
    }

    const double minimumSeconds = parser.value(secondsOption).toDouble();
    qint64 passes = 0;
    qint64 sink = 0; // keeps the results observable
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    do {
        for (const Page &page : pages) {
            const ExtractResult result = extractBytes(page.bytes, page.name);
            sink += result.article ? result.article->body.size() : result.error.size();
        }
        ++passes;
    } while (double(timer.nsecsElapsed()) / 1e9 < minimumSeconds);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    // CPU time as well: on a shared machine the wall clock also counts the time other processes had the core.
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;

    const double work = double(passes) * double(pages.size());
    const double megabytes = double(passes) * double(bytesPerPass) / 1e6;
    const double pagesPerSecond = work / seconds;
    const double megabytesPerSecond = megabytes / seconds;
    std::printf("credence extractBytes: %zu files, %.1f KB on average, %lld passes in %.2f s (%.2f s of CPU)\n",
                pages.size(), double(bytesPerPass) / double(pages.size()) / 1024.0, passes, seconds, cpuSeconds);
    std::printf("  %.1f pages/s, %.2f MB/s by the clock; %.1f pages/s, %.2f MB/s of CPU time (MB = 10^6 bytes)\n",
                pagesPerSecond, megabytesPerSecond, work / cpuSeconds, megabytes / cpuSeconds);
    std::printf("  %d of %zu pages gave an error\n", errors, pages.size());
    if (errors) {
        std::printf("  first error: %s\n", qUtf8Printable(firstError));
    }
    std::printf("RESULT pages_per_s=%.2f mb_per_s=%.3f cpu_pages_per_s=%.2f cpu_mb_per_s=%.3f pages=%zu errors=%d "
                "sink=%lld\n",
                pagesPerSecond, megabytesPerSecond, work / cpuSeconds, megabytes / cpuSeconds, pages.size(), errors,
                sink % 10);
    return 0;
}
