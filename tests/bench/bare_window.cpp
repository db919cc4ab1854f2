// The yardstick for startup_bench: an empty Qt Widgets window of the main window's size, timed by the same probe.
// Whatever credence takes beyond this is ours; this much is Qt, the platform plugin and the dynamic linker.

#include "startupprobe.h"

#include <QApplication>
#include <QWidget>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1400, 900);
    Credence::Ui::StartupProbe::watch(&window);
    window.show();
    return app.exec();
}
