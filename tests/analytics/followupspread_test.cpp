#include "followupspread.h"

#include "followupcadence.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>

using namespace kehu::analytics;

namespace {

// 1989-03-06 was a Monday: day numbers below are offsets from it.
constexpr int32_t M = 7004;

struct Case
{
    std::string name;
    SpreadOptions options;
    std::vector<OwnerDayLoad> existing;
    std::vector<SpreadRequest> requests;
    std::vector<int32_t> due; ///< offsets from M, per request
    std::vector<uint8_t> late;
};

SpreadOptions capacity(int32_t perDay, uint8_t weekdays = kMondayToFriday)
{
    return {perDay, M, weekdays};
}

} // namespace

TEST(FollowUpSpread, WeekdayOfDayNumbers)
{
    EXPECT_EQ(weekdayOf(0), 3); // 1970-01-01, a Thursday
    EXPECT_EQ(weekdayOf(M), 0);
    EXPECT_EQ(weekdayOf(M + 5), 5);
    EXPECT_EQ(weekdayOf(-1), 2);
}

TEST(FollowUpSpread, PlacesByCapacityWindowAndUrgency)
{
    const std::vector<Case> cases = {
        {"under capacity: all on the first day",
         capacity(5),
         {},
         {{0, M, M + 6, 0}, {0, M, M + 6, 0}, {0, M, M + 6, 0}},
         {0, 0, 0},
         {0, 0, 0}},
        {"over capacity: the more valuable first, two a day",
         capacity(2),
         {},
         {{0, M, M + 10, 10}, {0, M, M + 10, 50}, {0, M, M + 10, 30}, {0, M, M + 10, 20}, {0, M, M + 10, 40}},
         {2, 0, 1, 1, 0},
         {0, 0, 0, 0, 0}},
        {"weekends are not working days",
         capacity(1),
         {},
         {{0, M, M + 20, 6},
          {0, M, M + 20, 5},
          {0, M, M + 20, 4},
          {0, M, M + 20, 3},
          {0, M, M + 20, 2},
          {0, M, M + 20, 1}},
         {0, 1, 2, 3, 4, 7},
         {0, 0, 0, 0, 0, 0}},
        {"every day a working day",
         capacity(1, kEveryDay),
         {},
         {{0, M, M + 20, 6},
          {0, M, M + 20, 5},
          {0, M, M + 20, 4},
          {0, M, M + 20, 3},
          {0, M, M + 20, 2},
          {0, M, M + 20, 1}},
         {0, 1, 2, 3, 4, 5},
         {0, 0, 0, 0, 0, 0}},
        {"owners have their own capacity",
         capacity(1),
         {},
         {{0, M, M + 5, 0}, {1, M, M + 5, 0}, {0, M, M + 5, 0}, {1, M, M + 5, 0}},
         {0, 0, 1, 1},
         {0, 0, 0, 0}},
        {"the tighter deadline goes first, whatever the value",
         capacity(1),
         {},
         {{0, M, M + 10, 100}, {0, M, M, 1}},
         {1, 0},
         {0, 0}},
        {"a full window: the rest is late, on the first day with room",
         capacity(1),
         {},
         {{0, M, M + 1, 3}, {0, M, M + 1, 2}, {0, M, M + 1, 1}},
         {0, 1, 2},
         {0, 0, 1}},
        {"existing follow-ups take up capacity",
         capacity(2),
         {{0, M, 2}, {0, M + 1, 1}, {1, M, 5}},
         {{0, M, M + 4, 2}, {0, M, M + 4, 1}},
         {1, 2},
         {0, 0}},
        {"not before the cadence day", capacity(5), {}, {{0, M + 3, M + 9, 0}}, {3}, {0}},
        {"nothing before the first day", capacity(5), {}, {{0, M - 5, M + 2, 0}}, {0}, {0}},
        {"a window starting on a Saturday starts on Monday", capacity(5), {}, {{0, M + 5, M + 12, 0}}, {7}, {0}},
        {"a window on a weekend only is late", capacity(5), {}, {{0, M + 5, M + 6, 0}}, {7}, {1}},
        {"capacity below one counts as one", capacity(0), {}, {{0, M, M + 3, 0}, {0, M, M + 3, 0}}, {0, 1}, {0, 0}},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const SpreadResult result = spreadFollowUps(c.requests, c.existing, c.options);
        ASSERT_EQ(result.dueDay.size(), c.requests.size());
        size_t late = 0;
        for (size_t i = 0; i < c.requests.size(); ++i) {
            EXPECT_EQ(result.dueDay[i] - M, c.due[i]) << "request " << i;
            EXPECT_EQ(result.late[i], c.late[i]) << "request " << i;
            late += c.late[i];
        }
        EXPECT_EQ(result.lateCount, late);
    }
}

// The demo book's case: thousands of follow-ups all "due today" for a handful of owners.
// No owner gets more than the capacity on any day, nothing lands on a weekend, and every
// follow-up whose window had room is within it.
TEST(FollowUpSpread, NeverExceedsCapacityOnLargeInput)
{
    std::vector<SpreadRequest> requests;
    uint64_t seed = 7;
    const auto next = [&seed] {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return uint32_t(seed >> 33);
    };
    for (int i = 0; i < 2400; ++i) {
        const int32_t window = next() % 2 ? 7 : 30;
        requests.push_back({next() % 6, M, M + window, int64_t(next() % 100000)});
    }
    const std::vector<OwnerDayLoad> existing = {{0, M, 15}, {3, M + 2, 40}};
    const SpreadResult result = spreadFollowUps(requests, existing, capacity(20));
    std::map<std::pair<uint32_t, int32_t>, int> load;
    for (const OwnerDayLoad &e : existing)
        load[{e.owner, e.day}] += e.count;
    size_t late = 0;
    for (size_t i = 0; i < requests.size(); ++i) {
        const int32_t day = result.dueDay[i];
        EXPECT_LT(weekdayOf(day), 5);
        EXPECT_GE(day, M);
        ++load[{requests[i].owner, day}];
        late += result.late[i];
        EXPECT_EQ(result.late[i] != 0, day > requests[i].latestDay);
    }
    EXPECT_EQ(result.lateCount, late);
    for (const auto &[key, count] : load) {
        if (key.first == 3 && key.second == M + 2)
            EXPECT_EQ(count, 40); // already over: nothing added
        else
            EXPECT_LE(count, 20) << "owner " << key.first << " day " << key.second - M;
    }
    // The summary per owner agrees with the assignment.
    const auto owners = spreadByOwner(requests, result);
    ASSERT_EQ(owners.size(), 6u);
    size_t total = 0, totalLate = 0;
    for (const OwnerSpread &o : owners) {
        EXPECT_LE(o.busiestCount, 20);
        EXPECT_GE(o.firstDay, M);
        EXPECT_LE(o.firstDay, o.lastDay);
        total += o.count;
        totalLate += o.late;
    }
    EXPECT_EQ(total, requests.size());
    EXPECT_EQ(totalLate, result.lateCount);
}

TEST(FollowUpSpread, SummaryPerOwner)
{
    const std::vector<SpreadRequest> requests = {{1, M, M, 0}, {0, M, M + 9, 0}, {1, M, M, 0}, {1, M, M, 0}};
    const SpreadResult result = spreadFollowUps(requests, {}, capacity(2));
    const auto owners = spreadByOwner(requests, result);
    ASSERT_EQ(owners.size(), 2u);
    EXPECT_EQ(owners[0].owner, 0u);
    EXPECT_EQ(owners[0].count, 1u);
    EXPECT_EQ(owners[0].firstDay, M);
    EXPECT_EQ(owners[0].lastDay, M);
    EXPECT_EQ(owners[1].owner, 1u);
    EXPECT_EQ(owners[1].count, 3u);
    EXPECT_EQ(owners[1].firstDay, M);
    EXPECT_EQ(owners[1].lastDay, M + 1);
    EXPECT_EQ(owners[1].busiestCount, 2);
    EXPECT_EQ(owners[1].late, 1u);
}

// The window each cadence rule gives a follow-up, for spreading (same data as
// FollowUpCadence.PlansDueDays).
TEST(FollowUpCadence, GivesEachFollowUpTheWindowOfItsRule)
{
    const std::vector<CadenceRule> rules = {{0, 30, 0}, {1, 0, 7}, {2, 60, 10}};
    const std::vector<int16_t> segment = {0, 0, 0, 0, 1, 1, 2, -1};
    const std::vector<int32_t> last = {980, 960, 999, kNeverContacted, 999, 900, 995, 100};
    const std::vector<uint8_t> open = {0, 0, 0, 0, 0, 1, 0, 0};
    struct Expected
    {
        uint32_t customer;
        int32_t earliest;
        int32_t latest;
    };
    // c0: every 30 from 980: from 1010, half a period (15) to catch up. c1: late, from today.
    // c3: never contacted, from today. c4: within 7: today to 1007. c6: within 10 caps the
    // cadence day 1055: 1010 only.
    const std::vector<Expected> expected = {
        {0, 1010, 1025}, {1, 1000, 1015}, {3, 1000, 1015}, {4, 1000, 1007}, {6, 1010, 1010}};
    const auto planned = planFollowUps({segment, last, open}, rules, 1000, 14);
    ASSERT_EQ(planned.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(planned[i].customer, expected[i].customer) << i;
        EXPECT_EQ(planned[i].earliestDay, expected[i].earliest) << i;
        EXPECT_EQ(planned[i].latestDay, expected[i].latest) << i;
        EXPECT_LE(planned[i].earliestDay, planned[i].dueDay) << i;
        EXPECT_GE(planned[i].latestDay, planned[i].dueDay) << i;
    }
}
