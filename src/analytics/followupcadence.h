#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace kehu::analytics {

/// Day value for "never contacted".
inline constexpr int32_t kNeverContacted = std::numeric_limits<int32_t>::min();

/// How often customers of one segment are to be contacted (回访 cadence). Days.
///  - everyDays > 0: due everyDays after the last contact (never contacted: due today).
///  - withinDays > 0: due no later than withinDays from today ("At Risk within 7 days").
/// With both, the earlier day wins; with neither the rule plans nothing.
struct CadenceRule
{
    int16_t segment = -1; ///< segment index the rule applies to
    int32_t everyDays = 0;
    int32_t withinDays = 0;
};

/// Per customer (index = customer): segment index (kOtherSegment = -1 allowed), last contact
/// day (visit or done follow-up, kNeverContacted when none), and whether an open follow-up
/// already exists (then nothing new is planned: one open task per customer at a time).
struct CadenceInput
{
    std::span<const int16_t> segment;
    std::span<const int32_t> lastContactDay;
    std::span<const uint8_t> hasOpenFollowUp;
};

struct PlannedFollowUp
{
    uint32_t customer = 0;
    int32_t dueDay = 0;
    uint16_t rule = 0; ///< index of the rule that planned it
    /// The window the follow-up may be spread over (spreadFollowUps), inclusive:
    /// from the cadence day (today when late or with only a "within" rule) to the rule's
    /// deadline: today + withinDays, or for an "every" rule alone half a period after the
    /// cadence day (a late contact is caught up before the next one comes near).
    int32_t earliestDay = 0;
    int32_t latestDay = 0;
};

/// Customers that get a follow-up, in customer order, with their due day. Due days before
/// @p today (the contact is already late) are moved to today. Only follow-ups due within
/// @p horizonDays of today (inclusive) are planned, so a monthly cadence does not fill the
/// list with tasks for next quarter. The first rule for a segment wins.
std::vector<PlannedFollowUp> planFollowUps(const CadenceInput &input, std::span<const CadenceRule> rules, int32_t today,
                                           int32_t horizonDays);

} // namespace kehu::analytics
