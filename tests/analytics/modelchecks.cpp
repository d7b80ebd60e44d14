#include "modelchecks.h"

#include "bgnbdsimulator.h"

#include <cmath>

namespace kehu::analytics::test {

::testing::AssertionResult near(double actual, double expected, double rel)
{
    if (std::fabs(actual - expected) <= rel * std::fabs(expected))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << actual << " vs " << expected << " (rel " << rel << ")";
}

void expectGradientMatchesFiniteDifferences(const BgNbdParams &p, const BgNbdData &data)
{
    std::array<double, 4> g{};
    bgNbdLogLikelihood(p, data, &g);
    const double theta[4] = {p.r, p.alpha, p.a, p.b};
    for (int i = 0; i < 4; ++i) {
        double up[4] = {theta[0], theta[1], theta[2], theta[3]};
        double dn[4] = {theta[0], theta[1], theta[2], theta[3]};
        const double h = 1e-6 * theta[i];
        up[i] += h;
        dn[i] -= h;
        const double numeric = (bgNbdLogLikelihood({up[0], up[1], up[2], up[3], p.model}, data)
                                - bgNbdLogLikelihood({dn[0], dn[1], dn[2], dn[3], p.model}, data))
                               / (2 * h);
        EXPECT_TRUE(near(g[size_t(i)], numeric, 1e-5)) << i;
    }
}

BgNbdFit expectRecoversSimulated(const BgNbdParams &truth, uint64_t seed)
{
    const BgNbdParams perCentiday{truth.r, truth.alpha * 100, truth.a, truth.b, truth.model};
    const auto sim = simulateBgNbd(perCentiday, 20000, 36500, 73000, seed);
    BgNbdFit fit = fitPurchaseModel(truth.model, sim.columns.view(100.0));
    EXPECT_TRUE(fit.ok()) << fit.message;
    if (!fit.ok())
        return fit;
    const double est[4] = {fit.params.r, fit.params.alpha, fit.params.a, fit.params.b};
    const double se[4] = {fit.standardErrors.r, fit.standardErrors.alpha, fit.standardErrors.a, fit.standardErrors.b};
    const double tru[4] = {truth.r, truth.alpha, truth.a, truth.b};
    for (int i = 0; i < 4; ++i) {
        EXPECT_LT(std::fabs(est[i] - tru[i]), 4 * se[i]) << i << ": " << est[i] << " se " << se[i];
        EXPECT_LT(std::fabs(est[i] - tru[i]), 0.25 * tru[i]) << i << ": " << est[i];
    }
    return fit;
}

} // namespace kehu::analytics::test
