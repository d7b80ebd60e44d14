#include "migrationmatrix.h"

#include <gtest/gtest.h>

using namespace kehu::analytics;

TEST(MigrationMatrix, CountsAndRevenuePerCell)
{
    // 3 labels (0, 1, 2); -1 = absent.
    const std::vector<int16_t> from = {0, 0, 1, 2, -1, 1, 0};
    const std::vector<int16_t> to = {0, 1, 1, -1, 2, 1, 1};
    const std::vector<int64_t> revenue = {100, 200, 300, 400, 500, 600, 700};
    const auto m = migrationMatrix(from, to, 3, revenue);
    EXPECT_EQ(m.count(0, 0), 1);
    EXPECT_EQ(m.count(0, 1), 2);
    EXPECT_EQ(m.revenueOf(0, 1), 900);
    EXPECT_EQ(m.count(1, 1), 2);
    EXPECT_EQ(m.revenueOf(1, 1), 900);
    EXPECT_EQ(m.count(2, kAbsentLabel), 1);
    EXPECT_EQ(m.revenueOf(2, kAbsentLabel), 400);
    EXPECT_EQ(m.count(kAbsentLabel, 2), 1);
    EXPECT_EQ(m.count(1, 0), 0);
    int64_t total = 0;
    for (int64_t c : m.customers)
        total += c;
    EXPECT_EQ(total, 7);
    // Out-of-range labels count as absent.
    const std::vector<int16_t> bad = {7};
    const std::vector<int16_t> ok = {0};
    EXPECT_EQ(migrationMatrix(bad, ok, 3, {}).count(kAbsentLabel, 0), 1);
}
