#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace kehu {

class Database;

/// The days a book's data covers: the first and the last day with a purchase, a visit or a
/// survey (either invalid when there is none). Periods are offered from these days, not
/// from today's date: a book imported in 2026 whose data ends in 2024 has no 2025.
struct ActivitySpan
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid(); }
    /// True when [from, to] ends after the data does: a period the data covers only in part.
    bool endsInside(QDate from, QDate to) const { return isValid() && from <= last && to > last; }
};

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
