#pragma once

#include "purchasecolumns.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace kehu {

class Database;

/// Reads PurchaseColumnsData in one table scan (through SQLite's C API when the database
/// allows it, FIELD-NOTES: ~1.1 s for 10M rows; on a server with COPY TO STDOUT) and sorts it
/// in memory with a counting sort by customer, which is cheaper than walking an index in
/// (customer, day) order. Every row comes to the desk, not per-customer sums: the customer
/// counts need each customer's purchase days.
class PurchaseColumnsLoader
{
public:
    explicit PurchaseColumnsLoader(Database &database) : m_database(database) {}

    /// False with `error` set when a stored row cannot be read (e.g. a malformed date).
    bool load(PurchaseColumnsData *data, QString *error) const;

private:
    bool loadCustomerIds(std::vector<CustomerId> *ids, QString *error) const;

    Database &m_database;
};

} // namespace kehu
