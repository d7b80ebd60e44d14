#pragma once

#include "customer.h"
#include "money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kehu {

/// One customer of a snapshot's at-risk list (Churn watch): the snapshot's figures and the
/// churn event recorded for the customer. Money in minor units.
struct AtRiskRow
{
    CustomerId id = 0;
    QString code;
    QString name;
    QString owner;
    std::optional<MinorUnits> clv; ///< the value at risk
    std::optional<double> pAlive;
    QString churnFlag;
    QString churnRule; ///< the churn rule that fired in the snapshot ("gap_beyond_typical", ...)
    QDate lastPurchase;
    qint64 openEventId = 0; ///< the customer's open churn event, 0 when none is recorded
    QString eventReason;    ///< of the customer's latest churn event; empty when none is recorded
    QString eventOutcome;   ///< "open", "won_back" or "lost"; empty when none is recorded
};

} // namespace kehu
