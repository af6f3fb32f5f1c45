#include "core/Uuid7.h"

#include "core/Clock.h"

#include <QRegularExpression>

namespace ud {

Uuid7Generator::Uuid7Generator(const Clock &clock)
    : m_clock(clock), m_random(QRandomGenerator::securelySeeded())
{
}

Uuid7Generator::Uuid7Generator(const Clock &clock, quint64 seed)
    : m_clock(clock), m_random(static_cast<quint32>(seed ^ (seed >> 32))), m_seeded(true)
{
}

QString Uuid7Generator::next()
{
    qint64 ms = m_clock.nowMs();
    if (ms <= m_lastMs) {
        // Same millisecond (or the clock stepped back): keep order with the 12-bit counter,
        // borrowing the next millisecond when it runs out.
        ms = m_lastMs;
        if (++m_counter > 0x0FFF) {
            ++ms;
            m_counter = static_cast<quint16>(m_random.bounded(0x0800));
        }
    } else {
        m_counter = static_cast<quint16>(m_random.bounded(0x0800));
    }
    m_lastMs = ms;

    unsigned char b[16];
    const quint64 ts = static_cast<quint64>(ms) & 0xFFFFFFFFFFFFULL;
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>((ts >> (8 * (5 - i))) & 0xFF);
    b[6] = static_cast<unsigned char>(0x70 | ((m_counter >> 8) & 0x0F));
    b[7] = static_cast<unsigned char>(m_counter & 0xFF);
    const quint64 r = m_random.generate64();
    for (int i = 8; i < 16; ++i)
        b[i] = static_cast<unsigned char>((r >> (8 * (15 - i))) & 0xFF);
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F));

    static const char hex[] = "0123456789abcdef";
    char16_t text[36];
    char16_t *p = text;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = u'-';
        *p++ = static_cast<char16_t>(hex[b[i] >> 4]);
        *p++ = static_cast<char16_t>(hex[b[i] & 0x0F]);
    }
    return QString(reinterpret_cast<const QChar *>(text), 36);
}

bool Uuid7Generator::isValid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

qint64 Uuid7Generator::timestampMs(const QString &uuid)
{
    QString hex = uuid.left(13);
    hex.remove(QLatin1Char('-'));
    bool ok = false;
    const qint64 v = hex.toLongLong(&ok, 16);
    return ok ? v : -1;
}

} // namespace ud
