#pragma once

#include "core/customer.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace kehu {

class Database;

/// Every purchase of every live customer as parallel columns sorted by (customer, day):
/// the input of the analytics (analytics::PurchaseColumns views these vectors). Customers
/// get dense indexes 0..n-1 in id order; `customerIds[i]` is the id of index i, so customers
/// without purchases are present too. Amounts and profits in minor units (profit 0 when
/// unknown); days since 1970-01-01.
struct PurchaseColumnsData
{
    std::vector<CustomerId> customerIds;
    std::vector<std::uint32_t> customer;
    std::vector<std::int32_t> day;
    std::vector<std::int64_t> amount;
    std::vector<std::int64_t> profit;
};

/// Reads PurchaseColumnsData in one table scan (through SQLite's C API when the database
/// allows it, FIELD-NOTES: ~1.1 s for 10M rows) and sorts it in memory with a counting sort
/// by customer, which is cheaper than walking an index in (customer, day) order.
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
