#include "snapshotsummary.h"

#include "classification.h"
#include "daynumber.h"

#include "../support/printers.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace kehu;

namespace {

// A summary as the first release wrote it (commit 00c1e39): no purchase_model (the fit is
// BG/NBD under "bgnbd"), no customer count in the fit.
constexpr const char kFirstRelease[] =
    R"({"counts":{"acquired_to_date":[1,3],"active":[1,2],"churned":[0,1],)"
    R"("new":[1,2],"period":"month","period_start":["2025-01-01","2025-02-01"],)"
    R"("repeat_rate":[0,0.5],"returning":[0,1],"won_back":[0,1]},)"
    R"("customers":3,"customers_with_purchases":3,)"
    R"("forecast":{"expected_active":[2.5],"expected_purchases":[3.25],)"
    R"("period_start":["2025-03-01"]},)"
    R"("models":{"bgnbd":{"a":0.79,"alpha":4.41,"b":2.43,"log_likelihood":-9582.43,)"
    R"("r":0.24},"clv_kind":"predictive","gamma_gamma":{"gamma":15.45,)"
    R"("log_likelihood":-4055.92,"p":6.25,"q":3.74},"time_unit_days":7},)"
    R"("revenue":123456,"segments":[{"customers":2,"key":"champions","orders":5,)"
    R"("revenue":100000},{"customers":1,"key":"others","orders":1,"revenue":23456}]})";

// As the current writer writes it (SnapshotRepository::write through SnapshotSummary::of):
// the MBG/NBD fit under its own key, named by purchase_model; quarterly counts.
constexpr const char kCurrent[] = R"({"counts":{"acquired_to_date":[4],"active":[3],"churned":[1],"new":[4],)"
                                  R"("period":"quarter","period_start":["2025-01-01"],"repeat_rate":[0.25],)"
                                  R"("returning":[0],"won_back":[0]},"customers":4,"customers_with_purchases":4,)"
                                  R"("models":{"clv_kind":"predictive","gamma_gamma_error":"too few repeat buyers",)"
                                  R"("mbgnbd":{"a":0.5,"alpha":3,"b":1.5,"customers":4,"log_likelihood":-12.5,)"
                                  R"("r":0.3},"purchase_model":"mbgnbd","time_unit_days":1},"revenue":4000,)"
                                  R"("segments":[{"customers":4,"key":"lost","orders":4,"revenue":4000}]})";

QByteArray normalized(const char *json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}

} // namespace

TEST(SnapshotSummary, ReadsTheFirstReleasesSummary)
{
    const SnapshotSummary s = SnapshotSummary::fromJson(kFirstRelease);
    EXPECT_EQ(s.customers, 3);
    EXPECT_EQ(s.customersWithPurchases, 3);
    EXPECT_EQ(s.revenue, 123456);
    ASSERT_EQ(s.segments.size(), 2);
    EXPECT_EQ(s.segments[0].key, QStringLiteral("champions"));
    EXPECT_EQ(s.segments[0].customers, 2);
    EXPECT_EQ(s.segments[0].orders, 5);
    EXPECT_EQ(s.segments[1].revenue, 23456);

    EXPECT_TRUE(s.models.predictiveClv);
    EXPECT_EQ(s.models.timeUnitDays, 7.0);
    EXPECT_EQ(s.models.purchaseModel, analytics::PurchaseModel::BgNbd); // before the choice existed
    ASSERT_TRUE(s.models.purchaseFit);
    EXPECT_DOUBLE_EQ(s.models.purchaseFit->r, 0.24);
    EXPECT_DOUBLE_EQ(s.models.purchaseFit->alpha, 4.41);
    EXPECT_DOUBLE_EQ(s.models.purchaseFit->a, 0.79);
    EXPECT_DOUBLE_EQ(s.models.purchaseFit->b, 2.43);
    EXPECT_DOUBLE_EQ(s.models.purchaseFit->logLikelihood, -9582.43);
    EXPECT_EQ(s.models.purchaseFit->customers, 0); // not stored then
    ASSERT_TRUE(s.models.gammaGamma);
    EXPECT_DOUBLE_EQ(s.models.gammaGamma->p, 6.25);
    EXPECT_DOUBLE_EQ(s.models.gammaGamma->q, 3.74);
    EXPECT_DOUBLE_EQ(s.models.gammaGamma->gamma, 15.45);
    EXPECT_TRUE(s.models.purchaseFitError.isEmpty());

    EXPECT_EQ(s.counts.period, analytics::CalendarPeriod::Month);
    EXPECT_EQ(s.counts.periodStart, (QList<QDate>{QDate(2025, 1, 1), QDate(2025, 2, 1)}));
    EXPECT_EQ(s.counts.acquiredToDate, (QList<qint64>{1, 3}));
    EXPECT_EQ(s.counts.newCustomers, (QList<qint64>{1, 2}));
    EXPECT_EQ(s.counts.active, (QList<qint64>{1, 2}));
    EXPECT_EQ(s.counts.returning, (QList<qint64>{0, 1}));
    EXPECT_EQ(s.counts.churned, (QList<qint64>{0, 1}));
    EXPECT_EQ(s.counts.wonBack, (QList<qint64>{0, 1}));
    EXPECT_EQ(s.counts.repeatRate, (QList<double>{0, 0.5}));
    EXPECT_EQ(s.forecast.periodStart, QList<QDate>{QDate(2025, 3, 1)});
    EXPECT_EQ(s.forecast.expectedActive, QList<double>{2.5});
    EXPECT_EQ(s.forecast.expectedPurchases, QList<double>{3.25});
}

TEST(SnapshotSummary, ReadsTheCurrentSummaryAndWritesItBackUnchanged)
{
    const SnapshotSummary s = SnapshotSummary::fromJson(kCurrent);
    EXPECT_EQ(s.models.purchaseModel, analytics::PurchaseModel::MbgNbd);
    ASSERT_TRUE(s.models.purchaseFit);
    EXPECT_DOUBLE_EQ(s.models.purchaseFit->r, 0.3);
    EXPECT_EQ(s.models.purchaseFit->customers, 4);
    EXPECT_EQ(s.models.timeUnitDays, 1.0);
    EXPECT_FALSE(s.models.gammaGamma);
    EXPECT_EQ(s.models.gammaGammaError, QStringLiteral("too few repeat buyers"));
    EXPECT_EQ(s.counts.period, analytics::CalendarPeriod::Quarter);
    EXPECT_TRUE(s.forecast.periodStart.isEmpty());
    // Every key comes back: nothing the writer stores is lost or renamed by a read.
    EXPECT_EQ(s.toJson(), normalized(kCurrent));
}

TEST(SnapshotSummary, MissingKeysGiveDefaults)
{
    for (const char *text : {"{}", "", "not json", "[1, 2]", R"({"models": 3, "counts": "x", "segments": {}})"}) {
        const SnapshotSummary s = SnapshotSummary::fromJson(text);
        EXPECT_EQ(s.customers, 0) << text;
        EXPECT_EQ(s.revenue, 0) << text;
        EXPECT_TRUE(s.segments.isEmpty()) << text;
        EXPECT_FALSE(s.models.predictiveClv) << text;
        EXPECT_EQ(s.models.purchaseModel, analytics::PurchaseModel::BgNbd) << text;
        EXPECT_EQ(s.models.timeUnitDays, 7.0) << text;
        EXPECT_FALSE(s.models.purchaseFit) << text;
        EXPECT_FALSE(s.models.gammaGamma) << text;
        EXPECT_EQ(s.counts.period, analytics::CalendarPeriod::Month) << text;
        EXPECT_TRUE(s.counts.periodStart.isEmpty()) << text;
        EXPECT_TRUE(s.counts.active.isEmpty()) << text;
        EXPECT_TRUE(s.forecast.expectedActive.isEmpty()) << text;
    }
    // A historical run with a failed fit, as every version wrote it.
    const SnapshotSummary failed = SnapshotSummary::fromJson(
        R"({"models": {"clv_kind": "historical", "bgnbd_error": "too few customers", "time_unit_days": 7}})");
    EXPECT_FALSE(failed.models.predictiveClv);
    EXPECT_FALSE(failed.models.purchaseFit);
    EXPECT_EQ(failed.models.purchaseFitError, QStringLiteral("too few customers"));
    // An unknown purchase model reads as BG/NBD, as before.
    EXPECT_EQ(SnapshotSummary::fromJson(R"({"models": {"purchase_model": "pareto"}})").models.purchaseModel,
              analytics::PurchaseModel::BgNbd);
}

TEST(SnapshotSummary, OfARunHasItsTotalsAndSurvivesTheRoundTrip)
{
    // Three buyers and one customer without purchases.
    const std::vector<uint32_t> customer{0, 0, 1, 2};
    const int32_t asOf = toDayNumber(QDate(2025, 6, 30));
    const std::vector<int32_t> day{asOf - 40, asOf - 10, asOf - 100, asOf - 200};
    const std::vector<int64_t> amount{1000, 2000, 500, 700};
    const std::vector<int64_t> profit{100, 200, 50, 70};
    ClassificationPolicy policy;
    policy.countsPeriod = analytics::CalendarPeriod::Quarter;
    const ClassificationResult r = classify({customer, day, amount, profit}, 4, asOf, policy);
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();

    const SnapshotSummary s = SnapshotSummary::of(r, policy);
    EXPECT_EQ(s.customers, 4);
    EXPECT_EQ(s.customersWithPurchases, 3);
    EXPECT_EQ(s.revenue, 4200);
    qint64 segmentCustomers = 0;
    for (const auto &segment : s.segments)
        segmentCustomers += segment.customers;
    EXPECT_EQ(segmentCustomers, 4);
    EXPECT_EQ(s.segments.last().key, QStringLiteral("others"));
    EXPECT_EQ(s.models.purchaseModel, policy.purchaseModel);
    EXPECT_FALSE(s.models.purchaseFit); // too few customers for a fit
    EXPECT_FALSE(s.models.purchaseFitError.isEmpty());
    EXPECT_EQ(s.counts.period, analytics::CalendarPeriod::Quarter);
    EXPECT_EQ(s.counts.periodStart.size(), qsizetype(r.counts.periods()));
    EXPECT_EQ(s.counts.periodStart.last(), QDate(2025, 4, 1));

    const SnapshotSummary back = SnapshotSummary::fromJson(s.toJson());
    EXPECT_EQ(back.toJson(), s.toJson());
    EXPECT_EQ(back.counts.active, s.counts.active);
    EXPECT_EQ(back.models.purchaseFitError, s.models.purchaseFitError);
}
