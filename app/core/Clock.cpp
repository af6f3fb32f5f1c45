#include "core/Clock.h"

namespace ud {

namespace {

// 0001-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the range written with four-digit years.
constexpr qint64 kFirstMs = -62135596800000LL;
constexpr qint64 kLastMs = 253402300799999LL;
constexpr qint64 kMsPerDay = 86400000LL;

char16_t *putDigits(char16_t *p, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    return p + width;
}

} // namespace

QString isoUtcFromMs(qint64 ms)
{
    if (ms < kFirstMs || ms > kLastMs)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    qint64 days = ms / kMsPerDay;
    qint64 msOfDay = ms % kMsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsPerDay;
        --days;
    }
    // Days since 1970-01-01 to the proleptic Gregorian calendar date (H. Hinnant, civil_from_days).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);

    char16_t text[24];
    char16_t *p = putDigits(text, year, 4);
    *p++ = u'-';
    p = putDigits(p, month, 2);
    *p++ = u'-';
    p = putDigits(p, day, 2);
    *p++ = u'T';
    p = putDigits(p, msOfDay / 3600000, 2);
    *p++ = u':';
    p = putDigits(p, msOfDay / 60000 % 60, 2);
    *p++ = u':';
    p = putDigits(p, msOfDay / 1000 % 60, 2);
    *p++ = u'.';
    p = putDigits(p, msOfDay % 1000, 3);
    *p++ = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), p - text);
}

QString isoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return t.toUTC().toString(Qt::ISODateWithMs);
    return isoUtcFromMs(t.toMSecsSinceEpoch());
}

} // namespace ud
