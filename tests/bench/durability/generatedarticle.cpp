#include "generatedarticle.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringList>

namespace Credence::Core {

namespace {

QString pick(QRandomGenerator &rng, const QStringList &words)
{
    return words.at(int(rng.bounded(quint32(words.size()))));
}

/// One sentence from a handful of parts: enough variety that the segmenter meets abbreviations, decimals, currency
/// and curly quotes, as it does in real articles.
QString sentence(QRandomGenerator &rng)
{
    static const QStringList subjects = {
        QStringLiteral("The harbour authority"), QStringLiteral("A spokesperson for the ministry"),
        QStringLiteral("Officials in Zürich"),   QStringLiteral("The council’s finance committee"),
        QStringLiteral("Dr. Amélie Okafor"),     QStringLiteral("Residents of São Paulo"),
        QStringLiteral("The regional court"),    QStringLiteral("Analysts at Kraków University"),
    };
    static const QStringList verbs = {
        QStringLiteral("said"),     QStringLiteral("estimated"), QStringLiteral("denied"),
        QStringLiteral("reported"), QStringLiteral("confirmed"), QStringLiteral("disputed"),
    };
    static const QStringList objects = {
        QStringLiteral("that ferry traffic rose by %1 per cent last year"),
        QStringLiteral("that the project would cost €%1 million"),
        QStringLiteral("a figure of %1 complaints since March"),
        QStringLiteral("that “about %1 households” were affected"),
        QStringLiteral("that the bridge had been closed for %1 days"),
        QStringLiteral("the claim that %1 jobs would be lost"),
    };
    const double number = rng.bounded(1000) / (rng.bounded(2) ? 10.0 : 1.0);
    return pick(rng, subjects) + QLatin1Char(' ') + pick(rng, verbs) + QLatin1Char(' ') +
           pick(rng, objects).arg(number) + QLatin1Char('.');
}

} // namespace

QByteArray generatedArticle(const QString &name)
{
    // A stable seed: qHash() is salted per process, and the writer and the bench are two processes.
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    QRandomGenerator rng(quint32(quint8(digest.at(0)) | quint8(digest.at(1)) << 8 | quint8(digest.at(2)) << 16 |
                                 quint32(quint8(digest.at(3))) << 24));

    static const QStringList topics = {
        QStringLiteral("Ferry timetable"),  QStringLiteral("Bridge repairs"), QStringLiteral("Water prices"),
        QStringLiteral("School transport"), QStringLiteral("Harbour budget"), QStringLiteral("Cycle lanes"),
    };
    static const QStringList authors = {
        QStringLiteral("Tomás Ruiz"), QStringLiteral("Ingrid Løvås"), QStringLiteral("Chidi Okonkwo"),
        QStringLiteral("Mei Tanaka"), QStringLiteral("Zoë Harper"),
    };
    static const QStringList months = {
        QStringLiteral("January"), QStringLiteral("March"),     QStringLiteral("May"),
        QStringLiteral("July"),    QStringLiteral("September"), QStringLiteral("November"),
    };

    QString text = pick(rng, topics) + QStringLiteral(" under review, report ") + name + QLatin1Char('\n');
    text += QStringLiteral("Written by ") + pick(rng, authors) + QLatin1Char('\n');
    text += QStringLiteral("Publication: Northgate Herald\n");
    text += QStringLiteral("Published: %1 %2, 2025\n").arg(pick(rng, months)).arg(1 + rng.bounded(28));
    const int paragraphs = 2 + int(rng.bounded(4));
    for (int p = 0; p < paragraphs; ++p) {
        text += QLatin1Char('\n');
        const int sentences = 1 + int(rng.bounded(3));
        for (int s = 0; s < sentences; ++s) {
            text += (s == 0 ? QString() : QStringLiteral(" ")) + sentence(rng);
        }
        text += QLatin1Char('\n');
    }
    return text.toUtf8();
}

} // namespace Credence::Core
