#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace kehu::analytics {

struct PurchaseSummary;

/// What "frequency" counts: rows (orders, what the R rfm package uses) or distinct days.
enum class FrequencyMeasure { Orders, PurchaseDays };

/// What "monetary" measures: total revenue, or revenue per purchase (divided by the
/// selected frequency measure: per order or per purchase day). Minor units.
enum class MonetaryMeasure { Total, AveragePerPurchase };

/// How one RFM dimension is cut into scores.
///  - cutPoints empty: `bins` quantile bins (default 5), exactly as R's rfm 0.3.0 does it:
///    breaks = type-7 quantiles at probs 1/bins .. (bins-1)/bins, each plus breakOffset;
///    bins are half-open [lower, upper): a value v gets 1 + #{breaks <= v}. So ties always
///    share a score, and a value equal to quantile + offset goes to the higher bin.
///  - cutPoints non-empty (ascending): used as the breaks as given (no offset), giving
///    cutPoints.size() + 1 scores.
/// breakOffset is in the unit of the dimension: 1 day, 1 purchase, and for money one major
/// currency unit in minor units (100 for cents), because rfm adds 1 to each quantile in the
/// unit of its input (whole dollars in its sample).
struct RfmBinSpec
{
    int bins = 5;
    std::vector<double> cutPoints;
    double breakOffset = 1.0;
};

/// Options of scoreRfm(). Recency is measured at asOfDay (days since 1970-01-01), which
/// should be the summary's endDay.
struct RfmOptions
{
    int32_t asOfDay = 0;
    FrequencyMeasure frequencyMeasure = FrequencyMeasure::Orders;
    MonetaryMeasure monetaryMeasure = MonetaryMeasure::Total;
    RfmBinSpec recency;
    RfmBinSpec frequency;
    RfmBinSpec monetary{5, {}, 100.0};
};

/// Per-customer RFM values and scores (index = customer). Scores run 1..bins; a higher
/// score is better in every dimension, so recency is reversed (most recent = highest).
/// Customers without purchases get score 0 everywhere and are left out of the quantiles.
/// Units: recencyDays in days at asOfDay; frequency a count; monetary minor units.
struct RfmScores
{
    std::vector<int32_t> recencyDays;
    std::vector<double> frequency;
    std::vector<double> monetary;
    std::vector<uint8_t> r;
    std::vector<uint8_t> f;
    std::vector<uint8_t> m;
    /// The breaks actually used per dimension (ascending), for display and for snapshots.
    std::vector<double> recencyBreaks;
    std::vector<double> frequencyBreaks;
    std::vector<double> monetaryBreaks;

    /// R's rfm_score: 100 R + 10 F + M (e.g. 543), 0 for customers without purchases.
    int rfmScore(size_t c) const { return r[c] * 100 + f[c] * 10 + m[c]; }
};

/// Breaks for @p spec over @p values (see RfmBinSpec).
std::vector<double> rfmBreaks(std::span<const double> values, const RfmBinSpec &spec);

/// Score of one value for ascending @p breaks: 1 + #{b in breaks : b <= v}, reversed to
/// breaks.size() + 2 - that when @p reversed (recency).
uint8_t rfmScoreOf(double value, std::span<const double> breaks, bool reversed);

/// Scores every customer of @p summary.
RfmScores scoreRfm(const PurchaseSummary &summary, const RfmOptions &options);

} // namespace kehu::analytics
