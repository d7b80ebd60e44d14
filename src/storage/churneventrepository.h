#pragma once

#include "activity.h"

#include <QList>
#include <QString>

namespace kehu {

class Database;

/// Recorded churns of customers: why they left (a fixed list of reasons) and, later,
/// whether they were won back. They stay with the customer for good.
class ChurnEventRepository
{
public:
    explicit ChurnEventRepository(Database &database) : m_database(database) {}

    /// Returns the new id, or 0 with `error` set.
    qint64 add(const ChurnEvent &event, QString *error = nullptr);

    /// Records the outcome of an open event. False when there is no such event.
    bool setOutcome(qint64 eventId, ChurnOutcome outcome, QDate on, QString *error = nullptr);

    /// A customer's events, newest first.
    QList<ChurnEvent> forCustomer(CustomerId customer) const;
    /// The customer of churn record `eventId`; nullopt when there is no such record.
    std::optional<CustomerId> customerOf(qint64 eventId) const;

private:
    Database &m_database;
};

} // namespace kehu
