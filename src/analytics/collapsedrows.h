#pragma once

// Internal to kehu_analytics (not part of the public API): BG/NBD customers collapsed into
// distinct (x, t_x, T) rows with weights, shared by the fit, the forecast and CLV.

#include "bgnbdmodel.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kehu::analytics::detail {

/// Distinct rows. times[] holds every distinct day value used as T or t_x, converted to
/// model units and sorted; rows refer to it by index so that log(alpha + t) is computed
/// once per distinct time. xs[] holds the distinct positive x values.
struct CollapsedRows
{
    std::vector<double> times;
    std::vector<int32_t> xs;
    std::vector<uint32_t> zeroT; ///< x = 0 rows: index into times of T
    std::vector<double> zeroW;   ///< and their weights (customer counts)
    std::vector<uint32_t> rowX;  ///< x > 0 rows: index into xs
    std::vector<uint32_t> rowT;  ///< index into times
    std::vector<uint32_t> rowTx; ///< index into times
    std::vector<double> rowW;
    std::vector<uint64_t> rowKey;   ///< sorted keys of the x > 0 rows, for lookups
    std::vector<int32_t> dayToTime; ///< day value -> index into times, -1 if unused
    std::vector<int32_t> xToIndex;  ///< x value -> index into xs, -1 if unused
    size_t customers = 0;
    size_t repeatBuyers = 0;
    int32_t maxT = 0;

    uint64_t keyOf(uint32_t xi, uint32_t ti, uint32_t txi) const
    {
        const uint64_t nt = times.size();
        return (uint64_t{xi} * nt + ti) * nt + txi;
    }

    /// Row of one (valid, collapsed) customer: for x = 0 the index into times of its T,
    /// flagged by @p zero; otherwise the index into the row arrays.
    size_t rowOf(int32_t x, int32_t txDays, int32_t tDays, bool &zero) const;
};

/// Collapses @p data; returns false with @p error set for invalid input.
bool collapse(const BgNbdData &data, CollapsedRows &out, std::string &error);

} // namespace kehu::analytics::detail
