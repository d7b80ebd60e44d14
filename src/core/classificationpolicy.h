#pragma once

#include "abcclassifier.h"
#include "bgnbdmodel.h"
#include "churnrules.h"
#include "civildate.h"
#include "rfmscorer.h"
#include "rfmsegments.h"

#include <QJsonObject>

#include <vector>

namespace kehu {

/// What ABC ranks customers by.
enum class AbcBasis { Revenue, Profit };

/// Every parameter of a classification run, with the defaults a manager starts from. Stored
/// as JSON with each snapshot (so a snapshot says how it was made) and in the database's
/// settings (so the next run uses the edited rules). Money thresholds in minor units; days
/// for durations.
struct ClassificationPolicy
{
    analytics::RfmOptions rfm; ///< asOfDay is set by the run
    std::vector<analytics::SegmentRule> segments = analytics::defaultSegmentRules();
    AbcBasis abcBasis = AbcBasis::Revenue;
    analytics::AbcThresholds abc;
    analytics::BehaviourRules behaviour;
    analytics::ValueTierRules valueTier; ///< over revenue to date
    analytics::ChurnRules churn;
    /// The purchase-and-dropout model behind P(alive), expected purchases, CLV and the
    /// forecast. MBG/NBD by default, also for policies stored before the choice existed:
    /// under BG/NBD a one-time buyer is alive with probability 1 however long ago the only
    /// purchase was, which contradicts the churn flag and the segment.
    analytics::PurchaseModel purchaseModel = analytics::PurchaseModel::MbgNbd;
    /// Model time unit in days: 7 fits in weeks as the literature does; 1 in days.
    double modelDaysPerUnit = 7.0;
    int clvMonths = 12;
    double clvMonthlyDiscountRate = 0.01;
    /// Horizon of the "expected purchases" column, in days.
    int expectedPurchasesHorizonDays = 365;
    analytics::CalendarPeriod countsPeriod = analytics::CalendarPeriod::Month;
    int inactivityDays = 180;
    int forecastPeriods = 6;

    QJsonObject toJson() const;
    /// Missing keys keep their defaults, so settings saved by older builds still load.
    static ClassificationPolicy fromJson(const QJsonObject &json);
};

} // namespace kehu
