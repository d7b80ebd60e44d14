// Team figures, distributor scorecard and follow-up cadence, against hand-computed values.
#include "distributorscorecard.h"
#include "followupcadence.h"
#include "teamfigures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace kehu::analytics;

namespace {
constexpr int32_t kNone = std::numeric_limits<int32_t>::min();
}

TEST(TeamFigures, PerOwner)
{
    // Period days 100..190. Owner 0: customers 0 and 1 (customer 1 new on day 120), one
    // active, revenue 1000; follow-ups due 110 (done 110, on time) and 150 (done 160, late);
    // due 200 is outside. Owner 1: customer 2; follow-up due 180 still open; due 99 outside.
    const std::vector<int32_t> owner = {0, 0, 1, -1};
    const std::vector<int32_t> first = {50, 120, kNone, 150};
    const std::vector<uint8_t> active = {1, 0, 1, 1};
    const std::vector<int64_t> revenue = {1000, 0, 500, 999};
    const std::vector<int32_t> visits = {0, 1, 1, -1, 1};
    const std::vector<int32_t> fOwner = {0, 0, 0, 1, 1};
    const std::vector<int32_t> fDue = {110, 150, 200, 180, 99};
    const std::vector<int32_t> fDone = {110, 160, kNone, kNone, 99};
    TeamInput in;
    in.owners = 2;
    in.firstDay = 100;
    in.lastDay = 190;
    in.customerOwner = owner;
    in.customerFirstDay = first;
    in.customerActive = active;
    in.customerRevenue = revenue;
    in.visitOwner = visits;
    in.followUpOwner = fOwner;
    in.followUpDue = fDue;
    in.followUpDone = fDone;
    const auto f = teamFigures(in);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].customers, 2);
    EXPECT_EQ(f[0].activeCustomers, 1);
    EXPECT_EQ(f[0].newCustomers, 1);
    EXPECT_EQ(f[0].revenue, 1000);
    EXPECT_EQ(f[0].visits, 1);
    EXPECT_EQ(f[0].followUpsDue, 2);
    EXPECT_EQ(f[0].followUpsDone, 2);
    EXPECT_EQ(f[0].followUpsOnTime, 1);
    EXPECT_DOUBLE_EQ(f[0].discipline(), 0.5);
    EXPECT_EQ(f[1].customers, 1);
    EXPECT_EQ(f[1].newCustomers, 0);
    EXPECT_EQ(f[1].revenue, 500);
    EXPECT_EQ(f[1].visits, 3);
    EXPECT_EQ(f[1].followUpsDue, 1);
    EXPECT_DOUBLE_EQ(f[1].discipline(), 0.0);
}

TEST(DistributorScorecard, ScoresAndRanking)
{
    // A: sales 1000 (best), +25% growth, CSAT 4.5, 3 of 4 on time:
    //    0.4 * 1 + 0.2 * 0.625 + 0.2 * 0.875 + 0.2 * 0.75 = 0.85
    // B: sales 500, new (no previous sales: growth neutral), no CSAT (neutral), nothing due:
    //    0.4 * 0.5 + 0.2 * 0.5 + 0.2 * 0.5 + 0.2 * 1 = 0.6
    // C: no sales, -100%, CSAT 2, 0 of 2 on time: 0 + 0 + 0.2 * 0.25 + 0 = 0.05
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<DistributorInput> in = {{0, 100, 2.0, 2, 0}, {1000, 800, 4.5, 4, 3}, {500, 0, nan, 0, 0}};
    const auto s = scoreDistributors(in);
    EXPECT_NEAR(s[1].score, 0.85, 1e-12);
    EXPECT_NEAR(s[2].score, 0.6, 1e-12);
    EXPECT_NEAR(s[0].score, 0.05, 1e-12);
    EXPECT_EQ(s[1].rank, 1);
    EXPECT_EQ(s[2].rank, 2);
    EXPECT_EQ(s[0].rank, 3);
    EXPECT_DOUBLE_EQ(s[1].growth, 0.25);
    EXPECT_TRUE(std::isnan(s[2].growth));
    EXPECT_DOUBLE_EQ(s[0].growth, -1.0);
    EXPECT_NEAR(s[1].share, 2.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(s[1].discipline, 0.75);
}

TEST(FollowUpCadence, PlansDueDays)
{
    // today 1000, horizon 14 days. Rules: segment 0 every 30 days; segment 1 within 7 days;
    // segment 2 every 60 but within 10; a second rule for segment 0 is never used.
    const std::vector<CadenceRule> rules = {{0, 30, 0}, {1, 0, 7}, {2, 60, 10}, {0, 5, 0}};
    const std::vector<int16_t> segment = {0, 0, 0, 0, 1, 1, 2, -1};
    const std::vector<int32_t> last = {980, 960, 999, kNeverContacted, 999, 900, 995, 100};
    const std::vector<uint8_t> open = {0, 0, 0, 0, 0, 1, 0, 0};
    struct Expected
    {
        uint32_t customer;
        int32_t due;
        uint16_t rule;
    };
    // c0: 980 + 30 = 1010. c1: 990 is late -> today. c2: 1029 is beyond the horizon.
    // c3: never contacted -> today. c4: within 7 -> 1007. c5: has an open follow-up.
    // c6: min(1055, 1010) = 1010. c7: no rule for "others".
    const std::vector<Expected> expected = {{0, 1010, 0}, {1, 1000, 0}, {3, 1000, 0}, {4, 1007, 1}, {6, 1010, 2}};
    const auto planned = planFollowUps({segment, last, open}, rules, 1000, 14);
    ASSERT_EQ(planned.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(planned[i].customer, expected[i].customer) << i;
        EXPECT_EQ(planned[i].dueDay, expected[i].due) << i;
        EXPECT_EQ(planned[i].rule, expected[i].rule) << i;
    }
}
