#include "civildate.h"
#include "purchasesummary.h"
#include "rfmscorer.h"
#include "rfmsegments.h"

#include "testdata.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

using namespace kehu::analytics;

namespace {

class RfmGolden : public ::testing::Test
{
protected:
    void SetUp() override
    {
        orders = test::loadRfmOrders();
        asOf = daysFromCivil({2006, 12, 31});
        auto res = summarize(orders.columns(), orders.customerCount(), asOf);
        ASSERT_TRUE(res.ok()) << res.message;
        summary = std::move(res.summary);
        RfmOptions opt;
        opt.asOfDay = asOf;
        scores = scoreRfm(summary, opt);
    }

    size_t indexOf(const std::string &name) const
    {
        const auto it = std::find(orders.names.begin(), orders.names.end(), name);
        return static_cast<size_t>(it - orders.names.begin());
    }

    test::Purchases orders;
    int32_t asOf = 0;
    PurchaseSummary summary;
    RfmScores scores;
};

} // namespace

// rfm 0.3.0 README / vignette on its own sample data (analysis date 2006-12-31).
TEST_F(RfmGolden, SampleHas995CustomersAnd4906Orders)
{
    EXPECT_EQ(orders.customerCount(), 995u);
    EXPECT_EQ(std::accumulate(summary.orders.begin(), summary.orders.end(), int64_t{0}), 4906);
}

TEST_F(RfmGolden, ScoresOfFirstFiveCustomersMatchThePackage)
{
    const std::vector<std::pair<std::string, int>> expected = {
        {"Abbey O'Reilly", 343}, {"Add Senger", 412},     {"Aden Lesch", 323},
        {"Aden Murphy", 544},    {"Admiral Senger", 433},
    };
    for (const auto &[name, score] : expected) {
        const size_t c = indexOf(name);
        ASSERT_LT(c, orders.customerCount()) << name;
        EXPECT_EQ(scores.rfmScore(c), score) << name;
    }
    // They are also the first five keys in name order, as in the package's output.
    EXPECT_EQ(orders.names[0], "Abbey O'Reilly");
    EXPECT_EQ(orders.names[4], "Admiral Senger");
}

TEST_F(RfmGolden, ChampionsUnderSegmentTestRules)
{
    const auto rules = segmentTestRules();
    const auto seg = assignSegments(scores.r, scores.f, scores.m, rules);
    const auto totals = segmentTotals(seg, rules.size(), summary.orders, summary.revenue);
    ASSERT_EQ(rules[0].key, "champions");
    EXPECT_EQ(totals.customers[0], 158);
    EXPECT_EQ(totals.orders[0], 1234);
    EXPECT_EQ(totals.revenue[0], 120178 * 100); // cents
    EXPECT_EQ(std::accumulate(totals.customers.begin(), totals.customers.end(), int64_t{0}), 995);
}

TEST_F(RfmGolden, DefaultTableSegmentsOfFirstFiveCustomers)
{
    const auto rules = defaultSegmentRules();
    const auto seg = assignSegments(scores.r, scores.f, scores.m, rules);
    const std::vector<std::string> expected = {"potential_loyalist", "new_customers", "loyal_customers",
                                               "potential_loyalist", "potential_loyalist"};
    for (size_t c = 0; c < expected.size(); ++c) {
        ASSERT_GE(seg[c], 0);
        EXPECT_EQ(rules[size_t(seg[c])].key, expected[c]) << orders.names[c];
    }
}

TEST_F(RfmGolden, ScoresAreBalancedQuintilesAndRecencyIsReversed)
{
    // Every score 1..5 is used in each dimension and the most recent customer gets R = 5.
    for (const auto *col : {&scores.r, &scores.f, &scores.m}) {
        for (uint8_t s = 1; s <= 5; ++s)
            EXPECT_GT(std::count(col->begin(), col->end(), s), 0) << int(s);
    }
    const auto mostRecent = std::min_element(scores.recencyDays.begin(), scores.recencyDays.end());
    EXPECT_EQ(scores.r[size_t(mostRecent - scores.recencyDays.begin())], 5);
}

// Hand-computed: values 1..10, 5 bins. Type-7 Q(0.2) = 1 + 9*0.2 = 2.8, Q(0.4) = 4.6,
// Q(0.6) = 6.4, Q(0.8) = 8.2; breaks = Q + 1 = 3.8, 5.6, 7.4, 9.2 (half-open bins).
TEST(RfmBins, QuantileBreaksPlusOneHalfOpen)
{
    std::vector<double> v(10);
    std::iota(v.begin(), v.end(), 1.0);
    const auto breaks = rfmBreaks(v, RfmBinSpec{});
    ASSERT_EQ(breaks.size(), 4u);
    EXPECT_DOUBLE_EQ(breaks[0], 3.8);
    EXPECT_DOUBLE_EQ(breaks[1], 5.6);
    EXPECT_DOUBLE_EQ(breaks[2], 7.4);
    EXPECT_DOUBLE_EQ(breaks[3], 9.2);
    const std::vector<int> expected = {1, 1, 1, 2, 2, 3, 3, 4, 4, 5};
    for (size_t i = 0; i < v.size(); ++i)
        EXPECT_EQ(rfmScoreOf(v[i], breaks, false), expected[i]) << v[i];
    // Reversed (recency): 1 day ago is the best score.
    EXPECT_EQ(rfmScoreOf(1.0, breaks, true), 5);
    EXPECT_EQ(rfmScoreOf(10.0, breaks, true), 1);
}

TEST(RfmBins, TiesShareAScoreAndValueOnABreakGoesUp)
{
    // Many ties: 1,1,1,1,1,1,2,3 (n = 8, 0-based position 7p). Q(0.2), Q(0.4), Q(0.6) sit
    // at 1.4, 2.8, 4.2: all between ones, so 1. Q(0.8) at 5.6: x[5] + 0.6 (x[6] - x[5]) =
    // 1.6. Breaks 2, 2, 2, 2.6.
    const std::vector<double> v = {1, 1, 1, 1, 1, 1, 2, 3};
    const auto breaks = rfmBreaks(v, RfmBinSpec{});
    ASSERT_EQ(breaks.size(), 4u);
    EXPECT_EQ(breaks[0], 2.0);
    EXPECT_EQ(breaks[2], 2.0);
    EXPECT_DOUBLE_EQ(breaks[3], 2.6);
    EXPECT_EQ(rfmScoreOf(1.0, breaks, false), 1);
    EXPECT_EQ(rfmScoreOf(2.0, breaks, false), 4); // [2, 2) bins are empty: 2 lands in [2, 2.6)
    EXPECT_EQ(rfmScoreOf(3.0, breaks, false), 5);
}

TEST(RfmBins, ExplicitCutPointsAndBinCount)
{
    RfmBinSpec cuts;
    cuts.cutPoints = {10, 20};
    const std::vector<double> v = {5, 10, 19.9, 20, 100};
    const auto breaks = rfmBreaks(v, cuts);
    EXPECT_EQ(breaks, (std::vector<double>{10, 20}));
    EXPECT_EQ(rfmScoreOf(5, breaks, false), 1);
    EXPECT_EQ(rfmScoreOf(10, breaks, false), 2);
    EXPECT_EQ(rfmScoreOf(19.9, breaks, false), 2);
    EXPECT_EQ(rfmScoreOf(20, breaks, false), 3);
    EXPECT_EQ(rfmScoreOf(100, breaks, true), 1);

    RfmBinSpec three;
    three.bins = 3;
    // 1..4: Q(1/3) = 1 + 3/3 = 2, Q(2/3) = 3 -> breaks 3, 4.
    EXPECT_EQ(rfmBreaks(std::vector<double>{1, 2, 3, 4}, three), (std::vector<double>{3, 4}));
}

TEST(RfmSegments, FirstMatchWinsAndUnmatchedIsOthers)
{
    const std::vector<SegmentRule> rules = {
        {"vip", 5, 5, 5, 5, 5, 5},
        {"good", 3, 5, 3, 5, 3, 5},
        {"custom_key", 1, 1, 1, 5, 1, 5},
    };
    const std::vector<uint8_t> r = {5, 5, 3, 1, 2, 0};
    const std::vector<uint8_t> f = {5, 4, 3, 5, 2, 0};
    const std::vector<uint8_t> m = {5, 5, 3, 1, 2, 0};
    const auto seg = assignSegments(r, f, m, rules);
    EXPECT_EQ(seg, (std::vector<int16_t>{0, 1, 1, 2, kOtherSegment, kOtherSegment}));
}

TEST(RfmOptionsTest, FrequencyByPurchaseDaysAndAverageMonetary)
{
    // Customer 0: two orders on day 100 (merged into one purchase day) and one on day 110.
    const std::vector<uint32_t> cust = {0, 0, 0, 1};
    const std::vector<int32_t> day = {100, 100, 110, 105};
    const std::vector<int64_t> amount = {1000, 500, 1500, 900};
    const auto res = summarize({cust, day, amount, {}}, 2, 120);
    ASSERT_TRUE(res.ok());
    RfmOptions opt;
    opt.asOfDay = 120;
    opt.frequencyMeasure = FrequencyMeasure::PurchaseDays;
    opt.monetaryMeasure = MonetaryMeasure::AveragePerPurchase;
    const auto s = scoreRfm(res.summary, opt);
    EXPECT_EQ(s.recencyDays[0], 10);
    EXPECT_EQ(s.recencyDays[1], 15);
    EXPECT_DOUBLE_EQ(s.frequency[0], 2.0);
    EXPECT_DOUBLE_EQ(s.monetary[0], 1500.0); // 3000 cents over 2 purchase days
    EXPECT_DOUBLE_EQ(s.monetary[1], 900.0);
}
