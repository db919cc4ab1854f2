// What opening a project costs, and how much of it is PRAGMA quick_check, on projects of a chosen size.
//
//   open_bench [--megabytes N[,N...]] [--runs R] [--keep DIR]
//
// For each size, builds a project of about N MB (articles with long bodies and a claim per sentence, written
// straight through the storage layer), closes it, drops it from the page cache when it can (as after a reboot:
// the first open of the day), then times Database::open() with and without the check. Prints min/median/max.

#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Credence::Core;

namespace {

bool build(const QString &path, qint64 bytes)
{
    Database db;
    if (!db.open(path, {OpenMode::Create})) {
        std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
        return false;
    }
    db.exec(QStringLiteral("INSERT INTO sources(name) VALUES ('Bench Gazette')"));
    QRandomGenerator random(42);
    const QStringList words = QStringLiteral("the council said on tuesday that harbour bridge repairs would cost "
                                             "million more than planned according to figures seen by reporters")
                                  .split(QLatin1Char(' '));
    qint64 article = 0;
    while (QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size() < bytes) {
        Transaction tx(db);
        for (int a = 0; a < 50; ++a, ++article) {
            QStringList sentences;
            for (int s = 0; s < 60; ++s) {
                QStringList sentence;
                for (int w = 0; w < 18; ++w) {
                    sentence.append(words.at(random.bounded(int(words.size()))));
                }
                sentences.append(sentence.join(QLatin1Char(' ')) + QLatin1Char('.'));
            }
            const QString body = sentences.join(QLatin1Char(' '));
            QSqlQuery q = db.exec(QStringLiteral("INSERT INTO articles(source_id, title, body, raw, raw_format,"
                                                 " content_hash, imported_at) VALUES (1, ?, ?, ?, 'text', ?, ?)"),
                                  {QStringLiteral("Article %1").arg(article), body, body.toUtf8(),
                                   QStringLiteral("hash-%1").arg(article), QStringLiteral("2026-12-02T00:00:00Z")});
            const qint64 id = q.lastInsertId().toLongLong();
            int offset = 0;
            for (const QString &sentence : std::as_const(sentences)) {
                db.exec(QStringLiteral("INSERT INTO claims(article_id, start_offset, end_offset, text, verdict,"
                                       " updated_at) VALUES (?, ?, ?, ?, ?, '2026-12-02T00:00:00Z')"),
                        {id, offset, offset + int(sentence.size()), sentence, random.bounded(3)});
                offset += int(sentence.size()) + 1;
            }
        }
        if (!tx.commit()) {
            std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
            return false;
        }
    }
    db.close();
    return true;
}

/// Asks the kernel to forget the file's cached pages, so the next open reads the disk.
bool dropCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0) {
        return false;
    }
    ::fdatasync(fd);
    const bool ok = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0;
    ::close(fd);
    return ok;
}

struct Figures
{
    double min = 0, median = 0, max = 0;
};

Figures time(const QString &path, bool check, bool cold, int runs)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        if (cold) {
            dropCache(path);
        }
        QElapsedTimer timer;
        timer.start();
        Database db;
        if (!db.open(path, {OpenMode::Existing, false, check})) {
            std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
            return {};
        }
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.first(), ms.at(ms.size() / 2), ms.last()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("megabytes"), QStringLiteral("Project sizes."), QStringLiteral("N,..."),
                      QStringLiteral("10,100,1000")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Opens per figure."), QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Build the projects in DIR and keep them."), QStringLiteral("DIR")});
    parser.process(app);
    QTemporaryDir temporary;
    const QString folder =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temporary.path();
    QDir().mkpath(folder);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    std::printf("%10s  %-26s %9s %9s %9s\n", "size (MB)", "open", "min ms", "median", "max");
    for (const QString &size : parser.value(QStringLiteral("megabytes")).split(QLatin1Char(','))) {
        const qint64 megabytes = size.toLongLong();
        const QString path = QDir(folder).filePath(QStringLiteral("bench-%1mb.credence").arg(megabytes));
        if (!QFileInfo::exists(path) && !build(path, megabytes * 1024 * 1024)) {
            return 1;
        }
        const double actual = double(QFileInfo(path).size()) / (1024 * 1024);
        for (const auto &[label, check, cold] :
             {std::tuple{"without check, cached", false, false}, std::tuple{"with quick_check, cached", true, false},
              std::tuple{"without check, cold", false, true}, std::tuple{"with quick_check, cold", true, true}}) {
            const Figures f = time(path, check, cold, runs);
            std::printf("%10.0f  %-26s %9.1f %9.1f %9.1f\n", actual, label, f.min, f.median, f.max);
            std::fflush(stdout);
        }
    }
    return 0;
}
