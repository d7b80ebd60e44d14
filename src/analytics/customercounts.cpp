#include "customercounts.h"

#include <algorithm>

namespace kehu::analytics {

namespace {

/// What one pass over the purchases finds before counting.
struct PurchaseScan
{
    bool sorted = true; ///< by customer, then day
    bool any = false;   ///< a purchase on or before the as-of day
    int32_t minDay = 0; ///< the earliest such day (the as-of day if none)
};

PurchaseScan scanPurchases(const PurchaseColumns &purchases, size_t n, int32_t asOfDay)
{
    PurchaseScan scan;
    scan.minDay = asOfDay;
    for (size_t i = 0; i < n; ++i) {
        if (i > 0
            && (purchases.customer[i] < purchases.customer[i - 1]
                || (purchases.customer[i] == purchases.customer[i - 1] && purchases.day[i] < purchases.day[i - 1]))) {
            scan.sorted = false;
            return scan;
        }
        if (purchases.day[i] <= asOfDay) {
            scan.minDay = std::min(scan.minDay, purchases.day[i]);
            scan.any = true;
        }
    }
    return scan;
}

/// Day -> column lookup for the days minDay..asOfDay: one civil-date conversion per calendar
/// day, not per row.
std::vector<uint32_t> dayColumns(int32_t minDay, int32_t asOfDay, const std::vector<int32_t> &periodStart)
{
    const size_t periods = periodStart.size();
    std::vector<uint32_t> column(size_t(asOfDay - minDay + 1));
    for (size_t p = 0, d = 0; d < column.size(); ++d) {
        while (p + 1 < periods && minDay + int32_t(d) >= periodStart[p + 1])
            ++p;
        column[d] = static_cast<uint32_t>(p);
    }
    return column;
}

/// The running totals: acquired to date, returning customers and the repeat rate per period.
void addRunningTotals(CustomerCounts &out, const std::vector<int64_t> &repeaters)
{
    const size_t periods = repeaters.size();
    out.acquiredToDate.assign(periods, 0);
    out.returning.assign(periods, 0);
    out.repeatRate.assign(periods, 0.0);
    int64_t acquired = 0, repeated = 0;
    for (size_t p = 0; p < periods; ++p) {
        acquired += out.newCustomers[p];
        repeated += repeaters[p];
        out.acquiredToDate[p] = acquired;
        out.returning[p] = out.active[p] - out.newCustomers[p];
        out.repeatRate[p] = acquired > 0 ? double(repeated) / double(acquired) : 0.0;
    }
}

} // namespace

CustomerCounts countCustomers(const PurchaseColumns &purchases, const CountOptions &options)
{
    CustomerCounts out;
    out.period = options.period;
    const size_t n = std::min(purchases.customer.size(), purchases.day.size());
    const PurchaseScan scan = scanPurchases(purchases, n, options.asOfDay);
    if (!scan.sorted)
        return CustomerCounts{};
    if (!scan.any)
        return out;
    const int32_t minDay = scan.minDay;

    out.firstPeriod = periodIndex(minDay, options.period);
    const int32_t lastPeriod = periodIndex(options.asOfDay, options.period);
    const int32_t periodCount = lastPeriod - out.firstPeriod + 1;
    const auto periods = size_t(periodCount);
    for (size_t p = 0; p < periods; ++p)
        out.periodStartDay.push_back(periodStartDay(out.firstPeriod + int32_t(p), options.period));
    const std::vector<uint32_t> column = dayColumns(minDay, options.asOfDay, out.periodStartDay);
    auto col = [&](int32_t day) { return column[size_t(day - minDay)]; };

    out.newCustomers.assign(periods, 0);
    out.active.assign(periods, 0);
    out.churned.assign(periods, 0);
    out.wonBack.assign(periods, 0);
    std::vector<int64_t> repeaters(periods, 0);
    out.cohortActive.resize(periods);
    for (size_t k = 0; k < periods; ++k)
        out.cohortActive[k].assign(periods - k, 0);

    const int32_t w = options.inactivityDays;
    size_t i = 0;
    while (i < n) {
        const uint32_t c = purchases.customer[i];
        uint32_t cohort = 0;
        uint32_t lastActive = UINT32_MAX;
        int32_t prevDay = 0;
        int32_t distinct = 0;
        for (; i < n && purchases.customer[i] == c; ++i) {
            const int32_t d = purchases.day[i];
            if (d > options.asOfDay || (distinct > 0 && d == prevDay))
                continue;
            const uint32_t p = col(d);
            if (distinct == 0) {
                cohort = p;
                ++out.newCustomers[p];
            } else {
                if (distinct == 1)
                    ++repeaters[p];
                if (d - prevDay > w) {
                    ++out.churned[col(prevDay + w)];
                    ++out.wonBack[p];
                }
            }
            if (p != lastActive) {
                ++out.active[p];
                ++out.cohortActive[cohort][p - cohort];
                lastActive = p;
            }
            prevDay = d;
            ++distinct;
        }
        if (distinct > 0 && int64_t{prevDay} + w <= options.asOfDay)
            ++out.churned[col(prevDay + w)];
    }

    addRunningTotals(out, repeaters);
    return out;
}

} // namespace kehu::analytics
