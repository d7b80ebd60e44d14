#include "classificationpolicy.h"

#include <QJsonArray>

#include "enumkeys.h"

namespace kehu {

namespace {

QJsonObject binsToJson(const analytics::RfmBinSpec &spec)
{
    QJsonArray cuts;
    for (double cut : spec.cutPoints)
        cuts.append(cut);
    return {{QStringLiteral("bins"), spec.bins},
            {QStringLiteral("cut_points"), cuts},
            {QStringLiteral("break_offset"), spec.breakOffset}};
}

analytics::RfmBinSpec binsFromJson(const QJsonValue &value, analytics::RfmBinSpec spec)
{
    const QJsonObject o = value.toObject();
    spec.bins = o.value(QStringLiteral("bins")).toInt(spec.bins);
    spec.breakOffset = o.value(QStringLiteral("break_offset")).toDouble(spec.breakOffset);
    if (o.contains(QStringLiteral("cut_points"))) {
        spec.cutPoints.clear();
        for (const QJsonValue cut : o.value(QStringLiteral("cut_points")).toArray())
            spec.cutPoints.push_back(cut.toDouble());
    }
    return spec;
}

/// A segment rule: its key and [min, max] score ranges "r", "f", "m" (1 and 5 when missing).
analytics::SegmentRule segmentRuleFromJson(const QJsonObject &o)
{
    analytics::SegmentRule rule;
    rule.key = o.value(QStringLiteral("key")).toString().toStdString();
    const QJsonArray r = o.value(QStringLiteral("r")).toArray();
    const QJsonArray f = o.value(QStringLiteral("f")).toArray();
    const QJsonArray m = o.value(QStringLiteral("m")).toArray();
    rule.rMin = r.at(0).toInt(1);
    rule.rMax = r.at(1).toInt(5);
    rule.fMin = f.at(0).toInt(1);
    rule.fMax = f.at(1).toInt(5);
    rule.mMin = m.at(0).toInt(1);
    rule.mMax = m.at(1).toInt(5);
    return rule;
}

} // namespace

QJsonObject ClassificationPolicy::toJson() const
{
    QJsonArray segmentRules;
    for (const analytics::SegmentRule &rule : segments) {
        segmentRules.append(QJsonObject{{QStringLiteral("key"), QString::fromStdString(rule.key)},
                                        {QStringLiteral("r"), QJsonArray{rule.rMin, rule.rMax}},
                                        {QStringLiteral("f"), QJsonArray{rule.fMin, rule.fMax}},
                                        {QStringLiteral("m"), QJsonArray{rule.mMin, rule.mMax}}});
    }
    return {
        {QStringLiteral("rfm"),
         QJsonObject{{QStringLiteral("frequency"), rfm.frequencyMeasure == analytics::FrequencyMeasure::Orders
                                                       ? QStringLiteral("orders")
                                                       : QStringLiteral("purchase_days")},
                     {QStringLiteral("monetary"), rfm.monetaryMeasure == analytics::MonetaryMeasure::Total
                                                      ? QStringLiteral("total")
                                                      : QStringLiteral("average")},
                     {QStringLiteral("recency_bins"), binsToJson(rfm.recency)},
                     {QStringLiteral("frequency_bins"), binsToJson(rfm.frequency)},
                     {QStringLiteral("monetary_bins"), binsToJson(rfm.monetary)}}},
        {QStringLiteral("segments"), segmentRules},
        {QStringLiteral("abc"),
         QJsonObject{{QStringLiteral("basis"),
                      abcBasis == AbcBasis::Revenue ? QStringLiteral("revenue") : QStringLiteral("profit")},
                     {QStringLiteral("a"), abc.a},
                     {QStringLiteral("b"), abc.b}}},
        {QStringLiteral("behaviour"), QJsonObject{{QStringLiteral("high_per_year"), behaviour.highPerYear},
                                                  {QStringLiteral("min_observed_days"), behaviour.minObservedDays}}},
        {QStringLiteral("value_tier"),
         QJsonObject{{QStringLiteral("mode"), valueTier.mode == analytics::ValueTierRules::Mode::Percentile
                                                  ? QStringLiteral("percentile")
                                                  : QStringLiteral("absolute")},
                     {QStringLiteral("high_share"), valueTier.highShare},
                     {QStringLiteral("low_share"), valueTier.lowShare},
                     {QStringLiteral("high_min"), valueTier.highMin},
                     {QStringLiteral("mid_min"), valueTier.midMin}}},
        {QStringLiteral("churn"), QJsonObject{{QStringLiteral("at_risk_p_alive"), churn.atRiskPAlive},
                                              {QStringLiteral("churned_p_alive"), churn.churnedPAlive},
                                              {QStringLiteral("at_risk_gap_factor"), churn.atRiskGapFactor},
                                              {QStringLiteral("churned_gap_factor"), churn.churnedGapFactor},
                                              {QStringLiteral("one_time_at_risk_days"), churn.oneTimeAtRiskDays},
                                              {QStringLiteral("one_time_churned_days"), churn.oneTimeChurnedDays}}},
        {QStringLiteral("model"),
         QJsonObject{{QStringLiteral("purchase_model"), toKey(purchaseModel)},
                     {QStringLiteral("days_per_unit"), modelDaysPerUnit},
                     {QStringLiteral("clv_months"), clvMonths},
                     {QStringLiteral("clv_monthly_discount_rate"), clvMonthlyDiscountRate},
                     {QStringLiteral("expected_purchases_horizon_days"), expectedPurchasesHorizonDays}}},
        {QStringLiteral("counts"),
         QJsonObject{{QStringLiteral("period"), countsPeriod == analytics::CalendarPeriod::Month
                                                    ? QStringLiteral("month")
                                                    : QStringLiteral("quarter")},
                     {QStringLiteral("inactivity_days"), inactivityDays},
                     {QStringLiteral("forecast_periods"), forecastPeriods}}},
    };
}

ClassificationPolicy ClassificationPolicy::fromJson(const QJsonObject &json)
{
    ClassificationPolicy p;
    const QJsonObject rfm = json.value(QStringLiteral("rfm")).toObject();
    if (rfm.contains(QStringLiteral("frequency")))
        p.rfm.frequencyMeasure = rfm.value(QStringLiteral("frequency")).toString() == u"purchase_days"
                                     ? analytics::FrequencyMeasure::PurchaseDays
                                     : analytics::FrequencyMeasure::Orders;
    if (rfm.contains(QStringLiteral("monetary")))
        p.rfm.monetaryMeasure = rfm.value(QStringLiteral("monetary")).toString() == u"average"
                                    ? analytics::MonetaryMeasure::AveragePerPurchase
                                    : analytics::MonetaryMeasure::Total;
    p.rfm.recency = binsFromJson(rfm.value(QStringLiteral("recency_bins")), p.rfm.recency);
    p.rfm.frequency = binsFromJson(rfm.value(QStringLiteral("frequency_bins")), p.rfm.frequency);
    p.rfm.monetary = binsFromJson(rfm.value(QStringLiteral("monetary_bins")), p.rfm.monetary);

    if (json.contains(QStringLiteral("segments"))) {
        p.segments.clear();
        for (const QJsonValue value : json.value(QStringLiteral("segments")).toArray())
            p.segments.push_back(segmentRuleFromJson(value.toObject()));
    }

    const QJsonObject abc = json.value(QStringLiteral("abc")).toObject();
    if (abc.contains(QStringLiteral("basis")))
        p.abcBasis = abc.value(QStringLiteral("basis")).toString() == u"profit" ? AbcBasis::Profit : AbcBasis::Revenue;
    p.abc.a = abc.value(QStringLiteral("a")).toDouble(p.abc.a);
    p.abc.b = abc.value(QStringLiteral("b")).toDouble(p.abc.b);

    const QJsonObject behaviour = json.value(QStringLiteral("behaviour")).toObject();
    p.behaviour.highPerYear = behaviour.value(QStringLiteral("high_per_year")).toDouble(p.behaviour.highPerYear);
    p.behaviour.minObservedDays =
        behaviour.value(QStringLiteral("min_observed_days")).toInt(p.behaviour.minObservedDays);

    const QJsonObject tier = json.value(QStringLiteral("value_tier")).toObject();
    if (tier.contains(QStringLiteral("mode")))
        p.valueTier.mode = tier.value(QStringLiteral("mode")).toString() == u"absolute"
                               ? analytics::ValueTierRules::Mode::Absolute
                               : analytics::ValueTierRules::Mode::Percentile;
    p.valueTier.highShare = tier.value(QStringLiteral("high_share")).toDouble(p.valueTier.highShare);
    p.valueTier.lowShare = tier.value(QStringLiteral("low_share")).toDouble(p.valueTier.lowShare);
    p.valueTier.highMin = tier.value(QStringLiteral("high_min")).toDouble(p.valueTier.highMin);
    p.valueTier.midMin = tier.value(QStringLiteral("mid_min")).toDouble(p.valueTier.midMin);

    const QJsonObject churn = json.value(QStringLiteral("churn")).toObject();
    p.churn.atRiskPAlive = churn.value(QStringLiteral("at_risk_p_alive")).toDouble(p.churn.atRiskPAlive);
    p.churn.churnedPAlive = churn.value(QStringLiteral("churned_p_alive")).toDouble(p.churn.churnedPAlive);
    p.churn.atRiskGapFactor = churn.value(QStringLiteral("at_risk_gap_factor")).toDouble(p.churn.atRiskGapFactor);
    p.churn.churnedGapFactor = churn.value(QStringLiteral("churned_gap_factor")).toDouble(p.churn.churnedGapFactor);
    p.churn.oneTimeAtRiskDays = churn.value(QStringLiteral("one_time_at_risk_days")).toInt(p.churn.oneTimeAtRiskDays);
    p.churn.oneTimeChurnedDays = churn.value(QStringLiteral("one_time_churned_days")).toInt(p.churn.oneTimeChurnedDays);

    const QJsonObject model = json.value(QStringLiteral("model")).toObject();
    p.purchaseModel =
        purchaseModelFromKey(model.value(QStringLiteral("purchase_model")).toString()).value_or(p.purchaseModel);
    p.modelDaysPerUnit = model.value(QStringLiteral("days_per_unit")).toDouble(p.modelDaysPerUnit);
    p.clvMonths = model.value(QStringLiteral("clv_months")).toInt(p.clvMonths);
    p.clvMonthlyDiscountRate =
        model.value(QStringLiteral("clv_monthly_discount_rate")).toDouble(p.clvMonthlyDiscountRate);
    p.expectedPurchasesHorizonDays =
        model.value(QStringLiteral("expected_purchases_horizon_days")).toInt(p.expectedPurchasesHorizonDays);

    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    if (counts.contains(QStringLiteral("period")))
        p.countsPeriod = counts.value(QStringLiteral("period")).toString() == u"quarter"
                             ? analytics::CalendarPeriod::Quarter
                             : analytics::CalendarPeriod::Month;
    p.inactivityDays = counts.value(QStringLiteral("inactivity_days")).toInt(p.inactivityDays);
    p.forecastPeriods = counts.value(QStringLiteral("forecast_periods")).toInt(p.forecastPeriods);
    return p;
}

} // namespace kehu
