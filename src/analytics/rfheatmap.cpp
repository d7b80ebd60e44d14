#include "rfheatmap.h"

#include <algorithm>

namespace kehu::analytics {

RfHeatmap rfHeatmap(std::span<const uint8_t> r, std::span<const uint8_t> f, std::span<const int64_t> revenue, int bins)
{
    RfHeatmap h;
    h.bins = std::max(bins, 1);
    h.customers.assign(size_t(h.bins) * size_t(h.bins), 0);
    h.revenue.assign(h.customers.size(), 0);
    const size_t n = std::min(r.size(), f.size());
    for (size_t c = 0; c < n; ++c) {
        if (r[c] < 1 || f[c] < 1 || r[c] > h.bins || f[c] > h.bins)
            continue;
        const size_t cell = h.cell(r[c], f[c]);
        ++h.customers[cell];
        if (c < revenue.size())
            h.revenue[cell] += revenue[c];
    }
    return h;
}

} // namespace kehu::analytics
