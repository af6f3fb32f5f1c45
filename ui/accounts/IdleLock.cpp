#include "ui/accounts/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace ud {

IdleLock::IdleLock(int minutes, QObject *parent) : IdleLock(std::chrono::minutes(minutes), parent) {}

IdleLock::IdleLock(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_timeout(timeout), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);
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
    m_sinceInput.start();
    m_running = m_timeout.count() > 0;
    if (m_running)
        m_timer->start(m_timeout);
    else
        m_timer->stop();
}

void IdleLock::stop()
{
    m_running = false;
    m_timer->stop();
}

bool IdleLock::isActive() const
{
    return m_running;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    // Input only counts the time again; the timer itself is re-armed when it runs out, so a
    // stream of mouse moves costs no timer restarts.
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
            m_sinceInput.start();
            break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::check()
{
    if (!m_running)
        return;
    const std::chrono::milliseconds quiet(m_sinceInput.elapsed());
    if (quiet < m_timeout) {
        m_timer->start(m_timeout - quiet);
        return;
    }
    m_running = false;
    emit idle();
}

} // namespace ud
