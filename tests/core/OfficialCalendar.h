#pragma once

// The official holiday arrangements the mediation tests count across (国务院办公厅 notices),
// written out by hand so the tests do not depend on the rows migration 0005 seeds:
// - 2025 National Day + Mid-Autumn: 10-01 … 10-08 off, Sun 09-28 and Sat 10-11 worked.
// - 2026 New Year: 01-01 … 01-03 off, Sun 01-04 worked.
// - 2026 Spring Festival: 02-15 (Sun) … 02-23 (Mon) off (9 days), Sat 02-14 and Sat 02-28 worked.
// 2027 and 2028 are deliberately left out ("no calendar entered").

#include "core/WorkCalendar.h"

namespace udtest {

inline ud::WorkCalendar officialCalendar()
{
    using Kind = ud::WorkCalendar::Kind;
    ud::WorkCalendar c;
    for (int day = 1; day <= 8; ++day)
        c.setOverride(QDate(2025, 10, day), Kind::Holiday, QStringLiteral("国庆节、中秋节"));
    c.setOverride(QDate(2025, 9, 28), Kind::Workday, QStringLiteral("国庆节、中秋节调休上班"));
    c.setOverride(QDate(2025, 10, 11), Kind::Workday, QStringLiteral("国庆节、中秋节调休上班"));
    for (int day = 1; day <= 3; ++day)
        c.setOverride(QDate(2026, 1, day), Kind::Holiday, QStringLiteral("元旦"));
    c.setOverride(QDate(2026, 1, 4), Kind::Workday, QStringLiteral("元旦调休上班"));
    for (int day = 15; day <= 23; ++day)
        c.setOverride(QDate(2026, 2, day), Kind::Holiday, QStringLiteral("春节"));
    c.setOverride(QDate(2026, 2, 14), Kind::Workday, QStringLiteral("春节调休上班"));
    c.setOverride(QDate(2026, 2, 28), Kind::Workday, QStringLiteral("春节调休上班"));
    return c;
}

} // namespace udtest
