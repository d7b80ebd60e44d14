#pragma once

#include <span>
#include <vector>

namespace kehu::analytics {

/// R's type-7 sample quantiles (the default of R's quantile(): linear interpolation
/// between order statistics, Q(p) = x[j] + h (x[j+1] - x[j]) with j + h = 1 + (n-1) p,
/// 1-based), including R's 4*DBL_EPSILON fuzz on j so that, e.g., p = 0.6 computed as
/// 0.6000000000000001 does not step to the next order statistic. @p values need not be
/// sorted; the result has one entry per probability. Empty input yields an empty result.
std::vector<double> quantilesType7(std::span<const double> values, std::span<const double> probs);

/// Same, on values already sorted ascending (no copy).
double quantileType7Sorted(std::span<const double> sorted, double prob);

} // namespace kehu::analytics
