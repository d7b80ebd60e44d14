#include "civildate.h"

#include <gtest/gtest.h>

using namespace kehu::analytics;

TEST(CivilDate, KnownDays)
{
    EXPECT_EQ(daysFromCivil({1970, 1, 1}), 0);
    EXPECT_EQ(daysFromCivil({1969, 12, 31}), -1);
    // 1997-01-01: 27 years after 1970 with 7 leap days (1972..1996) = 9862.
    EXPECT_EQ(daysFromCivil({1997, 1, 1}), 9862);
    EXPECT_EQ(daysFromCivil({1997, 9, 30}), 9862 + 272);
    // 2007-01-01: 37 years with 9 leap days (1972..2004) = 13514.
    EXPECT_EQ(daysFromCivil({2006, 12, 31}), 13513);
    EXPECT_EQ(daysFromCivil({2000, 3, 1}) - daysFromCivil({2000, 2, 28}), 2); // 2000 is leap
    EXPECT_EQ(daysFromCivil({1900, 3, 1}) - daysFromCivil({1900, 2, 28}), 1); // 1900 is not
}

TEST(CivilDate, RoundTripOverFourCenturies)
{
    const int32_t from = daysFromCivil({1800, 1, 1});
    const int32_t to = daysFromCivil({2200, 12, 31});
    CivilDate prev = civilFromDays(from - 1);
    for (int32_t d = from; d <= to; ++d) {
        const CivilDate c = civilFromDays(d);
        ASSERT_EQ(daysFromCivil(c), d);
        // Consecutive days: either the next day of the month or the 1st of the next month.
        const bool nextDay = c.year == prev.year && c.month == prev.month && c.day == prev.day + 1;
        const bool nextMonth = c.day == 1
                               && ((c.year == prev.year && c.month == prev.month + 1)
                                   || (c.year == prev.year + 1 && c.month == 1 && prev.month == 12));
        ASSERT_TRUE(nextDay || nextMonth) << d;
        prev = c;
    }
}

TEST(CivilDate, Periods)
{
    const int32_t d = daysFromCivil({2024, 5, 17});
    EXPECT_EQ(periodIndex(d, CalendarPeriod::Month), 2024 * 12 + 4);
    EXPECT_EQ(periodIndex(d, CalendarPeriod::Quarter), 2024 * 4 + 1);
    EXPECT_EQ(periodStartDay(2024 * 12 + 4, CalendarPeriod::Month), daysFromCivil({2024, 5, 1}));
    EXPECT_EQ(periodStartDay(2024 * 4 + 1, CalendarPeriod::Quarter), daysFromCivil({2024, 4, 1}));
    EXPECT_EQ(periodStartDay(2024 * 4 + 4, CalendarPeriod::Quarter), daysFromCivil({2025, 1, 1}));
    EXPECT_EQ(periodIndex(daysFromCivil({1969, 12, 31}), CalendarPeriod::Month), 1969 * 12 + 11);
}
