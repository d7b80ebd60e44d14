#include "daynumber.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

using namespace kehu;

TEST(DayNumber, EpochAndRoundTrip)
{
    EXPECT_EQ(toDayNumber(QDate(1970, 1, 1)), 0);
    EXPECT_EQ(toDayNumber(QDate(1997, 9, 30)), 10134);
    EXPECT_EQ(fromDayNumber(-1), QDate(1969, 12, 31));
    for (QDate d(1899, 12, 25); d < QDate(2101, 1, 10); d = d.addDays(17))
        ASSERT_EQ(fromDayNumber(toDayNumber(d)), d);
}

TEST(DayNumber, IsoDateFormatsWithoutLocale)
{
    EXPECT_EQ(isoDate(QDate(2025, 3, 8)), QStringLiteral("2025-03-08"));
    EXPECT_EQ(isoDate(QDate(999, 12, 31)), QStringLiteral("0999-12-31"));
}

TEST(DayNumber, ParseIsoDayAgreesWithQDateAndRejectsNonsense)
{
    for (QDate d(1950, 1, 1); d < QDate(2060, 1, 1); d = d.addDays(11)) {
        const QByteArray text = isoDate(d).toLatin1();
        DayNumber day = 0;
        ASSERT_TRUE(parseIsoDay(text.constData(), text.size(), &day)) << text.constData();
        ASSERT_EQ(day, toDayNumber(d)) << text.constData();
    }
    DayNumber day = 0;
    for (const char *bad : {"2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "20240101",
                            "2024/01/01", "abcd-ef-gh", ""}) {
        EXPECT_FALSE(parseIsoDay(bad, qsizetype(qstrlen(bad)), &day)) << bad;
    }
    EXPECT_TRUE(parseIsoDay("2024-02-29", 10, &day));
}
