#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace kehu::analytics {

/// Histogram of a money value (CLV, revenue) over log-spaced "1-2-5" bins in minor units:
/// bin 0 holds values <= 0 (no value, refunds), bin 1 is (0, e1), and bin k >= 2 is
/// [e(k-1), e(k)) with edges e = 1, 2, 5, 10, 20, 50, ... x unit (unit = 100 minor units,
/// i.e. 1, 2, 5, 10 yuan or dollars by default). The last bin is open-ended.
/// Why log-spaced 1-2-5 bins: CLV is heavy-tailed (a few customers are worth 1000x the
/// median), so linear bins put nearly everybody in the first bin; and round edges read well
/// on an axis and are the same for every filter, so bins from different groups can be added
/// (which quantile bins cannot).
struct ValueHistogram
{
    std::vector<int64_t> lowerEdge; ///< minor units; lowerEdge[0] is the lowest value seen or 0
    std::vector<int64_t> customers;
    std::vector<int64_t> sum; ///< sum of the values in the bin, minor units

    size_t bins() const { return customers.size(); }
};

/// Bin index of @p value (see ValueHistogram): 0 for <= 0, then 1-2-5 steps of @p unit.
int valueBin(int64_t value, int64_t unit = 100);

/// Lower edge of bin @p bin in minor units (0 for bins 0 and 1).
int64_t valueBinLowerEdge(int bin, int64_t unit = 100);

/// The histogram of @p values, bins 0 .. the bin of the largest value (at least bin 1).
ValueHistogram valueHistogram(std::span<const int64_t> values, int64_t unit = 100);

} // namespace kehu::analytics
