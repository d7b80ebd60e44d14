#pragma once

#include "activityspan.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

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

private:
    Database &m_database;
};

} // namespace kehu
