#pragma once

// Loaders for the golden fixtures in tests/data (see ATTRIBUTION.md there).

#include "purchasesummary.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kehu::analytics::test {

/// Purchase rows sorted by (customer, day), customers indexed 0..n-1.
struct Purchases
{
    std::vector<std::string> names; ///< customer index -> key in the file
    std::vector<uint32_t> customer;
    std::vector<int32_t> day;
    std::vector<int64_t> amount; ///< minor units (cents)

    PurchaseColumns columns() const { return {customer, day, amount, {}}; }
    size_t customerCount() const { return names.size(); }
};

/// rfm_data_orders.csv: customers indexed in name order; revenue (whole dollars) in cents.
Purchases loadRfmOrders();

/// lifetimes_CDNOW_sample.txt: customer index = sample id - 1; dollars in cents.
Purchases loadCdnowSample();

/// btyd_cdnowSummary_cbs.csv, by customer index (= cust - 1).
struct CdnowCbs
{
    std::vector<double> x, tx, tCal, xStar, mx;
};
CdnowCbs loadCdnowCbs();

/// Splits one CSV line (RFC 4180 quotes, no embedded newlines).
std::vector<std::string> splitCsvLine(const std::string &line);

} // namespace kehu::analytics::test
