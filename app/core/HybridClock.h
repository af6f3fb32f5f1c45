#pragma once

#include <QString>

namespace ud {

class Clock;

// Hybrid logical clock (Kulkarni et al.): physical milliseconds plus a logical counter, so
// causally later changes always carry a larger stamp even when device clocks disagree.
// Text form "0001732190000123-00004" sorts correctly as a string.
class HybridClock
{
public:
    explicit HybridClock(const Clock &clock) : m_clock(clock) {}

    // Stamp for a local event.
    QString now();
    // Merge a stamp received from another node, then stamp the receive event.
    QString update(const QString &remote);

    static QString format(qint64 ms, int counter);
    static bool parse(const QString &text, qint64 *ms, int *counter);

private:
    const Clock &m_clock;
    qint64 m_ms = 0;
    int m_counter = 0;
};

} // namespace ud
