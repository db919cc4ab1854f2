// The credence executable: batch commands without a display, the workbench otherwise.

#include "cli/cli.h"
#include "firstpaint.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "project/demo.h"
#include "project/project.h"
#include "settings/settings.h"
#include "singleinstance.h"
#include "startupprobe.h"
#include "storage/pathlookup.h"
#include "style/palettes.h"
#include "widgets/summarycharts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstring>

using namespace Credence;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("credence"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDENCE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Credence"));
    QGuiApplication::setDesktopFileName(QStringLiteral(CREDENCE_APP_ID));
}

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Credence: judge how reliable news sources are.\n\n"
                "Without a command, opens the workbench (with PROJECT if given).\n"
                "Commands (each has --help):\n"
                "  import --db PATH FILE...       import articles into a project\n"
                "  summary --db PATH [--json]     print the reliability summary per source\n"
                "  claims --db PATH [--json] [--article ID]\n"
                "                                 list the claims with their states, notes and hints\n"
                "  export-pdf --db PATH [--source NAME]... [--list-not-checked] [--paper a4|letter] OUT.pdf\n"
                "                                 write the PDF report\n"
                "  export-csv --db PATH OUT.csv   write every claim as CSV\n"
                "  export-claimreview --db PATH [--publisher NAME] [--url URL] OUT.json\n"
                "                                 write the decided claims as schema.org ClaimReview\n"
                "  details --db PATH [--title TEXT] [--author TEXT] [--scope TEXT] [--publisher NAME] [--url URL]\n"
                "                                 show or set the report's cover and the fact-checks' publisher\n"
                "  export-json --db PATH OUT.json write the whole project as JSON\n"
                "  import-json --db NEW.credence IN.json\n"
                "                                 make a new project from such a JSON file\n"
                "  extract [--json] FILE...       show what would be imported from files\n"
                "  recover --db PATH NEW.credence save what can be read of a damaged project"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("main", "A .credence project."),
                                 QStringLiteral("[PROJECT]"));
    parser.addOption({QStringLiteral("palette"),
                      QCoreApplication::translate("main", "Colours: dark or light (Fusion style), instead of the "
                                                          "system's; also read from CREDENCE_PALETTE."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Language: en or de, instead of the one chosen in View › "
                                                          "Language; also read from CREDENCE_LANG."),
                      QStringLiteral("CODE")});
}

/// The value of --lang ("--lang de" or "--lang=de"), read before the parser runs: the parser's help and its error
/// messages are to be in that language already.
QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            return QString::fromLocal8Bit(argv[i + 1]);
        }
        if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            return QString::fromLocal8Bit(argv[i] + 7);
        }
    }
    return {};
}

/// Installs the language from --lang, CREDENCE_LANG or the user's setting (in that order); false, having said why,
/// for a --lang Credence has no translation for.
bool installLanguage(QCoreApplication &app, const QString &argument)
{
    if (!argument.isEmpty() && !Core::availableLanguages().contains(argument)) {
        QTextStream(stderr) << QCoreApplication::translate("main", "Unknown language %1: use %2.")
                                   .arg(argument, Core::availableLanguages().join(QStringLiteral(", ")))
                            << Qt::endl;
        return false;
    }
    Core::installTranslations(app, Core::chosenLanguage(argument, Core::Settings().language()));
    return true;
}

bool wantsInformationOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-v", "--version", "--help-all"}) {
            if (std::strcmp(argv[i], flag) == 0) {
                return true;
            }
        }
    }
    return false;
}

/// False, having said why, when a project named on the command line is not there. Opening a project creates it when
/// it is missing, and a mistyped name must not become a new empty file, neither here nor in a window already open:
/// new projects are made with File › New Project. The demo project is the exception: a missing one is made afresh
/// and filled, as on the first run.
bool projectsExist(const QStringList &files)
{
    for (const QString &file : files) {
        const Core::PathLookup lookup = Core::lookUpPath(file);
        if (lookup.found() ||
            (lookup.missing() && QDir::cleanPath(file) == QDir::cleanPath(Core::defaultProjectPath()))) {
            continue;
        }
        QTextStream(stderr)
            << (lookup.missing()
                    ? QCoreApplication::translate("main", "No project at %1; use File › New Project "
                                                          "to start one.")
                          .arg(file)
                    : QCoreApplication::translate("main", "Cannot open %1: %2").arg(file, lookup.errorString))
            << Qt::endl;
        return false;
    }
    return true;
}

/// Hands @p files to a Credence already running for this user; true if it took them and this process should end.
/// Otherwise this process becomes the one that later ones hand their files to.
bool handedToRunningInstance(Ui::SingleInstance &instance, const QStringList &files)
{
    switch (instance.sendToRunning(files)) {
    case Ui::SingleInstance::Handoff::Delivered:
        return true;
    case Ui::SingleInstance::Handoff::NoInstance:
        instance.listen();
        return false;
    case Ui::SingleInstance::Handoff::NoAnswer:
        // Never lose what was asked for: a window of our own rather than a silent exit.
        qWarning("Another Credence is running but did not answer; opening a separate window.");
        return false;
    }
    return false;
}

/// The project named on the command line, else the last one used, else the demo project (created and filled on
/// the first run); the demo project too if the chosen one cannot be opened.
void openStartupProject(Ui::MainWindow &window, Core::Project &project, Core::Settings &settings,
                        const QString &argument)
{
    const QString fallback = Core::defaultProjectPath();
    QString path = argument.isEmpty() ? settings.lastProject() : argument;
    if (path.isEmpty() || (!QFileInfo::exists(path) && argument.isEmpty())) {
        path = fallback;
    }
    const bool firstRun = path == fallback && !QFileInfo::exists(fallback);
    // Only the demo project is ever created here: a project named on the command line or remembered must exist.
    bool opened = window.openProject(QFileInfo(path).absoluteFilePath(),
                                     path == fallback ? Core::OpenMode::CreateIfMissing : Core::OpenMode::Existing);
    if (!opened && path != fallback) {
        opened = window.openProject(fallback, Core::OpenMode::CreateIfMissing);
    }
    if (opened && firstRun && !Core::populateDemo(project)) {
        qWarning("Could not fill the demo project: %s", qPrintable(project.lastError()));
    }
    window.selectArticle(0);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && Core::isBatchCommand({QString(), QString::fromLocal8Bit(argv[1])})) {
        // Batch commands never need a display; the PDF report needs fonts, which the offscreen platform has, and its
        // charts (Qt Charts, as in the window) a QApplication.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        QApplication app(argc, argv);
        describeApplication();
        Core::installTranslations(app, Core::chosenLanguage({}, Core::Settings().language()));
        return Core::runBatchCommand(QApplication::arguments(), {&Ui::SummaryCharts::reportCharts});
    }
    if (wantsInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        if (!installLanguage(app, languageArgument(argc, argv))) {
            return 2;
        }
        QCommandLineParser parser;
        setUpParser(parser);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    if (!installLanguage(app, languageArgument(argc, argv))) {
        return 2;
    }
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/credence.svg")));
    QCommandLineParser parser;
    setUpParser(parser);
    // Not process(), which exits 1: wrong arguments are exit code 2, as for the batch commands.
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return 2;
    }

    const QString palette = parser.isSet(QStringLiteral("palette")) ? parser.value(QStringLiteral("palette"))
                                                                    : qEnvironmentVariable("CREDENCE_PALETTE");
    if (!Ui::applyNamedPalette(palette)) {
        QTextStream(stderr)
            << QCoreApplication::translate("main", "Unknown palette %1: use dark or light.").arg(palette) << Qt::endl;
        return 2;
    }

    QStringList files;
    for (const QString &argument : parser.positionalArguments()) {
        files.append(QFileInfo(argument).absoluteFilePath());
    }
    // Checked before the hand-over, so that the message reaches the terminal the command was typed in.
    if (!projectsExist(files)) {
        return 2;
    }
    Ui::SingleInstance instance;
    if (handedToRunningInstance(instance, files)) {
        return 0;
    }

    Core::Settings settings;
    Core::Project project;
    Ui::MainWindow window(&project, &settings);
    QObject::connect(&instance, &Ui::SingleInstance::filesReceived, &window, &Ui::MainWindow::openFiles);
    // The window comes up at once and the project loads into it right after its first frame: listing a project of
    // 10,000 articles takes longer than the window takes to appear.
    const QString argument = parser.positionalArguments().value(0);
    Ui::callAfterFirstPaint(&window, [&] {
        if (!project.isOpen()) { // else another process handed us a project in the meantime
            openStartupProject(window, project, settings, argument);
        }
        Ui::StartupProbe::ready();
    });
    Ui::StartupProbe::watch(&window, Ui::StartupProbe::Until::Ready);
    window.show();
    return app.exec();
}
