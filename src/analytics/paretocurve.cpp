#include "analytics/paretocurve.h"

#include <algorithm>
#include <functional>

namespace kehu::analytics {

namespace {

/// Adds (customers, cumulative) as a point and records the cut-off indices.
struct CurveBuilder
{
    ParetoCurve &curve;
    const AbcThresholds &thresholds;

    void add(int64_t customers, int64_t cumulative)
    {
        const double x = curve.customers > 0 ? double(customers) / double(curve.customers) : 0.0;
        const double y = curve.total > 0 ? double(cumulative) / double(curve.total) : 0.0;
        if (!curve.customerShare.empty() && curve.customerShare.back() == x)
            return;
        curve.customerShare.push_back(x);
        curve.revenueShare.push_back(y);
        const int index = int(curve.customerShare.size()) - 1;
        // Integer comparison in basis points, as classifyAbc does, so that the marked
        // cut-off agrees with the stored classes.
        const auto reaches = [&](double share) {
            return cumulative * 10000 >= int64_t(share * 10000.0 + 0.5) * curve.total;
        };
        if (curve.aIndex < 0 && cumulative > 0 && reaches(thresholds.a))
            curve.aIndex = index;
        if (curve.bIndex < 0 && cumulative > 0 && reaches(thresholds.b))
            curve.bIndex = index;
    }
};

} // namespace

ParetoCurve paretoCurve(std::span<const int64_t> contribution, const AbcThresholds &thresholds, size_t maxPoints)
{
    std::vector<int64_t> positive;
    positive.reserve(contribution.size());
    for (int64_t v : contribution) {
        if (v > 0)
            positive.push_back(v);
    }
    std::sort(positive.begin(), positive.end(), std::greater<>());
    ParetoCurve curve;
    curve.customers = int64_t(positive.size());
    for (int64_t v : positive)
        curve.total += v;
    CurveBuilder builder{curve, thresholds};
    builder.add(0, 0);
    if (positive.empty())
        return curve;
    const size_t n = positive.size();
    const size_t step = std::max<size_t>(1, (n + std::max<size_t>(maxPoints, 1) - 1) / std::max<size_t>(maxPoints, 1));
    const int64_t aLine = int64_t(thresholds.a * 10000.0 + 0.5) * curve.total;
    const int64_t bLine = int64_t(thresholds.b * 10000.0 + 0.5) * curve.total;
    int64_t cumulative = 0;
    for (size_t i = 0; i < n; ++i) {
        const int64_t before = cumulative;
        cumulative += positive[i];
        // The customer that crosses a threshold is a point of its own, whatever the step.
        const bool crossesA = before * 10000 < aLine && cumulative * 10000 >= aLine;
        const bool crossesB = before * 10000 < bLine && cumulative * 10000 >= bLine;
        if ((i + 1) % step == 0 || i + 1 == n || crossesA || crossesB)
            builder.add(int64_t(i + 1), cumulative);
    }
    return curve;
}

ParetoCurve paretoCurveFromGroups(std::span<const ParetoGroup> groups, const AbcThresholds &thresholds)
{
    std::vector<ParetoGroup> kept;
    for (const ParetoGroup &g : groups) {
        if (g.sum > 0 && g.count > 0)
            kept.push_back(g);
    }
    // Best mean first: sum_a / count_a > sum_b / count_b, cross-multiplied in long double
    // (int64 products could overflow for big sums and counts).
    std::sort(kept.begin(), kept.end(), [](const ParetoGroup &a, const ParetoGroup &b) {
        return static_cast<long double>(a.sum) * static_cast<long double>(b.count)
               > static_cast<long double>(b.sum) * static_cast<long double>(a.count);
    });
    ParetoCurve curve;
    for (const ParetoGroup &g : kept) {
        curve.customers += g.count;
        curve.total += g.sum;
    }
    CurveBuilder builder{curve, thresholds};
    builder.add(0, 0);
    int64_t customers = 0;
    int64_t cumulative = 0;
    for (const ParetoGroup &g : kept) {
        customers += g.count;
        cumulative += g.sum;
        builder.add(customers, cumulative);
    }
    return curve;
}

} // namespace kehu::analytics
