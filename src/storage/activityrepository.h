#pragma once

#include "activity.h"

#include <QList>
#include <QString>

#include <functional>

namespace kehu {

class Database;

/// Reads a customer's history (purchases, visits, surveys) and streams purchases for exports.
class ActivityRepository
{
public:
    explicit ActivityRepository(Database &database) : m_database(database) {}

    QList<Purchase> purchasesOf(CustomerId customer) const;
    QList<Visit> visitsOf(CustomerId customer) const;
    QList<SurveyResponse> surveysOf(CustomerId customer) const;
    /// Whether the customer has any purchase, visit or survey answer.
    bool hasHistory(CustomerId customer) const;

    /// Every purchase of a live customer, by customer code then date; `visit` gets the code
    /// and the purchase and returns false to stop. False when the query failed.
    bool forEachPurchase(const std::function<bool(const QString &code, const Purchase &)> &visit) const;

private:
    Database &m_database;
};

} // namespace kehu
