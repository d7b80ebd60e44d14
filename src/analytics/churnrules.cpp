#include "churnrules.h"

#include <cmath>

#include "purchasesummary.h"

namespace kehu::analytics {

ChurnFlags flagChurn(const PurchaseSummary &s, int32_t asOfDay, std::span<const double> pAlive, const ChurnRules &rules)
{
    const size_t n = s.size();
    ChurnFlags out;
    out.status.assign(n, ChurnStatus::Active);
    out.reason.assign(n, ChurnReason::None);
    const bool havePAlive = pAlive.size() == n;
    for (size_t c = 0; c < n; ++c) {
        if (!s.hasPurchase(c)) {
            out.status[c] = ChurnStatus::NoPurchases;
            continue;
        }
        const double p = havePAlive ? pAlive[c] : std::nan("");
        const double since = asOfDay - s.lastDay[c];
        const int32_t days = s.purchaseDays[c];
        const double gap = days >= 2 ? double(s.lastDay[c] - s.firstDay[c]) / (days - 1) : 0.0;

        auto check = [&](double pLimit, double factor, int32_t oneTimeLimit) {
            if (!std::isnan(p) && p < pLimit)
                return ChurnReason::PAliveBelowThreshold;
            if (days >= 2 && since > factor * gap)
                return ChurnReason::GapBeyondTypical;
            if (days == 1 && since > oneTimeLimit)
                return ChurnReason::OneTimeBuyerInactive;
            return ChurnReason::None;
        };
        ChurnReason r = check(rules.churnedPAlive, rules.churnedGapFactor, rules.oneTimeChurnedDays);
        if (r != ChurnReason::None) {
            out.status[c] = ChurnStatus::Churned;
            out.reason[c] = r;
            continue;
        }
        r = check(rules.atRiskPAlive, rules.atRiskGapFactor, rules.oneTimeAtRiskDays);
        if (r != ChurnReason::None) {
            out.status[c] = ChurnStatus::AtRisk;
            out.reason[c] = r;
        }
    }
    return out;
}

} // namespace kehu::analytics
