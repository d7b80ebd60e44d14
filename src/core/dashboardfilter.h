#pragma once

#include <QDate>
#include <QString>

namespace kehu {

/// The dashboard's filters, also used by survey and visit reads. Empty strings and invalid
/// dates mean "any". The date range [from, to] (inclusive) applies to dated facts (surveys,
/// visits, first purchases); customer-level figures come from the snapshot as of its day.
struct DashboardFilter
{
    QDate from;
    QDate to;
    QString owner;
    QString region;
    QString channel;

    bool operator==(const DashboardFilter &) const = default;
    bool hasCustomerFilter() const { return !owner.isEmpty() || !region.isEmpty() || !channel.isEmpty(); }
};

} // namespace kehu
