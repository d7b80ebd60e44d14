#include "paretocurve.h"

#include <algorithm>
#include <cmath>
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
            return cumulative * 10000 >= int64_t(std::llround(share * 10000.0)) * curve.total;
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
    const int64_t aLine = int64_t(std::llround(thresholds.a * 10000.0)) * curve.total;
    const int64_t bLine = int64_t(std::llround(thresholds.b * 10000.0)) * curve.total;
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

void placeAbcCutoffs(ParetoCurve &curve, ParetoGroup classA, ParetoGroup classB)
{
    if (curve.customers <= 0 || curve.total <= 0)
        return;
    auto insert = [&](int64_t customers, int64_t sum) {
        const double x = std::min(1.0, double(customers) / double(curve.customers));
        const double y = std::min(1.0, double(sum) / double(curve.total));
        const auto at = std::lower_bound(curve.customerShare.begin(), curve.customerShare.end(), x);
        const auto index = at - curve.customerShare.begin();
        // A bin edge that already is the cut-off (the class ends where a bin ends) is reused.
        if (at != curve.customerShare.end() && std::abs(*at - x) < 1e-12
            && std::abs(curve.revenueShare[std::size_t(index)] - y) < 1e-12)
            return -1 - int(index);
        curve.customerShare.insert(at, x);
        curve.revenueShare.insert(curve.revenueShare.begin() + index, y);
        return int(index);
    };
    // insert() returns the new point's index, or -1 - index of an existing equal point.
    if (classA.count > 0) {
        const int a = insert(classA.count, classA.sum);
        if (a >= 0 && curve.bIndex >= a)
            ++curve.bIndex;
        curve.aIndex = a >= 0 ? a : -1 - a;
    }
    if (classB.count > 0) {
        const int b = insert(classA.count + classB.count, classA.sum + classB.sum);
        if (b >= 0 && curve.aIndex >= b && classA.count > 0)
            ++curve.aIndex;
        curve.bIndex = b >= 0 ? b : -1 - b;
    }
}

} // namespace kehu::analytics
