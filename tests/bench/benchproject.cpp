#include "benchproject.h"

#include "import/importjob.h"
#include "project/project.h"
#include "projecttestaccess.h"
#include "storage/database.h"
#include "storage/searchindex.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Credence::Bench {

using Core::Database;
using Core::ImportJob;
using Core::ImportOutcome;
using Core::OpenMode;
using Core::Project;
using Core::ProjectTestAccess;
using Core::Transaction;

Figures figuresOf(QList<double> ms)
{
    if (ms.isEmpty()) {
        return {};
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) { return ms.at(std::max<qsizetype>(0, qsizetype(std::ceil(q * ms.size())) - 1)); };
    return {int(ms.size()), ms.first(), at(0.5), at(0.95), ms.last()};
}

void printFigures(const char *label, const Figures &f)
{
    std::printf("  %-44s n=%-5d min %7.3f  median %7.3f  p95 %7.3f  max %8.3f ms\n", label, f.count, f.min, f.median,
                f.p95, f.max);
}

const char *verdictOf(bool pass)
{
    return pass ? "PASS" : "MISS";
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString SentenceMaker::sentence()
{
    static const QStringList subjects = {QStringLiteral("The regional water board"),
                                         QStringLiteral("A spokesperson for the council"),
                                         QStringLiteral("Engineers at the plant"),
                                         QStringLiteral("The health ministry"),
                                         QStringLiteral("Residents of the valley"),
                                         QStringLiteral("The company's chief executive"),
                                         QStringLiteral("Police"),
                                         QStringLiteral("An independent auditor")};
    static const QStringList verbs = {
        QStringLiteral("said on Tuesday that"),    QStringLiteral("reportedly confirmed that"),
        QStringLiteral("told reporters that"),     QStringLiteral("denied claims that"),
        QStringLiteral("could not rule out that"), QStringLiteral("announced that")};
    static const QStringList words =
        QStringLiteral("the spill reached the river within hours and repairs to the harbour "
                       "bridge would cost more than planned according to figures seen by local "
                       "reporters while officials insisted the largest inspection in a decade "
                       "found no record of earlier leaks near the northern reservoir")
            .split(u' ');
    QString s =
        subjects.at(m_random.bounded(int(subjects.size()))) + u' ' + verbs.at(m_random.bounded(int(verbs.size())));
    const int length = 120 + m_random.bounded(61); // 120 to 180 characters
    while (s.size() < length) {
        const int pick = m_random.bounded(40);
        if (pick == 0) {
            s += u' ' + QString::number(m_random.bounded(1, 100000));
        } else if (pick == 1) {
            s += QStringLiteral(" \u201cwe acted at once\u201d");
        } else {
            s += u' ' + words.at(m_random.bounded(int(words.size())));
        }
    }
    return s + u'.';
}

bool insertRows(Database &db, int articles, int claimsPerArticle, int sources)
{
    // The open Transaction rolls back when a failure returns.
    const auto fail = [](const QSqlQuery &q) {
        std::fprintf(stderr, "generating failed: %s\n", qPrintable(q.lastError().text()));
        return false;
    };
    const int Sources = std::max(1, sources);
    constexpr int Authors = 300;
    const QString stamp = QStringLiteral("2026-12-02T10:00:00.000Z");
    {
        Transaction tx(db);
        QSqlQuery source(db.connection());
        QSqlQuery author(db.connection());
        source.prepare(QStringLiteral("INSERT INTO sources(name) VALUES (?)"));
        author.prepare(QStringLiteral("INSERT INTO authors(name) VALUES (?)"));
        for (int i = 1; i <= Sources; ++i) {
            source.addBindValue(QStringLiteral("Bench Outlet %1").arg(i));
            if (!source.exec()) {
                return fail(source);
            }
        }
        for (int i = 1; i <= Authors; ++i) {
            author.addBindValue(QStringLiteral("Reporter %1").arg(i));
            if (!author.exec()) {
                return fail(author);
            }
        }
        if (!tx.commit()) {
            return false;
        }
    }
    QSqlQuery article(db.connection());
    article.prepare(QStringLiteral("INSERT INTO articles(id, source_id, author_id, title, published, url, body, raw,"
                                   " raw_format, file_name, content_hash, imported_at, language)"
                                   " VALUES (?,?,?,?,?,?,?,?,'text',?,?,?,'en')"));
    QSqlQuery claim(db.connection());
    claim.prepare(QStringLiteral("INSERT INTO claims(id, article_id, start_offset, end_offset, text, verdict, note,"
                                 " updated_at, kind, prefix, suffix) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery history(db.connection());
    history.prepare(QStringLiteral("INSERT INTO verdict_history(claim_id, old_verdict, new_verdict, changed_at)"
                                   " VALUES (?,0,?,?)"));
    SentenceMaker maker(42);
    QRandomGenerator &random = maker.random();
    qint64 claimId = 0;
    QElapsedTimer timer;
    timer.start();
    constexpr int ArticlesPerTransaction = 20;
    for (int first = 1; first <= articles; first += ArticlesPerTransaction) {
        Transaction tx(db);
        for (int a = first; a < std::min(articles + 1, first + ArticlesPerTransaction); ++a) {
            QStringList sentences;
            QList<int> starts;
            QString body;
            for (int c = 0; c < claimsPerArticle; ++c) {
                if (c > 0) {
                    body += c % 6 == 0 ? QStringLiteral("\n\n") : QStringLiteral(" ");
                }
                starts.append(int(body.size()));
                sentences.append(maker.sentence());
                body += sentences.last();
            }
            article.addBindValue(a);
            article.addBindValue(1 + a % Sources);
            article.addBindValue(1 + random.bounded(Authors));
            article.addBindValue(QStringLiteral("Inspection finds cracks in spillway, part %1 of the series").arg(a));
            article.addBindValue(QDate(2026, 1, 1).addDays(a % 330).toString(Qt::ISODate));
            article.addBindValue(QStringLiteral("https://outlet.example/story/%1").arg(a));
            article.addBindValue(body);
            article.addBindValue(body.toUtf8());
            article.addBindValue(QStringLiteral("story-%1.txt").arg(a));
            article.addBindValue(QStringLiteral("bench-hash-%1").arg(a));
            article.addBindValue(stamp);
            if (!article.exec()) {
                return fail(article);
            }
            for (int c = 0; c < claimsPerArticle; ++c) {
                ++claimId;
                const int start = starts.at(c);
                const int end = start + int(sentences.at(c).size());
                const int roll = random.bounded(100);
                // 70 % not checked, 12 % corroborated, 8 % contradicted, 10 % unverifiable.
                const int verdict = roll < 70 ? 0 : roll < 82 ? 1 : roll < 90 ? 2 : 3;
                const int kindRoll = random.bounded(100);
                const int kind = kindRoll < 85 ? 0 : kindRoll < 90 ? 2 : kindRoll < 95 ? 4 : kindRoll < 98 ? 1 : 5;
                claim.addBindValue(claimId);
                claim.addBindValue(a);
                claim.addBindValue(start);
                claim.addBindValue(end);
                claim.addBindValue(sentences.at(c));
                claim.addBindValue(verdict);
                claim.addBindValue(verdict != 0 && random.bounded(3) == 0
                                       ? QStringLiteral("Checked against the board's published inspection report.")
                                       : QStringLiteral(""));
                claim.addBindValue(stamp);
                claim.addBindValue(kind);
                claim.addBindValue(body.mid(std::max(0, start - 32), std::min(32, start)));
                claim.addBindValue(body.mid(end, 32));
                if (!claim.exec()) {
                    return fail(claim);
                }
                if (verdict != 0) {
                    history.addBindValue(claimId);
                    history.addBindValue(verdict);
                    history.addBindValue(stamp);
                    if (!history.exec()) {
                        return fail(history);
                    }
                }
            }
        }
        if (!tx.commit()) {
            std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
            return false;
        }
        if ((first - 1 + ArticlesPerTransaction) % 500 == 0) {
            std::printf("  generating: %lld claims, %.0f s\n", claimId, msSince(timer) / 1000);
            std::fflush(stdout);
        }
    }
    const double seconds = msSince(timer) / 1000;
    std::printf("  generated %lld claims in %.1f s (%.0f claims/s)\n", claimId, seconds, double(claimId) / seconds);
    return true;
}

bool generate(const QString &path, int articles, int claimsPerArticle, int sources)
{
    Database db;
    if (!db.open(path, {OpenMode::Create})) {
        std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
        return false;
    }
    // As the application does after an import: the project file alone holds everything.
    if (!insertRows(db, articles, claimsPerArticle, sources)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    if (!Core::SearchIndex(db).rebuild() || !db.checkpoint()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
        return false;
    }
    std::printf("  search index built in %.1f s\n", msSince(timer) / 1000);
    db.close();
    return true;
}

void addProjectOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("articles"), QStringLiteral("Articles."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption(
        {QStringLiteral("claims"), QStringLiteral("Claims per article."), QStringLiteral("N"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("file"), QStringLiteral("The project; an existing one is measured as it is."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the project file afterwards.")});
}

ProjectOptions projectOptions(const QCommandLineParser &parser)
{
    return {std::max(1, parser.value(QStringLiteral("articles")).toInt()),
            std::max(1, parser.value(QStringLiteral("claims")).toInt()), parser.value(QStringLiteral("file")),
            parser.isSet(QStringLiteral("keep"))};
}

ProjectPlace projectPlace(const ProjectOptions &options, const QString &benchmark)
{
    ProjectPlace place;
    place.folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + u'/' + benchmark + QStringLiteral("-XXXXXX"));
    place.folder->setAutoRemove(!options.keep);
    place.path = options.file.isEmpty() ? place.folder->filePath(QStringLiteral("million.credence")) : options.file;
    place.existed = QFileInfo::exists(place.path);
    std::printf("project: %s\n", qPrintable(place.path));
    return place;
}

double timedImport(const QString &path, const QStringList &files, const std::function<bool(Database &)> &prepare,
                   int *storedOut)
{
    {
        Project project;
        if (!project.open(path, {OpenMode::Create})) {
            std::fprintf(stderr, "%s\n", qPrintable(project.lastError()));
            return -1;
        }
        if (prepare && !prepare(ProjectTestAccess::database(project))) {
            return -1;
        }
    }
    ImportJob job(path, files);
    int stored = 0;
    QObject::connect(&job, &ImportJob::finished, &job, [&stored](const QList<ImportOutcome> &outcomes, bool) {
        for (const ImportOutcome &outcome : outcomes) {
            stored += outcome.ok() ? 1 : 0;
        }
    });
    QElapsedTimer timer;
    timer.start();
    job.run();
    const double seconds = msSince(timer) / 1000;
    if (storedOut) {
        *storedOut = stored;
    } else if (stored != files.size()) {
        std::fprintf(stderr, "only %d of %lld files were imported\n", stored, qlonglong(files.size()));
        return -1;
    }
    return seconds;
}

} // namespace Credence::Bench
