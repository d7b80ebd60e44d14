#pragma once

#include "analytics/distributorscorecard.h"
#include "core/customer.h"
#include "core/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kehu {

class Database;

/// Reads for the distributors and sales-team page, straight from purchases, surveys and
/// follow-ups (no snapshot needed). Dates are inclusive day ranges; money in minor units.
class SalesTeamRepository
{
public:
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

    explicit SalesTeamRepository(Database &database) : m_database(database) {}

    /// Every distributor scored over [from, to] against [previousFrom, previousTo], by rank.
    QList<DistributorLine> distributorScorecard(const QDate &from, const QDate &to, const QDate &previousFrom,
                                                const QDate &previousTo,
                                                const analytics::ScorecardWeights &weights = {}) const;

    /// Actuals per owner over [from, to], by owner; owners with neither revenue nor new
    /// customers are left out.
    QList<OwnerActuals> ownerActuals(const QDate &from, const QDate &to) const;
    /// Every owner named on a live customer, sorted.
    QStringList owners() const;

private:
    Database &m_database;
};

} // namespace kehu
