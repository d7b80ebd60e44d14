#pragma once

#include "customer.h"

#include <cstdint>
#include <vector>

namespace kehu {

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

} // namespace kehu
