#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <chrono>

class QTimer;

namespace ud {

// Emits idle() once the user has not touched keyboard, mouse, wheel or touch screen of this
// application for the timeout (design §5: idle lock). Watches all input through an event filter
// on qApp. After idle() it stays quiet until start() is called again, normally after the user
// has logged in again. A timeout of zero or less never fires.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMinutes = 15;

    explicit IdleLock(int minutes = kDefaultMinutes, QObject *parent = nullptr);
    explicit IdleLock(std::chrono::milliseconds timeout, QObject *parent = nullptr);
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

    std::chrono::milliseconds m_timeout;
    QTimer *m_timer;
    QElapsedTimer m_sinceInput;
    bool m_running = false;
};

} // namespace ud
