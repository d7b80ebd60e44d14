#pragma once

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

private:
    Database &m_database;
};

} // namespace kehu
