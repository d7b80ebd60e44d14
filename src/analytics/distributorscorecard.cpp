#include "distributorscorecard.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace kehu::analytics {

std::vector<DistributorScore> scoreDistributors(std::span<const DistributorInput> input, const ScorecardWeights &w)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<DistributorScore> out(input.size());
    int64_t total = 0;
    int64_t best = 0;
    for (const DistributorInput &d : input) {
        total += std::max<int64_t>(d.sales, 0);
        best = std::max(best, d.sales);
    }
    for (size_t i = 0; i < input.size(); ++i) {
        const DistributorInput &d = input[i];
        DistributorScore &s = out[i];
        s.sales = d.sales;
        s.growth = d.previousSales > 0 ? double(d.sales - d.previousSales) / double(d.previousSales) : nan;
        s.share = total > 0 ? double(std::max<int64_t>(d.sales, 0)) / double(total) : 0.0;
        s.satisfaction = d.csatAverage;
        s.discipline = d.followUpsDue > 0 ? double(d.followUpsOnTime) / double(d.followUpsDue) : 1.0;
        const double salesPart = best > 0 ? double(std::max<int64_t>(d.sales, 0)) / double(best) : 0.0;
        const double growthPart = std::isnan(s.growth) ? 0.5 : std::clamp((s.growth + 1.0) / 2.0, 0.0, 1.0);
        const double satisfactionPart = std::isnan(d.csatAverage) ? 0.5
                                                                  : std::clamp((d.csatAverage - 1.0) / 4.0, 0.0, 1.0);
        s.score = w.sales * salesPart + w.growth * growthPart + w.satisfaction * satisfactionPart
                  + w.discipline * s.discipline;
    }
    std::vector<size_t> order(out.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (out[a].score != out[b].score)
            return out[a].score > out[b].score;
        return out[a].sales > out[b].sales;
    });
    for (size_t k = 0; k < order.size(); ++k)
        out[order[k]].rank = int(k) + 1;
    return out;
}

} // namespace kehu::analytics
