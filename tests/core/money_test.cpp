#include "money.h"
#include "moneyformatter.h"
#include "moneyparser.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QLocale>

#include <limits>

using namespace kehu;

namespace {

const Currency kCny(u"CNY");
const Currency kUsd(u"USD");
const Currency kEur(u"EUR");
const Currency kJpy(u"JPY");
const QLocale kEnUs(QLocale::English, QLocale::UnitedStates);
const QLocale kZhCn(QLocale::Chinese, QLocale::China);
const QLocale kDeDe(QLocale::German, QLocale::Germany);

std::optional<MinorUnits> parse(const char *utf8, const Currency &currency = kCny, const QLocale &locale = kEnUs)
{
    return MoneyParser(currency, locale).parse(QStringView(QString::fromUtf8(utf8))).minorUnits();
}

} // namespace

TEST(Currency, MinorDigitsComeFromOneTable)
{
    EXPECT_EQ(kCny.minorDigits(), 2);
    EXPECT_EQ(kUsd.minorDigits(), 2);
    EXPECT_EQ(kEur.minorDigits(), 2);
    EXPECT_EQ(kJpy.minorDigits(), 0);
    EXPECT_EQ(Currency(u"KRW").minorDigits(), 0);
    EXPECT_EQ(Currency(u"KWD").minorDigits(), 3);
    EXPECT_EQ(Currency(u"KWD").minorPerMajor(), 1000);
    EXPECT_EQ(kJpy.minorPerMajor(), 1);
    EXPECT_EQ(Currency(u" usd ").code(), QStringLiteral("USD"));
    EXPECT_EQ(Currency(), kCny);
    EXPECT_EQ(kCny.symbol(), QStringLiteral("¥"));
    EXPECT_EQ(Currency(u"HKD").symbol(), QStringLiteral("HK$"));
    EXPECT_FALSE(Currency(u"XYZ").isKnown());
    EXPECT_EQ(Currency(u"XYZ").minorDigits(), 2);
    EXPECT_EQ(Currency(u"XYZ").symbol(), QStringLiteral("XYZ "));
    EXPECT_TRUE(Currency::knownCodes().contains(QStringLiteral("JPY")));
}

TEST(Money, ArithmeticNeverMixesCurrenciesOrOverflows)
{
    const Money a(1050, kCny);
    const Money b(250, kCny);
    EXPECT_EQ(a.plus(b), Money(1300, kCny));
    EXPECT_EQ(a.minus(b), Money(800, kCny));
    EXPECT_EQ(b.minus(a)->minorUnits(), -800);
    EXPECT_EQ(a.times(3), Money(3150, kCny));
    EXPECT_EQ(a.negated(), Money(-1050, kCny));
    EXPECT_FALSE(a.plus(Money(1, kUsd)));
    EXPECT_FALSE(a.minus(Money(1, kUsd)));
    EXPECT_NE(Money(100, kCny), Money(100, kUsd));
    EXPECT_TRUE(a > b);
    // Amounts of two currencies are unordered: no comparison says yes.
    EXPECT_FALSE(Money(1, kCny) < Money(2, kUsd));
    EXPECT_FALSE(Money(1, kCny) >= Money(2, kUsd));
    EXPECT_EQ(Money(1, kCny) <=> Money(2, kUsd), std::partial_ordering::unordered);
    constexpr MinorUnits kMax = std::numeric_limits<MinorUnits>::max();
    constexpr MinorUnits kMin = std::numeric_limits<MinorUnits>::min();
    EXPECT_FALSE(Money(kMax, kCny).plus(Money(1, kCny)));
    EXPECT_EQ(Money(kMax, kCny).plus(Money(0, kCny))->minorUnits(), kMax);
    EXPECT_FALSE(Money(kMin, kCny).minus(Money(1, kCny)));
    EXPECT_FALSE(Money(kMin, kCny).negated());
    EXPECT_FALSE(Money(kMax / 2 + 1, kCny).times(2));
}

TEST(MoneyParser, DigitsSignsAndGroupsInEnglish)
{
    EXPECT_EQ(parse("1234.5"), 123450);
    EXPECT_EQ(parse("1,234.50"), 123450);
    EXPECT_EQ(parse("1,234,567.89"), 123456789);
    EXPECT_EQ(parse(" 7 "), 700);
    EXPECT_EQ(parse(".5"), 50);
    EXPECT_EQ(parse("5."), 500);
    EXPECT_EQ(parse("0"), 0);
    EXPECT_EQ(parse("-5"), -500);
    EXPECT_EQ(parse("+3"), 300);
    EXPECT_EQ(parse("−3"), -300); // U+2212
    EXPECT_EQ(parse("(1,234.50)"), -123450);
    EXPECT_EQ(parse("12.500"), 1250); // extra zeros lose nothing
    EXPECT_EQ(parse("0.01"), 1);
    EXPECT_EQ(parse("-0.05"), -5);
    for (const char *bad : {"", "  ", "abc", "12abc", "1O.00", "1,23,456", "1.2.3", "--5", "(-5)", "¥", "1 234", "12e3",
                            "0x10", ".", "-", "1,234,5", ",123"}) {
        const MoneyParseResult result = MoneyParser(kCny, kEnUs).parse(QStringView(QString::fromUtf8(bad)));
        EXPECT_FALSE(result.ok()) << bad << " gave " << result.minorUnits().value_or(0);
        EXPECT_TRUE(result.error.startsWith(u"expected")) << bad;
        EXPECT_GE(result.position, 0) << bad;
    }
}

TEST(MoneyParser, SymbolsAndCodesAroundTheNumber)
{
    EXPECT_EQ(parse("¥1,234.50"), 123450);
    EXPECT_EQ(parse("￥12"), 1200);
    EXPECT_EQ(parse("$0.99"), 99);
    EXPECT_EQ(parse("€ 3"), 300);
    EXPECT_EQ(parse("RMB 12.3"), 1230);
    EXPECT_EQ(parse("12.30 CNY"), 1230);
    EXPECT_EQ(parse("12.30 cny"), 1230);
    EXPECT_EQ(parse("88元"), 8800);
    EXPECT_EQ(parse("-¥12"), -1200);
    EXPECT_EQ(parse("¥-12"), -1200);
    // The currency's own symbol and code.
    EXPECT_EQ(parse("HK$1,000", Currency(u"HKD")), 100000);
    EXPECT_EQ(parse("USD 5.25", kUsd), 525);
    EXPECT_EQ(parse("12 €", kEur, kDeDe), 1200);
    EXPECT_FALSE(parse("12 USD")); // a CNY amount says nothing of dollars by code
}

TEST(MoneyParser, FullWidthDigitsAsChineseInputMethodsTypeThem)
{
    EXPECT_EQ(parse("１２３"), 12300);
    EXPECT_EQ(parse("０１２．５"), 1250);
    EXPECT_EQ(parse("￥１，２３４．５０", kCny, kZhCn), 123450);
    EXPECT_EQ(parse("－８", kCny, kZhCn), -800);
    EXPECT_EQ(parse("（５）"), -500);
    EXPECT_EQ(parse("　１２元　", kCny, kZhCn), 1200); // U+3000 around
    // Positions are in the text as typed.
    const MoneyParseResult bad = MoneyParser(kCny, kZhCn).parse(u"１２ｘ");
    EXPECT_FALSE(bad.ok());
    EXPECT_EQ(bad.position, 2);
}

TEST(MoneyParser, LocaleSeparators)
{
    EXPECT_EQ(parse("1,234.50", kCny, kZhCn), 123450);
    EXPECT_EQ(parse("1.234,50", kEur, kDeDe), 123450);
    EXPECT_EQ(parse("1234,5", kEur, kDeDe), 123450);
    EXPECT_EQ(parse("€1.234.567,89", kEur, kDeDe), 123456789);
    EXPECT_FALSE(parse("1,234.50", kEur, kDeDe)); // groups of the wrong locale
    // A comma-decimal locale whose group separator is a space: any of the spaces groups.
    const QLocale fr(QLocale::French, QLocale::France);
    EXPECT_EQ(parse("1 234,50", kEur, fr), 123450);
    EXPECT_EQ(parse("1\u00a0234,50 €", kEur, fr), 123450);
    EXPECT_EQ(parse("1\u202f234\u202f567,89", kEur, fr), 123456789);
    EXPECT_FALSE(parse("1 23,50", kEur, fr));
}

TEST(MoneyParser, DataFilesUseAPointAndRefuseADecimalComma)
{
    const MoneyParser parser = MoneyParser::forDataFiles(kCny);
    EXPECT_EQ(parser.parse(QByteArrayView("1,234.50")).minorUnits(), 123450);
    EXPECT_EQ(parser.parse(u"1,234.50").minorUnits(), 123450);
    const MoneyParseResult comma = parser.parse(QByteArrayView("12,50"));
    EXPECT_FALSE(comma.ok());
    EXPECT_TRUE(comma.error.contains(u"decimal comma")) << comma.error.toStdString();
    EXPECT_EQ(comma.position, 2);
    // The ASCII fast path and the text path agree.
    for (const char *text : {"1234.5", "-5", "(1,234.50)", "12.345", "1,23", "RMB 12", "99999999999999999999"}) {
        const MoneyParseResult a = parser.parse(QByteArrayView(text));
        const MoneyParseResult b = parser.parse(QStringView(QString::fromLatin1(text)));
        EXPECT_EQ(a.minorUnits(), b.minorUnits()) << text;
        EXPECT_EQ(a.error, b.error) << text;
        EXPECT_EQ(a.position, b.position) << text;
    }
}

TEST(MoneyParser, TooManyDecimalsForTheCurrency)
{
    const MoneyParseResult cny = MoneyParser(kCny, kEnUs).parse(u"12.345");
    EXPECT_FALSE(cny.ok());
    EXPECT_EQ(cny.error, QStringLiteral("expected at most 2 decimal places for CNY"));
    EXPECT_EQ(cny.position, 5);
    const MoneyParseResult kwd = MoneyParser(Currency(u"KWD"), kEnUs).parse(u"1.2345");
    EXPECT_EQ(kwd.error, QStringLiteral("expected at most 3 decimal places for KWD"));
    EXPECT_EQ(parse("1.234", Currency(u"KWD")), 1234);
    // JPY has no minor unit: yen are the unit.
    EXPECT_EQ(parse("¥1,234", kJpy), 1234);
    EXPECT_EQ(parse("1234.00", kJpy), 1234);
    EXPECT_EQ(parse("-5", kJpy), -5);
    const MoneyParseResult jpy = MoneyParser(kJpy, kEnUs).parse(u"1234.5");
    EXPECT_FALSE(jpy.ok());
    EXPECT_TRUE(jpy.error.contains(u"JPY")) << jpy.error.toStdString();
    EXPECT_EQ(jpy.position, 5);
}

TEST(MoneyParser, OverflowNearTheInt64Limits)
{
    // INT64_MAX minor units is 92,233,720,368,547,758.07 in CNY.
    EXPECT_EQ(parse("92233720368547758.07"), std::numeric_limits<MinorUnits>::max());
    EXPECT_EQ(parse("92,233,720,368,547,758.07"), std::numeric_limits<MinorUnits>::max());
    EXPECT_FALSE(parse("92233720368547758.08"));
    EXPECT_FALSE(parse("92233720368547759"));
    EXPECT_FALSE(parse("99999999999999999999"));
    EXPECT_EQ(parse("-92233720368547758.08"), std::numeric_limits<MinorUnits>::min());
    EXPECT_FALSE(parse("-92233720368547758.09"));
    EXPECT_EQ(parse("9223372036854775807", kJpy), std::numeric_limits<MinorUnits>::max());
    EXPECT_FALSE(parse("9223372036854775808", kJpy));
    EXPECT_EQ(parse("-9223372036854775808", kJpy), std::numeric_limits<MinorUnits>::min());
    const MoneyParseResult big = MoneyParser(kCny, kEnUs).parse(u"99999999999999999999");
    EXPECT_TRUE(big.error.contains(u"too large")) << big.error.toStdString();
}

TEST(MoneyFormatter, DisplayIsExactAndLocaleAware)
{
    EXPECT_EQ(MoneyFormatter::format(123450, kCny, kEnUs), QStringLiteral("¥1,234.50"));
    EXPECT_EQ(MoneyFormatter::format(123450, kCny, kZhCn), QStringLiteral("¥1,234.50"));
    EXPECT_EQ(MoneyFormatter::format(-5, kUsd, kEnUs), QStringLiteral("-$0.05"));
    EXPECT_EQ(MoneyFormatter::format(900719925474099199, kCny, kEnUs),
              QStringLiteral("¥9,007,199,254,740,991.99")); // beyond a double's exact integers
    EXPECT_EQ(MoneyFormatter::format(std::numeric_limits<MinorUnits>::min(), kCny, kEnUs),
              QStringLiteral("-¥92,233,720,368,547,758.08"));
    EXPECT_EQ(MoneyFormatter::format(123450, kEur, kDeDe), QStringLiteral("€1.234,50"));
    EXPECT_EQ(MoneyFormatter::format(Money(1234, kJpy), kEnUs), QStringLiteral("JP¥1,234"));
    EXPECT_EQ(MoneyFormatter::format(7, Currency(u"XYZ"), kEnUs), QStringLiteral("XYZ 0.07"));
    EXPECT_EQ(MoneyFormatter::formatWhole(123450, kCny, kEnUs), QStringLiteral("¥1,235"));
    EXPECT_EQ(MoneyFormatter::formatWhole(123449, kCny, kEnUs), QStringLiteral("¥1,234"));
    EXPECT_EQ(MoneyFormatter::formatWhole(-150, kCny, kEnUs), QStringLiteral("-¥2"));
    EXPECT_EQ(MoneyFormatter::formatWhole(1234, kJpy, kEnUs), QStringLiteral("JP¥1,234"));
    EXPECT_EQ(MoneyFormatter::formatWholeNumber(123450, kCny, kEnUs), QStringLiteral("1,235"));
    EXPECT_EQ(MoneyFormatter::formatWholeNumber(-250, kCny, kEnUs), QStringLiteral("-3"));
    EXPECT_EQ(MoneyFormatter::formatNumber(1234560, kCny, kEnUs), QStringLiteral("12,345.60"));
    EXPECT_EQ(MoneyFormatter::formatNumber(1234560, kCny, kZhCn), QStringLiteral("12,345.60"));
    EXPECT_EQ(MoneyFormatter::formatNumber(-5, kCny, kEnUs), QStringLiteral("-0.05"));
    EXPECT_EQ(MoneyFormatter::editText(123450, kCny, kEnUs), QStringLiteral("1234.50"));
    EXPECT_EQ(MoneyFormatter::editText(123450, kEur, kDeDe), QStringLiteral("1234,50"));
}

TEST(MoneyFormatter, DataFileTextIsPlain)
{
    EXPECT_EQ(MoneyFormatter::dataFileText(123450, kCny), QStringLiteral("1234.50"));
    EXPECT_EQ(MoneyFormatter::dataFileText(-5, kCny), QStringLiteral("-0.05"));
    EXPECT_EQ(MoneyFormatter::dataFileText(0, kCny), QStringLiteral("0.00"));
    EXPECT_EQ(MoneyFormatter::dataFileText(1234, kJpy), QStringLiteral("1234"));
    EXPECT_EQ(MoneyFormatter::dataFileText(1234, Currency(u"KWD")), QStringLiteral("1.234"));
    EXPECT_EQ(MoneyFormatter::dataFileText(std::numeric_limits<MinorUnits>::min(), kCny),
              QStringLiteral("-92233720368547758.08"));
}

TEST(MoneyFormatter, RoundTripsThroughTheParser)
{
    const MinorUnits amounts[] = {0,
                                  1,
                                  -1,
                                  5,
                                  99,
                                  100,
                                  123450,
                                  -123450,
                                  100000000,
                                  900719925474099199,
                                  std::numeric_limits<MinorUnits>::max(),
                                  std::numeric_limits<MinorUnits>::min()};
    for (const QLocale &locale : {kEnUs, kZhCn, kDeDe}) {
        for (const Currency &currency : {kCny, kEur, kJpy, Currency(u"KWD")}) {
            const MoneyParser parser(currency, locale);
            for (MinorUnits amount : amounts) {
                const QString shown = MoneyFormatter::format(amount, currency, locale);
                EXPECT_EQ(parser.parse(shown).minorUnits(), amount) << shown.toStdString();
                const QString edit = MoneyFormatter::editText(amount, currency, locale);
                EXPECT_EQ(parser.parse(edit).minorUnits(), amount) << edit.toStdString();
                const QString file = MoneyFormatter::dataFileText(amount, currency);
                EXPECT_EQ(MoneyParser::forDataFiles(currency).parse(file).minorUnits(), amount) << file.toStdString();
            }
        }
    }
}
