#pragma once

#include "customer.h"
#include "distributorscorecard.h"
#include "money.h"
#include "salesteam.h"

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
    using DistributorLine = kehu::DistributorLine;
    using OwnerActuals = kehu::OwnerActuals;

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
