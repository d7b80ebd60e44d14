#include "civildate.h"

namespace kehu::analytics {

// Both functions shift the year to start in March so that the leap day is the last day of
// the shifted year; then every 400-year era has the same length (146097 days).
int32_t daysFromCivil(CivilDate date)
{
    const int32_t y = date.year - (date.month <= 2 ? 1 : 0);
    const int32_t era = (y >= 0 ? y : y - 399) / 400;
    const int32_t yoe = y - era * 400;                                   // [0, 399]
    const int32_t mp = date.month > 2 ? date.month - 3 : date.month + 9; // [0, 11]
    const int32_t doy = (153 * mp + 2) / 5 + date.day - 1;               // [0, 365]
    const int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           // [0, 146096]
    return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(int32_t days)
{
    const int64_t z = int64_t{days} + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;                                      // [0, 146096]
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // [0, 399]
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               // [0, 365]
    const int64_t mp = (5 * doy + 2) / 153;                                    // [0, 11]
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return {static_cast<int32_t>(y), static_cast<int32_t>(m), static_cast<int32_t>(d)};
}

int32_t periodIndex(int32_t days, CalendarPeriod period)
{
    const CivilDate d = civilFromDays(days);
    return period == CalendarPeriod::Month ? d.year * 12 + (d.month - 1) : d.year * 4 + (d.month - 1) / 3;
}

int32_t periodStartDay(int32_t index, CalendarPeriod period)
{
    // Floor division keeps negative indexes (years before 0) consistent.
    const int32_t perYear = period == CalendarPeriod::Month ? 12 : 4;
    const int32_t year = index >= 0 ? index / perYear : -((-index + perYear - 1) / perYear);
    const int32_t within = index - year * perYear;
    const int32_t month = period == CalendarPeriod::Month ? within + 1 : within * 3 + 1;
    return daysFromCivil({year, month, 1});
}

} // namespace kehu::analytics
