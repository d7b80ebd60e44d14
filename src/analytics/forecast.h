#pragma once

#include "bgnbdmodel.h"
#include "civildate.h"

#include <cstdint>
#include <vector>

namespace kehu::analytics {

/// Forecast of the next calendar periods from a fitted BG/NBD, index = future period.
///  - periodStartDay: first day of each forecast period (days since 1970-01-01). The first
///    forecast period is the one after the period containing asOfDay; the days between
///    asOfDay and its start count as elapsed time, not as forecast.
///  - expectedPurchases: sum over customers of E[Y(end)] - E[Y(start)] (conditional
///    expectations from the calibration end = asOfDay); purchase days, not orders.
///  - expectedActive: sum over customers of 1 - exp(-(E[Y(end)] - E[Y(start)])), i.e.
///    P(at least one purchase in the period) as if the period's count were Poisson with the
///    customer's expected count. The true count is a mixture, and 1 - e^-m is concave, so
///    this is an upper bound (Jensen); it is close when expected counts per period are
///    small, as they are for monthly periods.
struct PeriodForecast
{
    std::vector<int32_t> periodStartDay;
    std::vector<double> expectedPurchases;
    std::vector<double> expectedActive;
};

/// @p data must be the calibration summary at asOfDay (tDays = asOfDay - first day).
PeriodForecast forecastPeriods(const BgNbdParams &params, const BgNbdData &data, int32_t asOfDay, CalendarPeriod period,
                               int periods);

} // namespace kehu::analytics
