#pragma once

#include "money.h"

#include <QString>

namespace kehu {

/// One owner's sales target for a quarter ("2025Q4"): revenue in minor units and a number
/// of new customers.
struct OwnerTarget
{
    QString owner;
    QString quarter;
    MinorUnits revenue = 0;
    qint64 newCustomers = 0;
    friend bool operator==(const OwnerTarget &, const OwnerTarget &) = default;
};

} // namespace kehu
