// The credence executable: batch commands without a display, the workbench otherwise.

#include "cli/cli.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "project/demo.h"
#include "project/project.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

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
                "  export-pdf --db PATH OUT.pdf   write the PDF report\n"
                "  extract [--json] FILE...       show what would be imported from files"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("main", "A .credence project."),
                                 QStringLiteral("[PROJECT]"));
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

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && Core::isBatchCommand({QString(), QString::fromLocal8Bit(argv[1])})) {
        // Batch commands never need a display; the PDF report needs fonts, which the offscreen platform has.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        QGuiApplication app(argc, argv);
        describeApplication();
        Core::installTranslations(app);
        return Core::runBatchCommand(QGuiApplication::arguments());
    }
    if (wantsInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QCommandLineParser parser;
        setUpParser(parser);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    Core::installTranslations(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/credence.svg")));
    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);

    Core::Settings settings;
    Core::Project project;
    Ui::MainWindow window(&project, &settings);

    const QString fallback = Core::defaultProjectPath();
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        path = settings.lastProject();
    }
    if (path.isEmpty() || (!QFileInfo::exists(path) && parser.positionalArguments().isEmpty())) {
        path = fallback;
    }
    const bool firstRun = path == fallback && !QFileInfo::exists(fallback);
    bool opened = window.openProject(QFileInfo(path).absoluteFilePath());
    if (!opened && path != fallback) {
        opened = window.openProject(fallback);
    }
    if (opened && firstRun && !Core::populateDemo(project)) {
        qWarning("Could not fill the demo project: %s", qPrintable(project.lastError()));
    }
    window.show();
    window.selectArticle(0);
    return app.exec();
}
