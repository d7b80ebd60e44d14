#include "abcclassifier.h"
#include "purchasesummary.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace kehu::analytics;

// 100 customers, total positive contribution P = 10,000:
//   customers  0..9   : 800 each  -> cumulative 8,000 = exactly 80%
//   customers 10..24  : 100 each  -> cumulative 9,500 = exactly 95%
//   customers 25..74  :  10 each  -> cumulative 10,000
//   customers 75..89  :   0
//   customers 90..99  : -50 each (net refunds)
// Rule: A while the share *before* the customer is < 80%, B while < 95%.
//   0..9: before = 0 .. 7,200 (< 8,000)            -> A (10)
//   10:   before = 8,000 = 80%, not < 80%          -> B
//   10..24: before = 8,000 .. 9,400 (< 9,500)      -> B (15)
//   25:   before = 9,500 = 95%                     -> C
//   25..99 (including zero and negative)           -> C (75)
TEST(AbcClassifier, HundredCustomersByHand)
{
    std::vector<int64_t> contribution(100, 0);
    for (int i = 0; i < 10; ++i)
        contribution[size_t(i)] = 800;
    for (int i = 10; i < 25; ++i)
        contribution[size_t(i)] = 100;
    for (int i = 25; i < 75; ++i)
        contribution[size_t(i)] = 10;
    for (int i = 90; i < 100; ++i)
        contribution[size_t(i)] = -50;
    // Shuffle positions deterministically so that the ranking, not the input order, decides.
    std::vector<int64_t> shuffled(100);
    std::vector<size_t> where(100);
    for (size_t i = 0; i < 100; ++i) {
        where[i] = (i * 37) % 100; // 37 is coprime with 100: a permutation
        shuffled[where[i]] = contribution[i];
    }
    const auto res = classifyAbc(shuffled);
    EXPECT_EQ(res.positiveTotal, 10000);
    EXPECT_EQ(res.ranking.size(), 75u);
    auto count = [&](AbcClass c) { return std::count(res.cls.begin(), res.cls.end(), c); };
    EXPECT_EQ(count(AbcClass::A), 10);
    EXPECT_EQ(count(AbcClass::B), 15);
    EXPECT_EQ(count(AbcClass::C), 75);
    for (size_t i = 0; i < 100; ++i) {
        const AbcClass expected = i < 10 ? AbcClass::A : i < 25 ? AbcClass::B : AbcClass::C;
        EXPECT_EQ(res.cls[where[i]], expected) << i;
    }
    // The last A customer ends exactly on 80%, the last B customer on 95%.
    double lastA = 0, lastB = 0;
    for (size_t c = 0; c < 100; ++c) {
        if (res.cls[c] == AbcClass::A)
            lastA = std::max(lastA, res.cumulativeShare[c]);
        if (res.cls[c] == AbcClass::B)
            lastB = std::max(lastB, res.cumulativeShare[c]);
    }
    EXPECT_DOUBLE_EQ(lastA, 0.8);
    EXPECT_DOUBLE_EQ(lastB, 0.95);
    EXPECT_EQ(res.cumulativeShare[where[80]], 0.0);
    EXPECT_DOUBLE_EQ(*std::max_element(res.cumulativeShare.begin(), res.cumulativeShare.end()), 1.0);
}

TEST(AbcClassifier, CrossingCustomerIsAAndTiesGoByIndex)
{
    // 50, 40, 10: the 40 crosses 80% (50% -> 90%) and is still A; the 10 starts at 90% -> B.
    auto res = classifyAbc(std::vector<int64_t>{50, 40, 10});
    EXPECT_EQ(res.cls, (std::vector<AbcClass>{AbcClass::A, AbcClass::A, AbcClass::B}));
    // Ties at the boundary: a = 50%. 30 first (before 0), then the two 25s by index:
    // customer 1 has before = 30 < 50 -> A, customer 2 has before = 55 -> B.
    res = classifyAbc(std::vector<int64_t>{30, 25, 25, 20}, AbcThresholds{0.5, 0.95});
    EXPECT_EQ(res.cls, (std::vector<AbcClass>{AbcClass::A, AbcClass::A, AbcClass::B, AbcClass::B}));
    EXPECT_EQ(res.ranking, (std::vector<uint32_t>{0, 1, 2, 3}));
    // Nothing positive: everybody is C.
    res = classifyAbc(std::vector<int64_t>{0, -5});
    EXPECT_EQ(res.cls, (std::vector<AbcClass>{AbcClass::C, AbcClass::C}));
}

TEST(PurchaseBehaviour, RatesPerYear)
{
    PurchaseSummary s;
    // asOf = 1000. c0: 20 purchase days since day 635 (366 days observed) -> 19.96/yr: high.
    // c1: 12 days over 731 days -> 6.0/yr: low. c2: one purchase day. c3: none.
    // c4: 3 days in the last 30 days: observed floored at 365 -> 3.0/yr: low.
    // c5: 12 days over exactly 365.25 days is impossible in whole days; 12 over 365 days
    //     -> 12.008/yr >= 12: high.
    s.firstDay = {635, 270, 900, kNoPurchase, 971, 636};
    s.purchaseDays = {20, 12, 1, 0, 3, 12};
    const auto b = classifyBehaviour(s, 1000);
    EXPECT_EQ(b, (std::vector<PurchaseBehaviour>{PurchaseBehaviour::HighFrequency, PurchaseBehaviour::LowFrequency,
                                                 PurchaseBehaviour::OneTime, PurchaseBehaviour::NoPurchases,
                                                 PurchaseBehaviour::LowFrequency, PurchaseBehaviour::HighFrequency}));
}

TEST(ValueTier, PercentilesAndAbsolute)
{
    // Values 1..100: Q(0.8) = 80.2 and Q(0.5) = 50.5 (type 7), so 81..100 High (20),
    // 51..80 Mid (30), 1..50 Low (50). A NaN customer has no tier.
    std::vector<double> v;
    for (int i = 1; i <= 100; ++i)
        v.push_back(i);
    v.push_back(std::nan(""));
    const auto t = classifyValueTier(v);
    EXPECT_EQ(std::count(t.begin(), t.end(), ValueTier::High), 20);
    EXPECT_EQ(std::count(t.begin(), t.end(), ValueTier::Mid), 30);
    EXPECT_EQ(std::count(t.begin(), t.end(), ValueTier::Low), 50);
    EXPECT_EQ(t[80], ValueTier::High); // value 81
    EXPECT_EQ(t[79], ValueTier::Mid);  // value 80
    EXPECT_EQ(t[50], ValueTier::Mid);  // value 51
    EXPECT_EQ(t[49], ValueTier::Low);  // value 50
    EXPECT_EQ(t[100], ValueTier::None);

    ValueTierRules abs;
    abs.mode = ValueTierRules::Mode::Absolute;
    abs.highMin = 90;
    abs.midMin = 10;
    const auto a = classifyValueTier(v, abs);
    EXPECT_EQ(a[89], ValueTier::High); // 90 >= 90
    EXPECT_EQ(a[88], ValueTier::Mid);
    EXPECT_EQ(a[9], ValueTier::Mid); // 10 >= 10
    EXPECT_EQ(a[8], ValueTier::Low);
}
