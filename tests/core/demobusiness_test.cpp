#include "demobusiness.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace kehu;

namespace {

QList<DemoCustomer> generate(int customers, std::uint64_t seed)
{
    DemoBusiness::Options options;
    options.customers = customers;
    options.seed = seed;
    QList<DemoCustomer> all;
    DemoBusiness(options).generate([&](const DemoCustomer &c) { all.append(c); });
    return all;
}

} // namespace

TEST(DemoBusiness, SameSeedSameBusinessOtherSeedOtherBusiness)
{
    const auto a = generate(300, 7);
    const auto b = generate(300, 7);
    const auto c = generate(300, 8);
    ASSERT_EQ(a.size(), 300);
    ASSERT_EQ(b.size(), 300);
    bool anyDifference = false;
    for (int i = 0; i < a.size(); ++i) {
        ASSERT_EQ(a[i].customer.name, b[i].customer.name);
        ASSERT_EQ(a[i].purchases.size(), b[i].purchases.size());
        for (int j = 0; j < a[i].purchases.size(); ++j) {
            ASSERT_EQ(a[i].purchases[j].date, b[i].purchases[j].date);
            ASSERT_EQ(a[i].purchases[j].amount, b[i].purchases[j].amount);
        }
        anyDifference |= a[i].customer.name != c[i].customer.name || a[i].purchases.size() != c[i].purchases.size();
    }
    EXPECT_TRUE(anyDifference);
}

TEST(DemoBusiness, LooksLikeARealBusiness)
{
    const auto all = generate(2000, 1);
    QSet<QString> codes;
    int repeatBuyers = 0;
    int chinese = 0;
    int withVisits = 0;
    int withSurveys = 0;
    int churned = 0;
    qint64 purchases = 0;
    const QDate end(2025, 12, 31);
    for (const DemoCustomer &c : all) {
        codes.insert(c.customer.code);
        ASSERT_FALSE(c.purchases.isEmpty()) << "every demo customer bought at least once";
        purchases += c.purchases.size();
        repeatBuyers += c.purchases.size() > 1 ? 1 : 0;
        chinese += c.customer.name.front().script() == QChar::Script_Han ? 1 : 0;
        withVisits += c.visits.isEmpty() ? 0 : 1;
        withSurveys += c.surveys.isEmpty() ? 0 : 1;
        churned += c.churn ? 1 : 0;
        for (int j = 0; j < c.purchases.size(); ++j) {
            ASSERT_LE(c.purchases[j].date, end);
            ASSERT_GT(c.purchases[j].amount, 0);
            if (j > 0) {
                ASSERT_GT(c.purchases[j].date, c.purchases[j - 1].date) << "one purchase day per purchase";
            }
        }
        for (const SurveyResponse &s : c.surveys) {
            ASSERT_GE(*s.nps, 0);
            ASSERT_LE(*s.nps, 10);
        }
    }
    EXPECT_EQ(codes.size(), 2000);
    // Loose bounds: the point is a plausible mix, not particular numbers.
    EXPECT_GT(repeatBuyers, 400);
    EXPECT_LT(repeatBuyers, 1900);
    EXPECT_GT(chinese, 1400);
    EXPECT_LT(chinese, 1900);
    EXPECT_GT(withVisits, 500);
    EXPECT_GT(withSurveys, 400);
    EXPECT_GT(churned, 20);
    EXPECT_GT(purchases, 4000);
}

namespace {

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

} // namespace

// Issue 9: the demo book is in the UI's language. An English book has no Chinese text in any
// field a user reads; it is the same business (same purchases) as the Chinese one.
TEST(DemoBusiness, EnglishBookHasEnglishWordsAndTheSameBusiness)
{
    DemoBusiness::Options options;
    options.customers = 400;
    options.seed = 5;
    QList<DemoCustomer> chinese;
    DemoBusiness(options).generate([&](const DemoCustomer &c) { chinese.append(c); });
    options.language = DemoBusiness::Language::English;
    QList<DemoCustomer> english;
    DemoBusiness(options).generate([&](const DemoCustomer &c) { english.append(c); });
    ASSERT_EQ(english.size(), chinese.size());
    int hanInChinese = 0;
    for (int i = 0; i < english.size(); ++i) {
        const Customer &c = english[i].customer;
        for (const QString &field :
             {c.name, c.company, c.region, c.industry, c.owner, c.explicitNeeds, c.implicitNeeds, c.tags.join(u',')})
            EXPECT_FALSE(hasHan(field)) << c.code.toStdString() << ": " << field.toStdString();
        for (const Visit &v : english[i].visits)
            EXPECT_FALSE(hasHan(v.note)) << v.note.toStdString();
        for (const SurveyResponse &s : english[i].surveys)
            EXPECT_FALSE(hasHan(s.comment)) << s.comment.toStdString();
        ASSERT_EQ(english[i].purchases.size(), chinese[i].purchases.size());
        for (int j = 0; j < english[i].purchases.size(); ++j)
            ASSERT_EQ(english[i].purchases[j].amount, chinese[i].purchases[j].amount);
        EXPECT_EQ(c.channel, chinese[i].customer.channel);
        EXPECT_EQ(english[i].visits.size(), chinese[i].visits.size());
        const Customer &z = chinese[i].customer;
        hanInChinese += hasHan(z.name) || hasHan(z.region) || hasHan(z.industry) ? 1 : 0;
    }
    EXPECT_GT(hanInChinese, 300); // the default stays the Chinese book
}
