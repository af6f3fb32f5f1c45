#pragma once

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

namespace ud {

// Emits idle() once the user has not touched keyboard, mouse, wheel or touch screen of this
// application for the timeout (design §5: idle lock). Watches all input through an event filter
// on qApp. After idle() it stays quiet until start() is called again, normally after the user
// has logged in again. A timeout of zero or less never fires.
//
// Time comes from a TimeSource: the system's monotonic clock and a QTimer unless one is given
// (a test passes one it drives itself).
class IdleLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMinutes = 15;

    // What the lock needs of time: a monotonic now, and one wake-up at a time.
    class TimeSource
    {
    public:
        virtual ~TimeSource() = default;
        virtual std::chrono::milliseconds now() const = 0;
        // Calls `wake` once, `delay` from now; replaces a wake-up still pending.
        virtual void wakeAfter(std::chrono::milliseconds delay, std::function<void()> wake) = 0;
        virtual void cancel() = 0;
    };

    explicit IdleLock(int minutes = kDefaultMinutes, QObject *parent = nullptr);
    explicit IdleLock(std::chrono::milliseconds timeout, QObject *parent = nullptr);
    IdleLock(std::chrono::milliseconds timeout, std::unique_ptr<TimeSource> time, QObject *parent = nullptr);
    ~IdleLock() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // (Re)arms the lock, counting from now.
    void start();
    void stop();
    bool isActive() const;

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    void wakeAfter(std::chrono::milliseconds delay);

    std::chrono::milliseconds m_timeout;
    std::unique_ptr<TimeSource> m_time;
    std::chrono::milliseconds m_lastInput{0};
    bool m_running = false;
};

} // namespace ud
