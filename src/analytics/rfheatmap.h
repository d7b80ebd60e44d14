#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace kehu::analytics {

/// Customers and revenue per (R score, F score) cell, scores 1..bins (5 by default), for
/// the R-by-F heatmap. Row-major: cell(r, f) = (r - 1) * bins + (f - 1). Customers with a
/// score of 0 (no purchases) or above bins are not counted (they have no cell).
/// Revenue in minor units.
struct RfHeatmap
{
    int bins = 5;
    std::vector<int64_t> customers;
    std::vector<int64_t> revenue;

    size_t cell(int r, int f) const { return size_t(r - 1) * size_t(bins) + size_t(f - 1); }
    int64_t count(int r, int f) const { return customers[cell(r, f)]; }
    int64_t revenueOf(int r, int f) const { return revenue[cell(r, f)]; }
};

/// One pass; @p revenue may be empty (revenue stays 0).
RfHeatmap rfHeatmap(std::span<const uint8_t> r, std::span<const uint8_t> f, std::span<const int64_t> revenue,
                    int bins = 5);

} // namespace kehu::analytics
