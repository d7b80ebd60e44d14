#pragma once

#include "customerlist.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kehu {

class Database;

/// The customer book's reads: keyset pages in any supported order with search and filters,
/// the distinct values the filter chips offer, and the latest snapshot. No COUNT(*): the
/// list grows page by page as the user scrolls.
class CustomerListRepository
{
public:
    using Direction = PageDirection;

    explicit CustomerListRepository(Database &database) : m_database(database) {}

    /// Up to `limit` rows after `after` (Forward) or before it (Backward) in the query's order.
    /// Backward pages come back in reverse order (nearest first). No key: from the start
    /// (Forward) or the end (Backward). Empty with `error` set when the query failed.
    QList<CustomerListRow> page(const CustomerListQuery &query, const std::optional<CustomerListKey> &after,
                                Direction direction, int limit, QString *error = nullptr) const;

    /// Every customer the query's search and filter match (the whole result, not a page; not
    /// deleted ones), by id, with its owner. Empty with `error` set when the query failed.
    QList<OwnedCustomer> matching(const CustomerListQuery &query, QString *error = nullptr) const;

    /// Distinct non-empty values of a profile column ("owner", "region", "industry"), sorted.
    /// Includes values only deleted customers still hold.
    QStringList distinctValues(const QString &column) const;

    /// Id of the book's current classification (SnapshotRepository::current()), 0 when none.
    qint64 currentSnapshotId() const;

private:
    Database &m_database;
};

} // namespace kehu
