#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Credence::Ui {

/// Reports startup times for tests/bench/startup_bench. Inactive unless the environment variable
/// CREDENCE_STARTUP_PROBE is set; then it prints to stderr, on the monotonic clock the benchmark also reads:
///   first-paint NANOSECONDS   once the window's first frame is complete;
///   ready NANOSECONDS         once the frame after ready() is complete (the program's content is shown).
/// With CREDENCE_STARTUP_PROBE=exit the program quits after the last of these it waits for. Free of Credence code,
/// so the benchmark's bare Qt window uses it too.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    enum class Until
    {
        FirstPaint,
        Ready,
    };

    /// Watches @p window (and the widgets in it) if the probe is enabled; does nothing otherwise.
    static void watch(QWidget *window, Until until = Until::FirstPaint);
    /// The content is in place: reported with the next frame painted.
    static void ready();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupProbe(QWidget *window, Until until);
    void reportFirstPaint();
    void reportReady();
    static void print(const char *what);
    void quitIf(Until reached);

    QPointer<QWidget> m_window;
    Until m_until;
    bool m_paintQueued = false;
    bool m_painted = false;
    bool m_readyAsked = false;
    bool m_readyQueued = false;
    static inline StartupProbe *s_probe = nullptr;
};

} // namespace Credence::Ui
