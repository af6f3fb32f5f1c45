#include "core/HybridClock.h"

#include "core/Clock.h"

#include <algorithm>

namespace ud {

namespace {
// The text form has five counter digits; past that, borrow the next millisecond so stamps keep
// sorting as strings (a clock that does not move, or one set back, can produce many events).
constexpr int kMaxCounter = 99999;
} // namespace

QString HybridClock::now()
{
    const qint64 phys = m_clock.nowMs();
    if (phys > m_ms) {
        m_ms = phys;
        m_counter = 0;
    } else if (m_counter < kMaxCounter) {
        ++m_counter;
    } else {
        ++m_ms;
        m_counter = 0;
    }
    return format(m_ms, m_counter);
}

QString HybridClock::update(const QString &remote)
{
    qint64 rms = 0;
    int rc = 0;
    if (!parse(remote, &rms, &rc))
        return now();
    const qint64 phys = m_clock.nowMs();
    const qint64 top = std::max({m_ms, rms, phys});
    if (top == m_ms && top == rms)
        m_counter = std::max(m_counter, rc) + 1;
    else if (top == m_ms)
        ++m_counter;
    else if (top == rms)
        m_counter = rc + 1;
    else
        m_counter = 0;
    m_ms = top;
    if (m_counter > kMaxCounter) {
        ++m_ms;
        m_counter = 0;
    }
    return format(m_ms, m_counter);
}

QString HybridClock::format(qint64 ms, int counter)
{
    if (ms < 0 || ms > 9999999999999999LL || counter < 0 || counter > kMaxCounter)
        return QStringLiteral("%1-%2").arg(ms, 16, 10, QLatin1Char('0')).arg(counter, 5, 10, QLatin1Char('0'));
    // The same text written directly (this runs for every change written).
    char16_t text[22];
    for (int i = 15; i >= 0; --i, ms /= 10)
        text[i] = static_cast<char16_t>(u'0' + ms % 10);
    text[16] = u'-';
    for (int i = 21; i >= 17; --i, counter /= 10)
        text[i] = static_cast<char16_t>(u'0' + counter % 10);
    return QString(reinterpret_cast<const QChar *>(text), 22);
}

bool HybridClock::parse(const QString &text, qint64 *ms, int *counter)
{
    const int dash = text.indexOf(QLatin1Char('-'));
    if (dash <= 0)
        return false;
    bool ok1 = false;
    bool ok2 = false;
    const qint64 m = text.left(dash).toLongLong(&ok1);
    const int c = text.mid(dash + 1).toInt(&ok2);
    if (!ok1 || !ok2 || m < 0 || c < 0)
        return false;
    *ms = m;
    *counter = c;
    return true;
}

} // namespace ud
