#include "classification.h"

#include "clv.h"

#include <chrono>
#include <cmath>
#include <limits>

namespace kehu {

namespace {

class StageClock
{
public:
    StageClock(ClassificationResult &result, const std::function<void(ClassificationStage)> &progress)
        : m_result(result), m_progress(progress)
    {
        m_result.stageMilliseconds.assign(std::size_t(ClassificationStage::Done) + 1, 0.0);
    }

    void begin(ClassificationStage stage)
    {
        if (m_progress)
            m_progress(stage);
        m_stage = stage;
        m_start = std::chrono::steady_clock::now();
    }

    void end()
    {
        const auto elapsed = std::chrono::steady_clock::now() - m_start;
        m_result.stageMilliseconds[std::size_t(m_stage)] += std::chrono::duration<double, std::milli>(elapsed).count();
    }

private:
    ClassificationResult &m_result;
    const std::function<void(ClassificationStage)> &m_progress;
    ClassificationStage m_stage = ClassificationStage::Summary;
    std::chrono::steady_clock::time_point m_start;
};

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

using ModelInput = PurchaseModelInput;

/// Fits the policy's purchase model (BG/NBD or MBG/NBD) and Gamma-Gamma; false when the
/// purchase model could not be fitted (the caller then falls back to historical CLV).
/// Gamma-Gamma may fail on its own: see predict(). The predictions follow the fitted
/// params' model.
bool fitModels(ClassificationResult &r, const ClassificationPolicy &policy, ModelInput &input)
{
    input = purchaseModelInput(r.summary);
    r.bgnbd = analytics::fitPurchaseModel(policy.purchaseModel, input.columns.view(policy.modelDaysPerUnit));
    if (!r.bgnbd.ok())
        return false;
    r.gammaGamma = analytics::fitGammaGamma({input.columns.x, input.meanRepeatValue});
    return true;
}

/// P(alive), expected purchases, CLV and the forecast from the fitted models.
void predict(ClassificationResult &r, const ClassificationPolicy &policy, const ModelInput &input)
{
    const analytics::BgNbdData data = input.columns.view(policy.modelDaysPerUnit);
    const std::size_t n = r.summary.size();
    // Without a spend model (too few repeat buyers with positive spend, or q <= 1, where the
    // population mean does not exist), a customer's own average purchase stands in.
    std::vector<double> spend(n, 0.0);
    const bool spendModel = r.gammaGamma.ok() && r.gammaGamma.params.q > 1.0;
    for (std::size_t c = 0; c < n; ++c) {
        if (spendModel)
            spend[c] = analytics::gammaGammaExpectedSpend(r.gammaGamma.params, input.columns.x[c],
                                                          input.meanRepeatValue[c]);
        else if (r.summary.purchaseDays[c] > 0)
            spend[c] = double(r.summary.revenue[c]) / double(r.summary.purchaseDays[c]);
    }

    const double horizon = double(policy.expectedPurchasesHorizonDays) / policy.modelDaysPerUnit;
    analytics::BgNbdPredictions predictions = analytics::predictBgNbd(r.bgnbd.params, data, horizon);
    r.pAlive = std::move(predictions.probabilityAlive);
    r.expectedPurchases = std::move(predictions.expectedPurchases);
    const analytics::ClvOptions clvOptions{policy.clvMonths, policy.clvMonthlyDiscountRate,
                                           30.0 / policy.modelDaysPerUnit};
    const std::vector<double> clv = analytics::customerLifetimeValue(r.bgnbd.params, data, spend, clvOptions);
    r.clv.resize(n);
    for (std::size_t c = 0; c < n; ++c) {
        r.clv[c] = std::isfinite(clv[c]) ? std::llround(clv[c]) : 0;
        if (!r.summary.hasPurchase(c)) {
            r.pAlive[c] = std::numeric_limits<double>::quiet_NaN();
            r.expectedPurchases[c] = std::numeric_limits<double>::quiet_NaN();
        }
    }
    r.clvKind = ClvKind::Predictive;
    r.forecast = analytics::forecastPeriods(r.bgnbd.params, data, r.asOfDay, policy.countsPeriod,
                                            policy.forecastPeriods);
}

} // namespace

PurchaseModelInput purchaseModelInput(const analytics::PurchaseSummary &summary, double minorUnitsPerSpendUnit)
{
    PurchaseModelInput input;
    input.columns = analytics::bgNbdColumns(summary);
    const std::size_t n = summary.size();
    input.meanRepeatValue.assign(n, 0.0);
    for (std::size_t c = 0; c < n; ++c) {
        if (const int32_t x = input.columns.x[c]; x > 0) {
            input.meanRepeatValue[c] = double(summary.repeatRevenue[c]) / double(x);
            if (minorUnitsPerSpendUnit != 1.0)
                input.meanRepeatValue[c] /= minorUnitsPerSpendUnit;
        }
    }
    return input;
}

ClassificationResult classify(const analytics::PurchaseColumns &purchases, size_t customerCount, int32_t asOfDay,
                              const ClassificationPolicy &policy,
                              const std::function<void(ClassificationStage)> &progress, const std::atomic_bool *cancel)
{
    ClassificationResult r;
    r.asOfDay = asOfDay;
    StageClock clock(r, progress);

    clock.begin(ClassificationStage::Summary);
    analytics::SummaryResult summary = analytics::summarize(purchases, customerCount, asOfDay);
    clock.end();
    if (!summary.ok()) {
        r.error = QString::fromStdString(summary.message);
        return r;
    }
    r.summary = std::move(summary.summary);
    const std::size_t n = r.summary.size();
    if ((r.cancelled = cancelled(cancel)))
        return r;

    clock.begin(ClassificationStage::Rfm);
    analytics::RfmOptions rfmOptions = policy.rfm;
    rfmOptions.asOfDay = asOfDay;
    r.rfm = analytics::scoreRfm(r.summary, rfmOptions);
    r.segment = analytics::assignSegments(r.rfm.r, r.rfm.f, r.rfm.m, policy.segments);
    clock.end();
    if ((r.cancelled = cancelled(cancel)))
        return r;

    clock.begin(ClassificationStage::Abc);
    r.abc = analytics::classifyAbc(policy.abcBasis == AbcBasis::Revenue ? r.summary.revenue : r.summary.profit,
                                   policy.abc);
    r.behaviour = analytics::classifyBehaviour(r.summary, asOfDay, policy.behaviour);
    std::vector<double> revenue(n, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t c = 0; c < n; ++c) {
        if (r.summary.hasPurchase(c))
            revenue[c] = double(r.summary.revenue[c]);
    }
    r.valueTier = analytics::classifyValueTier(revenue, policy.valueTier);
    clock.end();
    if ((r.cancelled = cancelled(cancel)))
        return r;

    clock.begin(ClassificationStage::ModelFit);
    ModelInput modelInput;
    const bool modelled = fitModels(r, policy, modelInput);
    clock.end();
    if ((r.cancelled = cancelled(cancel)))
        return r;
    if (modelled) {
        clock.begin(ClassificationStage::Predictions);
        predict(r, policy, modelInput);
        clock.end();
    } else {
        // Historical value: what the customer has spent so far.
        r.clvKind = ClvKind::Historical;
        r.clv.assign(r.summary.revenue.begin(), r.summary.revenue.end());
    }
    if ((r.cancelled = cancelled(cancel)))
        return r;

    clock.begin(ClassificationStage::Churn);
    r.churn = analytics::flagChurn(r.summary, asOfDay, r.pAlive, policy.churn);
    clock.end();
    if ((r.cancelled = cancelled(cancel)))
        return r;

    clock.begin(ClassificationStage::Counts);
    r.counts = analytics::countCustomers(purchases, {policy.countsPeriod, asOfDay, policy.inactivityDays});
    clock.end();
    if (progress)
        progress(ClassificationStage::Done);
    return r;
}

QLatin1StringView abcKey(analytics::AbcClass value)
{
    switch (value) {
    case analytics::AbcClass::A: return QLatin1StringView("A");
    case analytics::AbcClass::B: return QLatin1StringView("B");
    case analytics::AbcClass::C: break;
    }
    return QLatin1StringView("C");
}

QLatin1StringView behaviourKey(analytics::PurchaseBehaviour value)
{
    switch (value) {
    case analytics::PurchaseBehaviour::HighFrequency: return QLatin1StringView("high_frequency");
    case analytics::PurchaseBehaviour::LowFrequency: return QLatin1StringView("low_frequency");
    case analytics::PurchaseBehaviour::OneTime: return QLatin1StringView("one_time");
    case analytics::PurchaseBehaviour::NoPurchases: break;
    }
    return QLatin1StringView("");
}

QLatin1StringView valueTierKey(analytics::ValueTier value)
{
    switch (value) {
    case analytics::ValueTier::High: return QLatin1StringView("high");
    case analytics::ValueTier::Mid: return QLatin1StringView("mid");
    case analytics::ValueTier::Low: return QLatin1StringView("low");
    case analytics::ValueTier::None: break;
    }
    return QLatin1StringView("");
}

QLatin1StringView churnStatusKey(analytics::ChurnStatus value)
{
    switch (value) {
    case analytics::ChurnStatus::Active: return QLatin1StringView("active");
    case analytics::ChurnStatus::AtRisk: return QLatin1StringView("at_risk");
    case analytics::ChurnStatus::Churned: return QLatin1StringView("churned");
    case analytics::ChurnStatus::NoPurchases: break;
    }
    return QLatin1StringView("");
}

QLatin1StringView churnReasonKey(analytics::ChurnReason value)
{
    switch (value) {
    case analytics::ChurnReason::PAliveBelowThreshold: return QLatin1StringView("p_alive_low");
    case analytics::ChurnReason::GapBeyondTypical: return QLatin1StringView("gap_beyond_typical");
    case analytics::ChurnReason::OneTimeBuyerInactive: return QLatin1StringView("one_time_inactive");
    case analytics::ChurnReason::None: break;
    }
    return QLatin1StringView("");
}

} // namespace kehu
