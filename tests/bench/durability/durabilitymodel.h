#pragma once

#include "writerlog.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Credence::Core {

class Database;

/// One claim as the project file should hold it.
struct ClaimState
{
    Id articleId = 0;
    Verdict verdict = Verdict::NotChecked;
    QString note;
    int historyRows = 0;

    bool operator==(const ClaimState &) const = default;
};

/// What an article was imported from: its name and bytes, from which its body and claims follow.
struct ArticleSourceText
{
    QString name;
    QByteArray raw;
};

enum class InFlight
{
    None,      ///< the writer was killed between changes
    Committed, ///< the change cut short is in the file, whole
    Lost,      ///< the change cut short left no trace
    Torn,      ///< part of it is in the file: a failure
};

/// How one trial's file compares with everything acknowledged so far.
struct TrialCheck
{
    InFlight inFlight = InFlight::None;
    int lost = 0;       ///< claims or articles that do not hold what was acknowledged
    int unexpected = 0; ///< claims or articles in the file that no change accounts for
    QStringList problems;

    bool clean() const { return inFlight != InFlight::Torn && lost == 0 && unexpected == 0; }
};

/// The bench's record of what the project must hold: every claim's verdict, note and number of history rows, and
/// every article with the input it was imported from. Each trial's acknowledged changes are added to it, and the file
/// is compared with all of it, so a change acknowledged in trial 3 and lost in trial 700 is still found.
class DurabilityModel
{
public:
    /// Takes what @p db holds as the truth: at the start, and after a trial found differences, so that the trials
    /// after it are judged on their own.
    bool adopt(Database &db, QString *error);
    /// Applies @p log's acknowledged changes, decides what became of the change in flight and compares the file.
    TrialCheck check(Database &db, const WriterLog &log);
    /// Reads every article back and compares its input, body and claims with what was imported; returns how many
    /// differ. Slow on a large project, so the bench runs it now and then rather than after every trial.
    int checkArticles(Database &db, QStringList *problems);

    qsizetype claimCount() const { return m_claims.size(); }
    qsizetype articleCount() const { return m_articles.size(); }

private:
    struct FileState
    {
        QHash<Id, ClaimState> claims;
        QMultiHash<Id, Id> claimsOfArticle;
        QSet<Id> articles;
        QString error;
    };
    static FileState readFile(Database &db);
    /// Whether the article @p id holds exactly what importing @p source gives; says why not in @p problem.
    static bool isWhole(Database &db, Id id, const ArticleSourceText &source, QString *problem);
    void addArticle(Id id, const ArticleSourceText &source, const FileState &file);

    QHash<Id, ClaimState> m_claims;
    QHash<Id, ArticleSourceText> m_articles;
};

} // namespace Credence::Core
