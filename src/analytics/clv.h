#pragma once

#include "bgnbdmodel.h"

#include <span>
#include <vector>

namespace kehu::analytics {

/// CLV horizon and discounting. unitsPerMonth is the length of a month in the BG/NBD time
/// unit: 30 for days (lifetimes' convention), 30/7 for weeks.
struct ClvOptions
{
    int months = 12;
    double monthlyDiscountRate = 0.01;
    double unitsPerMonth = 30.0;
};

/// Customer lifetime value over the horizon, following lifetimes'
/// customer_lifetime_value(): for months m = 1..months,
///     CLV += spend * (E[Y(m u)] - E[Y((m-1) u)]) / (1 + d)^m,
/// with E[Y(t)] the BG/NBD conditional expected purchases in (T, T + t], u = unitsPerMonth
/// and spend the expected average purchase value (usually gammaGammaExpectedSpend, in
/// minor units). Result in the unit of @p expectedSpend; 0 for customers the model ignores
/// (tDays < 0). Conditional expectations are computed once per distinct (x, t_x, T).
std::vector<double> customerLifetimeValue(const BgNbdParams &params, const BgNbdData &data,
                                          std::span<const double> expectedSpend, const ClvOptions &options = {});

/// Per-customer P(alive) and expected purchases within @p horizon (model units), computed
/// once per distinct (x, t_x, T). Customers with tDays < 0 get 0 for both.
struct BgNbdPredictions
{
    std::vector<double> probabilityAlive;
    std::vector<double> expectedPurchases;
};
BgNbdPredictions predictBgNbd(const BgNbdParams &params, const BgNbdData &data, double horizon);

} // namespace kehu::analytics
