#include "churnrules.h"
#include "purchasesummary.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace kehu::analytics;

namespace {

// Builds a summary from purchase days per customer (amounts do not matter here).
PurchaseSummary summaryOf(const std::vector<std::vector<int32_t>> &days, int32_t endDay)
{
    std::vector<uint32_t> cust;
    std::vector<int32_t> day;
    for (size_t c = 0; c < days.size(); ++c) {
        for (int32_t d : days[c]) {
            cust.push_back(uint32_t(c));
            day.push_back(d);
        }
    }
    const std::vector<int64_t> amount(cust.size(), 100);
    return summarize({cust, day, amount, {}}, days.size(), endDay).summary;
}

} // namespace

// As of day 1000, default rules (P(alive) 0.5 / 0.2, gap x2 / x3, one-time 180 / 365 days).
TEST(ChurnRules, HandChecked)
{
    const double nan = std::nan("");
    const auto s = summaryOf(
        {
            {900, 950, 990}, // c0: gap 45, 10 days ago          -> Active
            {400, 500, 600}, // c1: gap 100, 400 > 3 x 100        -> Churned, gap
            {700, 800},      // c2: gap 100, 200 = 2 x 100 (not >) -> Active
            {700, 790},      // c3: gap 90, 210 > 180, < 270      -> AtRisk, gap
            {800},           // c4: one-time, 200 > 180          -> AtRisk, one-time
            {600},           // c5: one-time, 400 > 365          -> Churned, one-time
            {980, 990},      // c6: P(alive) 0.1 < 0.2           -> Churned, P(alive)
            {900, 950},      // c7: P(alive) 0.3 < 0.5           -> AtRisk, P(alive)
            {},              // c8: no purchases
            {835},           // c9: one-time, 165 days           -> Active
        },
        1000);
    const std::vector<double> pAlive = {0.9, 0.6, 0.9, 0.9, 1.0, 1.0, 0.1, 0.3, nan, nan};
    const auto f = flagChurn(s, 1000, pAlive);
    using S = ChurnStatus;
    using R = ChurnReason;
    const std::vector<S> status = {S::Active,  S::Churned, S::Active, S::AtRisk,      S::AtRisk,
                                   S::Churned, S::Churned, S::AtRisk, S::NoPurchases, S::Active};
    const std::vector<R> reason = {R::None,
                                   R::GapBeyondTypical,
                                   R::None,
                                   R::GapBeyondTypical,
                                   R::OneTimeBuyerInactive,
                                   R::OneTimeBuyerInactive,
                                   R::PAliveBelowThreshold,
                                   R::PAliveBelowThreshold,
                                   R::None,
                                   R::None};
    EXPECT_EQ(f.status, status);
    EXPECT_EQ(f.reason, reason);

    // Without a model, c6 and c7 fall back to the gap rule: recent, so Active.
    const auto g = flagChurn(s, 1000, {});
    EXPECT_EQ(g.status[6], S::Active);
    EXPECT_EQ(g.status[7], S::Active);
    EXPECT_EQ(g.status[1], S::Churned);

    // Editable: a looser churn gap factor turns c1 into AtRisk (400 > 2 x 100, not > 4 x 100).
    ChurnRules loose;
    loose.churnedGapFactor = 4.0;
    EXPECT_EQ(flagChurn(s, 1000, pAlive, loose).status[1], S::AtRisk);
}
