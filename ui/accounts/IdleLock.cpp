#include "ui/accounts/IdleLock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>

namespace ud {

namespace {

// The system's monotonic clock and a single-shot QTimer.
class SystemTimeSource : public IdleLock::TimeSource
{
public:
    SystemTimeSource()
    {
        m_elapsed.start();
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (m_wake)
                m_wake();
        });
    }

    std::chrono::milliseconds now() const override { return std::chrono::milliseconds(m_elapsed.elapsed()); }

    void wakeAfter(std::chrono::milliseconds delay, std::function<void()> wake) override
    {
        m_wake = std::move(wake);
        m_timer.start(delay);
    }

    void cancel() override { m_timer.stop(); }

private:
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    std::function<void()> m_wake;
};

} // namespace

IdleLock::IdleLock(int minutes, QObject *parent) : IdleLock(std::chrono::minutes(minutes), parent) {}

IdleLock::IdleLock(std::chrono::milliseconds timeout, QObject *parent)
    : IdleLock(timeout, std::make_unique<SystemTimeSource>(), parent)
{
}

IdleLock::IdleLock(std::chrono::milliseconds timeout, std::unique_ptr<TimeSource> time, QObject *parent)
    : QObject(parent), m_timeout(timeout), m_time(std::move(time))
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_running)
        start();
}

void IdleLock::start()
{
    m_lastInput = m_time->now();
    m_running = m_timeout.count() > 0;
    if (m_running)
        wakeAfter(m_timeout);
    else
        m_time->cancel();
}

void IdleLock::stop()
{
    m_running = false;
    m_time->cancel();
}

bool IdleLock::isActive() const
{
    return m_running;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    // Input only notes the time; the wake-up is re-armed when it comes, so a stream of mouse
    // moves costs no timer restarts.
    if (m_running) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
        case QEvent::InputMethod:
            m_lastInput = m_time->now();
            break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::wakeAfter(std::chrono::milliseconds delay)
{
    m_time->wakeAfter(delay, [this] { check(); });
}

void IdleLock::check()
{
    if (!m_running)
        return;
    const std::chrono::milliseconds quiet = m_time->now() - m_lastInput;
    if (quiet < m_timeout) {
        wakeAfter(m_timeout - quiet);
        return;
    }
    m_running = false;
    emit idle();
}

} // namespace ud
