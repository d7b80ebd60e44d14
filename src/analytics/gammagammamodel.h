#pragma once

#include "fitstatus.h"

#include <cstdint>
#include <span>
#include <string>

namespace kehu::analytics {

/// Gamma-Gamma spend model (Fader & Hardie 2013 note, Colombo & Jiang 1999): a customer's
/// transaction values are Gamma(p, nu) with nu ~ Gamma(q, gamma) across customers. gamma is
/// in the unit of the values (pass major units to compare with published fits; minor units
/// work too and only shift the log-likelihood by a constant).
struct GammaGammaParams
{
    double p = 1.0;
    double q = 1.0;
    double gamma = 1.0;
};

/// Input per customer: x = repeat purchase days, meanValue = mean value of those repeat
/// purchase days (PurchaseSummary::repeatRevenue / x). Customers with x = 0 or a
/// non-positive mean (net refunds) are ignored by the fit.
struct GammaGammaData
{
    std::span<const int32_t> x;
    std::span<const double> meanValue;
};

/// Result of fitGammaGamma(); customers are those with x > 0 and meanValue > 0.
using GammaGammaFit = ModelFit<GammaGammaParams>;

/// Maximum likelihood with NLopt L-BFGS over log-parameters (see fitBgNbd for the choice).
/// Gamma and digamma terms depend on x only and are computed once per distinct x.
/// minCustomers and minRepeatBuyers of @p options both apply to the repeat buyers used.
GammaGammaFit fitGammaGamma(const GammaGammaData &data, const FitOptions &options = {});

/// Log-likelihood (sum over used customers) at @p params.
double gammaGammaLogLikelihood(const GammaGammaParams &params, const GammaGammaData &data);

/// E[mean transaction value | x, mean]: the posterior mean, a weighted average of the
/// population mean p gamma / (q - 1) and the customer's own mean. For x = 0 it is the
/// population mean. Same unit as the values; requires q > 1.
double gammaGammaExpectedSpend(const GammaGammaParams &params, double x, double meanValue);

} // namespace kehu::analytics
