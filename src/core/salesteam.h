#pragma once

#include "customer.h"
#include "distributorscorecard.h"
#include "money.h"

#include <QString>

namespace kehu {

/// One distributor (customer_type = 'distributor', not deleted) with its raw figures and
/// its scorecard line. input.sales / previousSales: purchases in the period and in the
/// previous one; input.csatAverage: mean CSAT of the period's survey answers (NaN when
/// none); input.followUpsDue / followUpsOnTime: follow-ups due in the period and, of
/// those, done on or before their due day.
struct DistributorLine
{
    CustomerId id = 0;
    QString code;
    QString name;
    QString owner;
    QString region;
    qint64 csatAnswers = 0;
    analytics::DistributorInput input;
    analytics::DistributorScore score;
};

/// Revenue (purchases in the period) and new customers (first purchase ever in the
/// period) of each owner's customers; owner "" collects unassigned customers.
struct OwnerActuals
{
    QString owner;
    MinorUnits revenue = 0;
    qint64 newCustomers = 0;
};

} // namespace kehu
