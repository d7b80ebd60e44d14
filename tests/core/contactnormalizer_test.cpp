#include "contactnormalizer.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

using namespace kehu;

TEST(ContactNormalizer, PhoneKeepsDigitsAndDropsChinaCountryCode)
{
    EXPECT_EQ(ContactNormalizer::phone(u"+86 138-0013-8000"), QStringLiteral("13800138000"));
    EXPECT_EQ(ContactNormalizer::phone(u"0086 13800138000"), QStringLiteral("13800138000"));
    EXPECT_EQ(ContactNormalizer::phone(u"138 0013 8000"), QStringLiteral("13800138000"));
    EXPECT_EQ(ContactNormalizer::phone(u"(021) 5555-0101"), QStringLiteral("02155550101"));
    // 86 at the start of a local number without '+' is part of the number.
    EXPECT_EQ(ContactNormalizer::phone(u"8613800138000"), QStringLiteral("8613800138000"));
    // Full-width digits, as Chinese input methods type them.
    EXPECT_EQ(ContactNormalizer::phone(u"１３８００１３８０００"), QStringLiteral("13800138000"));
    EXPECT_TRUE(ContactNormalizer::phone(u"n/a").isEmpty());
    EXPECT_TRUE(ContactNormalizer::phone(u"123").isEmpty());
}

TEST(ContactNormalizer, EmailIsTrimmedAndLowerCased)
{
    EXPECT_EQ(ContactNormalizer::email(u"  Wang.Wei@Example.COM "), QStringLiteral("wang.wei@example.com"));
    EXPECT_TRUE(ContactNormalizer::email(u"not an address").isEmpty());
}

TEST(ContactNormalizer, NameIgnoresSpacesAndCase)
{
    EXPECT_EQ(ContactNormalizer::name(u"王 伟"), ContactNormalizer::name(u"王伟"));
    EXPECT_EQ(ContactNormalizer::name(u"Li  Wei"), ContactNormalizer::name(u"li wei"));
    EXPECT_NE(ContactNormalizer::name(u"Li Wei"), ContactNormalizer::name(u"Li Wen"));
}
