#include "churnbysegment.h"

#include <algorithm>

namespace kehu::analytics {

double ChurnBySegment::riskShare(int16_t segment) const
{
    const size_t base = row(segment) * kStatuses;
    int64_t all = 0;
    for (int s = 0; s < kStatuses; ++s)
        all += customers[base + size_t(s)];
    const int64_t risk = customers[base + size_t(ChurnStatus::AtRisk)] + customers[base + size_t(ChurnStatus::Churned)];
    return all > 0 ? double(risk) / double(all) : 0.0;
}

ChurnBySegment churnBySegment(std::span<const int16_t> segment, std::span<const ChurnStatus> status, int segmentCount,
                              std::span<const int64_t> value)
{
    ChurnBySegment t;
    t.segmentCount = std::max(segmentCount, 0);
    t.customers.assign(size_t(t.segmentCount + 1) * ChurnBySegment::kStatuses, 0);
    t.value.assign(t.customers.size(), 0);
    const size_t n = std::min(segment.size(), status.size());
    for (size_t c = 0; c < n; ++c) {
        const size_t s = size_t(status[c]);
        if (s >= ChurnBySegment::kStatuses)
            continue;
        const size_t cell = t.row(segment[c]) * ChurnBySegment::kStatuses + s;
        ++t.customers[cell];
        if (c < value.size())
            t.value[cell] += value[c];
    }
    return t;
}

} // namespace kehu::analytics
