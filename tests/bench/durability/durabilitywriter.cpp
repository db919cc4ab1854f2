// The child process of kill9_bench: changes a project the way a person at the app does, for ever, and says so.
//
//   durabilitywriter PROJECT SEED TRIAL
//
// Opens PROJECT through Project, prints "ready <claims> <articles>", then repeats a random mix (from SEED) of
//   verdict changes   "intent verdict <claimId> <key>"      ... "saved verdict <claimId> <key>"
//   note edits        "intent note <claimId> <base64 UTF-8>" ... "saved note <claimId> <base64 UTF-8>"
//   imports           "intent import <name>"                 ... "saved import <name> <articleId>"
// each "intent" line before the change and its "saved" line once Project reported it saved, flushed at once:
// whatever the bench read as saved must survive a SIGKILL. Every change really changes something (a verdict to
// another verdict, a note to a new text, an article no project holds yet), so the one cut short by the kill shows
// in the file as either done or not done. Imported articles come from generatedArticle(), named after TRIAL.

#include "generatedarticle.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace Credence::Core;

namespace {

// Far more than a bench waits for; only a bound in case the bench dies without killing us.
constexpr int MaxChanges = 1'000'000;
// Out of 100: verdicts are the most common edit, imports the slowest (each ends in a checkpoint).
constexpr int VerdictShare = 45;
constexpr int NoteShare = 35;

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

/// A note text such as people paste into a note: quotes, SQL, format markers, control characters, scripts written
/// right to left, combining marks, emoji with joiners, invisible characters, and now and then a long one.
QString noteText(QRandomGenerator &rng, int serial)
{
    static const QStringList pieces = {
        QStringLiteral("Checked with the ministry’s press office — no reply yet."),
        QStringLiteral("Quote: \"we never said that\"; see 'archive' and `log`"),
        QStringLiteral("Robert'); DROP TABLE claims;--"),
        QStringLiteral("100% sure? %1 %2 %n %s %d"),
        QStringLiteral("tab\there, newline\nand CRLF\r\nend"),
        QStringLiteral("Zürich, São Paulo, Kraków, Ørsted, İstanbul"),
        QStringLiteral("数字は確認済み。出典：統計局"),
        QStringLiteral("Москва заявила обратное"),
        QStringLiteral("עברית ועברית: العربية (RTL) mixed with LTR"),
        QStringLiteral("emoji 🧾✅❌ and 👩🏽‍💻 joined"),
        QStringLiteral("combining: e\u0301 a\u0308 n\u0303 and precomposed é ä ñ"),
        QStringLiteral("\uFEFFBOM, zero\u200Bwidth, line\u2028separator, soft\u00ADhyphen"),
        QStringLiteral("backslash \\ and \\0 and \\n literally"),
        QStringLiteral("<b>not html</b> &amp; &lt;script&gt;"),
        QStringLiteral("   leading and trailing spaces   "),
        QStringLiteral("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 beyond the BMP: 𝟘𝟙𝟚 𓀀"),
    };
    QString note;
    const int count = 1 + int(rng.bounded(4));
    for (int i = 0; i < count; ++i) {
        note += pieces.at(int(rng.bounded(quint32(pieces.size())))) + QLatin1Char(' ');
    }
    if (rng.bounded(20) == 0) {
        // Several pages: a note that spans more than one SQLite page, so overflow pages are written too.
        note = note.repeated(40 + int(rng.bounded(200)));
    }
    // The serial makes every note new, so a note edit cut short shows as old text or new text, never ambiguous.
    return note + QStringLiteral("#%1").arg(serial);
}

QByteArray base64(const QString &text)
{
    return text.toUtf8().toBase64();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool seedOk = false;
    bool trialOk = false;
    const quint64 seed = arguments.value(2).toULongLong(&seedOk);
    const int trial = arguments.value(3).toInt(&trialOk);
    if (arguments.size() != 4 || !seedOk || !trialOk) {
        std::fprintf(stderr, "usage: durabilitywriter PROJECT SEED TRIAL\n");
        return 2;
    }
    Project project;
    // As the app opens a project from File › Open.
    if (!project.open(arguments.at(1), OpenOptions{OpenMode::Existing, false, true})) {
        die(project.lastError());
    }
    if (project.isReadOnly()) {
        die(QStringLiteral("the project opened read-only: %1").arg(project.readOnlyReason()));
    }
    QObject::connect(&project, &Project::storageError, &app, [](const QString &message) { die(message); });

    QList<Claim> claims;
    const QList<ArticleSummary> articles = project.articles();
    for (const ArticleSummary &article : articles) {
        claims += project.claims(article.id);
    }
    if (claims.isEmpty()) {
        die(QStringLiteral("the project has no claims"));
    }
    say("ready " + QByteArray::number(claims.size()) + ' ' + QByteArray::number(articles.size()));

    QRandomGenerator64 rng(seed);
    int imports = 0;
    for (int serial = 0; serial < MaxChanges; ++serial) {
        const int roll = int(rng.bounded(100));
        if (roll < VerdictShare + NoteShare) {
            Claim &claim = claims[qsizetype(rng.bounded(quint64(claims.size())))];
            if (roll < VerdictShare) {
                // One of the three other states, so that the change always adds a history row.
                const int next = (int(claim.verdict) + 1 + int(rng.bounded(3))) % 4;
                const Verdict verdict = verdictFromInt(next).value_or(Verdict::NotChecked);
                const QByteArray fields = QByteArray::number(claim.id) + ' ' + verdictKey(verdict).toLatin1();
                say("intent verdict " + fields);
                if (!project.setVerdict({claim.id}, verdict)) {
                    die(project.lastError());
                }
                claim.verdict = verdict;
                say("saved verdict " + fields);
            } else {
                const QString note = noteText(rng, serial);
                const QByteArray fields = QByteArray::number(claim.id) + ' ' + base64(note);
                say("intent note " + fields);
                if (!project.setNote(claim.id, note)) {
                    die(project.lastError());
                }
                claim.note = note;
                say("saved note " + fields);
            }
            continue;
        }
        const QString name = QStringLiteral("bench-%1-%2.txt").arg(trial, 4, 10, QLatin1Char('0')).arg(++imports);
        say("intent import " + name.toUtf8());
        // Through Project, as the app imports: the article, its claims, then the checkpoint that follows an import.
        const ImportOutcome outcome = project.importBytes(generatedArticle(name), name);
        if (!outcome.ok()) {
            die(outcome.error);
        }
        claims += project.claims(*outcome.articleId);
        say("saved import " + name.toUtf8() + ' ' + QByteArray::number(*outcome.articleId));
    }
    return 0;
}
