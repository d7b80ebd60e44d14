#include "rfmsegments.h"

namespace kehu::analytics {

std::vector<SegmentRule> defaultSegmentRules()
{
    return {
        {"champions", 5, 5, 5, 5, 5, 5},       {"potential_loyalist", 3, 5, 3, 5, 2, 5},
        {"loyal_customers", 2, 4, 2, 4, 2, 4}, {"promising", 3, 4, 1, 3, 3, 5},
        {"new_customers", 4, 5, 1, 3, 1, 5},   {"cant_lose_them", 1, 2, 3, 4, 4, 5},
        {"at_risk", 1, 2, 2, 5, 4, 5},         {"need_attention", 1, 3, 3, 5, 3, 5},
        {"about_to_sleep", 2, 3, 1, 3, 1, 4},  {"lost", 1, 1, 1, 5, 1, 5},
    };
}

std::vector<SegmentRule> segmentTestRules()
{
    return {
        {"champions", 4, 5, 4, 5, 4, 5},          {"loyal_customers", 2, 5, 3, 5, 3, 5},
        {"potential_loyalist", 3, 5, 1, 3, 1, 3}, {"new_customers", 4, 5, 1, 1, 1, 1},
        {"promising", 3, 4, 1, 1, 1, 1},          {"need_attention", 2, 3, 2, 3, 2, 3},
        {"about_to_sleep", 2, 3, 1, 2, 1, 2},     {"at_risk", 1, 2, 2, 5, 2, 5},
        {"cant_lose_them", 1, 1, 4, 5, 4, 5},     {"lost", 1, 2, 1, 2, 1, 2},
    };
}

std::vector<int16_t> assignSegments(std::span<const uint8_t> r, std::span<const uint8_t> f, std::span<const uint8_t> m,
                                    std::span<const SegmentRule> rules)
{
    std::vector<int16_t> out(r.size(), kOtherSegment);
    for (size_t c = 0; c < r.size(); ++c) {
        for (size_t i = 0; i < rules.size(); ++i) {
            if (rules[i].matches(r[c], f[c], m[c])) {
                out[c] = static_cast<int16_t>(i);
                break;
            }
        }
    }
    return out;
}

SegmentTotals segmentTotals(std::span<const int16_t> segment, size_t ruleCount, std::span<const int32_t> orders,
                            std::span<const int64_t> revenue)
{
    SegmentTotals t;
    t.customers.assign(ruleCount + 1, 0);
    t.orders.assign(ruleCount + 1, 0);
    t.revenue.assign(ruleCount + 1, 0);
    for (size_t c = 0; c < segment.size(); ++c) {
        const size_t i = segment[c] < 0 ? ruleCount : static_cast<size_t>(segment[c]);
        ++t.customers[i];
        t.orders[i] += orders[c];
        t.revenue[i] += revenue[c];
    }
    return t;
}

} // namespace kehu::analytics
