#include "firstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace Credence::Ui {

namespace {

class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> function, int fallbackMs)
        : QObject(window)
        , m_function(std::move(function))
    {
        window->installEventFilter(this);
        QTimer::singleShot(fallbackMs, this, &FirstPaintWatcher::run);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_queued) {
            m_queued = true;
            QMetaObject::invokeMethod(this, &FirstPaintWatcher::run, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void run()
    {
        if (!m_function) {
            return;
        }
        parent()->removeEventFilter(this);
        const std::function<void()> function = std::exchange(m_function, nullptr);
        deleteLater();
        function();
    }

    std::function<void()> m_function;
    bool m_queued = false;
};

} // namespace

void callAfterFirstPaint(QWidget *window, std::function<void()> function, int fallbackMs)
{
    new FirstPaintWatcher(window, std::move(function), fallbackMs);
}

} // namespace Credence::Ui
