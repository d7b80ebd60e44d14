#include "flatcounter.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

using kehu::FlatCounter;

TEST(FlatCounter, CountsLikeAMapThroughGrowthAndWithKeyZero)
{
    FlatCounter counter(4); // starts small, so the loop below makes it grow many times
    std::map<std::uint64_t, std::uint32_t> reference;
    std::mt19937_64 random(5);
    for (int i = 0; i < 200000; ++i) {
        // Few distinct keys among many draws, so counts climb; include 0 and its remap value.
        std::uint64_t key = random() % 50000;
        if (i % 1000 == 0)
            key = 0;
        if (i % 1000 == 1)
            key = 0x9E3779B97F4A7C15ULL;
        ASSERT_EQ(counter.increment(key), ++reference[key == 0 ? 0x9E3779B97F4A7C15ULL : key]) << i;
    }
    EXPECT_EQ(counter.size(), reference.size());
}
