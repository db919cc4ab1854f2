// Unit kinds of real bodies and the cost of segmentUnits(): for each file, extracted as on import, the number of
// units of each kind (with --list, every unit with its kind); then the time segmentUnits() and segmentSentences()
// take on a body of about 500 sentences built from the files' bodies (or from a built-in paragraph without files).
//
//   units_bench [--list] [FILE...]
//
// A benchmark, not a test: it is never registered with ctest.

#include "claims/textunits.h"
#include "import/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

#include <cstdio>

using namespace Credence::Core;

namespace {

void printKinds(const QString &name, const QString &body, bool list)
{
    const QList<TextUnit> units = segmentUnits(body);
    QMap<int, int> counts;
    for (const TextUnit &unit : units) {
        ++counts[int(unit.kind)];
        if (list) {
            std::printf("  %-10s %s\n", qPrintable(unitKindKey(unit.kind)),
                        qPrintable(body.mid(unit.span.start, unit.span.end - unit.span.start)));
        }
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        parts.append(unitKindKey(UnitKind(it.key())) + QLatin1Char('=') + QString::number(it.value()));
    }
    std::printf("%s: %lld units: %s\n", qPrintable(name), qlonglong(units.size()), qPrintable(parts.join(u' ')));
}

template <typename F> double microsecondsPerCall(F &&call)
{
    QElapsedTimer timer;
    int calls = 0;
    timer.start();
    while (timer.elapsed() < 1000 || calls < 10) {
        call();
        ++calls;
    }
    return double(timer.nsecsElapsed()) / 1000.0 / calls;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("list"), QStringLiteral("Print every unit with its kind.")});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Articles to extract and segment."));
    parser.process(app);

    QString pool;
    for (const QString &path : parser.positionalArguments()) {
        const ExtractResult result = extractFile(path);
        if (!result.article) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(result.error));
            continue;
        }
        printKinds(path, result.article->body, parser.isSet(QStringLiteral("list")));
        pool += result.article->body + QStringLiteral("\n\n");
    }
    if (pool.isEmpty()) {
        pool = QStringLiteral("Officials said 1,200 people had left the town. “We will not go back,” one of them "
                              "said.\n\nWhat Happens Next\n\n• The army reportedly withdrew on Monday.\n\n");
    }
    QString body;
    while (segmentSentences(body).size() < 500) {
        body += pool;
    }
    const qsizetype sentences = segmentSentences(body).size();
    const double units = microsecondsPerCall([&] { return segmentUnits(body); });
    const double plain = microsecondsPerCall([&] { return segmentSentences(body); });
    std::printf("body of %lld sentences, %lld characters: segmentUnits %.2f ms, segmentSentences %.2f ms\n",
                qlonglong(sentences), qlonglong(body.size()), units / 1000.0, plain / 1000.0);
    return 0;
}
