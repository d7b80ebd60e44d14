#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace kehu::analytics {

/// One owner's (sales person's) figures for a period. Revenue in minor units.
///  - customers: customers assigned to the owner; activeCustomers: of those, with a purchase
///    in the period; newCustomers: first purchase in the period.
///  - revenue: the owner's customers' purchases in the period.
///  - visits: visits logged in the period for the owner's customers.
///  - followUpsDue: follow-ups due in the period; followUpsDone: of those, done (any day);
///    followUpsOnTime: done on or before the due day. discipline() = onTime / due.
struct OwnerFigures
{
    int64_t customers = 0;
    int64_t activeCustomers = 0;
    int64_t newCustomers = 0;
    int64_t revenue = 0;
    int64_t visits = 0;
    int64_t followUpsDue = 0;
    int64_t followUpsDone = 0;
    int64_t followUpsOnTime = 0;

    /// Share of the period's due follow-ups done on time; 1 when none were due (nothing was
    /// missed), so an owner without follow-ups does not rank last.
    double discipline() const { return followUpsDue > 0 ? double(followUpsOnTime) / double(followUpsDue) : 1.0; }
};

/// Inputs of teamFigures(): owner indexes 0..owners-1 (negative = unassigned, skipped).
/// Per customer: owner, first purchase day (INT32_MIN when none), whether it bought in the
/// period, revenue in the period. Per visit: the owner of its customer. Per follow-up: owner,
/// due day, done day (INT32_MIN while open). Days since 1970-01-01; the period is
/// [firstDay, lastDay] inclusive.
struct TeamInput
{
    int owners = 0;
    int32_t firstDay = 0;
    int32_t lastDay = 0;
    std::span<const int32_t> customerOwner;
    std::span<const int32_t> customerFirstDay;
    std::span<const uint8_t> customerActive;
    std::span<const int64_t> customerRevenue;
    std::span<const int32_t> visitOwner;
    std::span<const int32_t> followUpOwner;
    std::span<const int32_t> followUpDue;
    std::span<const int32_t> followUpDone;
};

/// Index = owner. Every span of one entity must have the same length.
std::vector<OwnerFigures> teamFigures(const TeamInput &input);

} // namespace kehu::analytics
