#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace kehu::analytics {

struct PurchaseSummary;

/// Pareto class of a customer by contribution (revenue or profit).
enum class AbcClass : uint8_t { A, B, C };

/// Cumulative-share limits, as fractions (resolution 0.0001: they are compared in basis
/// points with exact integer arithmetic). 0 < a <= b <= 1.
struct AbcThresholds
{
    double a = 0.80;
    double b = 0.95;
};

/// ABC result, index = customer, plus the ranking used.
///  - Customers with contribution > 0 are ranked by contribution descending, ties by
///    customer index ascending (deterministic). Let P be the sum of positive
///    contributions and "before" the sum over the customers ranked ahead of this one.
///    A if before < a * P, else B if before < b * P, else C. So the customer whose
///    contribution crosses (or reaches) the 80% line is still A, and the one after a
///    customer that lands exactly on 80% is B. The top customer is always A.
///  - Customers with zero or negative contribution (no purchases, net refunds, loss-making)
///    are C and are left out of the ranking and of P: they contribute nothing to the head
///    of the Pareto curve, and a separate class would make the snapshot column tri-state
///    for no gain (the contribution itself tells them apart).
/// cumulativeShare[c] is the share of P up to and including c (0 for non-positive).
struct AbcResult
{
    std::vector<AbcClass> cls;
    std::vector<double> cumulativeShare;
    std::vector<uint32_t> ranking; ///< customers with positive contribution, best first
    int64_t positiveTotal = 0;     ///< P, minor units
};

AbcResult classifyAbc(std::span<const int64_t> contribution, const AbcThresholds &thresholds = {});

/// Purchase behaviour from purchase-day counts.
enum class PurchaseBehaviour : uint8_t { HighFrequency, LowFrequency, OneTime, NoPurchases };

/// OneTime: exactly one purchase day. Otherwise the annual rate is
///     purchaseDays * 365.25 / max(asOf - firstDay + 1, minObservedDays)
/// (purchase days per year over the customer's observed life, but over at least
/// minObservedDays so that a new customer with two purchases in a week is not "52 a year"),
/// and HighFrequency if rate >= highPerYear, else LowFrequency.
struct BehaviourRules
{
    double highPerYear = 12.0;
    int32_t minObservedDays = 365;
};

std::vector<PurchaseBehaviour> classifyBehaviour(const PurchaseSummary &summary, int32_t asOfDay,
                                                 const BehaviourRules &rules = {});

/// Value tier of a customer by a monetary value (revenue, profit or CLV).
enum class ValueTier : uint8_t { High, Mid, Low, None };

/// Percentile mode: cuts are R type-7 quantiles of the values of eligible customers:
/// High if v >= Q(1 - highShare), else Mid if v >= Q(lowShare), else Low (ties share a tier).
/// Absolute mode: High if v >= highMin, else Mid if v >= midMin, else Low (value units).
struct ValueTierRules
{
    enum class Mode { Percentile, Absolute };
    Mode mode = Mode::Percentile;
    double highShare = 0.20; ///< top 20% are High
    double lowShare = 0.50;  ///< bottom 50% are Low
    double highMin = 0.0;
    double midMin = 0.0;
};

/// @p value per customer; NaN marks customers without data (tier None, not in quantiles).
std::vector<ValueTier> classifyValueTier(std::span<const double> value, const ValueTierRules &rules = {});

} // namespace kehu::analytics
