#pragma once

#include <QDateTime>

namespace ud {

// The source of "now" for everything that stamps records; injectable so tests and the demo
// generator can control time (KeePassXC core/Clock.h is the model).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    virtual qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// A clock that stays where it is put; used by the demo generator and tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

// ISO-8601 UTC with milliseconds, the one timestamp format stored in the database: exactly
// t.toUTC().toString(Qt::ISODateWithMs), e.g. "2026-11-21T14:03:00.120Z", written directly for
// the years 1 to 9999 (this runs for every change written).
QString isoUtc(const QDateTime &t);
// The same for a time given as milliseconds since the Unix epoch.
QString isoUtcFromMs(qint64 msSinceEpoch);

} // namespace ud
