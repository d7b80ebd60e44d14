#pragma once

#include "abcclassifier.h"

#include <cstdint>
#include <span>
#include <vector>

namespace kehu::analytics {

/// A group of customers with (about) the same contribution: a single customer, or one bin of
/// a revenue histogram. count customers, sum of their contributions in minor units.
struct ParetoGroup
{
    int64_t count = 0;
    int64_t sum = 0;
};

/// The ABC Pareto (Lorenz) curve: customers ranked by contribution, best first; point k says
/// that the best customerShare of the ranked customers bring revenueShare of the total.
/// Shares are fractions 0..1. The first point is (0, 0) and the last (1, 1); points are
/// increasing in both coordinates. Only customers with a positive contribution are ranked
/// (as in classifyAbc: zero and negative ones are class C and outside the curve).
/// aIndex / bIndex: the first point whose revenueShare reaches the A / B threshold (the
/// cut-off to mark on the chart); -1 when there are no points.
struct ParetoCurve
{
    std::vector<double> customerShare;
    std::vector<double> revenueShare;
    int aIndex = -1;
    int bIndex = -1;
    int64_t customers = 0; ///< ranked customers
    int64_t total = 0;     ///< their total contribution, minor units
};

/// Exact curve over individual contributions, downsampled to at most @p maxPoints points
/// (plus the two cut-off points, which are always kept exactly): every ceil(n / maxPoints)-th
/// customer. Downsampling keeps the chart at about its pixel width (FIELD-NOTES: 1M-point
/// series are slow in Qt Charts) and loses nothing visible.
ParetoCurve paretoCurve(std::span<const int64_t> contribution, const AbcThresholds &thresholds = {},
                        size_t maxPoints = 200);

/// Curve over pre-aggregated groups (e.g. revenue histogram bins), any order: groups are
/// ranked by mean contribution, best first, and one point is placed after each group. Exact
/// at the group boundaries; a chart joins them with straight lines, which underestimates the
/// true (concave) curve slightly inside a bin. Groups with a non-positive sum are left out.
ParetoCurve paretoCurveFromGroups(std::span<const ParetoGroup> groups, const AbcThresholds &thresholds = {});

/// Puts the A and B cut-offs of a binned curve where the ABC classification actually put them:
/// class A's customers and revenue (and A+B's) are exact points of the true curve when ABC ranks
/// by the same contribution, whereas a bin boundary near the threshold can be far from it (a
/// dashboard showed "A: 38% of customers" for 24%). The points are inserted in order and
/// aIndex / bIndex point at them. Counts of customers, sums in minor units; a class with no
/// customers leaves its index as it was.
void placeAbcCutoffs(ParetoCurve &curve, ParetoGroup classA, ParetoGroup classB);

} // namespace kehu::analytics
