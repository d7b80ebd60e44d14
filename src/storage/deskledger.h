#pragma once

#include <QString>

#include <optional>

namespace kehu {

class Database;

/// What `kehu-cli bench desks` counts in a book after its simulated desks worked: whether
/// every write they were told succeeded is there, once.
class DeskLedger
{
public:
    explicit DeskLedger(Database &database) : m_database(database) {}

    /// The sum of the versions of the customers whose code starts with `prefix`: each save of
    /// a customer adds one. nullopt when it cannot be read.
    std::optional<qint64> versionSum(const QString &prefix) const;

    struct NotedVisits
    {
        qint64 rows = 0;
        qint64 distinctNotes = 0;
    };
    /// The visits whose note starts with `prefix`, and how many different notes they have.
    std::optional<NotedVisits> visitsNoted(const QString &prefix) const;

private:
    Database &m_database;
};

} // namespace kehu
