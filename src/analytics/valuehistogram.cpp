#include "valuehistogram.h"

#include <algorithm>

namespace kehu::analytics {

namespace {

constexpr int64_t kSteps[3] = {1, 2, 5};

} // namespace

int64_t valueBinLowerEdge(int bin, int64_t unit)
{
    if (bin <= 1)
        return 0;
    // Bin 2 starts at 1 unit, bin 3 at 2, bin 4 at 5, bin 5 at 10, ...
    const int k = bin - 2;
    int64_t decade = unit;
    for (int i = 0; i < k / 3; ++i)
        decade *= 10;
    return decade * kSteps[k % 3];
}

int valueBin(int64_t value, int64_t unit)
{
    if (value <= 0)
        return 0;
    if (value < unit)
        return 1;
    int bin = 2;
    // At most ~50 steps for int64: cheap and exact, unlike log10 near the edges.
    while (valueBinLowerEdge(bin + 1, unit) <= value && valueBinLowerEdge(bin + 1, unit) > 0 && bin < 50)
        ++bin;
    return bin;
}

ValueHistogram valueHistogram(std::span<const int64_t> values, int64_t unit)
{
    ValueHistogram h;
    int maxBin = 1;
    for (int64_t v : values)
        maxBin = std::max(maxBin, valueBin(v, unit));
    h.customers.assign(size_t(maxBin) + 1, 0);
    h.sum.assign(h.customers.size(), 0);
    int64_t lowest = 0;
    for (int64_t v : values) {
        const size_t bin = size_t(valueBin(v, unit));
        ++h.customers[bin];
        h.sum[bin] += v;
        lowest = std::min(lowest, v);
    }
    for (int b = 0; b <= maxBin; ++b)
        h.lowerEdge.push_back(b == 0 ? lowest : valueBinLowerEdge(b, unit));
    return h;
}

} // namespace kehu::analytics
