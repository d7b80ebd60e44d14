#include "purchasesummary.h"

#include <gtest/gtest.h>

using namespace kehu::analytics;

TEST(PurchaseSummary, HandComputed)
{
    // Customer 0: day 10 (two orders 1000 + 500), day 12 (-200 refund), day 20 (700, after
    // the end day 15: ignored). Customer 1: nothing. Customer 2: day 15 (300).
    const std::vector<uint32_t> cust = {0, 0, 0, 0, 2};
    const std::vector<int32_t> day = {10, 10, 12, 20, 15};
    const std::vector<int64_t> amount = {1000, 500, -200, 700, 300};
    const std::vector<int64_t> profit = {100, 50, -20, 70, 30};
    const auto res = summarize({cust, day, amount, profit}, 3, 15);
    ASSERT_TRUE(res.ok()) << res.message;
    const auto &s = res.summary;
    EXPECT_EQ(s.firstDay, (std::vector<int32_t>{10, kNoPurchase, 15}));
    EXPECT_EQ(s.lastDay, (std::vector<int32_t>{12, kNoPurchase, 15}));
    EXPECT_EQ(s.purchaseDays, (std::vector<int32_t>{2, 0, 1}));
    EXPECT_EQ(s.orders, (std::vector<int32_t>{3, 0, 1}));
    EXPECT_EQ(s.revenue, (std::vector<int64_t>{1300, 0, 300}));
    EXPECT_EQ(s.profit, (std::vector<int64_t>{130, 0, 30}));
    EXPECT_EQ(s.repeatRevenue, (std::vector<int64_t>{-200, 0, 0}));
    EXPECT_EQ(s.repeatPurchases(0), 1);
    EXPECT_FALSE(s.hasPurchase(1));
}

TEST(PurchaseSummary, RefusesBadInput)
{
    const std::vector<uint32_t> cust = {0, 1, 0};
    const std::vector<int32_t> day = {1, 1, 2};
    const std::vector<int64_t> amount = {1, 1, 1};
    auto res = summarize({cust, day, amount, {}}, 2, 10);
    EXPECT_EQ(res.error, SummaryError::NotSorted);
    EXPECT_NE(res.message.find("row 2"), std::string::npos);

    const std::vector<uint32_t> sortedCust = {0, 0, 1};
    const std::vector<int32_t> daysDown = {5, 4, 1};
    EXPECT_EQ(summarize({sortedCust, daysDown, amount, {}}, 2, 10).error, SummaryError::NotSorted);
    EXPECT_EQ(summarize({sortedCust, day, amount, {}}, 1, 10).error, SummaryError::CustomerOutOfRange);
    EXPECT_EQ(summarize({sortedCust, std::span(day).first(2), amount, {}}, 2, 10).error, SummaryError::LengthMismatch);
    // Negative days (before 1970) sort correctly.
    const std::vector<int32_t> negative = {-5, 3, -1};
    EXPECT_TRUE(summarize({sortedCust, negative, amount, {}}, 2, 10).ok());
}
