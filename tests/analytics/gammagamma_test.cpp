#include "civildate.h"
#include "gammagammamodel.h"
#include "purchasesummary.h"

#include "testdata.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace kehu::analytics;

namespace {

struct RepeatSpend
{
    std::vector<int32_t> x;
    std::vector<double> mean; // dollars
};

RepeatSpend cdnowRepeatSpend()
{
    const auto purchases = test::loadCdnowSample();
    const auto res = summarize(purchases.columns(), purchases.customerCount(), daysFromCivil({1997, 9, 30}));
    RepeatSpend r;
    for (size_t c = 0; c < res.summary.size(); ++c) {
        const int32_t x = res.summary.repeatPurchases(c);
        r.x.push_back(x);
        r.mean.push_back(x > 0 ? double(res.summary.repeatRevenue[c]) / x / 100.0 : 0.0);
    }
    return r;
}

} // namespace

TEST(GammaGamma, CdnowFitMatchesPublished)
{
    const RepeatSpend d = cdnowRepeatSpend();
    const GammaGammaFit fit = fitGammaGamma({d.x, d.mean});
    ASSERT_TRUE(fit.ok()) << fit.message;
    EXPECT_EQ(fit.customers, 946u);
    EXPECT_NEAR(fit.params.p, 6.249572, 6.249572e-3);
    EXPECT_NEAR(fit.params.q, 3.744225, 3.744225e-3);
    EXPECT_NEAR(fit.params.gamma, 15.443521, 15.443521e-3);
    EXPECT_NEAR(fit.logLikelihood, -4055.917695, 1e-3);
    EXPECT_TRUE(std::isfinite(fit.standardErrors.p) && fit.standardErrors.p > 0);
}

TEST(GammaGamma, MinorUnitsScaleGammaOnly)
{
    // Values in cents: gamma scales by 100, p and q are unchanged, and the log-likelihood
    // shifts by -ln(100) per customer (the density of a mean in cents).
    RepeatSpend d = cdnowRepeatSpend();
    const GammaGammaFit dollars = fitGammaGamma({d.x, d.mean});
    for (double &m : d.mean)
        m *= 100.0;
    const GammaGammaFit cents = fitGammaGamma({d.x, d.mean});
    ASSERT_TRUE(cents.ok());
    EXPECT_NEAR(cents.params.p, dollars.params.p, 1e-4 * dollars.params.p);
    EXPECT_NEAR(cents.params.gamma, 100 * dollars.params.gamma, 1e-4 * 100 * dollars.params.gamma);
    EXPECT_NEAR(cents.logLikelihood, dollars.logLikelihood - 946 * std::log(100.0), 1e-3);
}

TEST(GammaGamma, ExpectedSpendIsWeightedAverage)
{
    const GammaGammaParams g{6.25, 3.74, 15.44};
    const double population = 6.25 * 15.44 / 2.74;
    EXPECT_DOUBLE_EQ(gammaGammaExpectedSpend(g, 0, 0), population);
    // x = 2, mean 40: weight on own mean = p x / (p x + q - 1) = 12.5 / 15.24.
    const double w = 12.5 / 15.24;
    EXPECT_NEAR(gammaGammaExpectedSpend(g, 2, 40.0), (1 - w) * population + w * 40.0, 1e-12);
}

TEST(GammaGamma, RefusesTooFewRepeatBuyers)
{
    const std::vector<int32_t> x = {1, 2, 0, 3};
    const std::vector<double> m = {10, 20, 0, 30};
    const auto fit = fitGammaGamma({x, m});
    EXPECT_EQ(fit.error, FitError::TooFewRepeatBuyers);
}
