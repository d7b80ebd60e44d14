#include "core/demobusiness.h"

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
        anyDifference |= a[i].customer.name != c[i].customer.name
                         || a[i].purchases.size() != c[i].purchases.size();
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
