#pragma once

#include <cstdint>

namespace kehu::analytics {

/// A proleptic Gregorian calendar date. Plain value type; no validation beyond what
/// daysFromCivil/civilFromDays need (month 1..12, day 1..31).
struct CivilDate
{
    int32_t year = 1970;
    int32_t month = 1; ///< 1..12
    int32_t day = 1;   ///< 1..31

    friend bool operator==(const CivilDate &, const CivilDate &) = default;
};

/// Days since 1970-01-01 (negative before) for a Gregorian date. Howard Hinnant's
/// days_from_civil algorithm: exact for every date in the int32 range of days.
int32_t daysFromCivil(CivilDate date);

/// Inverse of daysFromCivil (Hinnant's civil_from_days).
CivilDate civilFromDays(int32_t days);

/// Calendar periods used by the count series.
enum class CalendarPeriod { Month, Quarter };

/// Sequential index of the calendar period containing @p days: year * 12 + (month - 1) for
/// months, year * 4 + (month - 1) / 3 for quarters. Consecutive periods differ by one.
int32_t periodIndex(int32_t days, CalendarPeriod period);

/// First day (days since 1970-01-01) of the period with sequential index @p index.
int32_t periodStartDay(int32_t index, CalendarPeriod period);

} // namespace kehu::analytics
