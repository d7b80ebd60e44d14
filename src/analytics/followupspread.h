#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace kehu::analytics {

/// Weekday bits for SpreadOptions::workingWeekdays: bit 0 = Monday ... bit 6 = Sunday.
inline constexpr uint8_t kMondayToFriday = 0b0011111;
inline constexpr uint8_t kEveryDay = 0b1111111;

/// One follow-up to place. Days are day numbers (days since 1970-01-01).
struct SpreadRequest
{
    uint32_t owner = 0;      ///< owner index (0 .. owners - 1)
    int32_t earliestDay = 0; ///< not due before this day (the cadence day, or today)
    int32_t latestDay = 0;   ///< due by this day when capacity allows (inclusive)
    int64_t value = 0;       ///< among equally urgent follow-ups the higher value goes first (e.g. CLV)
};

/// Follow-ups an owner already has due on a day: they take up capacity.
struct OwnerDayLoad
{
    uint32_t owner = 0;
    int32_t day = 0;
    int32_t count = 0;
};

struct SpreadOptions
{
    int32_t capacityPerDay = 20;               ///< follow-ups per owner per working day (at least 1)
    int32_t firstDay = 0;                      ///< nothing is due before this day (today)
    uint8_t workingWeekdays = kMondayToFriday; ///< none set: every day is a working day
};

struct SpreadResult
{
    std::vector<int32_t> dueDay; ///< per request, in input order
    std::vector<uint8_t> late;   ///< 1 when no day of the request's window had room left
    size_t lateCount = 0;
};

/// Gives every request a due day so that no owner has more than capacityPerDay follow-ups
/// (existing ones included) on any day, and nothing falls on a day that is not a working
/// day. The most urgent requests (earliest latestDay) are placed first, the more valuable
/// first among equally urgent ones, each on the first working day from max(earliestDay,
/// firstDay) with room. A request whose window is full goes to the first day with room
/// after it and counts as late. Existing loads may exceed capacity; they only block days.
/// Runs in about O(n log n): each owner's days with room are found through a union-find
/// over "next day with room".
SpreadResult spreadFollowUps(std::span<const SpreadRequest> requests, std::span<const OwnerDayLoad> existing,
                             const SpreadOptions &options);

/// Weekday of a day number: 0 = Monday ... 6 = Sunday.
int weekdayOf(int32_t day);

/// What a spread plan means for one owner.
struct OwnerSpread
{
    uint32_t owner = 0;
    size_t count = 0;         ///< follow-ups planned for the owner
    int32_t firstDay = 0;     ///< earliest due day among them
    int32_t lastDay = 0;      ///< latest due day among them
    int32_t busiestCount = 0; ///< most planned on one day
    size_t late = 0;          ///< how many are due after their window
};

/// One entry per owner that has at least one request, by owner index.
std::vector<OwnerSpread> spreadByOwner(std::span<const SpreadRequest> requests, const SpreadResult &result);

} // namespace kehu::analytics
