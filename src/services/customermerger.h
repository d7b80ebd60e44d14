#pragma once

#include "customer.h"

#include <QString>

namespace kehu {

class Database;
class RowSnapshot;
class Workspace;

/// Merges a duplicate into the customer that is kept, in one transaction: every purchase,
/// visit, survey, follow-up and churn event moves to the kept customer, empty profile fields
/// of the kept customer are filled from the duplicate, tags are united, and the duplicate
/// gets a tombstone (deleted_at) so that it leaves the book but stays traceable in the
/// audit log (one record, with both profiles before and after). Nothing is written when any
/// step fails. Both customers must be within reach of whoever merges (Operation::MergeCustomers).
class CustomerMerger
{
public:
    explicit CustomerMerger(Workspace &workspace);

    /// False with `error` set when either customer is missing or a write failed.
    bool merge(CustomerId keep, CustomerId duplicate, QString *error = nullptr);

    /// Copies every row a merge of `duplicate` into `keep` changes: both customers and the
    /// duplicate's purchases, visits, surveys, follow-ups and churn events (MergeCustomersCommand
    /// keeps the copy to undo the merge). False with `error` set when a read failed.
    bool copyBeforeMerge(CustomerId keep, CustomerId duplicate, RowSnapshot &before, QString *error = nullptr);
    /// Undoes a merge in one transaction: writes `before` back (the two profiles, the
    /// duplicate back in the book, its history back to it) and notes it in the audit log.
    bool unmerge(CustomerId keep, CustomerId duplicate, const RowSnapshot &before, QString *error = nullptr);

private:
    Workspace &m_workspace;
    Database &m_database;
};

} // namespace kehu
