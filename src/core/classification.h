#pragma once

#include "abcclassifier.h"
#include "bgnbdmodel.h"
#include "churnrules.h"
#include "classificationpolicy.h"
#include "customercounts.h"
#include "forecast.h"
#include "gammagammamodel.h"
#include "purchasesummary.h"
#include "rfmscorer.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace kehu {

/// How the CLV column was computed: from the fitted models, or, when the data could not
/// support a fit, as historical value (revenue to date).
enum class ClvKind { Predictive, Historical };

/// Steps of a run, for progress reporting and timings.
enum class ClassificationStage { Summary, Rfm, Abc, ModelFit, Predictions, Churn, Counts, Done };

/// Everything a classification run computes, columnar (index = dense customer index, as in
/// the PurchaseColumns it ran on). Money in minor units, times in days unless named.
struct ClassificationResult
{
    int32_t asOfDay = 0;
    analytics::PurchaseSummary summary;
    analytics::RfmScores rfm;
    std::vector<int16_t> segment; ///< index into the policy's segment rules, or kOtherSegment
    analytics::AbcResult abc;
    std::vector<analytics::PurchaseBehaviour> behaviour;
    std::vector<analytics::ValueTier> valueTier;
    analytics::BgNbdFit bgnbd; ///< the policy's purchase model (BG/NBD or MBG/NBD: params.model)
    analytics::GammaGammaFit gammaGamma;
    ClvKind clvKind = ClvKind::Historical;
    /// Empty when the model could not be fitted.
    std::vector<double> pAlive;
    std::vector<double> expectedPurchases;
    std::vector<int64_t> clv;
    analytics::ChurnFlags churn;
    analytics::CustomerCounts counts;
    analytics::PeriodForecast forecast;
    /// Milliseconds per stage (index = ClassificationStage), for benchmarks.
    std::vector<double> stageMilliseconds;
    bool cancelled = false;
    QString error; ///< set when the input was unusable (e.g. unsorted)
};

/// What the purchase model (BG/NBD, MBG/NBD) and Gamma-Gamma are fitted on: x, t_x, T per
/// customer and the mean value of the repeat purchases, in minor units divided by
/// @p minorUnitsPerSpendUnit (1: minor units, as classify() fits; 100: yuan or dollars, as
/// the published fits and `kehu-cli model fit` state Gamma-Gamma's gamma).
struct PurchaseModelInput
{
    analytics::BgNbdColumns columns;
    std::vector<double> meanRepeatValue;
};
PurchaseModelInput purchaseModelInput(const analytics::PurchaseSummary &summary, double minorUnitsPerSpendUnit = 1.0);

/// Runs every classification of a policy over purchase columns (sorted by customer, day):
/// summary at the as-of day, RFM scores and segments, ABC, behaviour and value tiers, the
/// purchase model (the policy's BG/NBD or MBG/NBD) and Gamma-Gamma fits (falling back to
/// historical CLV when the data cannot support them), P(alive), expected purchases, CLV,
/// churn flags, customer counts and a forecast.
/// Pure: no database, no Qt beyond QString. `progress` is called at each stage; `cancel`
/// is checked between stages.
ClassificationResult classify(const analytics::PurchaseColumns &purchases, size_t customerCount, int32_t asOfDay,
                              const ClassificationPolicy &policy,
                              const std::function<void(ClassificationStage)> &progress = {},
                              const std::atomic_bool *cancel = nullptr);

/// Stable ASCII keys of the labels a snapshot stores (translated in the GUI).
QLatin1StringView abcKey(analytics::AbcClass value);
QLatin1StringView behaviourKey(analytics::PurchaseBehaviour value);
QLatin1StringView valueTierKey(analytics::ValueTier value);
QLatin1StringView churnStatusKey(analytics::ChurnStatus value);
QLatin1StringView churnReasonKey(analytics::ChurnReason value);

} // namespace kehu
