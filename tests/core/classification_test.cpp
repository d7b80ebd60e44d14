#include "classification.h"

#include "daynumber.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace kehu;

TEST(ClassificationPolicy, JsonRoundTripKeepsEveryEditableRule)
{
    ClassificationPolicy policy;
    policy.rfm.frequencyMeasure = analytics::FrequencyMeasure::PurchaseDays;
    policy.rfm.monetaryMeasure = analytics::MonetaryMeasure::AveragePerPurchase;
    policy.rfm.recency.cutPoints = {30, 90, 180, 365};
    policy.segments = analytics::segmentTestRules();
    policy.segments[0].mMin = 3;
    policy.abcBasis = AbcBasis::Profit;
    policy.abc = {0.7, 0.9};
    policy.behaviour.highPerYear = 6;
    policy.valueTier.mode = analytics::ValueTierRules::Mode::Absolute;
    policy.valueTier.highMin = 100000;
    policy.churn.atRiskGapFactor = 2.5;
    policy.churn.oneTimeChurnedDays = 400;
    policy.purchaseModel = analytics::PurchaseModel::BgNbd; // not the default
    policy.modelDaysPerUnit = 1;
    policy.clvMonths = 24;
    policy.clvMonthlyDiscountRate = 0.02;
    policy.countsPeriod = analytics::CalendarPeriod::Quarter;
    policy.inactivityDays = 90;

    // Through text, as it is stored.
    const QByteArray text = QJsonDocument(policy.toJson()).toJson();
    const ClassificationPolicy back = ClassificationPolicy::fromJson(QJsonDocument::fromJson(text).object());
    EXPECT_EQ(back.rfm.frequencyMeasure, analytics::FrequencyMeasure::PurchaseDays);
    EXPECT_EQ(back.rfm.monetaryMeasure, analytics::MonetaryMeasure::AveragePerPurchase);
    EXPECT_EQ(back.rfm.recency.cutPoints, (std::vector<double>{30, 90, 180, 365}));
    EXPECT_EQ(back.rfm.monetary.breakOffset, 100.0);
    ASSERT_EQ(back.segments.size(), policy.segments.size());
    EXPECT_EQ(back.segments[0].key, "champions");
    EXPECT_EQ(back.segments[0].mMin, 3);
    EXPECT_EQ(back.segments[9].key, policy.segments[9].key);
    EXPECT_EQ(back.abcBasis, AbcBasis::Profit);
    EXPECT_DOUBLE_EQ(back.abc.a, 0.7);
    EXPECT_DOUBLE_EQ(back.behaviour.highPerYear, 6);
    EXPECT_EQ(back.valueTier.mode, analytics::ValueTierRules::Mode::Absolute);
    EXPECT_DOUBLE_EQ(back.valueTier.highMin, 100000);
    EXPECT_DOUBLE_EQ(back.churn.atRiskGapFactor, 2.5);
    EXPECT_EQ(back.churn.oneTimeChurnedDays, 400);
    EXPECT_EQ(back.purchaseModel, analytics::PurchaseModel::BgNbd);
    EXPECT_DOUBLE_EQ(back.modelDaysPerUnit, 1);
    EXPECT_EQ(back.clvMonths, 24);
    EXPECT_DOUBLE_EQ(back.clvMonthlyDiscountRate, 0.02);
    EXPECT_EQ(back.countsPeriod, analytics::CalendarPeriod::Quarter);
    EXPECT_EQ(back.inactivityDays, 90);
}

TEST(ClassificationPolicy, MissingKeysKeepDefaults)
{
    const ClassificationPolicy defaults;
    const ClassificationPolicy loaded = ClassificationPolicy::fromJson(QJsonObject{});
    EXPECT_EQ(loaded.segments.size(), defaults.segments.size());
    EXPECT_DOUBLE_EQ(loaded.abc.a, 0.8);
    EXPECT_EQ(loaded.clvMonths, 12);
    EXPECT_DOUBLE_EQ(loaded.modelDaysPerUnit, 7.0);
}

TEST(ClassificationPolicy, PurchaseModelDefaultsToMbgNbdForNewAndOldPolicies)
{
    // MBG/NBD gives one-time buyers a P(alive) below 1, so new books start with it ...
    EXPECT_EQ(ClassificationPolicy{}.purchaseModel, analytics::PurchaseModel::MbgNbd);
    EXPECT_EQ(ClassificationPolicy{}.toJson()[QStringLiteral("model")][QStringLiteral("purchase_model")].toString(),
              QStringLiteral("mbgnbd"));
    // ... and so do policies stored before the choice existed (their "model" object has no
    // purchase_model key), while the rest of such a policy still loads.
    const QByteArray stored = R"({"model": {"days_per_unit": 1, "clv_months": 6}})";
    const ClassificationPolicy old = ClassificationPolicy::fromJson(QJsonDocument::fromJson(stored).object());
    EXPECT_EQ(old.purchaseModel, analytics::PurchaseModel::MbgNbd);
    EXPECT_DOUBLE_EQ(old.modelDaysPerUnit, 1.0);
    EXPECT_EQ(old.clvMonths, 6);
    // An explicit choice is kept; an unknown key falls back to the default.
    const QByteArray bg = R"({"model": {"purchase_model": "bgnbd"}})";
    EXPECT_EQ(ClassificationPolicy::fromJson(QJsonDocument::fromJson(bg).object()).purchaseModel,
              analytics::PurchaseModel::BgNbd);
    const QByteArray unknown = R"({"model": {"purchase_model": "pareto"}})";
    EXPECT_EQ(ClassificationPolicy::fromJson(QJsonDocument::fromJson(unknown).object()).purchaseModel,
              analytics::PurchaseModel::MbgNbd);
}

namespace {

/// A small shop: `n` customers; customer i buys on (i % 5) + 1 days, 30 days apart, 100 * (i + 1)
/// cents each time, the last purchase 10 * i days before the as-of day. Customer n-1 never buys.
struct Shop
{
    std::vector<uint32_t> customer;
    std::vector<int32_t> day;
    std::vector<int64_t> amount;
    std::vector<int64_t> profit;
    size_t customers = 0;
    int32_t asOf = 0;

    analytics::PurchaseColumns columns() const { return {customer, day, amount, profit}; }
};

Shop makeShop(size_t n)
{
    Shop shop;
    shop.customers = n;
    shop.asOf = toDayNumber(QDate(2025, 6, 30));
    for (size_t i = 0; i + 1 < n; ++i) {
        const int purchases = int(i % 5) + 1;
        const int32_t last = shop.asOf - int32_t(10 * i);
        for (int k = purchases - 1; k >= 0; --k) {
            shop.customer.push_back(uint32_t(i));
            shop.day.push_back(last - 30 * k);
            shop.amount.push_back(int64_t(100 * (i + 1)));
            shop.profit.push_back(int64_t(10 * (i + 1)));
        }
    }
    return shop;
}

} // namespace

TEST(Classify, TooLittleDataFallsBackToHistoricalValueAndSaysSo)
{
    const Shop shop = makeShop(12);
    std::vector<ClassificationStage> stages;
    const ClassificationResult r = classify(shop.columns(), shop.customers, shop.asOf, ClassificationPolicy{},
                                            [&](ClassificationStage s) { stages.push_back(s); });
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.clvKind, ClvKind::Historical);
    EXPECT_EQ(r.bgnbd.error, analytics::FitError::TooFewCustomers);
    EXPECT_TRUE(r.pAlive.empty());
    ASSERT_EQ(r.clv.size(), 12u);
    for (size_t i = 0; i < 12; ++i)
        EXPECT_EQ(r.clv[i], r.summary.revenue[i]) << i;
    EXPECT_EQ(r.summary.revenue[3], 4 * 400);
    EXPECT_EQ(r.summary.revenue[11], 0);
    // Churn still works from the gap rules alone: customer 9 bought 5 times 30 days apart and
    // last 90 days ago (90 > 2 x 30: at risk, not > 3 x 30: not churned), customer 0 today.
    EXPECT_EQ(r.churn.status[9], analytics::ChurnStatus::AtRisk);
    EXPECT_EQ(r.churn.reason[9], analytics::ChurnReason::GapBeyondTypical);
    EXPECT_EQ(r.churn.status[0], analytics::ChurnStatus::Active);
    EXPECT_EQ(r.churn.status[11], analytics::ChurnStatus::NoPurchases);
    EXPECT_EQ(stages.front(), ClassificationStage::Summary);
    EXPECT_EQ(stages.back(), ClassificationStage::Done);
    EXPECT_EQ(r.stageMilliseconds.size(), size_t(ClassificationStage::Done) + 1);
}

TEST(Classify, EnoughDataGivesPredictiveValuesForBuyersOnly)
{
    const Shop shop = makeShop(400);
    const ClassificationResult r = classify(shop.columns(), shop.customers, shop.asOf, ClassificationPolicy{});
    ASSERT_TRUE(r.error.isEmpty());
    ASSERT_EQ(r.clvKind, ClvKind::Predictive) << r.bgnbd.message;
    ASSERT_EQ(r.pAlive.size(), 400u);
    EXPECT_TRUE(std::isnan(r.pAlive[399])) << "no purchases: no P(alive)";
    for (size_t i = 0; i < 399; ++i) {
        ASSERT_GE(r.pAlive[i], 0.0);
        ASSERT_LE(r.pAlive[i], 1.0);
        ASSERT_GE(r.clv[i], 0);
    }
    // Same rhythm (5 purchases, 30 days apart), one recent and one quiet for ten years: the
    // recent one is likelier alive and expected to buy more.
    EXPECT_GT(r.pAlive[4], r.pAlive[394]);
    EXPECT_GT(r.expectedPurchases[4], r.expectedPurchases[394]);
    EXPECT_FALSE(r.counts.periodStartDay.empty());
    EXPECT_EQ(r.forecast.periodStartDay.size(), size_t(ClassificationPolicy{}.forecastPeriods));
}

TEST(Classify, CancelStopsBetweenStages)
{
    const Shop shop = makeShop(50);
    std::atomic_bool cancel{false};
    const ClassificationResult r = classify(
        shop.columns(), shop.customers, shop.asOf, ClassificationPolicy{},
        [&](ClassificationStage s) { cancel = s == ClassificationStage::Abc; }, &cancel);
    EXPECT_TRUE(r.cancelled);
    EXPECT_TRUE(r.churn.status.empty());
}

TEST(Classify, UnsortedInputIsAnErrorNotAWrongAnswer)
{
    Shop shop = makeShop(5);
    std::swap(shop.day[0], shop.day[1]);
    const ClassificationResult r = classify(shop.columns(), shop.customers, shop.asOf, ClassificationPolicy{});
    EXPECT_FALSE(r.error.isEmpty());
}

TEST(Classify, OneTimeBuyersAreNotCertainlyAliveUnderTheDefaultPolicy)
{
    // Customers 5 and 395 bought once, 50 days and over ten years before the as-of day.
    const Shop shop = makeShop(400);
    const ClassificationResult r = classify(shop.columns(), shop.customers, shop.asOf, ClassificationPolicy{});
    ASSERT_EQ(r.clvKind, ClvKind::Predictive) << r.bgnbd.message;
    EXPECT_EQ(r.bgnbd.params.model, analytics::PurchaseModel::MbgNbd);
    EXPECT_LT(r.pAlive[5], 1.0);
    EXPECT_LT(r.pAlive[395], r.pAlive[5]);
    // The ten-year-quiet one-time buyer is now flagged by its P(alive) as well, so the
    // figures agree.
    EXPECT_LT(r.pAlive[395], ClassificationPolicy{}.churn.churnedPAlive);
    EXPECT_EQ(r.churn.status[395], analytics::ChurnStatus::Churned);

    // BG/NBD, chosen explicitly, keeps its rule: no dropout before a repeat purchase.
    ClassificationPolicy bg;
    bg.purchaseModel = analytics::PurchaseModel::BgNbd;
    const ClassificationResult b = classify(shop.columns(), shop.customers, shop.asOf, bg);
    ASSERT_EQ(b.clvKind, ClvKind::Predictive) << b.bgnbd.message;
    EXPECT_EQ(b.bgnbd.params.model, analytics::PurchaseModel::BgNbd);
    EXPECT_DOUBLE_EQ(b.pAlive[5], 1.0);
    EXPECT_DOUBLE_EQ(b.pAlive[395], 1.0);
    // Expected purchases and CLV follow the model too.
    EXPECT_LT(r.expectedPurchases[395], b.expectedPurchases[395]);
}
