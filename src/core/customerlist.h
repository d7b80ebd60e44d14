#pragma once

#include "customer.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace kehu {

/// Columns the customer book can sort by. Each has an index that ends in the row id, so a
/// page is a keyset seek (FIELD-NOTES: 0.1-0.2 ms) whatever its depth.
enum class CustomerSort { Name, Code, Company, Owner, Clv };

/// Conditions of the customer book. Empty strings mean "any". Snapshot conditions (segment,
/// ABC class, churn flag) apply to the snapshot the query names.
struct CustomerListFilter
{
    QString segment;   ///< SegmentRule key, e.g. "champions"
    QString abcClass;  ///< "A", "B" or "C"
    QString churnFlag; ///< "active", "at_risk" or "churned"
    QString owner;
    QString region;
    QString industry;
    QString tag;
    QList<CustomerId> ids; ///< only these customers (a dashboard drill-down); empty = any
    /// The owners whose customers the person asking may see (set by the services from the
    /// signed-in user, whatever a view asked); nullopt: the whole book.
    std::optional<QStringList> reach;

    bool operator==(const CustomerListFilter &) const = default;
    bool usesSnapshot() const { return !segment.isEmpty() || !abcClass.isEmpty() || !churnFlag.isEmpty(); }
};

/// One page request. `search` matches part of the name (normalised: case and inner spaces
/// ignored), code, company or phone digits (3+ digits); text of 1 or 2 characters matches
/// names only (a pair anywhere in the first 8 characters, a single character anywhere there).
/// Text that looks like a code ("C00012": ASCII letters and digits, at least one digit)
/// matches the start of codes and phone digits anywhere. Letters may also be the pinyin of a
/// Chinese name: the start of a syllable, of the name run together or of its initials
/// (`wang`, `zhangwei`, `zw` find 张伟). Text of only spaces or punctuation matches nothing.
/// `snapshotId` 0 means no scores.
struct CustomerListQuery
{
    QString search;
    CustomerListFilter filter;
    CustomerSort sort = CustomerSort::Name;
    bool descending = false;
    qint64 snapshotId = 0;
    CustomerId onlyCustomer = 0; ///< when set, just that customer's row (to refresh it)
};

/// A customer and who owns it: what a handover moves, and what its undo puts back.
struct OwnedCustomer
{
    CustomerId id = 0;
    QString owner;
};

/// Where a page continues from: the sort value and id of the last row seen.
struct CustomerListKey
{
    QVariant sortValue;
    CustomerId id = 0;
};

/// A row of the customer book: profile columns, the current scores (empty without a
/// snapshot), the last purchase day and the mean visit satisfaction (1..5).
struct CustomerListRow
{
    CustomerId id = 0;
    QString code;
    QString name;
    QString phone;
    QString company;
    QString owner;
    QString region;
    QString industry;
    QString segment;
    QString abcClass;
    std::optional<MinorUnits> clv;
    std::optional<double> pAlive;
    QString churnFlag;
    QDate lastPurchase;
    std::optional<double> satisfaction;
    CustomerListKey key; ///< this row's keyset position
};

/// Which way a keyset page runs from its key: on in the query's order, or back towards its start.
enum class PageDirection { Forward, Backward };

} // namespace kehu
