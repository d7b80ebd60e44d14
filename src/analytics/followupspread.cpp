#include "followupspread.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace kehu::analytics {

int weekdayOf(int32_t day)
{
    // 1970-01-01 was a Thursday (3 with Monday = 0).
    return int(((int64_t(day) + 3) % 7 + 7) % 7);
}

namespace {

/// One owner's days from firstDay on: the load of each and, for the union-find, a link
/// towards the next day that may have room (a day links to itself while it has room).
class OwnerCalendar
{
public:
    OwnerCalendar(int32_t firstDay, int32_t capacity, uint8_t workingWeekdays)
        : m_firstDay(firstDay), m_capacity(capacity), m_working(workingWeekdays)
    {}

    void add(int32_t day, int32_t count)
    {
        const size_t i = index(day);
        grow(i);
        m_load[i] += count;
        if (m_load[i] >= m_capacity)
            m_next[i] = int32_t(i + 1);
    }

    /// The first day from @p day on with room.
    int32_t firstFree(int32_t day)
    {
        size_t i = index(day);
        size_t root = i;
        for (;;) {
            grow(root);
            if (size_t(m_next[root]) == root)
                break;
            root = size_t(m_next[root]);
        }
        while (i != root) { // path compression
            const size_t next = size_t(m_next[i]);
            m_next[i] = int32_t(root);
            i = next;
        }
        return m_firstDay + int32_t(root);
    }

private:
    size_t index(int32_t day) const { return size_t(std::max(day, m_firstDay) - m_firstDay); }

    void grow(size_t i)
    {
        while (m_load.size() <= i) {
            const size_t k = m_load.size();
            const bool working = (m_working >> weekdayOf(m_firstDay + int32_t(k))) & 1u;
            m_load.push_back(0);
            m_next.push_back(int32_t(working ? k : k + 1));
        }
    }

    int32_t m_firstDay;
    int32_t m_capacity;
    uint8_t m_working;
    std::vector<int32_t> m_load;
    std::vector<int32_t> m_next;
};

} // namespace

SpreadResult spreadFollowUps(std::span<const SpreadRequest> requests, std::span<const OwnerDayLoad> existing,
                             const SpreadOptions &options)
{
    const int32_t capacity = std::max<int32_t>(1, options.capacityPerDay);
    const uint8_t working = (options.workingWeekdays & kEveryDay) ? options.workingWeekdays : kEveryDay;
    std::map<uint32_t, OwnerCalendar> calendars;
    const auto calendar = [&](uint32_t owner) -> OwnerCalendar & {
        return calendars.try_emplace(owner, options.firstDay, capacity, working).first->second;
    };
    for (const OwnerDayLoad &load : existing) {
        if (load.day >= options.firstDay && load.count > 0)
            calendar(load.owner).add(load.day, load.count);
    }

    std::vector<uint32_t> order(requests.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        const SpreadRequest &x = requests[a];
        const SpreadRequest &y = requests[b];
        if (x.latestDay != y.latestDay)
            return x.latestDay < y.latestDay;
        if (x.value != y.value)
            return x.value > y.value;
        return x.earliestDay < y.earliestDay;
    });

    SpreadResult result;
    result.dueDay.assign(requests.size(), 0);
    result.late.assign(requests.size(), 0);
    for (const uint32_t i : order) {
        const SpreadRequest &r = requests[i];
        OwnerCalendar &days = calendar(r.owner);
        const int32_t day = days.firstFree(std::max(r.earliestDay, options.firstDay));
        days.add(day, 1);
        result.dueDay[i] = day;
        if (day > std::max(r.latestDay, r.earliestDay)) {
            result.late[i] = 1;
            ++result.lateCount;
        }
    }
    return result;
}

std::vector<OwnerSpread> spreadByOwner(std::span<const SpreadRequest> requests, const SpreadResult &result)
{
    std::map<uint32_t, std::map<int32_t, int32_t>> perDay;
    std::map<uint32_t, size_t> late;
    for (size_t i = 0; i < requests.size() && i < result.dueDay.size(); ++i) {
        ++perDay[requests[i].owner][result.dueDay[i]];
        if (i < result.late.size() && result.late[i])
            ++late[requests[i].owner];
    }
    std::vector<OwnerSpread> owners;
    owners.reserve(perDay.size());
    for (const auto &[owner, days] : perDay) {
        OwnerSpread s;
        s.owner = owner;
        s.firstDay = days.begin()->first;
        s.lastDay = days.rbegin()->first;
        for (const auto &[day, count] : days) {
            s.count += size_t(count);
            s.busiestCount = std::max(s.busiestCount, count);
        }
        s.late = late[owner];
        owners.push_back(s);
    }
    return owners;
}

} // namespace kehu::analytics
