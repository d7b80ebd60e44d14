#include "bgnbdmodel.h"
#include "bgnbdsimulator.h"
#include "civildate.h"
#include "clv.h"
#include "purchasesummary.h"

#include "modelchecks.h"
#include "testdata.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace kehu::analytics;

namespace {

constexpr PurchaseModel kMbg = PurchaseModel::MbgNbd;

using test::near;

// The MBG/NBD log-likelihood of one customer written out as in Batislam, Denizel &
// Filiztekin (2007) / lifetimes' ModifiedBetaGeoFitter, independently of the fit's hoisting.
double directLogLikelihood(const BgNbdParams &p, double x, double tx, double t)
{
    const double a1 = std::lgamma(p.r + x) - std::lgamma(p.r) + p.r * std::log(p.alpha);
    const double a2 = std::lgamma(p.a + p.b) + std::lgamma(p.b + x + 1) - std::lgamma(p.b)
                      - std::lgamma(p.a + p.b + x + 1);
    const double a3 = -(p.r + x) * std::log(p.alpha + t);
    const double a4 = std::log(p.a) - std::log(p.b + x) + (p.r + x) * (std::log(p.alpha + t) - std::log(p.alpha + tx));
    return a1 + a2 + a3 + std::log(std::exp(a4) + 1.0);
}

const BgNbdColumns &cdnowCalibration()
{
    static const BgNbdColumns columns = [] {
        const auto purchases = test::loadCdnowSample();
        const auto res = summarize(purchases.columns(), purchases.customerCount(), daysFromCivil({1997, 9, 30}));
        return bgNbdColumns(res.summary);
    }();
    return columns;
}

} // namespace

TEST(MbgNbdLikelihood, MatchesDirectEvaluationPerCustomerAndInTotal)
{
    const BgNbdParams p{0.6, 5.5, 1.4, 2.2, kMbg};
    // (x, t_x, T) in days, fitted in weeks: one-time buyers old and new, a repeat buyer seen
    // on the last day, and ordinary repeat buyers.
    const std::vector<int32_t> x = {0, 0, 1, 3, 7};
    const std::vector<int32_t> tx = {0, 0, 4, 84, 350};
    const std::vector<int32_t> t = {0, 210, 30, 84, 630};
    double total = 0.0;
    for (size_t i = 0; i < x.size(); ++i) {
        const double expected = directLogLikelihood(p, x[i], tx[i] / 7.0, t[i] / 7.0);
        const BgNbdData one{std::span(x).subspan(i, 1), std::span(tx).subspan(i, 1), std::span(t).subspan(i, 1), 7.0};
        EXPECT_TRUE(near(bgNbdLogLikelihood(p, one), expected, 1e-12)) << i;
        total += expected;
    }
    EXPECT_TRUE(near(bgNbdLogLikelihood(p, {x, tx, t, 7.0}), total, 1e-12));
    // The same data under BG/NBD is a different likelihood (one-time buyers cannot drop out).
    BgNbdParams bg = p;
    bg.model = PurchaseModel::BgNbd;
    EXPECT_GT(std::fabs(bgNbdLogLikelihood(bg, {x, tx, t, 7.0}) - total), 0.1);
}

TEST(MbgNbdLikelihood, AnalyticGradientMatchesFiniteDifferences)
{
    test::expectGradientMatchesFiniteDifferences({0.5, 6.0, 0.9, 1.6, kMbg}, cdnowCalibration().view(7.0));
}

TEST(MbgNbdFitting, CdnowFitMatchesBtydPlus)
{
    // BTYDplus's mbgcnbd (k = 1) on the CDNOW calibration period, quoted to three decimals
    // in lifetimes' test suite: r 0.525, alpha 6.183, a 0.891, b 1.614 (weeks).
    const BgNbdFit fit = fitPurchaseModel(kMbg, cdnowCalibration().view(7.0));
    ASSERT_TRUE(fit.ok()) << fit.message;
    EXPECT_EQ(fit.params.model, kMbg);
    EXPECT_NEAR(fit.params.r, 0.525, 0.0015);
    EXPECT_NEAR(fit.params.alpha, 6.183, 0.0015);
    EXPECT_NEAR(fit.params.a, 0.891, 0.0015);
    EXPECT_NEAR(fit.params.b, 1.614, 0.0015);
    EXPECT_EQ(fit.customers, 2357u);
    // The optimum is one: the likelihood there matches the reported value and is above
    // nearby points.
    const auto data = cdnowCalibration().view(7.0);
    EXPECT_NEAR(bgNbdLogLikelihood(fit.params, data), fit.logLikelihood, 1e-9 * std::fabs(fit.logLikelihood));
    BgNbdParams off = fit.params;
    off.b *= 1.02;
    EXPECT_LT(bgNbdLogLikelihood(off, data), fit.logLikelihood);
    EXPECT_TRUE(std::isfinite(fit.standardErrors.r) && fit.standardErrors.r > 0);
    EXPECT_TRUE(std::isfinite(fit.standardErrors.b) && fit.standardErrors.b > 0);
}

TEST(MbgNbdFitting, RecoversSimulatedParameters)
{
    // As for BG/NBD, with dropout at the first purchase too.
    const BgNbdParams truth{0.25, 30.0, 0.8, 2.5, kMbg};
    const BgNbdFit fit = test::expectRecoversSimulated(truth, 20240602);
    ASSERT_TRUE(fit.ok());
    EXPECT_EQ(fit.params.model, kMbg);
    // BG/NBD fitted to the same customers fits worse: it cannot explain one-time buyers who
    // stopped at once.
    const BgNbdParams perCentiday{truth.r, truth.alpha * 100, truth.a, truth.b, kMbg};
    const auto sim = simulateBgNbd(perCentiday, 20000, 36500, 73000, 20240602);
    const BgNbdFit bg = fitBgNbd(sim.columns.view(100.0));
    ASSERT_TRUE(bg.ok()) << bg.message;
    EXPECT_LT(bg.logLikelihood, fitPurchaseModel(kMbg, sim.columns.view(100.0)).logLikelihood);
}

TEST(MbgNbdPredictions, OneTimeBuyersAreNotCertainlyAlive)
{
    const BgNbdParams p{0.525, 6.183, 0.891, 1.614, kMbg};
    // A customer seen only at the first purchase, at that very moment: the prior share of
    // those who did not drop out at once, 1 - E[p] = b / (a + b).
    EXPECT_NEAR(bgNbdProbabilityAlive(p, 0, 0, 0), p.b / (p.a + p.b), 1e-15);
    // Then it falls with time since that purchase, unlike BG/NBD's constant 1.
    const double weekOld = bgNbdProbabilityAlive(p, 0, 0, 1);
    const double yearOld = bgNbdProbabilityAlive(p, 0, 0, 52);
    EXPECT_LT(weekOld, p.b / (p.a + p.b));
    EXPECT_LT(yearOld, weekOld);
    EXPECT_GT(yearOld, 0.0);
    BgNbdParams bg = p;
    bg.model = PurchaseModel::BgNbd;
    EXPECT_EQ(bgNbdProbabilityAlive(bg, 0, 0, 52), 1.0);
    // Bought on the last day (t_x = T): only the dropout chances count,
    // 1 / (1 + a/(b+x)) = (b+x)/(a+b+x).
    EXPECT_NEAR(bgNbdProbabilityAlive(p, 3, 20, 20), (p.b + 3) / (p.a + p.b + 3), 1e-15);
}

TEST(MbgNbdPredictions, ConditionalOfNewCustomerIsUnconditional)
{
    // Different closed forms (b/(a-1) in front vs the conditional's (a+b+x)/(a-1) over the
    // P(alive) denominator) must agree for a customer who has just bought for the first time.
    const BgNbdParams p{0.525, 6.183, 0.891, 1.614, kMbg};
    for (double horizon : {1.0, 13.0, 39.0, 78.0})
        EXPECT_TRUE(near(bgNbdExpectedPurchases(p, horizon, 0, 0, 0), bgNbdUnconditionalExpected(p, horizon), 1e-12))
            << horizon;
    BgNbdParams bg = p;
    bg.model = PurchaseModel::BgNbd;
    EXPECT_GT(bgNbdUnconditionalExpected(bg, 39.0), bgNbdUnconditionalExpected(p, 39.0));
}

TEST(MbgNbdPredictions, ShortHorizonRateIsAliveTimesPosteriorRate)
{
    // Over a short horizon h, E[Y(h)] ~ h P(alive) E[lambda | alive] with the posterior
    // lambda | alive ~ Gamma(r + x, alpha + T): an independent check of the conditional
    // expectation, its 2F1 term and its P(alive) denominator.
    const BgNbdParams p{0.525, 6.183, 0.891, 1.614, kMbg};
    const double h = 1e-6;
    const double cases[][3] = {{0, 0, 30}, {2, 30.43, 38.86}, {10, 20, 52}};
    for (const auto &c : cases) {
        const double rate = bgNbdProbabilityAlive(p, c[0], c[1], c[2]) * (p.r + c[0]) / (p.alpha + c[2]);
        EXPECT_TRUE(near(bgNbdExpectedPurchases(p, h, c[0], c[1], c[2]) / h, rate, 1e-4)) << c[0];
    }
}

TEST(MbgNbdPredictions, PredictionsFollowTheParamsModel)
{
    const BgNbdParams p{0.525, 6.183, 0.891, 1.614, kMbg};
    const std::vector<int32_t> x = {0, 2}, tx = {0, 14}, t = {364, 28};
    const auto pred = predictBgNbd(p, {x, tx, t, 7.0}, 52);
    EXPECT_NEAR(pred.probabilityAlive[0], bgNbdProbabilityAlive(p, 0, 0, 52), 1e-15);
    EXPECT_LT(pred.probabilityAlive[0], 0.5);
    EXPECT_NEAR(pred.expectedPurchases[1], bgNbdExpectedPurchases(p, 52, 2, 2, 4), 1e-12);
}
