#include "forecast.h"

#include <cmath>

#include "collapsedrows.h"

namespace kehu::analytics {

PeriodForecast forecastPeriods(const BgNbdParams &params, const BgNbdData &data, int32_t asOfDay, CalendarPeriod period,
                               int periods)
{
    PeriodForecast f;
    if (periods <= 0)
        return f;
    detail::CollapsedRows rows;
    std::string error;
    if (!detail::collapse(data, rows, error))
        return f;

    // Boundaries in model time since the calibration end: a purchase on day d happens at
    // (d - asOfDay), so period [s, e] covers (s - 1 - asOfDay, e - asOfDay].
    const int32_t first = periodIndex(asOfDay, period) + 1;
    std::vector<double> bound(size_t(periods) + 1);
    for (int k = 0; k <= periods; ++k) {
        const int32_t start = periodStartDay(first + k, period);
        if (k < periods)
            f.periodStartDay.push_back(start);
        bound[size_t(k)] = (start - 1 - asOfDay) / data.daysPerUnit;
    }
    f.expectedPurchases.assign(size_t(periods), 0.0);
    f.expectedActive.assign(size_t(periods), 0.0);
    auto accumulate = [&](double w, double x, double tx, double t) {
        double previous = bgNbdExpectedPurchases(params, bound[0], x, tx, t);
        for (size_t k = 0; k < size_t(periods); ++k) {
            const double e = bgNbdExpectedPurchases(params, bound[k + 1], x, tx, t);
            const double delta = e - previous;
            f.expectedPurchases[k] += w * delta;
            f.expectedActive[k] += w * -std::expm1(-delta);
            previous = e;
        }
    };
    for (size_t i = 0; i < rows.zeroT.size(); ++i)
        accumulate(rows.zeroW[i], 0.0, 0.0, rows.times[rows.zeroT[i]]);
    for (size_t i = 0; i < rows.rowW.size(); ++i)
        accumulate(rows.rowW[i], rows.xs[rows.rowX[i]], rows.times[rows.rowTx[i]], rows.times[rows.rowT[i]]);
    return f;
}

} // namespace kehu::analytics
