#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace Credence::Ui {

StartupProbe::StartupProbe(QWidget *window, Until until)
    : QObject(window)
    , m_window(window)
    , m_until(until)
{
    // Application-wide: after the first frame only the widgets that change paint, not the window itself.
    QCoreApplication::instance()->installEventFilter(this);
}

void StartupProbe::watch(QWidget *window, Until until)
{
    if (qEnvironmentVariableIsEmpty("CREDENCE_STARTUP_PROBE") || s_probe) {
        return;
    }
    s_probe = new StartupProbe(window, until);
}

void StartupProbe::ready()
{
    if (!s_probe || s_probe->m_readyAsked) {
        return;
    }
    s_probe->m_readyAsked = true;
    if (s_probe->m_painted && s_probe->m_window) {
        s_probe->m_window->update(); // makes sure a frame follows
    }
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || !m_window) {
        return false;
    }
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || (widget != m_window && !m_window->isAncestorOf(widget))) {
        return false;
    }
    // Children paint right after their window in the same pass: report once the pass is over.
    if (!m_paintQueued) {
        m_paintQueued = true;
        QMetaObject::invokeMethod(this, &StartupProbe::reportFirstPaint, Qt::QueuedConnection);
    } else if (m_painted && m_readyAsked && !m_readyQueued) {
        m_readyQueued = true;
        QMetaObject::invokeMethod(this, &StartupProbe::reportReady, Qt::QueuedConnection);
    }
    return false;
}

void StartupProbe::reportFirstPaint()
{
    print("first-paint");
    m_painted = true;
    if (m_readyAsked && m_window) {
        m_window->update();
    }
    quitIf(Until::FirstPaint);
}

void StartupProbe::reportReady()
{
    print("ready");
    quitIf(Until::Ready);
}

void StartupProbe::print(const char *what)
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::fprintf(stderr, "%s %lld\n", what,
                 static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
    std::fflush(stderr);
}

void StartupProbe::quitIf(Until reached)
{
    if (reached == m_until && qgetenv("CREDENCE_STARTUP_PROBE") == "exit") {
        QCoreApplication::exit(0);
    }
}

} // namespace Credence::Ui
