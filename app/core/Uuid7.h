#pragma once

#include <QRandomGenerator>
#include <QString>

namespace ud {

class Clock;

// UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Identifiers made on
// one device sort by creation time; within one millisecond a counter in rand_a keeps them
// increasing, so primary-key inserts stay append-only.
class Uuid7Generator
{
public:
    explicit Uuid7Generator(const Clock &clock);
    // Seeded variant: the same seed and clock give the same identifiers (demo data, tests).
    Uuid7Generator(const Clock &clock, quint64 seed);

    QString next();

    static bool isValid(const QString &text);
    static qint64 timestampMs(const QString &uuid);

private:
    const Clock &m_clock;
    QRandomGenerator m_random;
    bool m_seeded = false;
    qint64 m_lastMs = -1;
    quint16 m_counter = 0;
};

} // namespace ud
