#include "followupcadence.h"

#include <algorithm>

namespace kehu::analytics {

std::vector<PlannedFollowUp> planFollowUps(const CadenceInput &in, std::span<const CadenceRule> rules, int32_t today,
                                           int32_t horizonDays)
{
    std::vector<PlannedFollowUp> planned;
    const size_t n = std::min({in.segment.size(), in.lastContactDay.size(), in.hasOpenFollowUp.size()});
    for (size_t c = 0; c < n; ++c) {
        if (in.hasOpenFollowUp[c])
            continue;
        const auto rule = std::find_if(rules.begin(), rules.end(),
                                       [&](const CadenceRule &r) { return r.segment == in.segment[c]; });
        if (rule == rules.end() || (rule->everyDays <= 0 && rule->withinDays <= 0))
            continue;
        int32_t due = std::numeric_limits<int32_t>::max();
        if (rule->everyDays > 0)
            due = in.lastContactDay[c] == kNeverContacted ? today : in.lastContactDay[c] + rule->everyDays;
        if (rule->withinDays > 0)
            due = std::min(due, today + rule->withinDays);
        due = std::max(due, today);
        if (due - today > horizonDays)
            continue;
        int32_t earliest = today;
        if (rule->everyDays > 0 && in.lastContactDay[c] != kNeverContacted)
            earliest = std::max(today, in.lastContactDay[c] + rule->everyDays);
        const int32_t latest = rule->withinDays > 0 ? today + rule->withinDays : due + std::max(1, rule->everyDays / 2);
        earliest = std::min(earliest, latest);
        planned.push_back({uint32_t(c), due, uint16_t(rule - rules.begin()), earliest, latest});
    }
    return planned;
}

} // namespace kehu::analytics
