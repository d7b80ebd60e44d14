#pragma once

#include "currency.h"
#include "customer.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace kehu {

/// A profile field's value as a person reads it, by the field's column name ("phone",
/// "lifecycle", "budget", ...): stored keys as their labels, the budget as money, tags joined.
/// Empty for a key that is not a profile field (Labels::keys(Labels::Kind::CustomerField)).
QString customerFieldText(const Customer &customer, QStringView key, const Currency &currency);

/// The profile fields whose values differ between `a` and `b`, as column names in display order.
QStringList changedCustomerFields(const Customer &a, const Customer &b, const Currency &currency);

} // namespace kehu
