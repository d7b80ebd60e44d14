#include "satisfaction.h"

#include <algorithm>

namespace kehu::analytics {

void SatisfactionTotals::add(int nps, int csat)
{
    if (nps >= 9 && nps <= 10)
        ++promoters;
    else if (nps >= 7 && nps <= 8)
        ++passives;
    else if (nps >= 0 && nps <= 6)
        ++detractors;
    if (csat >= 1 && csat <= 5) {
        csatSum += csat;
        ++csatAnswers;
        csatSatisfied += csat >= 4 ? 1 : 0;
    }
}

void SatisfactionTotals::add(const SatisfactionTotals &o)
{
    promoters += o.promoters;
    passives += o.passives;
    detractors += o.detractors;
    csatSum += o.csatSum;
    csatAnswers += o.csatAnswers;
    csatSatisfied += o.csatSatisfied;
}

SatisfactionTotals satisfactionTotals(std::span<const int8_t> nps, std::span<const int8_t> csat)
{
    SatisfactionTotals t;
    const size_t n = std::min(nps.size(), csat.size());
    for (size_t i = 0; i < n; ++i)
        t.add(nps[i], csat[i]);
    return t;
}

SatisfactionSeries satisfactionByPeriod(std::span<const int32_t> day, std::span<const int8_t> nps,
                                        std::span<const int8_t> csat, CalendarPeriod period)
{
    SatisfactionSeries s;
    s.period = period;
    const size_t n = std::min({day.size(), nps.size(), csat.size()});
    if (n == 0)
        return s;
    int32_t lo = periodIndex(day[0], period);
    int32_t hi = lo;
    for (size_t i = 1; i < n; ++i) {
        const int32_t p = periodIndex(day[i], period);
        lo = std::min(lo, p);
        hi = std::max(hi, p);
    }
    s.firstPeriod = lo;
    s.totals.resize(size_t(hi - lo) + 1);
    for (int32_t p = lo; p <= hi; ++p)
        s.periodStartDay.push_back(periodStartDay(p, period));
    for (size_t i = 0; i < n; ++i)
        s.totals[size_t(periodIndex(day[i], period) - lo)].add(nps[i], csat[i]);
    return s;
}

} // namespace kehu::analytics
