#pragma once

#include "civildate.h"
#include "purchasesummary.h"

#include <cstdint>
#include <vector>

namespace kehu::analytics {

/// Options of countCustomers(). Purchases after asOfDay are ignored; the series runs from
/// the calendar period of the earliest purchase to the period containing asOfDay.
/// inactivityDays: a customer is "churned" once this many days pass without a purchase.
struct CountOptions
{
    CalendarPeriod period = CalendarPeriod::Month;
    int32_t asOfDay = 0;
    int32_t inactivityDays = 180;
};

/// Customer count series per calendar period (index = period offset from firstPeriod).
/// Definitions (a "purchase day" merges all rows of one customer on one day):
///  - newCustomers[p]: customers whose first purchase day is in p.
///  - acquiredToDate[p]: customers whose first purchase day is in p or earlier.
///  - active[p]: customers with at least one purchase day in p.
///  - returning[p] = active[p] - newCustomers[p].
///  - churned[p]: churn events dated in p. A customer with a purchase on day d and no
///    purchase on days d+1 .. d+W (W = inactivityDays) churns on day d+W; the event counts
///    only if d+W <= asOfDay. A customer can churn again after coming back.
///  - wonBack[p]: purchase days in p that end such a gap (the first purchase after a churn
///    event); one per churn event.
///  - repeatRate[p]: customers with >= 2 purchase days by the end of p (or asOfDay) divided
///    by acquiredToDate[p]; 0 when nobody was acquired yet.
/// Retention by acquisition cohort: cohort k = customers acquired in period k;
/// cohortActive[k][j] = how many of them are active in period k + j (j = 0 is everyone).
struct CustomerCounts
{
    CalendarPeriod period = CalendarPeriod::Month;
    int32_t firstPeriod = 0; ///< sequential index (see periodIndex) of entry 0
    std::vector<int32_t> periodStartDay;
    std::vector<int64_t> acquiredToDate;
    std::vector<int64_t> newCustomers;
    std::vector<int64_t> active;
    std::vector<int64_t> returning;
    std::vector<int64_t> churned;
    std::vector<int64_t> wonBack;
    std::vector<double> repeatRate;
    std::vector<std::vector<int64_t>> cohortActive; ///< [cohort][offset], rows shorten with time

    size_t periods() const { return periodStartDay.size(); }
    /// Share of cohort @p cohort active @p offset periods after acquisition (0 if empty).
    double retention(size_t cohort, size_t offset) const
    {
        const int64_t size = newCustomers[cohort];
        return size > 0 ? double(cohortActive[cohort][offset]) / double(size) : 0.0;
    }
};

/// One pass over the sorted purchase rows (see PurchaseColumns; amounts are not used).
/// Returns an empty series when there is no purchase on or before asOfDay or the input is
/// not sorted by (customer, day).
CustomerCounts countCustomers(const PurchaseColumns &purchases, const CountOptions &options);

} // namespace kehu::analytics
