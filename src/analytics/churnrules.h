#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace kehu::analytics {

struct PurchaseSummary;

/// Churn status of one customer at the as-of day. NoPurchases: nothing to judge.
enum class ChurnStatus : uint8_t { Active, AtRisk, Churned, NoPurchases };

/// The rule that set the status (None for Active and NoPurchases).
enum class ChurnReason : uint8_t {
    None,
    PAliveBelowThreshold, ///< model P(alive) below the at-risk / churned threshold
    GapBeyondTypical,     ///< days since last purchase > k x the customer's own mean gap
    OneTimeBuyerInactive, ///< single purchase day, and more than a fixed number of days ago
};

/// Editable thresholds (defaults documented per field). Rules are checked strongest first:
/// every rule is tried for Churned in the order P(alive), gap, one-time; then every rule for
/// AtRisk in the same order; the first that fires gives status and reason.
///  - P(alive) rules apply only when a P(alive) column is supplied and the value is not NaN.
///  - The gap rule applies to customers with >= 2 purchase days; their mean gap is
///    (last - first) / (purchaseDays - 1) days. Strictly greater than k x gap fires.
///  - The one-time rule applies to customers with exactly 1 purchase day; strictly more
///    than the limit (days since that day) fires.
struct ChurnRules
{
    double atRiskPAlive = 0.5;  ///< P(alive) < 0.5 -> at risk
    double churnedPAlive = 0.2; ///< P(alive) < 0.2 -> churned
    double atRiskGapFactor = 2.0;
    double churnedGapFactor = 3.0;
    int32_t oneTimeAtRiskDays = 180;
    int32_t oneTimeChurnedDays = 365;
};

/// Per-customer flags, index = customer.
struct ChurnFlags
{
    std::vector<ChurnStatus> status;
    std::vector<ChurnReason> reason;
};

/// Flags every customer of @p summary at @p asOfDay. @p pAlive may be empty (model not
/// fitted: only the gap and one-time rules apply) or one value per customer.
ChurnFlags flagChurn(const PurchaseSummary &summary, int32_t asOfDay, std::span<const double> pAlive,
                     const ChurnRules &rules = {});

} // namespace kehu::analytics
