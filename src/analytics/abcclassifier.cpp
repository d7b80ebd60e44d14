#include "abcclassifier.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "purchasesummary.h"
#include "quantile.h"

namespace kehu::analytics {

namespace {

// before < bp/10000 * total, exactly. The int64 product is safe up to ~9.2e14 minor units
// (9 trillion in major units); beyond that long double is still exact to 64 bits.
bool belowShare(int64_t before, int64_t basisPoints, int64_t total)
{
    constexpr int64_t kSafe = INT64_MAX / 10000;
    if (before <= kSafe && total <= kSafe)
        return before * 10000 < basisPoints * total;
    return static_cast<long double>(before) * 10000 < static_cast<long double>(basisPoints) * total;
}

} // namespace

AbcResult classifyAbc(std::span<const int64_t> contribution, const AbcThresholds &thresholds)
{
    const size_t n = contribution.size();
    AbcResult out;
    out.cls.assign(n, AbcClass::C);
    out.cumulativeShare.assign(n, 0.0);
    for (size_t c = 0; c < n; ++c) {
        if (contribution[c] > 0) {
            out.ranking.push_back(static_cast<uint32_t>(c));
            out.positiveTotal += contribution[c];
        }
    }
    std::sort(out.ranking.begin(), out.ranking.end(), [&](uint32_t l, uint32_t r) {
        return contribution[l] != contribution[r] ? contribution[l] > contribution[r] : l < r;
    });
    const auto aBp = static_cast<int64_t>(std::llround(thresholds.a * 10000));
    const auto bBp = static_cast<int64_t>(std::llround(thresholds.b * 10000));
    int64_t before = 0;
    for (uint32_t c : out.ranking) {
        if (belowShare(before, aBp, out.positiveTotal))
            out.cls[c] = AbcClass::A;
        else if (belowShare(before, bBp, out.positiveTotal))
            out.cls[c] = AbcClass::B;
        before += contribution[c];
        out.cumulativeShare[c] = static_cast<double>(before) / static_cast<double>(out.positiveTotal);
    }
    return out;
}

std::vector<PurchaseBehaviour> classifyBehaviour(const PurchaseSummary &s, int32_t asOfDay, const BehaviourRules &rules)
{
    std::vector<PurchaseBehaviour> out(s.size(), PurchaseBehaviour::NoPurchases);
    for (size_t c = 0; c < s.size(); ++c) {
        if (!s.hasPurchase(c))
            continue;
        if (s.purchaseDays[c] == 1) {
            out[c] = PurchaseBehaviour::OneTime;
            continue;
        }
        const int32_t observed = std::max(asOfDay - s.firstDay[c] + 1, rules.minObservedDays);
        const double rate = s.purchaseDays[c] * 365.25 / observed;
        out[c] = rate >= rules.highPerYear ? PurchaseBehaviour::HighFrequency : PurchaseBehaviour::LowFrequency;
    }
    return out;
}

std::vector<ValueTier> classifyValueTier(std::span<const double> value, const ValueTierRules &rules)
{
    std::vector<ValueTier> out(value.size(), ValueTier::None);
    double highCut = rules.highMin;
    double midCut = rules.midMin;
    if (rules.mode == ValueTierRules::Mode::Percentile) {
        std::vector<double> v;
        for (double x : value)
            if (!std::isnan(x))
                v.push_back(x);
        if (v.empty())
            return out;
        std::sort(v.begin(), v.end());
        highCut = quantileType7Sorted(v, 1.0 - rules.highShare);
        midCut = quantileType7Sorted(v, rules.lowShare);
    }
    for (size_t c = 0; c < value.size(); ++c) {
        const double x = value[c];
        if (std::isnan(x))
            continue;
        out[c] = x >= highCut ? ValueTier::High : x >= midCut ? ValueTier::Mid : ValueTier::Low;
    }
    return out;
}

} // namespace kehu::analytics
