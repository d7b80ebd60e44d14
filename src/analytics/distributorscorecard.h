#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace kehu::analytics {

/// One distributor's raw figures for a period and the one before it. Money in minor units.
/// csatAverage is the mean CSAT (1..5) of the period, NaN when no answer; followUpsDue and
/// followUpsOnTime as in OwnerFigures.
struct DistributorInput
{
    int64_t sales = 0;
    int64_t previousSales = 0;
    double csatAverage = 0.0;
    int64_t followUpsDue = 0;
    int64_t followUpsOnTime = 0;
};

/// Weights of the composite score (they need not sum to 1; the score is their weighted sum
/// of parts each in 0..1).
struct ScorecardWeights
{
    double sales = 0.4;        ///< sales / best distributor's sales
    double growth = 0.2;       ///< growth mapped from [-100%, +100%] to [0, 1], clamped
    double satisfaction = 0.2; ///< (CSAT - 1) / 4; 0.5 when unknown (neither reward nor penalty)
    double discipline = 0.2;   ///< follow-ups done on time / due; 1 when none were due
};

/// Scorecard line. growth = (sales - previous) / previous, NaN when previous <= 0 (new
/// distributor: growth is then scored as neutral, 0.5). share = sales / sum of all
/// distributors' positive sales (0 when that is 0). rank is 1-based by score, ties by sales
/// then by input order.
struct DistributorScore
{
    int64_t sales = 0;
    double growth = 0.0;
    double share = 0.0;
    double satisfaction = 0.0;
    double discipline = 1.0;
    double score = 0.0;
    int rank = 0;
};

/// Index = input index.
std::vector<DistributorScore> scoreDistributors(std::span<const DistributorInput> input,
                                                const ScorecardWeights &weights = {});

} // namespace kehu::analytics
