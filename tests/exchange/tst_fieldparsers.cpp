#include "fieldparsers.h"

#include "moneyparser.h"

#include <gtest/gtest.h>

using namespace kehu;
using namespace kehu::FieldParsers;

namespace {

struct DateCase
{
    const char *text;
    DateFormat format;
    QDate expected; // invalid: must fail
};

} // namespace

TEST(FieldParsers, Dates)
{
    const DateCase cases[] = {
        {"2024-03-15", DateFormat::YearFirst, QDate(2024, 3, 15)},
        {" 2024/3/5 ", DateFormat::YearFirst, QDate(2024, 3, 5)},
        {"2024.03.15", DateFormat::YearFirst, QDate(2024, 3, 15)},
        {"20240315", DateFormat::YearFirst, QDate(2024, 3, 15)},
        {"2024年3月5日", DateFormat::YearFirst, QDate(2024, 3, 5)},
        {"2024-02-29", DateFormat::YearFirst, QDate(2024, 2, 29)},
        {"2023-02-29", DateFormat::YearFirst, QDate()},
        {"2024-02-30", DateFormat::YearFirst, QDate()},
        {"20241301", DateFormat::YearFirst, QDate()},
        {"2024-03/15", DateFormat::YearFirst, QDate()},
        {"15/03/2024", DateFormat::YearFirst, QDate()},
        {"15/03/2024", DateFormat::DayMonthYear, QDate(2024, 3, 15)},
        {"15.03.2024", DateFormat::DayMonthYear, QDate(2024, 3, 15)},
        {"03/15/2024", DateFormat::MonthDayYear, QDate(2024, 3, 15)},
        {"03/15/2024", DateFormat::DayMonthYear, QDate()},
        {"2024-03-15", DateFormat::DayMonthYear, QDate(2024, 3, 15)},
        {"24-03-15", DateFormat::YearFirst, QDate()},
        {"", DateFormat::YearFirst, QDate()},
        {"yesterday", DateFormat::YearFirst, QDate()},
        {"2024-03-15x", DateFormat::YearFirst, QDate()},
    };
    for (const DateCase &c : cases) {
        const QString text = QString::fromUtf8(c.text);
        const auto viaText = parseDate(QStringView(text), c.format);
        EXPECT_EQ(viaText.ok(), c.expected.isValid()) << c.text;
        if (c.expected.isValid())
            EXPECT_EQ(*viaText.value, c.expected) << c.text;
        else
            EXPECT_TRUE(viaText.expected.startsWith(u"expected") || viaText.expected.startsWith(u"ambiguous"))
                << c.text;
        if (text.toLatin1() == QByteArray(c.text)) {
            const auto viaBytes = parseDate(QByteArrayView(c.text), c.format);
            EXPECT_EQ(viaBytes.value, viaText.value) << c.text;
        }
    }
}

TEST(FieldParsers, AmbiguousDateNamesTheFormats)
{
    // The message is shared by the app and kehu-cli: it names the formats, not an option of
    // one of them (the CLI adds its --date-format hint itself).
    const auto result = parseDate(QByteArrayView("03/04/2024"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.expected.contains(u"dd/MM/yyyy or MM/dd/yyyy")) << result.expected.toStdString();
    EXPECT_FALSE(result.expected.contains(u"--")) << result.expected.toStdString();
    EXPECT_TRUE(result.expected.startsWith(u"ambiguous date"));
}

TEST(FieldParsers, DateFormatNames)
{
    EXPECT_EQ(dateFormatFromName(u"dd/MM/yyyy"), DateFormat::DayMonthYear);
    EXPECT_EQ(dateFormatFromName(u"dd.MM.yyyy"), DateFormat::DayMonthYear);
    EXPECT_EQ(dateFormatFromName(u"MM/dd/yyyy"), DateFormat::MonthDayYear);
    EXPECT_EQ(dateFormatFromName(u"yyyy-MM-dd"), DateFormat::YearFirst);
    EXPECT_EQ(dateFormatFromName(QString::fromUtf8("yyyy年M月d日")), DateFormat::YearFirst);
    EXPECT_FALSE(dateFormatFromName(u"dd/mm/yy").has_value());
}

TEST(FieldParsers, DateTimes)
{
    EXPECT_EQ(*parseDateTime(u"2024-03-15 14:30").value, QDateTime(QDate(2024, 3, 15), QTime(14, 30)));
    EXPECT_EQ(*parseDateTime(u"2024-03-15T09:05:07").value, QDateTime(QDate(2024, 3, 15), QTime(9, 5, 7)));
    EXPECT_EQ(*parseDateTime(u"2024/3/5 9:05:07.250").value, QDateTime(QDate(2024, 3, 5), QTime(9, 5, 7)));
    EXPECT_EQ(*parseDateTime(u"2024-03-15").value, QDateTime(QDate(2024, 3, 15), QTime(0, 0)));
    EXPECT_FALSE(parseDateTime(u"2024-03-15 25:00").ok());
    EXPECT_FALSE(parseDateTime(u"2024-03-15 14h").ok());
    EXPECT_FALSE(parseDateTime(u"2024-02-30 10:00").ok());
}

// Import files read money with MoneyParser::forDataFiles (core); the record parser's cases.
TEST(FieldParsers, Money)
{
    const MoneyParser parser = MoneyParser::forDataFiles(Currency(u"CNY"));
    const std::pair<const char *, MinorUnits> good[] = {
        {"1234.5", 123450},
        {"1,234.50", 123450},
        {"¥1,234.50", 123450},
        {"￥12", 1200},
        {"$0.99", 99},
        {"€ 3", 300},
        {"RMB 12.3", 1230},
        {"12.30 CNY", 1230},
        {"88元", 8800},
        {"-5", -500},
        {"(1,234.50)", -123450},
        {"-¥12", -1200},
        {"¥-12", -1200},
        {" 7 ", 700},
        {"12.500", 1250},
        {".5", 50},
        {"5.", 500},
        {"1,234,567.89", 123456789},
        {"０１２．５", 1250},
        {"+3", 300},
        {"0", 0},
    };
    for (const auto &[text, cents] : good) {
        const auto result = parser.parse(QStringView(QString::fromUtf8(text)));
        ASSERT_TRUE(result.ok()) << text << ": " << result.error.toStdString();
        EXPECT_EQ(result.value->minorUnits(), cents) << text;
    }
    const char *bad[] = {"",         "abc",    "12abc", "1O.00", "12,50",
                         "1,23,456", "12.345", "1.2.3", "--5",   "(-5)",
                         "¥",        "1 234",  "12e3",  "0x10",  "99999999999999999999"};
    for (const char *text : bad) {
        const auto result = parser.parse(QStringView(QString::fromUtf8(text)));
        EXPECT_FALSE(result.ok()) << text << " gave " << result.minorUnits().value_or(0);
        EXPECT_TRUE(result.error.startsWith(u"expected")) << text;
    }
    EXPECT_TRUE(parser.parse(QByteArrayView("12,50")).error.contains(u"decimal comma"));
    EXPECT_TRUE(parser.parse(QByteArrayView("12.345")).error.contains(u"2 decimal places"));
    EXPECT_EQ(parser.parse(QByteArrayView("1,234.50")).minorUnits(), 123450);
}

TEST(FieldParsers, Integers)
{
    EXPECT_EQ(parseInteger(QByteArrayView("3"), 1, 5).value, 3);
    EXPECT_EQ(parseInteger(QByteArrayView(" 3.0 "), 1, 5).value, 3);
    EXPECT_EQ(parseInteger(u"０", 0, 10).value, 0);
    EXPECT_EQ(parseInteger(QByteArrayView("-2"), -10, 10).value, -2);
    EXPECT_FALSE(parseInteger(QByteArrayView("6"), 1, 5).ok());
    EXPECT_FALSE(parseInteger(QByteArrayView("0"), 1, 5).ok());
    EXPECT_FALSE(parseInteger(QByteArrayView("3.5"), 1, 5).ok());
    EXPECT_FALSE(parseInteger(QByteArrayView("x"), 1, 5).ok());
    EXPECT_FALSE(parseInteger(QByteArrayView("99999999999"), 0, 10).ok());
    EXPECT_EQ(parseInteger(QByteArrayView("11"), 0, 10).expected,
              QStringLiteral("expected a whole number from 0 to 10"));
}
