#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace kehu::analytics {

/// One row of an editable RFM segment table. A customer matches when
/// rMin <= R <= rMax, fMin <= F <= fMax and mMin <= M <= mMax (bounds inclusive, scores
/// 1..5 usually). key is a stable ASCII id ("champions", ...) that the GUI translates;
/// custom keys are allowed. In a table the first matching rule wins.
struct SegmentRule
{
    std::string key;
    int rMin = 1, rMax = 5;
    int fMin = 1, fMax = 5;
    int mMin = 1, mMax = 5;

    bool matches(int r, int f, int m) const
    {
        return r >= rMin && r <= rMax && f >= fMin && f <= fMax && m >= mMin && m <= mMax;
    }
};

/// Key reported for customers no rule matches (segment index kOtherSegment).
inline constexpr const char *kOthersKey = "others";
inline constexpr int16_t kOtherSegment = -1;

/// The default table of the R rfm package 0.3.0 (its rfm_segment() example), in order:
/// champions, potential_loyalist, loyal_customers, promising, new_customers,
/// cant_lose_them, at_risk, need_attention, about_to_sleep, lost.
std::vector<SegmentRule> defaultSegmentRules();

/// The rule table of rfm's segment tests, in order: champions, loyal_customers,
/// potential_loyalist, new_customers, promising, need_attention, about_to_sleep, at_risk,
/// cant_lose_them, lost.
std::vector<SegmentRule> segmentTestRules();

/// Index into @p rules of the first rule matching each customer's scores, or
/// kOtherSegment. Customers with score 0 (no purchases) never match the built-in tables.
std::vector<int16_t> assignSegments(std::span<const uint8_t> r, std::span<const uint8_t> f, std::span<const uint8_t> m,
                                    std::span<const SegmentRule> rules);

/// Per-segment totals (index = rule index, last entry = others), like rfm_segment_summary.
/// orders is a count, revenue minor units.
struct SegmentTotals
{
    std::vector<int64_t> customers;
    std::vector<int64_t> orders;
    std::vector<int64_t> revenue;
};

SegmentTotals segmentTotals(std::span<const int16_t> segment, size_t ruleCount, std::span<const int32_t> orders,
                            std::span<const int64_t> revenue);

} // namespace kehu::analytics
