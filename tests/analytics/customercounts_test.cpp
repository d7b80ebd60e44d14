#include "bgnbdmodel.h"
#include "civildate.h"
#include "customercounts.h"
#include "forecast.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace kehu::analytics;

namespace {

int32_t day(int y, int m, int d)
{
    return daysFromCivil({y, m, d});
}

} // namespace

// Monthly counts Jan..Jun 2024, as of 2024-06-30, churn after 60 days without a purchase.
//   c0: 01-10, 01-20, 02-05, 06-01
//   c1: 01-15
//   c2: 03-03 (two orders), 04-10
//   c3: 02-28, 05-15, 07-02 (after the as-of day: ignored)
// Churn events (day d + 60 when the next purchase is more than 60 days later or never):
//   c0: 02-05 -> 06-01 is 117 days: churns 02-05 + 60 = 04-05 (Apr), won back 06-01 (Jun);
//       06-01 + 60 is after 06-30: not yet.
//   c1: 01-15 + 60 = 03-15 (Mar).
//   c2: 03-03 -> 04-10 is 38 days; 04-10 + 60 = 06-09 (Jun).
//   c3: 02-28 -> 05-15 is 77 days: churns 04-28 (Apr), won back 05-15 (May).
TEST(CustomerCounts, MonthlyHandComputed)
{
    const std::vector<uint32_t> cust = {0, 0, 0, 0, 1, 2, 2, 2, 3, 3, 3};
    const std::vector<int32_t> days = {day(2024, 1, 10), day(2024, 1, 20), day(2024, 2, 5), day(2024, 6, 1),
                                       day(2024, 1, 15), day(2024, 3, 3),  day(2024, 3, 3), day(2024, 4, 10),
                                       day(2024, 2, 28), day(2024, 5, 15), day(2024, 7, 2)};
    const std::vector<int64_t> amount(cust.size(), 100);
    CountOptions opt;
    opt.asOfDay = day(2024, 6, 30);
    opt.inactivityDays = 60;
    const auto c = countCustomers({cust, days, amount, {}}, opt);
    ASSERT_EQ(c.periods(), 6u);
    EXPECT_EQ(c.periodStartDay[0], day(2024, 1, 1));
    EXPECT_EQ(c.periodStartDay[5], day(2024, 6, 1));
    using V = std::vector<int64_t>;
    EXPECT_EQ(c.newCustomers, (V{2, 1, 1, 0, 0, 0}));
    EXPECT_EQ(c.acquiredToDate, (V{2, 3, 4, 4, 4, 4}));
    EXPECT_EQ(c.active, (V{2, 2, 1, 1, 1, 1}));
    EXPECT_EQ(c.returning, (V{0, 1, 0, 1, 1, 1}));
    EXPECT_EQ(c.churned, (V{0, 0, 1, 2, 0, 1}));
    EXPECT_EQ(c.wonBack, (V{0, 0, 0, 0, 1, 1}));
    // >= 2 purchase days: c0 from Jan, c2 from Apr, c3 from May; c1 never.
    const std::vector<double> repeat = {1.0 / 2, 1.0 / 3, 1.0 / 4, 2.0 / 4, 3.0 / 4, 3.0 / 4};
    for (size_t p = 0; p < 6; ++p)
        EXPECT_DOUBLE_EQ(c.repeatRate[p], repeat[p]) << p;
    // Cohorts: Jan = {c0, c1}, Feb = {c3}, Mar = {c2}.
    EXPECT_EQ(c.cohortActive[0], (V{2, 1, 0, 0, 0, 1}));
    EXPECT_EQ(c.cohortActive[1], (V{1, 0, 0, 1, 0}));
    EXPECT_EQ(c.cohortActive[2], (V{1, 1, 0, 0}));
    EXPECT_DOUBLE_EQ(c.retention(0, 1), 0.5);
    EXPECT_DOUBLE_EQ(c.retention(0, 5), 0.5);
    EXPECT_DOUBLE_EQ(c.retention(2, 1), 1.0);
    EXPECT_DOUBLE_EQ(c.retention(3, 0), 0.0); // empty April cohort

    // Quarterly: Q1 = Jan..Mar, Q2 = Apr..Jun.
    opt.period = CalendarPeriod::Quarter;
    const auto q = countCustomers({cust, days, amount, {}}, opt);
    ASSERT_EQ(q.periods(), 2u);
    EXPECT_EQ(q.newCustomers, (V{4, 0}));
    EXPECT_EQ(q.active, (V{4, 3})); // Q2: c0 (Jun), c2 (Apr), c3 (May)
    EXPECT_EQ(q.churned, (V{1, 3}));
    EXPECT_EQ(q.wonBack, (V{0, 2}));
}

TEST(Forecast, PeriodsAreDifferencesOfConditionalExpectations)
{
    const BgNbdParams p{0.25, 30.0, 0.8, 2.5}; // per day
    const std::vector<int32_t> x = {3, 0, 1}, tx = {100, 0, 20}, t = {150, 60, 200};
    const BgNbdData data{x, tx, t, 1.0};
    // As of 2024-06-15: July starts 16 days later, so July covers model times (15, 46],
    // August (46, 77].
    const auto f = forecastPeriods(p, data, day(2024, 6, 15), CalendarPeriod::Month, 2);
    ASSERT_EQ(f.periodStartDay.size(), 2u);
    EXPECT_EQ(f.periodStartDay[0], day(2024, 7, 1));
    double july = 0, august = 0, activeJuly = 0;
    for (size_t i = 0; i < 3; ++i) {
        const double e15 = bgNbdExpectedPurchases(p, 15, x[i], tx[i], t[i]);
        const double e46 = bgNbdExpectedPurchases(p, 46, x[i], tx[i], t[i]);
        const double e77 = bgNbdExpectedPurchases(p, 77, x[i], tx[i], t[i]);
        july += e46 - e15;
        august += e77 - e46;
        activeJuly += 1 - std::exp(-(e46 - e15));
    }
    EXPECT_NEAR(f.expectedPurchases[0], july, 1e-12);
    EXPECT_NEAR(f.expectedPurchases[1], august, 1e-12);
    EXPECT_NEAR(f.expectedActive[0], activeJuly, 1e-12);
    EXPECT_LT(f.expectedActive[0], f.expectedPurchases[0]); // 1 - e^-m < m
    EXPECT_GT(f.expectedPurchases[1], 0.0);
}
