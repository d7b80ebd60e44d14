#pragma once

#include "customer.h"

#include <QString>

#include <optional>
#include <vector>

namespace kehu {

/// One customer's labels as a snapshot stores them (pointers to shared key strings; null =
/// not applicable), for SnapshotAggregator::write from memory. Money in minor units.
struct SnapshotRowLabels
{
    const QString *segment = nullptr;
    const QString *abc = nullptr;
    int r = 0;
    int f = 0;
    const QString *churn = nullptr;
    std::optional<qint64> clv;
    qint64 revenue = 0;
    QString firstMonth; ///< "yyyy-MM" of the first purchase, empty without one
};

/// The rows of a snapshot just computed, by customer in id order.
struct SnapshotRowsView
{
    const std::vector<CustomerId> &customerIds;
    const std::vector<SnapshotRowLabels> &labels;
};

} // namespace kehu
