// Aggregates behind the dashboard charts, against values computed by hand (see comments).
#include "churnbysegment.h"
#include "paretocurve.h"
#include "rfheatmap.h"
#include "satisfaction.h"
#include "valuehistogram.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace kehu::analytics;

TEST(Satisfaction, NpsBandsAndCsat)
{
    // NPS: promoters 10, 9, 9 (3); passives 8, 7 (2); detractors 6, 0 (2); one unanswered.
    // NPS = (3 - 2) / 7 = 14.2857 points. CSAT: 5, 4, 3, 1 -> mean 13 / 4 = 3.25; 2 of 4 are 4-5.
    const std::vector<int8_t> nps = {10, 9, 8, 7, 6, 0, 9, kNoAnswer};
    const std::vector<int8_t> csat = {5, kNoAnswer, 4, kNoAnswer, 3, 1, kNoAnswer, kNoAnswer};
    const SatisfactionTotals t = satisfactionTotals(nps, csat);
    EXPECT_EQ(t.promoters, 3);
    EXPECT_EQ(t.passives, 2);
    EXPECT_EQ(t.detractors, 2);
    EXPECT_NEAR(t.nps(), 100.0 / 7.0, 1e-9);
    EXPECT_EQ(t.csatAnswers, 4);
    EXPECT_DOUBLE_EQ(t.csatAverage(), 3.25);
    EXPECT_DOUBLE_EQ(t.csatSatisfiedShare(), 0.5);
}

TEST(Satisfaction, NpsExtremesAndEmpty)
{
    struct Case
    {
        std::vector<int8_t> nps;
        double expected;
    };
    const std::vector<Case> cases = {
        {{10, 9, 9}, 100.0}, {{0, 6, 3}, -100.0}, {{7, 8}, 0.0}, {{}, 0.0}, {{11, -3, 10}, 100.0},
    };
    for (const Case &c : cases) {
        const std::vector<int8_t> csat(c.nps.size(), kNoAnswer);
        EXPECT_DOUBLE_EQ(satisfactionTotals(c.nps, csat).nps(), c.expected);
    }
}

TEST(Satisfaction, ByMonthHasNoGaps)
{
    // 2025-01-15, 2025-01-20, 2025-03-02: January (2 answers), February (none), March (1).
    const std::vector<int32_t> day = {daysFromCivil({2025, 3, 2}), daysFromCivil({2025, 1, 15}),
                                      daysFromCivil({2025, 1, 20})};
    const std::vector<int8_t> nps = {0, 10, 9};
    const std::vector<int8_t> csat = {2, 5, kNoAnswer};
    const SatisfactionSeries s = satisfactionByPeriod(day, nps, csat, CalendarPeriod::Month);
    ASSERT_EQ(s.totals.size(), 3u);
    EXPECT_EQ(s.periodStartDay[0], daysFromCivil({2025, 1, 1}));
    EXPECT_EQ(s.periodStartDay[2], daysFromCivil({2025, 3, 1}));
    EXPECT_DOUBLE_EQ(s.totals[0].nps(), 100.0);
    EXPECT_DOUBLE_EQ(s.totals[0].csatAverage(), 5.0);
    EXPECT_EQ(s.totals[1].npsAnswers(), 0);
    EXPECT_DOUBLE_EQ(s.totals[2].nps(), -100.0);
    const SatisfactionSeries q = satisfactionByPeriod(day, nps, csat, CalendarPeriod::Quarter);
    ASSERT_EQ(q.totals.size(), 1u);
    EXPECT_NEAR(q.totals[0].nps(), 100.0 / 3.0, 1e-9);
}

TEST(ParetoCurve, ExactPointsAndCutoffs)
{
    // Ranked positive contributions 50, 30, 10, 5, 5 (total 100); 0 and -3 are left out.
    // Cumulative shares 0.5, 0.8, 0.9, 0.95, 1.0 at customer shares 0.2 .. 1.0.
    const std::vector<int64_t> values = {5, 0, 30, 50, -3, 10, 5};
    const ParetoCurve c = paretoCurve(values);
    EXPECT_EQ(c.customers, 5);
    EXPECT_EQ(c.total, 100);
    const std::vector<double> x = {0, 0.2, 0.4, 0.6, 0.8, 1.0};
    const std::vector<double> y = {0, 0.5, 0.8, 0.9, 0.95, 1.0};
    ASSERT_EQ(c.customerShare.size(), x.size());
    for (size_t i = 0; i < x.size(); ++i) {
        EXPECT_NEAR(c.customerShare[i], x[i], 1e-12) << i;
        EXPECT_NEAR(c.revenueShare[i], y[i], 1e-12) << i;
    }
    EXPECT_EQ(c.aIndex, 2); // 80% reached at the second customer (40% of customers)
    EXPECT_EQ(c.bIndex, 4); // 95% at the fourth
}

TEST(ParetoCurve, DownsamplingKeepsCutoffs)
{
    // maxPoints 2 -> every 3rd customer, plus the customers crossing 80% (2nd) and 95% (4th).
    const std::vector<int64_t> values = {50, 30, 10, 5, 5};
    const ParetoCurve c = paretoCurve(values, {}, 2);
    const std::vector<double> x = {0, 0.4, 0.6, 0.8, 1.0};
    ASSERT_EQ(c.customerShare.size(), x.size());
    for (size_t i = 0; i < x.size(); ++i)
        EXPECT_NEAR(c.customerShare[i], x[i], 1e-12) << i;
    EXPECT_EQ(c.aIndex, 1);
    EXPECT_EQ(c.bIndex, 3);
    EXPECT_NEAR(c.revenueShare[c.bIndex], 0.95, 1e-12);
}

TEST(ParetoCurve, FromGroups)
{
    // Means 50 (2 customers, 100), 10 (3, 30), 70 (1, 70); the empty group is dropped.
    // Ranked 70, 50, 10: customers 1, 3, 6 of 6; revenue 70, 170, 200 of 200.
    const std::vector<ParetoGroup> groups = {{2, 100}, {3, 30}, {1, 70}, {1, 0}};
    const ParetoCurve c = paretoCurveFromGroups(groups);
    ASSERT_EQ(c.customerShare.size(), 4u);
    EXPECT_NEAR(c.customerShare[1], 1.0 / 6.0, 1e-12);
    EXPECT_NEAR(c.revenueShare[1], 0.35, 1e-12);
    EXPECT_NEAR(c.customerShare[2], 0.5, 1e-12);
    EXPECT_NEAR(c.revenueShare[2], 0.85, 1e-12);
    EXPECT_EQ(c.aIndex, 2);
    EXPECT_EQ(c.bIndex, 3);
    EXPECT_TRUE(paretoCurveFromGroups({}).revenueShare.size() == 1);
}

TEST(ParetoCurve, AbcCutOffsGoWhereTheClassesAre)
{
    // The binned curve of FromGroups: points at customer shares 0, 1/6, 1/2, 1. Suppose ABC put
    // 2 customers with 120 in A and 2 more with 50 in B (they split bins): the cut-offs must sit
    // at (2/6, 120/200) and (4/6, 170/200), not at the bins' edges.
    ParetoCurve c = paretoCurveFromGroups(std::vector<ParetoGroup>{{2, 100}, {3, 30}, {1, 70}});
    placeAbcCutoffs(c, {2, 120}, {2, 50});
    ASSERT_EQ(c.customerShare.size(), 6u);
    ASSERT_GE(c.aIndex, 0);
    ASSERT_GE(c.bIndex, 0);
    EXPECT_NEAR(c.customerShare[std::size_t(c.aIndex)], 2.0 / 6.0, 1e-12);
    EXPECT_NEAR(c.revenueShare[std::size_t(c.aIndex)], 0.6, 1e-12);
    EXPECT_NEAR(c.customerShare[std::size_t(c.bIndex)], 4.0 / 6.0, 1e-12);
    EXPECT_NEAR(c.revenueShare[std::size_t(c.bIndex)], 0.85, 1e-12);
    EXPECT_TRUE(std::is_sorted(c.customerShare.begin(), c.customerShare.end()));

    // No B customers: only A moves, and the binned B point shifts right by the inserted one.
    ParetoCurve onlyA = paretoCurveFromGroups(std::vector<ParetoGroup>{{2, 100}, {3, 30}, {1, 70}});
    const int bBefore = onlyA.bIndex;
    placeAbcCutoffs(onlyA, {2, 120}, {0, 0});
    EXPECT_NEAR(onlyA.customerShare[std::size_t(onlyA.aIndex)], 2.0 / 6.0, 1e-12);
    EXPECT_EQ(onlyA.bIndex, bBefore + 1);

    // A class that ends exactly at a bin edge reuses that point.
    ParetoCurve onEdge = paretoCurveFromGroups(std::vector<ParetoGroup>{{2, 100}, {3, 30}, {1, 70}});
    placeAbcCutoffs(onEdge, {1, 70}, {2, 100});
    EXPECT_EQ(onEdge.customerShare.size(), 4u);
    EXPECT_EQ(onEdge.aIndex, 1);
    EXPECT_EQ(onEdge.bIndex, 2);
}

TEST(RfHeatmap, CountsPerCell)
{
    const std::vector<uint8_t> r = {5, 5, 1, 0, 3, 5};
    const std::vector<uint8_t> f = {5, 4, 1, 0, 3, 5};
    const std::vector<int64_t> revenue = {100, 200, 300, 400, 500, 600};
    const RfHeatmap h = rfHeatmap(r, f, revenue);
    EXPECT_EQ(h.count(5, 5), 2);
    EXPECT_EQ(h.revenueOf(5, 5), 700);
    EXPECT_EQ(h.count(5, 4), 1);
    EXPECT_EQ(h.count(1, 1), 1);
    EXPECT_EQ(h.revenueOf(3, 3), 500);
    EXPECT_EQ(h.count(4, 5), 0);
    int64_t total = 0;
    for (int64_t n : h.customers)
        total += n;
    EXPECT_EQ(total, 5); // the customer without purchases (0, 0) has no cell
}

TEST(ValueHistogram, OneTwoFiveBins)
{
    struct Case
    {
        int64_t value;
        int bin;
    };
    // Edges (minor units, unit 100): bin 2 = [100, 200), 3 = [200, 500), 4 = [500, 1000),
    // 5 = [1000, 2000), ..., 11 = [100000, 200000).
    const std::vector<Case> cases = {{-50, 0}, {0, 0},   {1, 1},    {99, 1},   {100, 2},  {199, 2},    {200, 3},
                                     {499, 3}, {500, 4}, {1000, 5}, {1999, 5}, {2000, 6}, {123456, 11}};
    for (const Case &c : cases)
        EXPECT_EQ(valueBin(c.value), c.bin) << c.value;
    EXPECT_EQ(valueBinLowerEdge(11), 100000);
    EXPECT_EQ(valueBinLowerEdge(4), 500);

    const std::vector<int64_t> values = {-50, 0, 50, 100, 150, 199, 200, 499, 500, 1000, 123456};
    const ValueHistogram h = valueHistogram(values);
    ASSERT_EQ(h.bins(), 12u);
    const std::vector<int64_t> expected = {2, 1, 3, 2, 1, 1, 0, 0, 0, 0, 0, 1};
    EXPECT_EQ(h.customers, expected);
    EXPECT_EQ(h.sum[2], 449);
    EXPECT_EQ(h.lowerEdge[0], -50);
    EXPECT_EQ(h.lowerEdge[3], 200);
}

TEST(ChurnBySegment, CountsAndRiskShare)
{
    const std::vector<int16_t> segment = {0, 0, 1, -1, 5};
    const std::vector<ChurnStatus> status = {ChurnStatus::Active, ChurnStatus::AtRisk, ChurnStatus::Churned,
                                             ChurnStatus::AtRisk, ChurnStatus::Active};
    const std::vector<int64_t> clv = {10, 20, 30, 40, 50};
    const ChurnBySegment t = churnBySegment(segment, status, 2, clv);
    EXPECT_EQ(t.count(0, ChurnStatus::Active), 1);
    EXPECT_EQ(t.count(0, ChurnStatus::AtRisk), 1);
    EXPECT_EQ(t.valueOf(0, ChurnStatus::AtRisk), 20);
    EXPECT_EQ(t.count(1, ChurnStatus::Churned), 1);
    EXPECT_EQ(t.count(-1, ChurnStatus::AtRisk), 1);
    EXPECT_EQ(t.count(-1, ChurnStatus::Active), 1); // segment 5 is out of range: others
    EXPECT_EQ(t.valueOf(-1, ChurnStatus::Active), 50);
    EXPECT_DOUBLE_EQ(t.riskShare(0), 0.5);
    EXPECT_DOUBLE_EQ(t.riskShare(1), 1.0);
    EXPECT_DOUBLE_EQ(t.riskShare(-1), 0.5);
}
