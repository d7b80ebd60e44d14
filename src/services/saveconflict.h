#pragma once

#include "currency.h"
#include "customer.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace kehu {

/// An edit refused because someone else saved the customer first: what this desk wanted to
/// write and what the book holds now, so the person can see both before deciding again.
/// Nothing of either was overwritten.
struct SaveConflict
{
    /// The field this desk changed (a column name, see customerFieldText).
    QString field;
    /// The profile this desk started from, the one it wanted to write, and the one stored now
    /// (none: the customer was merged away or deleted meanwhile).
    Customer base;
    Customer yours;
    std::optional<Customer> theirs;
    Currency currency;

    /// The other desk's changes since `base`, as column names (empty when theirs is gone).
    QStringList theirChanges() const;
    /// A message for the person at this desk, in the installed translator's language.
    QString message() const;
};

} // namespace kehu

Q_DECLARE_METATYPE(kehu::SaveConflict)
