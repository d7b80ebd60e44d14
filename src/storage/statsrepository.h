#pragma once

#include "activityspan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace kehu {

class Database;

/// Row counts of Kehu's tables, for `kehu-cli stats` and the status bar.
class StatsRepository
{
public:
    explicit StatsRepository(Database &database) : m_database(database) {}

    /// (table name, rows) for each data table, in schema order. Customers count live rows only.
    QList<QPair<QString, qint64>> tableCounts() const;
    /// First and last day of any purchase, visit or survey of a live or deleted customer.
    /// Visits and surveys use their date indexes; purchases have no index led by the day, so
    /// their minimum and maximum are one scan of the (customer, day) index.
    ActivitySpan activitySpan() const;
    /// Whether the book has a purchase on or before `day`; nullopt with `error` set when the read failed.
    std::optional<bool> anyPurchaseBy(QDate day, QString *error = nullptr) const;
    /// Visits in [from, to) counted per owner of the visited customer.
    QHash<QString, qint64> visitsPerOwner(QDate from, QDate toExclusive) const;

private:
    Database &m_database;
};

} // namespace kehu
