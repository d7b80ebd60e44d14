#pragma once

#include "money.h"

#include <QString>

namespace kehu {

/// Customers and revenue (minor units) of one segment or ABC class of a snapshot.
struct GroupTotal
{
    QString key; ///< segment key or ABC class
    qint64 customers = 0;
    MinorUnits revenue = 0;
};

} // namespace kehu
